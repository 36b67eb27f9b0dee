package cn.gov.district.consolidation.examples;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the example submissions written by {@link ExampleSubmissions} contain and what the job must
 * make of them: the roster of 河西区, the canonical-unit value every 街道 submitted for the key
 * indicators, the district figures worked out by hand, and every deliberate quirk with its expected
 * outcome. The figures here are literals, not computed, so a test compares the job against an
 * independent statement of the truth.
 * <p>
 * Maps are keyed by roster name in roster order; a 街道 whose value is masked or absent is not a
 * key. A {@code null} in a {@link Quirk} component means "not applicable". Immutable and
 * thread-safe.
 */
public final class ExampleFacts {

	private ExampleFacts() {
	}

	public static final String DISTRICT = "河西区";

	/** The period every example submits: January to November 2022 (key {@code 2022-11}). */
	public static final String PERIOD_LABEL = "2022年1-11月";

	public static final int PERIOD_YEAR = 2022;

	public static final int PERIOD_END_MONTH = 11;

	/** 序时进度 11/12 as a percent, 4 decimals HALF_UP; completion below it is behind schedule. */
	public static final BigDecimal SCHEDULE_PROGRESS_PERCENT = new BigDecimal("91.6667");

	public static final String DONGGUAN = "东关街道";

	public static final String XIGUAN = "西关街道";

	public static final String NANMEN = "南门街道";

	public static final String BEICHENG = "北城街道";

	public static final String XINHUA = "新华街道";

	public static final String CHANGLE = "长乐街道";

	public static final String WENCHANG = "文昌街道";

	public static final String TAIPING = "太平街道";

	/** The roster, in the order of {@code config/application.yml}. */
	public static final List<String> ROSTER = List.of(DONGGUAN, XIGUAN, NANMEN, BEICHENG, XINHUA, CHANGLE, WENCHANG,
			TAIPING);

	/** Aliases on the roster: only 东关街道 has any. */
	public static final Map<String, List<String>> ALIASES = Map.of(DONGGUAN, List.of("东关街道办事处", "东关街办"));

	/** The 街道 that sends nothing: it must show as {@code 未报送}. */
	public static final String NOT_SUBMITTING = TAIPING;

	/** The 街道 that do submit, in roster order. */
	public static final List<String> SUBMITTING = List.of(DONGGUAN, XIGUAN, NANMEN, BEICHENG, XINHUA, CHANGLE,
			WENCHANG);

	/** A 街道 of another district; its file is rejected with {@code UNKNOWN_STREET}. */
	public static final String OFF_ROSTER_STREET = "河东街道";

	public static final String DONGGUAN_FILE = "东关街道办事处2022年1-11月报表.xlsx";

	public static final String XIGUAN_FILE = "西关街道_2022年11月.xls";

	public static final String NANMEN_INDICATORS_FILE = "南门街道_2022年1-11月_指标.csv";

	public static final String NANMEN_PROJECTS_FILE = "南门街道_2022年1-11月_重点项目.csv";

	public static final String BEICHENG_FILE = "北城街道2022年1-11月.xlsx";

	public static final String XINHUA_FILE = "新华街道-2022年1-11月指标.xlsx";

	public static final String CHANGLE_FILE = "长乐街道2022年1-11月.xls";

	public static final String WENCHANG_EXPORT_FILE = "文昌街道_导出.csv";

	public static final String WENCHANG_PROJECTS_FILE = "文昌街道_2022年1-11月_重点项目.csv";

	public static final String HEDONG_FILE = "河东街道2022年1-11月.xlsx";

	/** Every file {@link ExampleSubmissions#writeAll} writes, in that order. */
	public static final List<String> FILES = List.of(DONGGUAN_FILE, XIGUAN_FILE, NANMEN_INDICATORS_FILE,
			NANMEN_PROJECTS_FILE, BEICHENG_FILE, XINHUA_FILE, CHANGLE_FILE, WENCHANG_EXPORT_FILE, WENCHANG_PROJECTS_FILE,
			HEDONG_FILE);

	/** The files that are accepted (everything but 河东's). */
	public static final List<String> ACCEPTED_FILES = FILES.stream().filter(f -> !f.equals(HEDONG_FILE)).toList();

