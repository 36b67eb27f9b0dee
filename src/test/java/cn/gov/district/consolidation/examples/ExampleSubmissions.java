package cn.gov.district.consolidation.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static cn.gov.district.consolidation.examples.ExampleFacts.BEICHENG_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.CHANGLE_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.DONGGUAN_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.HEDONG_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.NANMEN_INDICATORS_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.NANMEN_PROJECTS_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.WENCHANG_EXPORT_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.WENCHANG_PROJECTS_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.XIGUAN_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.XINHUA_FILE;

/**
 * The generator of the example submissions of the fictional district 河西区 for 2022年1-11月: the
 * files a fresh clone's first run consolidates (committed under {@code input/}) and the fixtures
 * of the functional tests. Every figure and every deliberate quirk is listed, with its expected
 * outcome, in {@link ExampleFacts}; a change here must be mirrored there.
 * <p>
 * Output is deterministic: CSV files are byte-identical across runs, workbooks carry fixed
 * document properties (creator {@code 街道办}, created 2022-12-01 Asia/Shanghai) so their content
 * does not change. Stateless and thread-safe; concurrent calls must use different folders.
 */
public final class ExampleSubmissions {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final Date CREATED = Date.from(LocalDate.of(2022, 12, 1).atStartOfDay(SHANGHAI).toInstant());

	private static final String CREATOR = "街道办";

	// Excel on a Chinese Windows writes CRLF line ends; the other system's export does too.
	private static final String CRLF = "\r\n";

	private static final String[] INDICATOR_HEADER = { "序号", "指标名称", "单位", "年度目标", "本期完成", "同比增长(%)", "备注" };

	private static final String[] PROJECT_HEADER = { "序号", "项目名称", "项目类型", "总投资", "年度计划投资", "累计完成投资", "项目状态",
			"计划竣工", "备注" };

	private ExampleSubmissions() {
	}

	/**
	 * Writes every example file into {@code dir}, replacing files of the same name.
	 * @param dir an existing or new folder; never {@code null}
	 * @return the files written, in {@link ExampleFacts#FILES} order
	 * @throws IOException when a file cannot be written
	 */
	public static List<Path> writeAll(Path dir) throws IOException {
		Files.createDirectories(dir);
		List<Path> written = new ArrayList<>();
		written.add(dongguan(dir.resolve(DONGGUAN_FILE)));
		written.add(xiguan(dir.resolve(XIGUAN_FILE)));
		written.add(nanmenIndicators(dir.resolve(NANMEN_INDICATORS_FILE)));
		written.add(nanmenProjects(dir.resolve(NANMEN_PROJECTS_FILE)));
		written.add(beicheng(dir.resolve(BEICHENG_FILE)));
		written.add(xinhua(dir.resolve(XINHUA_FILE)));
		written.add(changle(dir.resolve(CHANGLE_FILE)));
		written.add(wenchangExport(dir.resolve(WENCHANG_EXPORT_FILE)));
		written.add(wenchangProjects(dir.resolve(WENCHANG_PROJECTS_FILE)));
		written.add(hedong(dir.resolve(HEDONG_FILE)));
		return List.copyOf(written);
	}

