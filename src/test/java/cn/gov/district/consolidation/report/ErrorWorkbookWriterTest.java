package cn.gov.district.consolidation.report;

import static cn.gov.district.consolidation.report.DistrictWorkbookWriterTest.open;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.read.FileFormat;
import cn.gov.district.consolidation.read.RowSink;
import cn.gov.district.consolidation.read.TableReadException;
import cn.gov.district.consolidation.read.TableReader;
import cn.gov.district.consolidation.read.TableRow;

class ErrorWorkbookWriterTest {

	private static final String FILE = "东关街道_2022年1-11月.xlsx";

	@TempDir
	Path dir;

	private final ErrorWorkbookWriter writer = new ErrorWorkbookWriter();

	@Test
	void shouldNameTheConfiguredChannelForTheCorrectedFile() throws IOException {
		Path out = new ErrorWorkbookWriter("请发送至 tongji@hexi.gov.cn（联系人：王科长，0931-8000000）").write(xlsx(),
				new TestTableReader(), xlsxFindings(), dir.resolve("err.xlsx"));
		try (XSSFWorkbook wb = open(out)) {
			assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
				.contains("改好后送到哪里：请发送至 tongji@hexi.gov.cn（联系人：王科长，0931-8000000）。")
				.doesNotContain(ErrorWorkbookWriter.DEFAULT_FEEDBACK_CONTACT);
			assertThat(wb.getSheetAt(1).getPrintSetup().getLandscape()).isTrue();
		}
	}

	@Test
	void shouldPutTheFindingListFirstWithTitleAndInstructions() throws IOException {
		Path original = xlsx();
		Path out = writer.write(original, new TestTableReader(), xlsxFindings(), dir.resolve("rejected/err.xlsx"));
		try (XSSFWorkbook wb = open(out)) {
			assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("问题清单");
			XSSFSheet list = wb.getSheetAt(0);
			assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo(FILE + " 校验问题清单");
			assertThat(list.getRow(1).getCell(0).getStringCellValue()).contains("共发现3个问题：错误2个，警告1个")
				.contains("要改什么")
				.contains("改好后送到哪里：" + ErrorWorkbookWriter.DEFAULT_FEEDBACK_CONTACT + "。")
				.contains("警告");
			assertThat(list.getRow(2).getCell(8).getStringCellValue()).isEqualTo("说明");
			assertThat(list.getLastRowNum()).isEqualTo(5);
			assertThat(list.getRow(3).getCell(6).getStringCellValue()).isEqualTo("MASKED_VALUE");
			assertThat(list.getRow(3).getCell(7).getStringCellValue()).isEqualTo("错误");
			assertThat(list.getPaneInformation().isFreezePane()).isTrue();
		}
	}