	/** The files that are rejected as a whole. */
	public static final List<String> REJECTED_FILES = List.of(HEDONG_FILE);

	/** Number of indicator data rows each 街道 sent (北城's two masked rows included; titles, sections, notes not). */
	public static final Map<String, Integer> INDICATOR_ROWS = ordered(DONGGUAN, 19, XIGUAN, 14, NANMEN, 16, BEICHENG,
			14, XINHUA, 16, CHANGLE, 18, WENCHANG, 17);

	/** Number of key projects per 街道 (the 合计 row of 东关 is not a project). */
	public static final Map<String, Integer> PROJECT_ROWS = ordered(DONGGUAN, 4, XIGUAN, 3, NANMEN, 3, BEICHENG, 3,
			XINHUA, 4, CHANGLE, 3, WENCHANG, 4);

	// ---- 规模以上工业总产值 (IND_OUTPUT, 亿元, SUM); 北城 masked it (**) ----

	public static final Map<String, BigDecimal> IND_OUTPUT = ordered(DONGGUAN, d("86.42"), XIGUAN, d("53.17"), XINHUA,
			d("128.6"), CHANGLE, d("41.05"));

	/** 86.42 + 53.17 + 128.6 + 41.05 = 309.24 亿元, covering 4 街道 (北城 masked). */
	public static final BigDecimal IND_OUTPUT_TOTAL = d("309.24");

	public static final int IND_OUTPUT_COVERED = 4;

	// ---- 规模以上工业增加值增速 (IND_VA_GROWTH, %, WEIGHTED_AVG:IND_OUTPUT) ----

	/** 北城 gave 7.8 but no output, so it has no weight in the district figure. */
	public static final Map<String, BigDecimal> IND_VA_GROWTH = ordered(DONGGUAN, d("6.8"), XIGUAN, d("12.5"), BEICHENG,
			d("7.8"), XINHUA, d("5.3"), CHANGLE, d("9.1"));

	/**
	 * Weighted by IND_OUTPUT over 东关, 西关, 新华, 长乐 (the 街道 that gave both):
	 * 86.42×6.8 = 587.656; 53.17×12.5 = 664.625; 128.6×5.3 = 681.58; 41.05×9.1 = 373.555;
	 * Σ = 2307.416; 2307.416 / 309.24 = 7.461570… → 7.4616 (4 decimals, HALF_UP).
	 */
	public static final BigDecimal IND_VA_GROWTH_DISTRICT = d("7.4616");

	// ---- 固定资产投资 (FAI, 亿元, SUM), every submitting 街道 with a target ----

	/** 文昌 wrote 万元 (101200 → 10.12 亿元). */
	public static final Map<String, BigDecimal> FAI_ACTUAL = ordered(DONGGUAN, d("24.36"), XIGUAN, d("9.85"), NANMEN,
			d("7.92"), BEICHENG, d("29.15"), XINHUA, d("43.2"), CHANGLE, d("14.8"), WENCHANG, d("10.12"));

	/** 西关's target is the formula 4.5+4.5+3 = 12; 文昌 wrote 105000 万元 = 10.5 亿元. */
	public static final Map<String, BigDecimal> FAI_TARGET = ordered(DONGGUAN, d("25"), XIGUAN, d("12"), NANMEN, d("8"),
			BEICHENG, d("30"), XINHUA, d("45"), CHANGLE, d("15"), WENCHANG, d("10.5"));

	/** 24.36 + 9.85 = 34.21; + 7.92 = 42.13; + 29.15 = 71.28; + 43.2 = 114.48; + 14.8 = 129.28; + 10.12 = 139.40. */
	public static final BigDecimal FAI_ACTUAL_TOTAL = d("139.40");

	/** 25 + 12 + 8 + 30 + 45 + 15 + 10.5 = 145.5. */
	public static final BigDecimal FAI_TARGET_TOTAL = d("145.5");