	/**
	 * Writes the examples into the folder {@code args[0]} and lists what was written.
	 * @param args one argument, the target folder (e.g. {@code input})
	 * @throws IOException when a file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("用法：ExampleSubmissions <目标文件夹>，例如 ExampleSubmissions input");
			System.exit(2);
		}
		for (Path p : writeAll(Path.of(args[0]))) {
			System.out.println(p);
		}
	}

	// 东关: alias and Chinese-numeral period in 基本信息, title, unit line, sections, notes, 合计 formulas.
	private static Path dongguan(Path file) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		basicInfo(wb, "东关街道办事处", "二〇二二年1—11月", "河西区", "李明", "0931-8123456", "2022年12月1日");
		SheetWriter s = new SheetWriter(wb, "指标完成情况");
		s.row(1, "东关街道2022年1-11月主要指标完成情况表").merge(1, 6);
		s.row(2, "单位：万元");
		s.row(3, (Object[]) INDICATOR_HEADER);
		s.row(4, "一、经济发展").merge(4, 6);
		s.row(5, 1, "规模以上工业总产值", "亿元", null, n("86.42"), n("7.6"), "单位栏填写亿元");
		s.row(6, 2, "规模以上工业增加值增速", "%", null, n("6.8"), null, null);
		s.row(7, 3, "固定资产投资", "亿元", n("25"), n("24.36"), n("10.2"), null);
		s.row(8, 4, "服务业营业收入", "亿元", null, n("32.5"), n("8.4"), null);
		s.row(9, 5, "社会消费品零售总额", "亿元", null, n("58.3"), n("4.6"), null);
		s.row(10, 6, "实际利用外资", "万美元", n("1300"), n("1250"), n("15.3"), null);
		s.row(11, 7, "财政收入", "万元", null, n("666666.10001"), n("6.2"), "含总部企业税收");
		// row 12 stays blank on purpose: real sheets have gaps between sections
		s.row(13, "二、民生保障").merge(13, 6);
		s.row(14, 8, "新增城镇就业", "人", n("2000"), n("1950"), n("3.7"), null);
		s.row(15, 9, "城镇失业人员再就业", "人", null, n("820"), n("2.5"), null);
		s.row(16, 10, "城镇登记失业率", "%", n("3.5"), n("2.6"), null, "控制在3.5%以内");
		s.row(17, 11, "低保金发放", null, null, n("356.8"), n("2.3"), "单位同表头");
		s.row(18, "三、平安建设").merge(18, 6);
		s.row(19, 12, "安全隐患排查", "处", null, n("326"), null, null);
		s.row(20, 13, "安全隐患整改", "处", null, n("318"), null, null);
		s.row(21, 14, "隐患整改率", "%", null, n("97.55"), null, null);
		s.row(22, "四、城市管理").merge(22, 6);
		s.row(23, 15, "网格事件上报数", "件", null, n("4820"), null, null);
		s.row(24, 16, "网格事件办结数", "件", null, n("4776"), null, null);
		s.row(25, 17, "网格事件办结率", "%", null, n("99.09"), null, null);
		s.row(26, 18, "12345热线诉求受理", "件", null, n("6230"), null, null);
		s.row(27, 19, "热线满意率", "%", null, n("96.8"), null, null);
		s.row(29, "填表说明：1.本期完成为1月至报告期末累计数；2.单位栏为空的，按表头“单位：万元”填报。").merge(29, 6);
		s.row(30, "填报人：李明", null, "审核人：王芳", null, "联系电话：0931-8123456");
		s.widths(6, 26, 8, 12, 14, 14, 24);

		SheetWriter p = new SheetWriter(wb, "重点项目");
		p.row(1, "东关街道2022年重点项目推进情况表").merge(1, 8);
		p.row(2, "单位：万元");
		p.row(3, (Object[]) PROJECT_HEADER);
		p.row(4, 1, "东关老旧小区综合改造项目", "续建", n("12000"), n("4500"), n("4380"), "在建", "2022年12月", null);
		p.row(5, 2, "东关商业综合体项目", "新建", n("85000"), n("20000"), n("16800"), "滞后", "2024年6月", "拆迁进度影响");
		p.row(6, 3, "东关社区养老服务中心", "惠民", n("3200"), n("3200"), n("3200"), "已竣工", "2022年9月", null);
		p.row(7, 4, "智能制造产业园招商项目", "招商", n("50000"), n("15000"), n("14200"), "超序时进度", "2023年12月", null);
		p.row(8, null, "合计", null, new Formula("SUM(D4:D7)"), new Formula("SUM(E4:E7)"), new Formula("SUM(F4:F7)"),
				null, null, null);
		p.widths(6, 28, 10, 12, 14, 14, 12, 14, 16);
		return save(wb, file);
	}

	// 西关: old .xls with full-width digits, a hidden row, a formula target and an empty extra sheet.
	private static Path xiguan(Path file) throws IOException {
		HSSFWorkbook wb = new HSSFWorkbook();
		basicInfo(wb, "西关街道", "2022年11月", "河西区", "赵强", "0931-8234567", "2022-12-01");
		SheetWriter s = new SheetWriter(wb, "指标完成情况");
		s.row(1, "西关街道2022年1-11月主要指标完成情况").merge(1, 6);
		s.row(2, "序号", "指标名称", "单位", "年度目标", "本期完成", "同比增长（％）", "备注");
		s.row(3, 1, "规模以上工业总产值", "亿元", null, n("53.17"), n("11.8"), null);
		s.row(4, 2, "规模以上工业增加值增速", "%", null, "１２.５％", null, null);
		s.row(5, 3, "固定资产投资", "亿元", new Formula("4.5+4.5+3"), n("9.85"), n("5.6"), "目标为三个片区之和");
		s.row(6, 4, "社会消费品零售总额", "亿元", null, n("21.6"), "下降2.4%", null);
		s.row(7, 5, "财政收入", "万元", null, "１２，３４５.６", n("4.1"), null);
		s.row(8, 6, "招商签约项目数", "个", null, n("7"), null, null);
		s.row(9, 7, "新增城镇就业", "人", n("1500"), n("1420"), n("2.9"), null);
		s.row(10, 8, "就业困难人员再就业", "人", null, n("156"), null, null);
		s.row(11, 9, "新增养老床位", "张", null, n("80"), null, null);
		s.row(12, 10, "安全隐患排查", "处", null, n("215"), null, null);
		s.row(13, 11, "安全隐患整改", "处", null, n("209"), null, null).hide(13);
		s.row(14, 12, "隐患整改率", "%", null, n("97.21"), null, null);
		s.row(15, 13, "12345热线诉求受理", "件", null, n("4125"), null, null);
		s.row(16, 14, "热线满意率", "%", null, n("95.6"), null, null);
		s.row(18, "填报人：赵强");
		s.widths(6, 24, 8, 12, 14, 14, 20);

		SheetWriter p = new SheetWriter(wb, "重点项目");
		p.row(1, (Object[]) PROJECT_HEADER);
		p.row(2, 1, "西关街道农贸市场提升改造", "惠民", n("1800"), n("1800"), n("1750"), "在建", "2022年12月", null);
		p.row(3, 2, "西关片区雨污分流工程", "续建", n("6500"), n("3000"), n("2280"), "滞后", "2023年6月", "管线迁改未完成");
		p.row(4, 3, "西关文化创意产业园", "招商", n("30000"), n("8000"), n("7600"), "在建", "2023年10月", null);
		p.widths(6, 28, 10, 12, 14, 14, 12, 14, 16);
		wb.createSheet("Sheet3");
		return save(wb, file);
	}

	/** The charset of 南门's CSVs. */
	private static final Charset NANMEN_CHARSET = Charset.forName("GB18030");

