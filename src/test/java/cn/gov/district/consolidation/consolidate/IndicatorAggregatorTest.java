package cn.gov.district.consolidation.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.district.consolidation.domain.AggregationRule;
import cn.gov.district.consolidation.domain.Direction;
import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.domain.ValueStatus;

class IndicatorAggregatorTest {

	private static final List<String> STREETS = List.of("甲街道", "乙街道", "丙街道");

	private static final ReportingPeriod NOVEMBER = new ReportingPeriod(2022, 11);

	private final IndicatorAggregator aggregator = new IndicatorAggregator();

	private final Map<String, Map<String, IndicatorEntry>> entries = new LinkedHashMap<>();

	private static final Indicator OUTPUT = indicator("IND_OUTPUT", "亿元", "SUM", Direction.HIGHER);

	private static final Indicator GROWTH = indicator("IND_VA_GROWTH", "%", "WEIGHTED_AVG:IND_OUTPUT", Direction.HIGHER);

	private static final Indicator FOUND = indicator("FOUND", "处", "SUM", Direction.HIGHER);

	private static final Indicator FIXED = indicator("FIXED", "处", "SUM", Direction.HIGHER);

	private static final Indicator RATE = indicator("RATE", "%", "RATIO:FIXED/FOUND", Direction.HIGHER);

	private static final Indicator UNEMPLOYMENT = indicator("UNEMPLOYMENT", "%", "NONE", Direction.LOWER);

	@Test
	void shouldSumOnlyTheStreetsWithAValueAndSayHowManyItCovers() {
		put("甲街道", OUTPUT, "10.5", null, null);
		put("乙街道", OUTPUT, "2.25", null, null);
		putMasked("丙街道", OUTPUT);

		DistrictFigure total = aggregator.aggregate(OUTPUT, STREETS, entries, NOVEMBER).total();

		assertThat(total.value()).isEqualByComparingTo("12.75");
		assertThat(total.covered()).isEqualTo(2);
		assertThat(total.isComplete()).isFalse();
		assertThat(total.note()).contains("仅含2/3个街道");
	}

	@Test
	void shouldLeaveANotApplicableValueOutOfTheSumAndTheCoverageNeverCountingItAsZero() {
		put("甲街道", OUTPUT, "10.5", null, null);
		entries.computeIfAbsent("乙街道", k -> new LinkedHashMap<>())
			.put(OUTPUT.code(), new IndicatorEntry(OUTPUT.code(), Measure.BLANK, new Measure(null, ValueStatus.NOT_APPLICABLE, "—"),
					Measure.BLANK, "", "指标", 1));
		put("丙街道", OUTPUT, "2", null, null);

		IndicatorLine line = aggregator.aggregate(OUTPUT, STREETS, entries, NOVEMBER);

		assertThat(line.total().value()).isEqualByComparingTo("12.5");
		assertThat(line.total().covered()).isEqualTo(2);
		assertThat(line.total().note()).contains("仅含2/3个街道");
		assertThat(line.streets().get(1).actual().status()).isEqualTo(ValueStatus.NOT_APPLICABLE);
	}

	@Test
	void shouldRecomputeARatioFromTheSummedPartsNotAverageTheRates() {
		// 甲 9/10 = 90%, 乙 1/90 ≈ 1.1%: the average of rates would be 45.56%, the true rate is 10/100 = 10%
		put("甲街道", FOUND, "10", null, null);
		put("甲街道", FIXED, "9", null, null);
		put("甲街道", RATE, "90", null, null);
		put("乙街道", FOUND, "90", null, null);
		put("乙街道", FIXED, "1", null, null);
		put("乙街道", RATE, "1.11", null, null);

		DistrictFigure total = aggregator.aggregate(RATE, STREETS, entries, NOVEMBER).total();

		assertThat(total.value()).isEqualByComparingTo("10.00");
		assertThat(total.covered()).isEqualTo(2);
	}

	@Test
	void shouldWeightAGrowthRateByItsWeightIndicator() {
		put("甲街道", OUTPUT, "100", null, null);
		put("甲街道", GROWTH, "10", null, null);
		put("乙街道", OUTPUT, "300", null, null);
		put("乙街道", GROWTH, "2", null, null);
		put("丙街道", GROWTH, "50", null, null); // no weight: left out

		DistrictFigure total = aggregator.aggregate(GROWTH, STREETS, entries, NOVEMBER).total();

		// (100×10 + 300×2) / 400 = 4
		assertThat(total.value()).isEqualByComparingTo("4.00");
		assertThat(total.covered()).isEqualTo(2);
	}

	@Test
	void shouldGiveNoDistrictFigureForRuleNone() {
		put("甲街道", UNEMPLOYMENT, "3.1", "3.5", null);

		IndicatorLine line = aggregator.aggregate(UNEMPLOYMENT, STREETS, entries, NOVEMBER);

		assertThat(line.total().value()).isNull();
		assertThat(line.total().note()).contains("不汇总");
	}