	/**
	 * Completion: 东关 97.44%, 西关 9.85/12 = 82.08%, 南门 99.00%, 北城 97.17%, 新华 96.00%, 长乐 98.67%,
	 * 文昌 96.38%. Only 西关 is below 91.67%.
	 */
	public static final Set<String> FAI_BEHIND_SCHEDULE = Set.of(XIGUAN);

	// ---- 新增城镇就业 (NEW_URBAN_JOBS, 人, SUM), every submitting 街道 with a target ----

	/** 北城 wrote 1.6万人 (16000) against a target of 1.8万人 (18000). */
	public static final Map<String, BigDecimal> NEW_URBAN_JOBS_ACTUAL = ordered(DONGGUAN, d("1950"), XIGUAN, d("1420"),
			NANMEN, d("1188"), BEICHENG, d("16000"), XINHUA, d("2416"), CHANGLE, d("980"), WENCHANG, d("1265"));

	public static final Map<String, BigDecimal> NEW_URBAN_JOBS_TARGET = ordered(DONGGUAN, d("2000"), XIGUAN, d("1500"),
			NANMEN, d("1200"), BEICHENG, d("18000"), XINHUA, d("2500"), CHANGLE, d("1000"), WENCHANG, d("1300"));

	/** 1950 + 1420 = 3370; + 1188 = 4558; + 16000 = 20558; + 2416 = 22974; + 980 = 23954; + 1265 = 25219. */
	public static final BigDecimal NEW_URBAN_JOBS_ACTUAL_TOTAL = d("25219");

	/** 2000 + 1500 + 1200 + 18000 + 2500 + 1000 + 1300 = 27500. */
	public static final BigDecimal NEW_URBAN_JOBS_TARGET_TOTAL = d("27500");

	/**
	 * Completion: 东关 97.50%, 西关 94.67%, 南门 99.00%, 北城 16000/18000 = 88.89%, 新华 96.64%, 长乐 98.00%,
	 * 文昌 97.31%. Only 北城 is below 91.67%.
	 */
	public static final Set<String> NEW_URBAN_JOBS_BEHIND_SCHEDULE = Set.of(BEICHENG);

	// ---- 安全隐患排查 / 整改 / 隐患整改率 (SAFETY_*, 处, RATIO:FIXED/FOUND) ----

	/** 新华 wrote 500余: 500, approximate. */
	public static final Map<String, BigDecimal> SAFETY_HAZARDS_FOUND = ordered(DONGGUAN, d("326"), XIGUAN, d("215"),
			NANMEN, d("188"), XINHUA, d("500"), CHANGLE, d("142"), WENCHANG, d("264"));

	/** 西关's row is hidden in the workbook and still counts. */
	public static final Map<String, BigDecimal> SAFETY_HAZARDS_FIXED = ordered(DONGGUAN, d("318"), XIGUAN, d("209"),
			NANMEN, d("188"), XINHUA, d("486"), CHANGLE, d("137"), WENCHANG, d("259"));

	/** 326 + 215 + 188 + 500 + 142 + 264 = 1635. */
	public static final BigDecimal SAFETY_HAZARDS_FOUND_TOTAL = d("1635");

	/** 318 + 209 + 188 + 486 + 137 + 259 = 1597. */
	public static final BigDecimal SAFETY_HAZARDS_FIXED_TOTAL = d("1597");

	/** The rates the 街道 wrote themselves; the district figure never averages them. */
	public static final Map<String, BigDecimal> SAFETY_FIX_RATE = ordered(DONGGUAN, d("97.55"), XIGUAN, d("97.21"),
			NANMEN, d("100"), XINHUA, d("97.2"), CHANGLE, d("96.48"), WENCHANG, d("98.11"));

	/** 1597 / 1635 × 100 = 97.675840… → 97.6758 (4 decimals, HALF_UP). */
	public static final BigDecimal SAFETY_FIX_RATE_DISTRICT = d("97.6758");

	// ---- 网格事件上报数 / 办结数 / 办结率 (GRID_*, 件, RATIO:CLOSED/REPORTED) ----

	public static final Map<String, BigDecimal> GRID_EVENTS_REPORTED = ordered(DONGGUAN, d("4820"), NANMEN, d("2315"),
			CHANGLE, d("1876"), WENCHANG, d("3050"));