	/**
	 * A copy of one of 南门's CSVs (as written here, or archived by a run) with {@code text} replaced by
	 * {@code replacement}, as a 街道 sends a correction; {@code to} may be {@code from}.
	 * @throws IllegalArgumentException if {@code from} does not hold {@code text}
	 */
	public static Path correctNanmenCsv(Path from, Path to, String text, String replacement) throws IOException {
		String csv = Files.readString(from, NANMEN_CHARSET);
		if (!csv.contains(text)) {
			throw new IllegalArgumentException(from.getFileName() + " does not hold " + text);
		}
		return Files.writeString(to, csv.replace(text, replacement), NANMEN_CHARSET);
	}

	// 南门: GB18030 CSV one file per sheet, no 基本信息; street and period come from the file name.
	private static Path nanmenIndicators(Path file) throws IOException {
		return csv(file, NANMEN_CHARSET, new byte[0], List.of(
				row("指标编码", "指标名称", "单位", "年度目标", "本期完成", "同比增长(%)", "备注"),
				row("FAI", "固定资产投资", "亿元", "8", "7.92", "6.5", ""),
				row("DOMESTIC_CAPITAL", "招商引资内资到位", "亿元", "", "3.65", "12.4", ""),
				row("FISCAL_REVENUE", "财政收入", "万元", "", "8650.25", "3.8", ""),
				row("NEW_URBAN_JOBS", "新增城镇就业", "人", "1200", "1188", "2.1", ""),
				row("REEMPLOYMENT", "城镇失业人员再就业", "人", "", "415", "", ""),
				row("SUBSISTENCE_ALLOWANCE", "低保金发放", "万元", "", "268.45", "", ""),
				row("ELDERLY_BEDS", "新增养老床位", "张", "", "60", "", ""),
				row("SAFETY_HAZARDS_FOUND", "安全隐患排查", "处", "", "188", "", ""),
				row("SAFETY_HAZARDS_FIXED", "安全隐患整改", "处", "", "188", "", "全部整改到位"),
				row("SAFETY_FIX_RATE", "隐患整改率", "%", "", "100", "", ""),
				row("GRID_EVENTS_REPORTED", "网格事件上报数", "件", "", "2315", "", ""),
				row("GRID_EVENTS_CLOSED", "网格事件办结数", "件", "", "2298", "", ""),
				row("GRID_CLOSE_RATE", "网格事件办结率", "%", "", "99.27", "", ""),
				row("HOTLINE_REQUESTS", "12345热线诉求受理", "件", "", "3580", "", ""),
				row("HOTLINE_SATISFACTION", "热线满意率", "%", "", "0.965", "", "系统导出为小数"),
				row("GARBAGE_SORTING_COMPLIANT", "垃圾分类达标小区", "个", "", "24", "", "")));
	}

