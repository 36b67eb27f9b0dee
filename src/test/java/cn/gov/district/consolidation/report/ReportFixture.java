package cn.gov.district.consolidation.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import cn.gov.district.consolidation.consolidate.DistrictFigure;
import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.consolidate.IndicatorLine;
import cn.gov.district.consolidation.consolidate.ProjectLine;
import cn.gov.district.consolidation.consolidate.StreetFigure;
import cn.gov.district.consolidation.consolidate.StreetStatus;
import cn.gov.district.consolidation.domain.AggregationRule;
import cn.gov.district.consolidation.domain.Direction;
import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ProjectEntry;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.domain.ValueStatus;

/**
 * A hand-built district report: four 街道 (北苑街道 has not submitted), a SUM with a masked and a
 * partial total, a LOWER NONE indicator with ceilings, a RATIO with an approximate value, a
 * WEIGHTED_AVG, projects of two types with one behind, and findings.
 */
public final class ReportFixture {

	static final List<String> STREETS = List.of("东关街道", "西城街道", "南湖街道", "北苑街道");

	private ReportFixture() {
	}

	public static DistrictReport report() {
		return new DistrictReport("河西区", new ReportingPeriod(2022, 11),
				OffsetDateTime.of(2022, 12, 1, 18, 5, 0, 0, ZoneOffset.UTC), STREETS,
				List.of(fai(), unemployment(), jobs(), fixRate(), satisfaction()), projects(), statuses(), findings());
	}

	static BigDecimal d(String v) {
		return new BigDecimal(v);
	}

	static Measure v(String v) {
		return new Measure(d(v), ValueStatus.VALUE, v);
	}

	static Measure approx(String v, String raw) {
		return new Measure(d(v), ValueStatus.APPROXIMATE, raw);
	}

	static Measure masked() {
		return new Measure(null, ValueStatus.MASKED, "*");
	}

	static Indicator indicator(String code, String name, String unit, String category, String aggregation,
			Direction direction) {
		return new Indicator(code, name, List.of(), unit, category, AggregationRule.parse(aggregation), direction, "");
	}

	static StreetFigure figure(String street, Measure target, Measure actual, String completion, Integer rank,
			boolean behind) {
		return new StreetFigure(street, target, actual, Measure.BLANK, completion == null ? null : d(completion), rank,
				behind);
	}

	private static IndicatorLine fai() {
		return new IndicatorLine(indicator("FAI", "固定资产投资", "亿元", "经济发展", "SUM", Direction.HIGHER),
				List.of(figure("东关街道", v("20"), v("12.5"), "62.50", 2, true),
						figure("西城街道", v("10"), masked(), null, null, false),
						figure("南湖街道", v("600000"), v("666666.10001"), "111.11", 1, false),
						figure("北苑街道", Measure.BLANK, Measure.BLANK, null, null, false)),
				new DistrictFigure(d("666678.60001"), 2, 4, ""), new DistrictFigure(d("600030"), 3, 4, ""),
				new DistrictFigure(d("-3.2"), 2, 4, ""));
	}

	private static IndicatorLine unemployment() {
		return new IndicatorLine(indicator("UNEMPLOYMENT_RATE", "城镇登记失业率", "%", "民生保障", "NONE", Direction.LOWER),
				List.of(figure("东关街道", v("3.5"), v("2.8"), "80.00", 1, false),
						figure("西城街道", v("3.5"), v("3.9"), "111.43", 3, true),
						figure("南湖街道", v("3.5"), v("3.1"), "88.57", 2, false),
						figure("北苑街道", Measure.BLANK, Measure.BLANK, null, null, false)),
				DistrictFigure.empty(4, "不汇总：缺少劳动力人数"), DistrictFigure.empty(4, ""), DistrictFigure.empty(4, ""));
	}

	private static IndicatorLine jobs() {
		return new IndicatorLine(indicator("NEW_URBAN_JOBS", "新增城镇就业", "人", "民生保障", "SUM", Direction.HIGHER),
				List.of(figure("东关街道", Measure.BLANK, v("1200"), null, null, false),
						figure("西城街道", Measure.BLANK, new Measure(null, ValueStatus.NOT_APPLICABLE, "—"), null, null,
								false),
						figure("南湖街道", Measure.BLANK, new Measure(null, ValueStatus.INVALID, "若干"), null, null, false),
						figure("北苑街道", Measure.BLANK, Measure.BLANK, null, null, false)),
				new DistrictFigure(d("1200"), 1, 4, "仅含东关街道"), DistrictFigure.empty(4, ""),
				DistrictFigure.empty(4, ""));
	}