	public static final Map<String, BigDecimal> GRID_EVENTS_CLOSED = ordered(DONGGUAN, d("4776"), NANMEN, d("2298"),
			CHANGLE, d("1860"), WENCHANG, d("3012"));

	/** 4820 + 2315 + 1876 + 3050 = 12061. */
	public static final BigDecimal GRID_EVENTS_REPORTED_TOTAL = d("12061");

	/** 4776 + 2298 + 1860 + 3012 = 11946. */
	public static final BigDecimal GRID_EVENTS_CLOSED_TOTAL = d("11946");

	/** 11946 / 12061 × 100 = 99.046513… → 99.0465. */
	public static final BigDecimal GRID_CLOSE_RATE_DISTRICT = d("99.0465");

	// ---- 12345热线诉求受理 (件, SUM) and 热线满意率 (%, WEIGHTED_AVG:HOTLINE_REQUESTS) ----

	/** 北城 wrote 1.2万件 (12000). */
	public static final Map<String, BigDecimal> HOTLINE_REQUESTS = ordered(DONGGUAN, d("6230"), XIGUAN, d("4125"),
			NANMEN, d("3580"), BEICHENG, d("12000"), XINHUA, d("7410"), CHANGLE, d("2960"), WENCHANG, d("5120"));

	/** 6230 + 4125 + 3580 + 12000 + 7410 + 2960 + 5120 = 41425. */
	public static final BigDecimal HOTLINE_REQUESTS_TOTAL = d("41425");

	/** 南门 wrote the fraction 0.965: read as 96.5 with a PERCENT_AS_FRACTION warning. */
	public static final Map<String, BigDecimal> HOTLINE_SATISFACTION = ordered(DONGGUAN, d("96.8"), XIGUAN, d("95.6"),
			NANMEN, d("96.5"), BEICHENG, d("97.3"), XINHUA, d("94.2"), CHANGLE, d("98.1"), WENCHANG, d("96.0"));

	/**
	 * 6230×96.8 = 603064; 4125×95.6 = 394350; 3580×96.5 = 345470; 12000×97.3 = 1167600;
	 * 7410×94.2 = 698022; 2960×98.1 = 290376; 5120×96.0 = 491520; Σ = 3990402;
	 * 3990402 / 41425 = 96.328352… → 96.3284.
	 */
	public static final BigDecimal HOTLINE_SATISFACTION_DISTRICT = d("96.3284");

	// ---- 城镇登记失业率 (UNEMPLOYMENT_RATE, %, NONE, LOWER: a ceiling target) ----

	public static final Map<String, BigDecimal> UNEMPLOYMENT_RATE = ordered(DONGGUAN, d("2.6"), CHANGLE, d("3.1"),
			WENCHANG, d("2.9"));

	/** Ceilings (控制在X%以内): every 街道 is below its ceiling, so every one has met it. */
	public static final Map<String, BigDecimal> UNEMPLOYMENT_RATE_TARGET = ordered(DONGGUAN, d("3.5"), CHANGLE, d("3.8"),
			WENCHANG, d("3.5"));

	// ---- 财政收入 (FISCAL_REVENUE, 万元, SUM) ----

	/** 东关's 666666.10001 proves exactness; 西关 wrote １２，３４５.６; 新华 wrote 3.2亿元 (32000 万元). */
	public static final Map<String, BigDecimal> FISCAL_REVENUE = ordered(DONGGUAN, d("666666.10001"), XIGUAN,
			d("12345.6"), NANMEN, d("8650.25"), XINHUA, d("32000"), CHANGLE, d("15230.8"), WENCHANG, d("21486.35"));

	/**
	 * 666666.10001 + 12345.6 = 679011.70001; + 8650.25 = 687661.95001; + 32000 = 719661.95001;
	 * + 15230.8 = 734892.75001; + 21486.35 = 756379.10001.
	 */
	public static final BigDecimal FISCAL_REVENUE_TOTAL = d("756379.10001");

	// ---- 实际利用外资 (FOREIGN_CAPITAL, 万美元, SUM; never mixed with 元) ----