	private static Path nanmenProjects(Path file) throws IOException {
		return csv(file, NANMEN_CHARSET, new byte[0], List.of(
				row("项目名称", "项目类型", "总投资", "年度计划投资", "累计完成投资", "单位", "项目状态", "计划竣工", "备注"),
				row("南门历史文化街区保护提升", "续建", "15000", "5000", "4700", "万元", "在建", "2023年12月", ""),
				row("南门社区卫生服务中心", "新建", "2600", "2600", "2600", "万元", "已竣工", "2022年10月", ""),
				row("南门停车场建设项目", "新建", "4200", "3000", "1500", "万元", "滞后", "2023年3月", "用地手续办理中")));
	}

	// 北城: units only in the value headers (亿元), masked values, units written inside the cells.
	private static Path beicheng(Path file) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		basicInfo(wb, "北城街道", "2022年1-11月", "河西区", "孙丽", "0931-8345678", "2022年12月1日");
		SheetWriter s = new SheetWriter(wb, "指标完成情况");
		s.row(1, "北城街道2022年1-11月主要指标完成情况表").merge(1, 5);
		s.row(2, "序号", "指标名称", "年度目标（亿元）", "本期完成（亿元）", "同比增长（%）", "备注");
		s.row(3, 1, "规模以上工业总产值", null, "**", null, "涉及企业数据保密");
		s.row(4, 2, "规模以上工业增加值增速", null, "7.8%", null, null);
		s.row(5, 3, "固定资产投资", n("30"), n("29.15"), n("8.3"), null);
		s.row(6, 4, "服务业营业收入", null, n("46.2"), n("6.1"), null);
		s.row(7, 5, "社会消费品零售总额", null, "X", null, "待统计部门反馈");
		s.row(8, 6, "招商引资内资到位", null, n("5.8"), n("10.5"), null);
		s.row(9, 7, "限上商贸业销售额", null, n("63.4"), n("4.2"), null);
		s.row(10, 8, "新增城镇就业", "1.8万人", "1.6万人", n("5.3"), null);
		s.row(11, 9, "城镇失业人员再就业", null, "3200人", null, null);
		s.row(12, 10, "新增养老床位", null, "120张", null, null);
		s.row(13, 11, "老旧小区改造面积", null, "4.5万平方米", null, null);
		s.row(14, 12, "执法出动人次", null, "8600人次", null, null);
		s.row(15, 13, "12345热线诉求受理", null, "1.2万件", null, null);
		s.row(16, 14, "热线满意率", null, "97.3%", null, null);
		s.row(18, "审核人：周伟");
		s.widths(6, 24, 16, 16, 14, 20);