	@Test
	void shouldFormDistrictGrowthFromValuesAndGrowthRates() {
		// 甲 110 at +10% (last year 100), 乙 95 at -5% (last year 100): 205 / 200 - 1 = 2.5%
		put("甲街道", OUTPUT, "110", null, "10");
		put("乙街道", OUTPUT, "95", null, "-5");

		DistrictFigure growth = aggregator.aggregate(OUTPUT, STREETS, entries, NOVEMBER).growthTotal();

		assertThat(growth.value()).isEqualByComparingTo("2.50");
	}

	@Test
	void shouldRankCompletionAndMarkStreetsBehindSchedule() {
		put("甲街道", OUTPUT, "95", "100", null); // 95% ≥ 91.67%
		put("乙街道", OUTPUT, "80", "100", null); // 80% behind
		put("丙街道", OUTPUT, "95", "100", null); // ties with 甲

		IndicatorLine line = aggregator.aggregate(OUTPUT, STREETS, entries, NOVEMBER);

		assertThat(line.streets()).extracting(StreetFigure::rank).containsExactly(1, 3, 1);
		assertThat(line.streets()).extracting(StreetFigure::behindSchedule).containsExactly(false, true, false);
		assertThat(line.targetTotal().value()).isEqualByComparingTo("300");
	}

	/**
	 * Competition ranking (1, 1, 3) over many 街道 with ties, both directions: each rank is one more
	 * than the number of 街道 strictly better, as counted one by one.
	 */
	@Test
	void shouldRankManyStreetsWithTiesAsOneMoreThanThoseStrictlyBetter() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(11L);
		List<String> streets = new java.util.ArrayList<>();
		for (int i = 0; i < 120; i++) {
			String street = "第" + i + "街道";
			streets.add(street);
			// few distinct values, so that ties are many; every fifth without a target (no completion, no rank)
			String target = i % 5 == 0 ? null : "100";
			put(street, OUTPUT, String.valueOf(50 + random.nextInt(8)), target, null);
			put(street, UNEMPLOYMENT, "3." + random.nextInt(6), target == null ? null : "3.5", null);
		}
		for (Indicator indicator : List.of(OUTPUT, UNEMPLOYMENT)) {
			List<StreetFigure> figures = aggregator.aggregate(indicator, streets, entries, NOVEMBER).streets();
			for (StreetFigure f : figures) {
				if (f.completionPercent() == null) {
					assertThat(f.rank()).as(f.street()).isNull();
					continue;
				}
				long better = figures.stream()
					.filter(o -> o.completionPercent() != null)
					.filter(o -> indicator == UNEMPLOYMENT ? o.actual().value().compareTo(f.actual().value()) < 0
							: o.completionPercent().compareTo(f.completionPercent()) > 0)
					.count();
				assertThat(f.rank()).as(indicator.code() + " " + f.street()).isEqualTo((int) better + 1);
			}
		}
	}

	@Test
	void shouldTreatTheTargetOfALowerIndicatorAsACeiling() {
		put("甲街道", UNEMPLOYMENT, "3.1", "3.5", null);
		put("乙街道", UNEMPLOYMENT, "3.9", "3.5", null);

		IndicatorLine line = aggregator.aggregate(UNEMPLOYMENT, STREETS, entries, NOVEMBER);

		assertThat(line.streets().get(0).behindSchedule()).isFalse();
		assertThat(line.streets().get(1).behindSchedule()).isTrue();
		assertThat(line.streets().get(0).rank()).isEqualTo(1);
		assertThat(line.streets().get(1).rank()).isEqualTo(2);
	}

	private void put(String street, Indicator indicator, String actual, String target, String growth) {
		entries.computeIfAbsent(street, k -> new LinkedHashMap<>())
			.put(indicator.code(), new IndicatorEntry(indicator.code(), measure(target), measure(actual), measure(growth), "",
					"指标", 1));
	}

	private void putMasked(String street, Indicator indicator) {
		entries.computeIfAbsent(street, k -> new LinkedHashMap<>())
			.put(indicator.code(), new IndicatorEntry(indicator.code(), Measure.BLANK,
					new Measure(null, ValueStatus.MASKED, "**"), Measure.BLANK, "", "指标", 1));
	}

	private static Measure measure(String value) {
		return value == null ? Measure.BLANK : new Measure(new BigDecimal(value), ValueStatus.VALUE, value);
	}

	private static Indicator indicator(String code, String unit, String rule, Direction direction) {
		return new Indicator(code, code, List.of(), unit, "经济发展", AggregationRule.parse(rule), direction, "");
	}
}