	public static final Map<String, BigDecimal> FOREIGN_CAPITAL = ordered(DONGGUAN, d("1250"), XINHUA, d("3680"),
			WENCHANG, d("860"));

	/** 1250 + 3680 + 860 = 5790 万美元. */
	public static final BigDecimal FOREIGN_CAPITAL_TOTAL = d("5790");

	// ---- 社会消费品零售总额 (RETAIL_SALES, 亿元, SUM); 北城 masked it (X) ----

	/** 新华 wrote the synonym 社零额. */
	public static final Map<String, BigDecimal> RETAIL_SALES = ordered(DONGGUAN, d("58.3"), XIGUAN, d("21.6"), XINHUA,
			d("36.8"), CHANGLE, d("27.9"));

	/** 58.3 + 21.6 + 36.8 + 27.9 = 144.6 亿元, covering 4 of the 5 街道 that listed it. */
	public static final BigDecimal RETAIL_SALES_TOTAL = d("144.6");

	// ---- the deliberate quirks ----

	/**
	 * One deliberate oddity of the examples and what must come of it.
	 *
	 * @param file the file name
	 * @param sheet the sheet; for CSV the file name without extension; {@code null} for the whole file
	 * @param row the row as Excel shows it (CSV: record number, 1 = header), or {@code null}
	 * @param column the column letter, or {@code null}
	 * @param raw the cell as written: text as typed, a number in its shortest exact form, a date as
	 * ISO, a formula as {@code =…}; {@code null} for the whole file
	 * @param indicatorCode the catalog code the cell belongs to, or {@code null}
	 * @param expectedValue the value in canonical units (projects: 万元), or {@code null} when none
	 * @param findingCode the finding it must produce, or {@code null} when it must produce none
	 * @param expectation the expected outcome in words
	 */
	public record Quirk(String file, String sheet, Integer row, String column, String raw, String indicatorCode,
			BigDecimal expectedValue, String findingCode, String expectation) {
	}