		SheetWriter p = new SheetWriter(wb, "重点项目");
		p.row(1, "序号", "项目名称", "项目类型", "总投资", "年度计划投资", "累计完成投资", "单位", "项目状态", "计划竣工", "备注");
		p.row(2, 1, "北城物流园二期", "续建", n("12"), n("4"), n("3.86"), "亿元", "在建", "2023年6月", null);
		p.row(3, 2, "北城安置小区建设", "新建", n("36000"), n("12000"), n("9000"), "万元", "滞后", "2024年12月", "征收进度滞后");
		p.row(4, 3, "北城口袋公园", "惠民", n("800"), n("800"), n("800"), "万元", "已竣工", "2022年8月", null);
		p.widths(6, 24, 10, 12, 14, 14, 8, 12, 14, 16);
		return save(wb, file);
	}

	// 新华: synonyms in names and headers, numbers stored as text, 3.2亿元 in a 万元 row, 500余, real dates.
	private static Path xinhua(Path file) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		basicInfo(wb, "新华街道", "2022年1-11月", "河西区", "刘洋", "0931-8456789", LocalDate.of(2022, 12, 1));
		SheetWriter s = new SheetWriter(wb, "主要指标");
		s.row(1, "序号", "指标", "单位", "全年目标", "累计完成", "同比", "备注");
		s.row(2, 1, "规上工业总产值", "亿元", null, "128.6", "6.9", null);
		s.row(3, 2, "规上工业增加值增速", "%", null, n("5.3"), null, null);
		s.row(4, 3, "固投", "亿元", n("45"), "43.2", n("9.8"), null);
		s.row(5, 4, "社零额", "亿元", null, n("36.8"), n("5.1"), null);
		s.row(6, 5, "实际利用外资", "万美元", null, n("3680"), n("18.6"), null);
		s.row(7, 6, "财政收入", "万元", null, "3.2亿元", n("7.5"), null);
		s.row(8, 7, "招商签约项目数", "个", null, n("9"), null, null);
		s.row(9, 8, "专利授权量", "件", null, "156", n("12.2"), null);
		s.row(10, 9, "新增国家高新技术企业", "家", null, n("12"), null, null);
		s.row(11, 10, "新增城镇就业", "人", "2500", "2416", n("4.4"), null);
		s.row(12, 11, "城镇失业人员再就业", "人", null, n("860"), null, null);
		s.row(13, 12, "安全隐患排查", "处", null, "500余", null, "含“三合一”场所");
		s.row(14, 13, "安全隐患整改", "处", null, n("486"), null, null);
		s.row(15, 14, "隐患整改率", "%", null, n("97.2"), null, null);
		s.row(16, 15, "12345热线诉求受理", "件", null, "7410", null, null);
		s.row(17, 16, "热线满意率", "%", null, n("94.2"), null, null);
		s.widths(6, 24, 8, 12, 12, 10, 18);

		SheetWriter p = new SheetWriter(wb, "重点项目情况");
		p.row(1, (Object[]) PROJECT_HEADER);
		p.row(2, 1, "新华智能装备产业园", "招商", n("60000"), n("18000"), n("17200"), "在建", LocalDate.of(2023, 12, 31), null);
		p.row(3, 2, "新华片区城市有机更新", "续建", n("45000"), n("10000"), n("8200"), "滞后", LocalDate.of(2024, 6, 30),
				"安置房源不足");
		p.row(4, 3, "新华街道便民服务中心", "惠民", "1500", "1500", "1500", "已竣工", LocalDate.of(2022, 9, 30), null);
		p.row(5, 4, "新华村污水处理项目", "新建", n("2200"), n("2200"), n("2050"), "在建", LocalDate.of(2022, 12, 31), null);
		p.widths(6, 28, 10, 12, 14, 14, 12, 14, 16);
		return save(wb, file);
	}

	// 长乐: the clean case; every value indicator has its 同比增长.
	private static Path changle(Path file) throws IOException {
		HSSFWorkbook wb = new HSSFWorkbook();
		basicInfo(wb, "长乐街道", "2022年1-11月", "河西区", "陈静", "0931-8567890", "2022-12-01");
		SheetWriter s = new SheetWriter(wb, "指标完成情况");
		s.row(1, (Object[]) INDICATOR_HEADER);
		s.row(2, 1, "规模以上工业总产值", "亿元", null, n("41.05"), n("8.7"), null);
		s.row(3, 2, "规模以上工业增加值增速", "%", null, n("9.1"), null, null);
		s.row(4, 3, "固定资产投资", "亿元", n("15"), n("14.8"), n("7.2"), null);
		s.row(5, 4, "服务业营业收入", "亿元", null, n("18.36"), n("6.4"), null);
		s.row(6, 5, "社会消费品零售总额", "亿元", null, n("27.9"), n("3.9"), null);
		s.row(7, 6, "财政收入", "万元", null, n("15230.8"), n("5.5"), null);
		s.row(8, 7, "新增城镇就业", "人", n("1000"), n("980"), n("2.1"), null);
		s.row(9, 8, "城镇失业人员再就业", "人", null, n("365"), n("3.4"), null);
		s.row(10, 9, "城镇登记失业率", "%", n("3.8"), n("3.1"), null, "控制在3.8%以内");
		s.row(11, 10, "新增养老床位", "张", null, n("45"), n("12.5"), null);
		s.row(12, 11, "安全隐患排查", "处", null, n("142"), n("5.2"), null);
		s.row(13, 12, "安全隐患整改", "处", null, n("137"), n("4.6"), null);
		s.row(14, 13, "隐患整改率", "%", null, n("96.48"), null, null);
		s.row(15, 14, "网格事件上报数", "件", null, n("1876"), n("6.3"), null);
		s.row(16, 15, "网格事件办结数", "件", null, n("1860"), n("6.5"), null);
		s.row(17, 16, "网格事件办结率", "%", null, n("99.15"), null, null);
		s.row(18, 17, "12345热线诉求受理", "件", null, n("2960"), n("8.1"), null);
		s.row(19, 18, "热线满意率", "%", null, n("98.1"), null, null);
		s.widths(6, 26, 8, 12, 14, 14, 24);

		SheetWriter p = new SheetWriter(wb, "重点项目");
		p.row(1, (Object[]) PROJECT_HEADER);
		p.row(2, 1, "长乐路街景改造", "续建", n("5200"), n("2600"), n("2500"), "在建", "2022年12月", null);
		p.row(3, 2, "长乐幼儿园新建项目", "新建", n("3800"), n("3800"), n("3100"), "滞后", "2023年8月", "设计变更");
		p.row(4, 3, "长乐社区养老驿站", "惠民", n("600"), n("600"), n("600"), "已竣工", "2022年7月", null);
		p.widths(6, 28, 10, 12, 14, 14, 12, 14, 16);
		return save(wb, file);
	}

	// 文昌: another system's long export, UTF-8 with BOM, street and period on every row.
	private static Path wenchangExport(Path file) throws IOException {
		List<String[]> rows = new ArrayList<>();
		rows.add(row("街道名称", "报送期间", "指标名称", "单位", "年度目标", "本期完成", "同比增长(%)"));
		String[][] data = {
				{ "固定资产投资", "万元", "105000", "101200", "6.8" },
				{ "服务业营业收入", "亿元", "", "22.4", "5.9" },
				{ "实际利用外资", "万美元", "", "860", "9.6" },
				{ "财政收入", "万元", "", "21486.35", "4.3" },
				{ "新增城镇就业", "人", "1300", "1265", "3.2" },
				{ "城镇登记失业率", "%", "3.5", "2.9", "" },
				{ "安全隐患排查", "处", "", "264", "" },
				{ "安全隐患整改", "处", "", "259", "" },
				{ "隐患整改率", "%", "", "98.11", "" },
				{ "网格事件上报数", "件", "", "3050", "" },
				{ "网格事件办结数", "件", "", "3012", "" },
				{ "网格事件办结率", "%", "", "98.75", "" },
				{ "12345热线诉求受理", "件", "", "5120", "" },
				{ "热线满意率", "%", "", "96.0", "" },
				{ "党组织集中学习", "次", "", "22", "" },
				{ "绿化面积", "亩", "", "180", "" },
				{ "新增国家高新技术企业", "家", "", "5", "" } };
		for (String[] d : data) {
			rows.add(row("文昌街道", "2022年1-11月", d[0], d[1], d[2], d[3], d[4]));
		}
		return csv(file, StandardCharsets.UTF_8, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, rows);
	}

	private static Path wenchangProjects(Path file) throws IOException {
		return csv(file, StandardCharsets.UTF_16LE, new byte[] { (byte) 0xFF, (byte) 0xFE }, List.of(
				row("项目名称", "项目类型", "总投资", "年度计划投资", "累计完成投资", "单位", "项目状态", "计划竣工", "备注"),
				row("文昌科创中心", "招商", "28000", "9000", "8500", "万元", "在建", "2023年12月", ""),
				row("文昌中学改扩建", "续建", "9600", "4800", "4500", "万元", "在建", "2023年8月", ""),
				row("文昌片区背街小巷整治", "惠民", "1200", "1200", "1200", "万元", "已竣工", "2022年6月", ""),
				row("文昌数字经济产业园", "新建", "50000", "15000", "11000", "万元", "滞后", "2024年12月", "招商主体变更")));
	}

	// 河东: well-formed, but 河东街道 belongs to another district: the whole file must be rejected.
	private static Path hedong(Path file) throws IOException {
		XSSFWorkbook wb = new XSSFWorkbook();
		basicInfo(wb, "河东街道", "2022年1-11月", null, "吴刚", "0931-8678901", "2022年12月1日");
		SheetWriter s = new SheetWriter(wb, "指标完成情况");
		s.row(1, (Object[]) INDICATOR_HEADER);
		s.row(2, 1, "规模以上工业总产值", "亿元", null, n("64.3"), n("6.2"), null);
		s.row(3, 2, "规模以上工业增加值增速", "%", null, n("7.1"), null, null);
		s.row(4, 3, "固定资产投资", "亿元", n("20"), n("19.4"), n("5.8"), null);
		s.row(5, 4, "财政收入", "万元", null, n("18320.5"), n("4.9"), null);
		s.row(6, 5, "新增城镇就业", "人", n("1600"), n("1575"), n("2.6"), null);
		s.row(7, 6, "城镇失业人员再就业", "人", null, n("540"), null, null);
		s.row(8, 7, "安全隐患排查", "处", null, n("298"), null, null);
		s.row(9, 8, "安全隐患整改", "处", null, n("290"), null, null);
		s.row(10, 9, "隐患整改率", "%", null, n("97.32"), null, null);
		s.row(11, 10, "12345热线诉求受理", "件", null, n("3870"), null, null);
		s.row(12, 11, "热线满意率", "%", null, n("95.9"), null, null);
		s.row(13, 12, "新增养老床位", "张", null, n("50"), null, null);
		s.widths(6, 26, 8, 12, 14, 14, 24);

		SheetWriter p = new SheetWriter(wb, "重点项目");
		p.row(1, (Object[]) PROJECT_HEADER);
		p.row(2, 1, "河东滨河公园", "惠民", n("4800"), n("2400"), n("2300"), "在建", "2022年12月", null);
		p.row(3, 2, "河东物流中心", "招商", n("26000"), n("8000"), n("7800"), "在建", "2023年9月", null);
		p.row(4, 3, "河东社区食堂", "惠民", n("300"), n("300"), n("300"), "已竣工", "2022年5月", null);
		p.widths(6, 28, 10, 12, 14, 14, 12, 14, 16);
		return save(wb, file);
	}

	private static void basicInfo(Workbook wb, String street, String period, String district, String reporter,
			String phone, Object reportDate) {
		SheetWriter s = new SheetWriter(wb, "基本信息");
		s.row(1, "街道名称", street);
		s.row(2, "报送期间", period);
		// 所属区 is optional; 河东 leaves it blank so the roster alone decides that the file is foreign
		s.row(3, "所属区", district);
		s.row(4, "填报人", reporter);
		s.row(5, "联系电话", phone);
		s.row(6, "填报日期", reportDate);
		s.widths(12, 24);
	}

	private static Path save(Workbook wb, Path file) throws IOException {
		try (wb) {
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			if (wb instanceof XSSFWorkbook x) {
				POIXMLProperties.CoreProperties core = x.getProperties().getCoreProperties();
				core.setCreator(CREATOR);
				core.setLastModifiedByUser(CREATOR);
				core.setCreated(Optional.of(CREATED));
				core.setModified(Optional.of(CREATED));
			}
			else if (wb instanceof HSSFWorkbook h) {
				h.createInformationProperties();
				SummaryInformation si = h.getSummaryInformation();
				// without a code page HPSF writes ISO-8859-1 and the Chinese creator becomes '???'
				si.getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
				h.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
				si.setAuthor(CREATOR);
				si.setLastAuthor(CREATOR);
				si.setCreateDateTime(CREATED);
				si.setLastSaveDateTime(CREATED);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				wb.write(out);
			}
		}
		return file;
	}

	private static Path csv(Path file, Charset charset, byte[] bom, List<String[]> rows) throws IOException {
		StringBuilder text = new StringBuilder();
		for (String[] r : rows) {
			for (int i = 0; i < r.length; i++) {
				if (i > 0) {
					text.append(',');
				}
				text.append(quoted(r[i]));
			}
			text.append(CRLF);
		}
		byte[] body = text.toString().getBytes(charset);
		byte[] all = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, all, 0, bom.length);
		System.arraycopy(body, 0, all, bom.length, body.length);
		Files.write(file, all);
		return file;
	}

	private static String quoted(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

	private static String[] row(String... cells) {
		return cells;
	}

	private static BigDecimal n(String exact) {
		return new BigDecimal(exact);
	}

	/** A formula cell, without the leading {@code =}. */
	private record Formula(String text) {
	}

	/** Writes cells by Excel row number (1-based) into one sheet. */
	private static final class SheetWriter {

		private final Sheet sheet;

		private final CellStyle dateStyle;

		SheetWriter(Workbook wb, String name) {
			this.sheet = wb.createSheet(name);
			this.dateStyle = wb.createCellStyle();
			this.dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		}

		SheetWriter row(int excelRow, Object... values) {
			Row r = sheet.createRow(excelRow - 1);
			for (int i = 0; i < values.length; i++) {
				Object v = values[i];
				if (v == null) {
					continue;
				}
				Cell c = r.createCell(i);
				if (v instanceof String t) {
					c.setCellValue(t);
				}
				else if (v instanceof Integer k) {
					c.setCellValue(k);
				}
				else if (v instanceof BigDecimal d) {
					// the stored double's shortest decimal form is exactly the literal (all values < 1e7)
					c.setCellValue(d.doubleValue());
				}
				else if (v instanceof LocalDate d) {
					c.setCellValue(d);
					c.setCellStyle(dateStyle);
				}
				else if (v instanceof Formula f) {
					c.setCellFormula(f.text());
				}
				else {
					throw new IllegalArgumentException("unsupported cell value: " + v.getClass());
				}
			}
			return this;
		}

		SheetWriter merge(int excelRow, int lastColumnIndex) {
			sheet.addMergedRegion(new CellRangeAddress(excelRow - 1, excelRow - 1, 0, lastColumnIndex));
			return this;
		}

		SheetWriter hide(int excelRow) {
			sheet.getRow(excelRow - 1).setZeroHeight(true);
			return this;
		}

		SheetWriter widths(int... characters) {
			for (int i = 0; i < characters.length; i++) {
				// widths are in Latin characters; a CJK glyph takes about two
				sheet.setColumnWidth(i, characters[i] * 256);
			}
			return this;
		}
	}
}