	private static IndicatorLine fixRate() {
		return new IndicatorLine(
				indicator("SAFETY_FIX_RATE", "隐患整改率", "%", "平安建设", "RATIO:SAFETY_HAZARDS_FIXED/SAFETY_HAZARDS_FOUND",
						Direction.HIGHER),
				List.of(figure("东关街道", Measure.BLANK, v("95.5"), null, null, false),
						figure("西城街道", Measure.BLANK, v("100"), null, null, false),
						figure("南湖街道", Measure.BLANK, approx("90", "约90%"), null, null, false),
						figure("北苑街道", Measure.BLANK, Measure.BLANK, null, null, false)),
				new DistrictFigure(d("96.25"), 3, 4, ""), DistrictFigure.empty(4, ""), DistrictFigure.empty(4, ""));
	}

	private static IndicatorLine satisfaction() {
		return new IndicatorLine(
				indicator("HOTLINE_SATISFACTION", "热线满意率", "%", "城市管理", "WEIGHTED_AVG:HOTLINE_REQUESTS",
						Direction.HIGHER),
				List.of(figure("东关街道", Measure.BLANK, v("98.1"), null, null, false),
						figure("西城街道", Measure.BLANK, v("97.3"), null, null, false),
						figure("南湖街道", Measure.BLANK, v("99"), null, null, false),
						figure("北苑街道", Measure.BLANK, v("96"), null, null, false)),
				new DistrictFigure(d("97.6"), 4, 4, ""), DistrictFigure.empty(4, ""), DistrictFigure.empty(4, ""));
	}

	private static List<ProjectLine> projects() {
		List<ProjectLine> lines = new ArrayList<>();
		lines.add(new ProjectLine("东关街道", new ProjectEntry("东关农贸市场改造", "新建", d("5000"), d("2000"), d("800"), "在建",
				"2022年12月", "", "重点项目", 5), d("40.00"), true));
		lines.add(new ProjectLine("东关街道", new ProjectEntry("老旧小区雨污分流", "续建", null, d("1000"), d("950.5"), "在建",
				"2023-06-30", "二期", "重点项目", 6), d("95.05"), false));
		lines.add(new ProjectLine("南湖街道", new ProjectEntry("南湖养老服务中心", "新建", d("3000"), d("1500"), d("1500"), "已竣工",
				"2022-10-31", "", "重点项目", 4), d("100.00"), false));
		return lines;
	}

	private static List<StreetStatus> statuses() {
		OffsetDateTime received = OffsetDateTime.of(2022, 12, 1, 1, 30, 0, 0, ZoneOffset.UTC);
		return List.of(
				new StreetStatus("东关街道", true, "东关街道_2022年1-11月.xlsx", 2, received, 12, 1, 1, 1,
						List.of("东关街道_2022年1-11月_初稿.xlsx"), "固定资产投资：10→12.5"),
				new StreetStatus("西城街道", true, "西城街道_2022-11.csv", 1, received, 8, 0, 0, 1, List.of(), ""),
				new StreetStatus("南湖街道", true, "南湖街道.xlsx", 1, received, 9, 0, 0, 0, List.of(), ""),
				new StreetStatus("北苑街道", false, null, 0, null, 0, 0, 0, 0, List.of(), ""));
	}

	private static List<Finding> findings() {
		return List.of(
				new Finding("东关街道_2022年1-11月.xlsx", "指标完成情况", 7, "D", "本期完成", "=HYPERLINK(\"http://x\")",
						"INVALID_NUMBER", Severity.ERROR, "“本期完成”不是数字：请填写数字后重新报送"),
				new Finding("东关街道_2022年1-11月.xlsx", "指标完成情况", 9, null, null, null, "UNKNOWN_INDICATOR",
						Severity.WARNING, "指标名称“绿化亩数”不在指标目录中：请改用目录中的名称"),
				new Finding("西城街道_2022-11.csv", null, 3, "E", "本期完成", "-5", "NEGATIVE_VALUE", Severity.WARNING,
						"“本期完成”为负数：请核对后如实填写"));
	}
}