	public static final List<Quirk> QUIRKS = List.of(
			// 东关: alias, Chinese-numeral period, title, unit line, sections, notes, 合计
			q(DONGGUAN_FILE, "基本信息", 1, "B", "东关街道办事处", null, null, null, "alias: attributed to 东关街道"),
			q(DONGGUAN_FILE, "基本信息", 2, "B", "二〇二二年1—11月", null, null, null, "period 2022-11 (Jan–Nov)"),
			q(DONGGUAN_FILE, "指标完成情况", 1, "A", "东关街道2022年1-11月主要指标完成情况表", null, null, null,
					"title merged over A1:G1, not an indicator"),
			q(DONGGUAN_FILE, "指标完成情况", 2, "A", "单位：万元", null, null, null,
					"sheet unit 万元 for rows with an empty 单位 cell"),
			q(DONGGUAN_FILE, "指标完成情况", 3, "A", "序号", null, null, null, "header on row 3, with a 序号 column"),
			q(DONGGUAN_FILE, "指标完成情况", 4, "A", "一、经济发展", null, null, null, "section row, not an indicator"),
			q(DONGGUAN_FILE, "指标完成情况", 5, "E", "86.42", "IND_OUTPUT", d("86.42"), null,
					"unit cell C5 says 亿元 and wins over the 万元 unit line"),
			q(DONGGUAN_FILE, "指标完成情况", 11, "E", "666666.10001", "FISCAL_REVENUE", d("666666.10001"), null,
					"exact decimal, never a double artefact"),
			q(DONGGUAN_FILE, "指标完成情况", 12, "A", "", null, null, null, "blank row inside the table: skipped"),
			q(DONGGUAN_FILE, "指标完成情况", 13, "A", "二、民生保障", null, null, null, "section row, not an indicator"),
			q(DONGGUAN_FILE, "指标完成情况", 17, "E", "356.8", "SUBSISTENCE_ALLOWANCE", d("356.8"), null,
					"C17 empty: unit from the line 单位：万元"),
			q(DONGGUAN_FILE, "指标完成情况", 29, "A", "填表说明：1.本期完成为1月至报告期末累计数；2.单位栏为空的，按表头“单位：万元”填报。",
					null, null, null, "note row below the table, not an indicator"),
			q(DONGGUAN_FILE, "指标完成情况", 30, "A", "填报人：李明", null, null, null, "signature row, not an indicator"),
			q(DONGGUAN_FILE, "重点项目", 8, "B", "合计", null, null, null,
					"subtotal row: not a project; it matches the rows above, so no finding"),
			q(DONGGUAN_FILE, "重点项目", 8, "E", "=SUM(E4:E7)", null, d("42700"), null,
					"formula, cached 4500+20000+3200+15000 = 42700"),
			// 西关: old .xls
			q(XIGUAN_FILE, "基本信息", 2, "B", "2022年11月", null, null, null, "period 2022-11 (Jan–Nov, cumulative)"),
			q(XIGUAN_FILE, "指标完成情况", 2, "F", "同比增长（％）", null, null, null, "full-width header folds to 同比增长(%)"),
			q(XIGUAN_FILE, "指标完成情况", 4, "E", "１２.５％", "IND_VA_GROWTH", d("12.5"), null, "full-width percent"),
			q(XIGUAN_FILE, "指标完成情况", 5, "D", "=4.5+4.5+3", "FAI", d("12"), null, "formula target, cached 12"),
			q(XIGUAN_FILE, "指标完成情况", 6, "F", "下降2.4%", "RETAIL_SALES", d("-2.4"), null, "growth −2.4"),
			q(XIGUAN_FILE, "指标完成情况", 7, "E", "１２，３４５.６", "FISCAL_REVENUE", d("12345.6"), null,
					"full-width digits and thousands comma"),
			q(XIGUAN_FILE, "指标完成情况", 13, "E", "209", "SAFETY_HAZARDS_FIXED", d("209"), "HIDDEN_ROW",
					"hidden row holding a real indicator: read and counted, with a warning to confirm it"),
			q(XIGUAN_FILE, "Sheet3", null, null, null, null, null, null, "extra empty sheet: ignored"),
			// 南门: GB18030 CSV pair
			q(NANMEN_INDICATORS_FILE, null, null, null, null, null, null, null,
					"GB18030, no 基本信息: street 南门街道 and period 2022-11 from the file name; has 指标编码"),
			q(NANMEN_INDICATORS_FILE, "南门街道_2022年1-11月_指标", 16, "E", "0.965", "HOTLINE_SATISFACTION", d("96.5"),
					"PERCENT_AS_FRACTION", "bare fraction in a % row: read as 96.5, warning"),
			q(NANMEN_PROJECTS_FILE, null, null, null, null, null, null, null,
					"GB18030 projects of 南门街道, joined to the indicators by name and period"),
			// 北城: units in headers, masks, units in cells
			q(BEICHENG_FILE, "指标完成情况", 2, "D", "本期完成（亿元）", null, null, null, "no 单位 column: unit 亿元 from the header"),
			q(BEICHENG_FILE, "指标完成情况", 3, "D", "**", "IND_OUTPUT", null, "MASKED_VALUE",
					"masked: no value, never 0; district total covers 4 街道"),
			q(BEICHENG_FILE, "指标完成情况", 4, "D", "7.8%", "IND_VA_GROWTH", d("7.8"), null,
					"kept, but no weight in the district figure (output masked)"),
			q(BEICHENG_FILE, "指标完成情况", 5, "D", "29.15", "FAI", d("29.15"), null, "亿元 from the header"),
			q(BEICHENG_FILE, "指标完成情况", 7, "D", "X", "RETAIL_SALES", null, "MASKED_VALUE",
					"masked: no value, never 0; district total covers 4 街道"),
			q(BEICHENG_FILE, "指标完成情况", 10, "C", "1.8万人", "NEW_URBAN_JOBS", d("18000"), null, "target, unit in the cell"),
			q(BEICHENG_FILE, "指标完成情况", 10, "D", "1.6万人", "NEW_URBAN_JOBS", d("16000"), null,
					"unit in the cell; 88.89% of target: behind 序时进度"),
			q(BEICHENG_FILE, "指标完成情况", 11, "D", "3200人", "REEMPLOYMENT", d("3200"), null, "unit in the cell"),
			q(BEICHENG_FILE, "指标完成情况", 13, "D", "4.5万平方米", "OLD_COMMUNITY_RENOVATION", d("45000"), null,
					"万平方米 to 平方米"),
			q(BEICHENG_FILE, "指标完成情况", 15, "D", "1.2万件", "HOTLINE_REQUESTS", d("12000"), null, "万件 to 件"),
			q(BEICHENG_FILE, "重点项目", 2, "F", "3.86", null, d("38600"), null,
					"project unit 亿元 (G2): 38600 万元; plan 40000, total 120000"),
			// 新华: synonyms, text numbers, units in a cell, approximate, dates
			q(XINHUA_FILE, "基本信息", 6, "B", "2022-12-01", null, null, null, "填报日期 stored as an Excel date"),
			q(XINHUA_FILE, "主要指标", 1, "D", "全年目标", null, null, null, "sheet and header synonyms (指标/全年目标/累计完成/同比)"),
			q(XINHUA_FILE, "主要指标", 2, "B", "规上工业总产值", "IND_OUTPUT", null, null, "synonym of 规模以上工业总产值"),
			q(XINHUA_FILE, "主要指标", 2, "E", "128.6", "IND_OUTPUT", d("128.6"), null, "number stored as text"),
			q(XINHUA_FILE, "主要指标", 4, "B", "固投", "FAI", null, null, "synonym of 固定资产投资"),
			q(XINHUA_FILE, "主要指标", 4, "E", "43.2", "FAI", d("43.2"), null, "number stored as text"),
			q(XINHUA_FILE, "主要指标", 5, "B", "社零额", "RETAIL_SALES", d("36.8"), null, "synonym of 社会消费品零售总额"),
			q(XINHUA_FILE, "主要指标", 7, "E", "3.2亿元", "FISCAL_REVENUE", d("32000"), null, "亿元 in a 万元 row: 32000 万元"),
			q(XINHUA_FILE, "主要指标", 11, "D", "2500", "NEW_URBAN_JOBS", d("2500"), null, "target stored as text"),
			q(XINHUA_FILE, "主要指标", 13, "E", "500余", "SAFETY_HAZARDS_FOUND", d("500"), "APPROXIMATE_VALUE",
					"approximate: kept as 500, warning"),
			q(XINHUA_FILE, "重点项目情况", 2, "H", "2023-12-31", null, null, null, "计划竣工 stored as an Excel date"),
			q(XINHUA_FILE, "重点项目情况", 4, "E", "1500", null, d("1500"), null, "annual plan stored as text"),
			// 长乐: the clean case
			q(CHANGLE_FILE, null, null, null, null, null, null, null, "clean .xls: no finding at all"),
			// 文昌: long export plus UTF-16 projects
			q(WENCHANG_EXPORT_FILE, null, null, null, null, null, null, null,
					"UTF-8 with BOM, street and period on every row"),
			q(WENCHANG_EXPORT_FILE, "文昌街道_导出", 2, "E", "105000", "FAI", d("10.5"), null, "target in 万元: 10.5 亿元"),
			q(WENCHANG_EXPORT_FILE, "文昌街道_导出", 2, "F", "101200", "FAI", d("10.12"), null, "万元 to 亿元: 10.12"),
			q(WENCHANG_PROJECTS_FILE, null, null, null, null, null, null, null, "UTF-16LE with BOM"),
			// 河东: not on the roster
			q(HEDONG_FILE, "基本信息", 1, "B", "河东街道", null, null, "UNKNOWN_STREET",
					"not on the roster of 河西区: the whole file is rejected (ERROR) with an error workbook"));

	private static Quirk q(String file, String sheet, Integer row, String column, String raw, String code,
			BigDecimal value, String finding, String expectation) {
		return new Quirk(file, sheet, row, column, raw, code, value, finding, expectation);
	}

	private static BigDecimal d(String exact) {
		return new BigDecimal(exact);
	}

	@SuppressWarnings("unchecked")
	private static <V> Map<String, V> ordered(Object... keysAndValues) {
		Map<String, V> m = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			m.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
		}
		return Collections.unmodifiableMap(m);
	}
}