	@Test
	void shouldCopySubmittedSheetsWithTextsAndNumbersAsTheyWere() throws IOException {
		Path out = writer.write(xlsx(), new TestTableReader(), xlsxFindings(), dir.resolve("err.xlsx"));
		try (XSSFWorkbook wb = open(out)) {
			assertThat(sheetNames(wb)).containsExactly("问题清单", "基本信息", "指标完成情况");
			XSSFSheet s = wb.getSheet("指标完成情况");
			assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("东关街道2022年1-11月主要指标完成情况表");
			assertThat(s.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(666666.10001);
			assertThat(s.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00000");
			assertThat(s.getRow(4).getCell(2).getStringCellValue()).isEqualTo("*");
		}
	}

	@Test
	void shouldColourAndCommentTheOffendingCellRedForAnErrorAndYellowForAWarning() throws IOException {
		Path out = writer.write(xlsx(), new TestTableReader(), xlsxFindings(), dir.resolve("err.xlsx"));
		try (XSSFWorkbook wb = open(out)) {
			XSSFSheet s = wb.getSheet("指标完成情况");
			Cell masked = s.getRow(4).getCell(2);
			assertThat(fill(masked)).isEqualTo("FFC7CE");
			assertThat(masked.getCellComment().getString().getString()).isEqualTo("【错误】“本期完成”被遮蔽（*）：请填写实际数值");
			Cell neighbour = s.getRow(4).getCell(1);
			assertThat(fill(neighbour)).isNull();
			assertThat(neighbour.getCellComment()).isNull();
			Cell unit = s.getRow(3).getCell(1);
			assertThat(fill(unit)).isEqualTo("FFEB9C");
			assertThat(unit.getCellComment().getString().getString()).startsWith("【警告】");
			// The number keeps its format under the colour.
			assertThat(s.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00000");
		}
	}

	@Test
	void shouldColourTheFirstCellOfARowForAWholeRowFinding() throws IOException {
		Path out = writer.write(xlsx(), new TestTableReader(), xlsxFindings(), dir.resolve("err.xlsx"));
		try (XSSFWorkbook wb = open(out)) {
			Cell first = wb.getSheet("指标完成情况").getRow(5).getCell(0);
			assertThat(first.getStringCellValue()).isEqualTo("绿化亩数");
			assertThat(fill(first)).isEqualTo("FFC7CE");
			assertThat(first.getCellComment().getString().getString()).contains("不在指标目录中");
		}
	}

	@Test
	void shouldCopyACsvFileIntoOneSheetAndMarkItsCells() throws IOException {
		Path csv = dir.resolve("西城街道_2022-11_指标.csv");
		Files.writeString(csv, "指标名称,单位,本期完成\n固定资产投资,亿元,=1+2\n新增城镇就业,人,-5\n", StandardCharsets.UTF_8);
		List<Finding> findings = List.of(
				new Finding(csv.getFileName().toString(), null, 3, "C", "本期完成", "-5", "NEGATIVE_VALUE",
						Severity.WARNING, "“本期完成”为负数：请核对后如实填写"),
				new Finding(csv.getFileName().toString(), null, 2, "C", "本期完成", "=1+2", "INVALID_NUMBER",
						Severity.ERROR, "“本期完成”不是数字：请填写数字"));
		Path out = writer.write(csv, new TestTableReader(), findings, dir.resolve("err.xlsx"));
		try (XSSFWorkbook wb = open(out)) {
			assertThat(sheetNames(wb)).containsExactly("问题清单", "西城街道_2022-11_指标");
			XSSFSheet s = wb.getSheetAt(1);
			Cell formulaText = s.getRow(1).getCell(2);
			assertThat(formulaText.getCellType()).isEqualTo(CellType.STRING);
			assertThat(formulaText.getStringCellValue()).isEqualTo("=1+2");
			assertThat(fill(formulaText)).isEqualTo("FFC7CE");
			Cell negative = s.getRow(2).getCell(2);
			assertThat(negative.getNumericCellValue()).isEqualTo(-5);
			assertThat(fill(negative)).isEqualTo("FFEB9C");
			assertThat(negative.getCellComment().getString().getString()).contains("负数");
		}
	}

	@Test
	void shouldCombineFindingsOnOneCellIntoOneRedComment() throws IOException {
		List<Finding> findings = List.of(
				new Finding(FILE, "指标完成情况", 4, "C", null, null, "A", Severity.WARNING, "第一条"),
				new Finding(FILE, "指标完成情况", 4, "C", null, null, "B", Severity.ERROR, "第二条"));
		Path out = writer.write(xlsx(), new TestTableReader(), findings, dir.resolve("err.xlsx"));
		try (XSSFWorkbook wb = open(out)) {
			Cell cell = wb.getSheet("指标完成情况").getRow(3).getCell(2);
			assertThat(fill(cell)).isEqualTo("FFC7CE");
			assertThat(cell.getCellComment().getString().getString()).isEqualTo("【警告】第一条\n【错误】第二条");
		}
	}

	@Test
	void shouldWriteOnlyTheListWhenTheFileCouldNotBeRead() throws IOException {
		Path broken = dir.resolve("坏文件.xlsx");
		Files.writeString(broken, "not a workbook", StandardCharsets.UTF_8);
		List<Finding> findings = List.of(Finding.ofFile("坏文件.xlsx", "CORRUPT_FILE", Severity.ERROR, "文件已损坏：请重新导出后报送"));
		Path out = writer.write(broken, null, findings, dir.resolve("err.xlsx"));
		try (XSSFWorkbook wb = open(out)) {
			assertThat(sheetNames(wb)).containsExactly("问题清单");
			assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("原文件无法读取");
			assertThat(wb.getSheetAt(0).getRow(3).getCell(6).getStringCellValue()).isEqualTo("CORRUPT_FILE");
		}
	}

	@Test
	void shouldKeepTheRowsDeliveredWhenReadingBreaksOff() throws IOException {
		TableReader breaking = new FixedReader(100, true);
		Path out = writer.write(dir.resolve("x.xlsx"), breaking, List.of(), dir.resolve("err.xlsx"));
		try (XSSFWorkbook wb = open(out)) {
			assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("读取中断");
			assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(99);
		}
	}

	@Test
	void shouldCapCopiedRowsWithANoteAndStillListEveryFinding() throws IOException {
		List<Finding> findings = List.of(
				new Finding("x.xlsx", "数据", 40, "B", null, null, "EARLY", Severity.ERROR, "第40行有误"),
				new Finding("x.xlsx", "数据", 60, "A", null, null, "LATE", Severity.ERROR, "第60行有误"));
		Path out = new ErrorWorkbookWriter(50).write(dir.resolve("x.xlsx"), new FixedReader(80, false), findings,
				dir.resolve("err.xlsx"));
		try (XSSFWorkbook wb = open(out)) {
			XSSFSheet copy = wb.getSheet("数据");
			assertThat(copy.getLastRowNum()).isEqualTo(50);
			assertThat(copy.getRow(50).getCell(0).getStringCellValue()).contains("只复制了前50行");
			assertThat(copy.getRow(39).getCell(1).getCellComment().getString().getString()).contains("第40行有误");
			assertThat(wb.getSheetAt(0).getRow(4).getCell(8).getStringCellValue()).isEqualTo("第60行有误");
		}
	}

	@Test
	void shouldCommentOnlyTheFirstCellsOfASheetPastTheCommentLimitButColourAndListEveryOne() throws IOException {
		List<Finding> findings = new ArrayList<>();
		for (int r = 1; r <= 5; r++) {
			findings.add(new Finding("x.xlsx", "数据", r, "B", null, null, "BAD", Severity.ERROR, "第" + r + "行有误"));
		}
		Path out = new ErrorWorkbookWriter(50, 3, null).write(dir.resolve("x.xlsx"), new FixedReader(10, false), findings,
				dir.resolve("err.xlsx"));
		try (XSSFWorkbook wb = open(out)) {
			XSSFSheet copy = wb.getSheet("数据");
			for (int r = 0; r < 5; r++) {
				Cell cell = copy.getRow(r).getCell(1);
				assertThat(fill(cell)).as("row %d", r + 1).isEqualTo(fill(copy.getRow(0).getCell(1))).isNotEmpty();
				if (r < 3) {
					assertThat(cell.getCellComment().getString().getString()).contains("第" + (r + 1) + "行有误");
				}
				else {
					assertThat(cell.getCellComment()).as("row %d", r + 1).isNull();
				}
			}
			XSSFSheet list = wb.getSheetAt(0);
			assertThat(list.getRow(1).getCell(0).getStringCellValue()).contains("只在前3处附批注，其余以本清单为准");
			assertThat(list.getRow(7).getCell(8).getStringCellValue()).isEqualTo("第5行有误");
		}
		// under the limit the instructions say nothing of it
		Path all = new ErrorWorkbookWriter(50, 5, null).write(dir.resolve("x.xlsx"), new FixedReader(10, false), findings,
				dir.resolve("all.xlsx"));
		try (XSSFWorkbook wb = open(all)) {
			assertThat(wb.getSheet("数据").getRow(4).getCell(1).getCellComment()).isNotNull();
			assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).doesNotContain("附批注");
		}
	}

	/** Delivers {@code rows} numbered rows in a sheet {@code 数据}, then optionally fails. */
	private record FixedReader(int rows, boolean fail) implements TableReader {

		@Override
		public boolean supports(FileFormat format) {
			return true;
		}

		@Override
		public void read(Path file, RowSink sink) throws TableReadException {
			sink.startSheet("数据", false);
			for (int r = 1; r <= rows; r++) {
				sink.row(new TableRow(r, List.of("行" + r, Integer.toString(r)), false));
			}
			if (fail) {
				throw new TableReadException("CORRUPT_FILE", "文件在第101行后损坏");
			}
			sink.endSheet();
		}
	}

	private static String fill(Cell cell) {
		XSSFColor color = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor();
		return color == null ? null : color.getARGBHex().substring(2);
	}

	private static List<String> sheetNames(XSSFWorkbook wb) {
		List<String> names = new ArrayList<>();
		wb.forEach(s -> names.add(s.getSheetName()));
		return names;
	}

	private static List<Finding> xlsxFindings() {
		return List.of(
				new Finding(FILE, "指标完成情况", 5, "C", "本期完成", "*", "MASKED_VALUE", Severity.ERROR,
						"“本期完成”被遮蔽（*）：请填写实际数值"),
				new Finding(FILE, "指标完成情况", 4, "B", "单位", "万元", "UNIT_CONVERTED", Severity.WARNING,
						"单位“万元”已换算为亿元：请核对"),
				new Finding(FILE, " 指标完成情况 ", 6, null, null, null, "UNKNOWN_INDICATOR", Severity.ERROR,
						"指标名称“绿化亩数”不在指标目录中：请改用目录中的名称"));
	}

	/** A small submission: 基本信息 and 指标完成情况 with a title row, a header and three rows. */
	private Path xlsx() throws IOException {
		Path file = dir.resolve(FILE);
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet info = wb.createSheet("基本信息");
			row(info, 0, "街道名称", "东关街道");
			row(info, 1, "报送期间", "2022年1-11月");
			XSSFSheet s = wb.createSheet("指标完成情况");
			row(s, 0, "东关街道2022年1-11月主要指标完成情况表");
			row(s, 2, "指标名称", "单位", "本期完成");
			Row r = row(s, 3, "固定资产投资", "万元");
			r.createCell(2).setCellValue(666666.10001);
			row(s, 4, "新增城镇就业", "人", "*");
			row(s, 5, "绿化亩数", "亩", "12");
			wb.write(out);
		}
		return file;
	}

	private static Row row(XSSFSheet s, int index, String... texts) {
		Row r = s.createRow(index);
		for (int c = 0; c < texts.length; c++) {
			r.createCell(c).setCellValue(texts[c]);
		}
		return r;
	}
}
