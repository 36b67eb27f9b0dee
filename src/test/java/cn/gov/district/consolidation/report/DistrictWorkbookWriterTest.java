package cn.gov.district.consolidation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.consolidate.IndicatorLine;

class DistrictWorkbookWriterTest {

	@TempDir
	Path dir;

	private Path file;

	private XSSFWorkbook wb;

	@BeforeEach
	void write() throws IOException {
		file = new DistrictWorkbookWriter().write(ReportFixture.report(), dir);
		wb = open(file);
	}

	@AfterEach
	void close() throws IOException {
		wb.close();
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	@Test
	void shouldWriteIntoPeriodFolderWithDistrictAndPeriodInName() {
		assertThat(file).isEqualTo(dir.resolve("2022-11").resolve("河西区_2022-11_汇总.xlsx")).exists();
	}

	@Test
	void shouldLeaveNoTemporaryFileAndReplaceAnOlderWorkbook() throws IOException {
		Path again = new DistrictWorkbookWriter().write(ReportFixture.report(), dir);
		assertThat(again).isEqualTo(file);
		try (Stream<Path> files = Files.list(file.getParent())) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void shouldWriteTheFiveSheetsInOrder() {
		List<String> names = new ArrayList<>();
		wb.forEach(s -> names.add(s.getSheetName()));
		assertThat(names).containsExactly("汇总", "目标完成", "重点项目", "报送情况", "校验问题");
	}

	@Test
	void shouldTitleSummaryWithDistrictPeriodTimeAndSubmittedCount() {
		XSSFSheet s = wb.getSheet("汇总");
		assertThat(text(s, 0, 0)).isEqualTo("河西区2022年1-11月主要指标汇总表");
		assertThat(s.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 9));
		// generatedAt is 18:05 UTC, which is 02:05 the next day in Asia/Shanghai.
		assertThat(text(s, 1, 0)).isEqualTo("数据截至：2022-12-02 02:05　报送：3/4个街道");
	}

	@Test
	void shouldPutStreetsInRosterOrderAndUnitsInHeaders() {
		assertThat(header(wb.getSheet("汇总"))).containsExactly("序号", "指标名称", "单位", "东关街道", "西城街道", "南湖街道",
				"北苑街道", "全区合计", "全区同比增长(%)", "备注");
		assertThat(header(wb.getSheet("重点项目"))).containsExactly("街道", "项目名称", "项目类型", "总投资(万元)",
				"年度计划投资(万元)", "累计完成投资(万元)", "完成率(%)", "项目状态", "计划竣工", "备注", "进度提示");
		assertThat(header(wb.getSheet("报送情况"))).containsExactly("街道", "报送状态", "文件名", "版本", "接收时间", "采用行数",
				"拒绝行数", "错误数", "警告数", "被替代版本", "变更说明");
		assertThat(header(wb.getSheet("校验问题"))).containsExactly("文件", "工作表", "行号", "列", "字段", "原始值", "规则代码",
				"级别", "说明");
	}

	@Test
	void shouldGroupIndicatorsByCategoryInFirstAppearanceOrderWithBoldGroupRows() {
		XSSFSheet s = wb.getSheet("汇总");
		assertThat(List.of(text(s, 3, 0), text(s, 5, 0), text(s, 8, 0), text(s, 10, 0)))
			.containsExactly("一、经济发展", "二、民生保障", "三、平安建设", "四、城市管理");
		assertThat(bold(s.getRow(5).getCell(0))).isTrue();
		assertThat(bold(s.getRow(6).getCell(1))).isFalse();
		assertThat(text(s, 6, 1)).isEqualTo("城镇登记失业率");
		assertThat(text(s, 7, 1)).isEqualTo("新增城镇就业");
		assertThat(s.getRow(7).getCell(0).getNumericCellValue()).isEqualTo(3);
	}

	@Test
	void shouldWriteStreetValuesAsNumbersAndMissingValuesAsTextNeverZero() {
		XSSFSheet s = wb.getSheet("汇总");
		Row fai = row(s, "固定资产投资");
		assertThat(fai.getCell(2).getStringCellValue()).isEqualTo("亿元");
		assertThat(fai.getCell(3).getNumericCellValue()).isEqualTo(12.5);
		assertThat(fai.getCell(4).getStringCellValue()).isEqualTo("已遮蔽");
		assertThat(fai.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
		Row jobs = row(s, "新增城镇就业");
		assertThat(jobs.getCell(4).getStringCellValue()).isEqualTo("—");
		assertThat(jobs.getCell(5).getStringCellValue()).isEqualTo("无效");
		assertThat(jobs.getCell(5).getCellComment().getString().getString()).contains("若干");
	}

	@Test
	void shouldCommentAnApproximateValue() {
		Cell approx = row(wb.getSheet("汇总"), "隐患整改率").getCell(5);
		assertThat(approx.getNumericCellValue()).isEqualTo(90);
		assertThat(approx.getCellComment().getString().getString()).startsWith("约数").contains("约90%");
	}

	@Test
	void shouldShowNumbersWithThePrecisionTheyWereGivenWith() {
		Row fai = row(wb.getSheet("汇总"), "固定资产投资");
		assertThat(fai.getCell(5).getNumericCellValue()).isEqualTo(666666.10001);
		assertThat(fai.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00000");
		assertThat(fai.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
		Row jobs = row(wb.getSheet("汇总"), "新增城镇就业");
		assertThat(jobs.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
	}

	@Test
	void shouldWritePartialTotalAsNumberWithCommentAndCoverageRemark() {
		Row fai = row(wb.getSheet("汇总"), "固定资产投资");
		Cell total = fai.getCell(7);
		assertThat(total.getNumericCellValue()).isEqualTo(666678.60001);
		assertThat(total.getCellComment().getString().getString()).isEqualTo("仅含2/4个街道");
		assertThat(fai.getCell(8).getNumericCellValue()).isEqualTo(-3.2);
		assertThat(fai.getCell(9).getStringCellValue()).contains("仅含2/4个街道").contains("同比仅含2/4个街道");
		Row jobs = row(wb.getSheet("汇总"), "新增城镇就业");
		assertThat(jobs.getCell(9).getStringCellValue()).isEqualTo("仅含东关街道");
	}

	@Test
	void shouldLeaveACompleteTotalWithoutComment() {
		Row sat = row(wb.getSheet("汇总"), "热线满意率");
		assertThat(sat.getCell(7).getNumericCellValue()).isEqualTo(97.6);
		assertThat(sat.getCell(7).getCellComment()).isNull();
		assertThat(sat.getCell(9).getStringCellValue()).isEmpty();
	}

	@Test
	void shouldShowDashWithNoteForAnIndicatorWithoutDistrictFigure() {
		Row rate = row(wb.getSheet("汇总"), "城镇登记失业率");
		assertThat(rate.getCell(7).getStringCellValue()).isEqualTo("—");
		assertThat(rate.getCell(9).getStringCellValue()).isEqualTo("不汇总：缺少劳动力人数");
	}

	@Test
	void shouldWriteOneTargetBlockPerIndicatorWithTargetsAndCallACeilingACeiling() {
		XSSFSheet s = wb.getSheet("目标完成");
		assertThat(text(s, 0, 0)).isEqualTo("河西区2022年1-11月目标任务完成情况表");
		List<String> blockHeaders = new ArrayList<>();
		for (int r = 3; r <= s.getLastRowNum(); r++) {
			if ("街道".equals(text(s, r, 2))) {
				blockHeaders.add(text(s, r, 0) + "|" + text(s, r, 3) + "|" + text(s, r, 4));
			}
		}
		assertThat(blockHeaders).containsExactly("固定资产投资|年度目标(亿元)|本期完成(亿元)",
				"城镇登记失业率|控制目标(上限)(%)|本期完成(%)");
	}

	@Test
	void shouldMarkStreetsBehindScheduleAndShowScheduleProgressInPercent() {
		XSSFSheet s = wb.getSheet("目标完成");
		Row dongguan = s.getRow(4);
		assertThat(text(s, 4, 2)).isEqualTo("东关街道");
		assertThat(dongguan.getCell(3).getNumericCellValue()).isEqualTo(20);
		assertThat(dongguan.getCell(5).getNumericCellValue()).isEqualTo(62.5);
		assertThat(dongguan.getCell(6).getNumericCellValue()).isEqualTo(91.67);
		assertThat(dongguan.getCell(7).getNumericCellValue()).isEqualTo(2);
		assertThat(dongguan.getCell(8).getStringCellValue()).isEqualTo("落后序时进度");
		assertThat(text(s, 6, 8)).isEqualTo("正常");
		Row district = s.getRow(8);
		assertThat(text(s, 8, 2)).isEqualTo("全区合计");
		assertThat(district.getCell(3).getNumericCellValue()).isEqualTo(600030);
		assertThat(district.getCell(5).getNumericCellValue()).isEqualTo(111.11);
	}

	@Test
	void shouldFillBehindRowsByConditionalFormatting() {
		XSSFSheet s = wb.getSheet("目标完成");
		SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
		assertThat(cf.getNumConditionalFormattings()).isEqualTo(1);
		ConditionalFormattingRule rule = cf.getConditionalFormattingAt(0).getRule(0);
		assertThat(rule.getFormula1()).isEqualTo("$I4=\"落后序时进度\"");
		// the error fill, the colour of the cells in error elsewhere in the workbooks
		assertThat(((XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor()).getRGB())
			.isEqualTo(StyleCache.Fill.ERROR.rgb);
		assertThat(cf.getConditionalFormattingAt(0).getFormattingRanges()[0].isInRange(4, 0)).isTrue();
		assertThat(wb.getSheet("重点项目").getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0)
			.getFormula1()).isEqualTo("$K4=\"落后序时进度\"");
	}

	@Test
	void shouldGroupProjectsByStreetWithSubtotalsByStreetAndTypeAndDistrictTotal() {
		XSSFSheet s = wb.getSheet("重点项目");
		List<String> firstColumns = new ArrayList<>();
		for (int r = 3; r <= s.getLastRowNum(); r++) {
			firstColumns.add(text(s, r, 0) + "|" + text(s, r, 1));
		}
		assertThat(firstColumns).containsExactly("东关街道|东关农贸市场改造", "东关街道|老旧小区雨污分流", "东关街道|小计",
				"南湖街道|南湖养老服务中心", "南湖街道|小计", "全区|新建项目小计", "全区|续建项目小计", "全区合计|");
		assertThat(text(s, 3, 10)).isEqualTo("落后序时进度");
		assertThat(text(s, 4, 10)).isEmpty();
		Row dongguan = s.getRow(5);
		assertThat(dongguan.getCell(3).getNumericCellValue()).isEqualTo(5000);
		assertThat(dongguan.getCell(4).getNumericCellValue()).isEqualTo(3000);
		assertThat(dongguan.getCell(5).getNumericCellValue()).isEqualTo(1750.5);
		assertThat(dongguan.getCell(6).getNumericCellValue()).isEqualTo(58.35);
		assertThat(text(s, 5, 9)).isEqualTo("共2个项目；总投资仅含1/2个项目");
		assertThat(text(s, 9, 9)).isEqualTo("共1个项目；均未填报总投资");
		Row newBuilds = s.getRow(8);
		assertThat(newBuilds.getCell(4).getNumericCellValue()).isEqualTo(3500);
		Row total = s.getRow(10);
		assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(3250.5);
		assertThat(bold(total.getCell(0))).isTrue();
	}

	@Test
	void shouldListEveryRosterStreetWithMissingOnesAsNotSubmitted() {
		XSSFSheet s = wb.getSheet("报送情况");
		assertThat(s.getLastRowNum()).isEqualTo(6);
		assertThat(text(s, 3, 1)).isEqualTo("已报送");
		assertThat(s.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(2);
		assertThat(text(s, 3, 4)).isEqualTo("2022-12-01 09:30");
		assertThat(text(s, 3, 9)).isEqualTo("东关街道_2022年1-11月_初稿.xlsx");
		assertThat(text(s, 6, 0)).isEqualTo("北苑街道");
		assertThat(text(s, 6, 1)).isEqualTo("未报送");
		assertThat(text(s, 6, 2)).isEmpty();
	}

	@Test
	void shouldListEveryFindingWithChineseSeverity() {
		XSSFSheet s = wb.getSheet("校验问题");
		assertThat(s.getLastRowNum()).isEqualTo(5);
		assertThat(text(s, 3, 0)).isEqualTo("东关街道_2022年1-11月.xlsx");
		assertThat(s.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(7);
		assertThat(text(s, 3, 3)).isEqualTo("D");
		// An Excel cell holds the raw text as text: no formula runs.
		assertThat(s.getRow(3).getCell(5).getCellType()).isEqualTo(CellType.STRING);
		assertThat(text(s, 3, 6)).isEqualTo("INVALID_NUMBER");
		assertThat(text(s, 3, 7)).isEqualTo("错误");
		assertThat(text(s, 4, 7)).isEqualTo("警告");
		assertThat(text(s, 4, 3)).isEmpty();
		assertThat(text(s, 5, 8)).isEqualTo("“本期完成”为负数：请核对后如实填写");
	}

	@Test
	void shouldFreezeFilterAndSetUpPrintingOnEverySheet() {
		for (String name : List.of("汇总", "目标完成", "重点项目", "报送情况", "校验问题")) {
			XSSFSheet s = wb.getSheet(name);
			PaneInformation pane = s.getPaneInformation();
			assertThat(pane).as(name).isNotNull();
			assertThat(pane.isFreezePane()).as(name).isTrue();
			assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) 3);
			assertThat(s.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A3:");
			PrintSetup print = s.getPrintSetup();
			assertThat(print.getLandscape()).as(name).isTrue();
			assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).as(name).isEqualTo((short) 0);
			assertThat(s.getFitToPage()).as(name).isTrue();
			assertThat(s.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("3:3"));
			assertThat(s.getFooter().getCenter()).as(name).isEqualTo("第 &P 页 / 共 &N 页");
		}
		assertThat(wb.getSheet("汇总").getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 3);
		assertThat(wb.getSheet("汇总").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:J12");
	}

	@Test
	void shouldSizeColumnsForChineseText() {
		XSSFSheet s = wb.getSheet("汇总");
		// 全区同比增长(%) is 6 CJK characters and 3 others: 15 units, plus 2 of padding.
		assertThat(s.getColumnWidth(8)).isEqualTo(17 * 256);
		assertThat(s.getColumnWidth(1)).isGreaterThanOrEqualTo(("城镇登记失业率".length() * 2) * 256);
	}

	@Test
	void shouldPlaceStreetValuesByNameWhenALineLacksAStreet() throws IOException {
		DistrictReport full = ReportFixture.report();
		IndicatorLine fai = full.indicators().get(0);
		IndicatorLine withoutFirst = new IndicatorLine(fai.indicator(), fai.streets().subList(1, 4), fai.total(),
				fai.targetTotal(), fai.growthTotal());
		DistrictReport report = new DistrictReport(full.district(), full.period(), full.generatedAt(), full.streets(),
				List.of(withoutFirst), List.of(), full.statuses(), List.of());
		try (XSSFWorkbook other = open(new DistrictWorkbookWriter().write(report, dir.resolve("partial")))) {
			Row row = row(other.getSheet("汇总"), "固定资产投资");
			assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("已遮蔽");
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(666666.10001);
		}
	}

	@Test
	void shouldSayHowManyFindingsThereAreWhenNotAllAreListed() throws IOException {
		DistrictReport full = ReportFixture.report();
		int listed = full.findings().size();
		DistrictReport truncated = new DistrictReport(full.district(), full.period(), full.generatedAt(), full.streets(),
				full.indicators(), full.projects(), full.statuses(), full.findings(), listed + 70_000);
		try (XSSFWorkbook other = open(new DistrictWorkbookWriter().write(truncated, dir.resolve("truncated")))) {
			XSSFSheet s = other.getSheet("校验问题");
			assertThat(s.getLastRowNum()).isEqualTo(2 + listed);
			assertThat(text(s, 1, 0)).endsWith("共" + (listed + 70_000) + "条，只列出前" + listed + "条（其余70000条见各文件的问题清单："
					+ "退回文件在退回目录中，采用文件在输出目录“问题反馈”中）");
		}
		assertThat(text(wb.getSheet("校验问题"), 1, 0)).as("all listed").endsWith("共" + listed + "条");
	}

	@Test
	void shouldWriteAReportWithoutIndicatorsProjectsOrFindings() throws IOException {
		DistrictReport full = ReportFixture.report();
		DistrictReport empty = new DistrictReport(full.district(), full.period(), full.generatedAt(), full.streets(),
				List.of(), List.of(), full.statuses(), List.of());
		try (XSSFWorkbook other = open(new DistrictWorkbookWriter().write(empty, dir.resolve("empty")))) {
			assertThat(other.getNumberOfSheets()).isEqualTo(5);
			assertThat(other.getSheet("目标完成").getLastRowNum()).isEqualTo(2);
			assertThat(other.getSheet("重点项目").getRow(3).getCell(0).getStringCellValue()).isEqualTo("全区合计");
			assertThat(other.getSheet("重点项目").getRow(3).getCell(9).getStringCellValue()).isEqualTo("共0个项目");
			assertThat(other.getSheet("校验问题").getLastRowNum()).isEqualTo(2);
		}
	}

	@Test
	void shouldListTheNotesPastTheCommentLimitOfASheetOnASheetOfTheirOwnAndLoseNone() throws IOException {
		Map<String, String> all = comments(wb, "汇总");
		assertThat(all).hasSizeGreaterThan(3);
		assertThat(wb.getSheet(CommentOverflow.SHEET)).isNull();

		Path capped = new DistrictWorkbookWriter(2).write(ReportFixture.report(), dir.resolve("capped"));
		try (XSSFWorkbook other = open(capped)) {
			Map<String, String> kept = comments(other, "汇总");
			// the first two in row order, where they were
			assertThat(kept).hasSize(2);
			assertThat(all.entrySet().stream().limit(2)).containsExactlyElementsOf(kept.entrySet());
			XSSFSheet list = other.getSheet(CommentOverflow.SHEET);
			assertThat(list).isNotNull();
			assertThat(other.getSheetIndex(list)).isEqualTo(other.getNumberOfSheets() - 1);
			assertThat(header(list)).isEqualTo(CommentOverflow.HEADERS);
			Map<String, String> listed = new LinkedHashMap<>();
			for (int r = 3; r <= list.getLastRowNum(); r++) {
				if (text(list, r, 1).equals("汇总")) {
					listed.put(text(list, r, 2), text(list, r, 5));
				}
			}
			// every other note, by its cell, with nothing lost or made up
			Map<String, String> rest = new LinkedHashMap<>(all);
			kept.keySet().forEach(rest::remove);
			assertThat(listed).isEqualTo(rest);
			String firstCell = listed.keySet().iterator().next();
			CellReference ref = new CellReference(firstCell);
			XSSFSheet summary = other.getSheet("汇总");
			assertThat(text(list, 3, 3)).isEqualTo(text(summary, ref.getRow(), 1) + " " + text(summary, ref.getRow(), 2));
			assertThat(text(list, 3, 4)).isEqualTo(header(summary).get(ref.getCol()));
			assertThat(text(summary, 1, 0)).contains("前2处以批注显示，其余" + rest.size() + "处见“批注续表”工作表");
			assertThat(text(list, 1, 0)).contains("以下" + (list.getLastRowNum() - ReportTable.HEADER_ROW) + "处未能以批注显示");
		}
	}

	/** The comments of a sheet by cell address, in row order. */
	private static Map<String, String> comments(XSSFWorkbook workbook, String sheet) {
		Map<String, String> comments = new LinkedHashMap<>();
		workbook.getSheet(sheet).forEach(row -> row.forEach(c -> {
			if (c.getCellComment() != null) {
				comments.put(c.getAddress().formatAsString(), c.getCellComment().getString().getString());
			}
		}));
		return comments;
	}

	@Test
	void shouldWriteTheSameCellsAndStylesForTheSameReport() throws IOException {
		Path other = new DistrictWorkbookWriter().write(ReportFixture.report(), dir.resolve("again"));
		try (XSSFWorkbook second = open(other)) {
			assertThat(snapshot(second)).isEqualTo(snapshot(wb)).isNotEmpty();
		}
	}

	private static List<String> snapshot(XSSFWorkbook workbook) {
		List<String> cells = new ArrayList<>();
		workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> cells.add(sheet.getSheetName() + "!"
				+ c.getAddress() + "=" + c.toString() + "#" + c.getCellStyle().getIndex() + "/"
				+ (c.getCellComment() == null ? "" : c.getCellComment().getString().getString())))));
		return cells;
	}

	private boolean bold(Cell c) {
		return wb.getFontAt(c.getCellStyle().getFontIndex()).getBold();
	}

	private static List<String> header(XSSFSheet s) {
		List<String> texts = new ArrayList<>();
		s.getRow(2).forEach(c -> texts.add(c.getStringCellValue()));
		return texts;
	}

	private static String text(XSSFSheet s, int row, int column) {
		Row r = s.getRow(row);
		Cell c = r == null ? null : r.getCell(column);
		return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
	}

	private static Row row(XSSFSheet s, String indicator) {
		for (Row r : s) {
			Cell c = r.getCell(1);
			if (c != null && c.getCellType() == CellType.STRING && indicator.equals(c.getStringCellValue())) {
				return r;
			}
		}
		throw new AssertionError("no row " + indicator);
	}
}
