package cn.gov.district.consolidation.consolidate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.gov.district.consolidation.domain.AggregationRule;
import cn.gov.district.consolidation.domain.Direction;
import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ReportingPeriod;

/**
 * Forms the district figures of one indicator from the 街道 entries by the indicator's own rule:
 * a rate is recomputed from its summed parts or weighted, never summed or averaged blindly.
 * Stateless and thread-safe.
 */
public final class IndicatorAggregator {

	/** Decimals of computed rates and percentages. */
	static final int RATE_SCALE = 2;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final MathContext MC = MathContext.DECIMAL128;

	/** Catalog code to the Chinese name used in notes; a code without a name stays as it is. */
	private final Function<String, String> names;

	/** An aggregator whose notes name other indicators by code. */
	public IndicatorAggregator() {
		this(code -> code);
	}

	/** An aggregator whose notes name other indicators through {@code names} (code to Chinese name). */
	public IndicatorAggregator(Function<String, String> names) {
		this.names = names;
	}

	/**
	 * Builds the line of {@code indicator}.
	 * @param indicator the indicator
	 * @param streets roster names in order
	 * @param entries per 街道, that 街道's entries by indicator code (a 街道 without a submission is absent)
	 * @param period the period, for 序时进度
	 */
	public IndicatorLine aggregate(Indicator indicator, List<String> streets, Map<String, Map<String, IndicatorEntry>> entries,
			ReportingPeriod period) {
		int expected = streets.size();
		List<StreetFigure> figures = streetFigures(indicator, streets, entries, period);
		DistrictFigure total = total(indicator, streets, entries);
		DistrictFigure target = targetTotal(indicator, figures, expected);
		DistrictFigure growth = growthTotal(indicator, figures, expected);
		return new IndicatorLine(indicator, figures, total, target, growth);
	}

	private List<StreetFigure> streetFigures(Indicator indicator, List<String> streets,
			Map<String, Map<String, IndicatorEntry>> entries, ReportingPeriod period) {
		BigDecimal schedule = period.scheduleProgress().multiply(HUNDRED);
		List<StreetFigure> raw = new ArrayList<>();
		for (String street : streets) {
			IndicatorEntry e = entry(entries, street, indicator.code());
			if (e == null) {
				raw.add(new StreetFigure(street, Measure.BLANK, Measure.BLANK, Measure.BLANK, null, null, false));
				continue;
			}
			BigDecimal completion = null;
			boolean behind = false;
			if (e.target().hasNumber() && e.actual().hasNumber() && e.target().value().signum() != 0) {
				completion = e.actual().value().multiply(HUNDRED).divide(e.target().value(), RATE_SCALE, RoundingMode.HALF_UP);
				behind = indicator.direction() == Direction.LOWER ? e.actual().value().compareTo(e.target().value()) > 0
						: completion.compareTo(schedule) < 0;
			}
			raw.add(new StreetFigure(street, e.target(), e.actual(), e.growth(), completion, null, behind));
		}
		return rank(indicator, raw);
	}

	/** Competition ranking (1, 1, 3) of the 街道 with a completion; for a ceiling, the lowest actual ranks first. */
	private List<StreetFigure> rank(Indicator indicator, List<StreetFigure> figures) {
		boolean lower = indicator.direction() == Direction.LOWER;
		Comparator<StreetFigure> better = lower ? Comparator.comparing((StreetFigure f) -> f.actual().value())
				: Comparator.comparing(StreetFigure::completionPercent).reversed();
		List<StreetFigure> ranked = figures.stream().filter(f -> f.completionPercent() != null).sorted(better).toList();
		// in sorted order each rank is one more than the number of those strictly better: one pass, not a
		// comparison of every 街道 with every other (500 街道 × 40 indicators × 200 periods in a backfill)
		Map<StreetFigure, Integer> ranks = new IdentityHashMap<>();
		for (int i = 0; i < ranked.size(); i++) {
			StreetFigure f = ranked.get(i);
			ranks.put(f, i > 0 && better.compare(ranked.get(i - 1), f) == 0 ? ranks.get(ranked.get(i - 1)) : i + 1);
		}
		List<StreetFigure> result = new ArrayList<>();
		for (StreetFigure f : figures) {
			if (f.completionPercent() == null) {
				result.add(f);
				continue;
			}
			int rank = ranks.get(f);
			result.add(new StreetFigure(f.street(), f.target(), f.actual(), f.growth(), f.completionPercent(), rank,
					f.behindSchedule()));
		}
		return result;
	}

	private DistrictFigure total(Indicator indicator, List<String> streets, Map<String, Map<String, IndicatorEntry>> entries) {
		int expected = streets.size();
		AggregationRule rule = indicator.aggregation();
		return switch (rule.kind()) {
			case SUM -> sum(indicator.code(), streets, entries, expected);
			case RATIO -> ratio(indicator, rule, streets, entries, expected);
			case WEIGHTED_AVG -> weighted(indicator.code(), rule.first(), streets, entries, expected);
			case NONE -> DistrictFigure.empty(expected, "按规则不汇总：各街道比率不能直接相加或平均");
		};
	}

	private DistrictFigure sum(String code, List<String> streets, Map<String, Map<String, IndicatorEntry>> entries, int expected) {
		BigDecimal total = BigDecimal.ZERO;
		int covered = 0;
		for (String street : streets) {
			IndicatorEntry e = entry(entries, street, code);
			if (e != null && e.actual().hasNumber()) {
				total = total.add(e.actual().value());
				covered++;
			}
		}
		return covered == 0 ? DistrictFigure.empty(expected, "无街道报送有效数值") : figure(total, covered, expected, "");
	}

	private DistrictFigure ratio(Indicator indicator, AggregationRule rule, List<String> streets,
			Map<String, Map<String, IndicatorEntry>> entries, int expected) {
		BigDecimal numerator = BigDecimal.ZERO;
		BigDecimal denominator = BigDecimal.ZERO;
		int covered = 0;
		for (String street : streets) {
			IndicatorEntry a = entry(entries, street, rule.first());
			IndicatorEntry b = entry(entries, street, rule.second());
			if (a != null && b != null && a.actual().hasNumber() && b.actual().hasNumber()) {
				numerator = numerator.add(a.actual().value());
				denominator = denominator.add(b.actual().value());
				covered++;
			}
		}
		if (covered == 0) {
			return DistrictFigure.empty(expected, "无街道同时报送“" + names.apply(rule.first()) + "”与“" + names.apply(rule.second()) + "”，无法计算");
		}
		if (denominator.signum() == 0) {
			return new DistrictFigure(null, covered, expected, "分母合计为0，无法计算");
		}
		BigDecimal value = numerator.divide(denominator, MC);
		if (indicator.isPercent()) {
			value = value.multiply(HUNDRED);
		}
		return figure(value.setScale(RATE_SCALE, RoundingMode.HALF_UP), covered, expected, "由分项合计重新计算");
	}

	private DistrictFigure weighted(String code, String weightCode, List<String> streets,
			Map<String, Map<String, IndicatorEntry>> entries, int expected) {
		BigDecimal weightedSum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		int covered = 0;
		for (String street : streets) {
			IndicatorEntry v = entry(entries, street, code);
			IndicatorEntry w = entry(entries, street, weightCode);
			if (v != null && w != null && v.actual().hasNumber() && w.actual().hasNumber()) {
				weightedSum = weightedSum.add(v.actual().value().multiply(w.actual().value()));
				weights = weights.add(w.actual().value());
				covered++;
			}
		}
		if (covered == 0 || weights.signum() == 0) {
			return DistrictFigure.empty(expected, "缺少权重指标“" + names.apply(weightCode) + "”，无法加权计算");
		}
		return figure(weightedSum.divide(weights, RATE_SCALE, RoundingMode.HALF_UP), covered, expected,
				"按“" + names.apply(weightCode) + "”加权平均");
	}

	private DistrictFigure targetTotal(Indicator indicator, List<StreetFigure> figures, int expected) {
		if (indicator.aggregation().kind() != AggregationRule.Kind.SUM) {
			return DistrictFigure.empty(expected, "");
		}
		BigDecimal total = BigDecimal.ZERO;
		int covered = 0;
		for (StreetFigure f : figures) {
			if (f.target().hasNumber()) {
				total = total.add(f.target().value());
				covered++;
			}
		}
		return covered == 0 ? DistrictFigure.empty(expected, "") : figure(total, covered, expected, "");
	}

	/**
	 * District growth from 街道 values v and growth rates g (percent): Σv / Σ(v / (1 + g/100)) − 1,
	 * i.e. this year's sum over last year's implied sum; only for summed indicators.
	 */
	private DistrictFigure growthTotal(Indicator indicator, List<StreetFigure> figures, int expected) {
		if (indicator.aggregation().kind() != AggregationRule.Kind.SUM) {
			return DistrictFigure.empty(expected, "");
		}
		BigDecimal now = BigDecimal.ZERO;
		BigDecimal before = BigDecimal.ZERO;
		int covered = 0;
		for (StreetFigure f : figures) {
			if (f.actual().hasNumber() && f.growth().hasNumber()) {
				BigDecimal factor = BigDecimal.ONE.add(f.growth().value().divide(HUNDRED, MC));
				if (factor.signum() <= 0) {
					continue;
				}
				now = now.add(f.actual().value());
				before = before.add(f.actual().value().divide(factor, MC));
				covered++;
			}
		}
		if (covered == 0 || before.signum() == 0) {
			return DistrictFigure.empty(expected, "");
		}
		BigDecimal growth = now.divide(before, MC).subtract(BigDecimal.ONE).multiply(HUNDRED);
		return figure(growth.setScale(RATE_SCALE, RoundingMode.HALF_UP), covered, expected, "");
	}

	private static DistrictFigure figure(BigDecimal value, int covered, int expected, String note) {
		String coverage = covered < expected ? "仅含" + covered + "/" + expected + "个街道" : "";
		String full = coverage.isEmpty() ? note : note.isEmpty() ? coverage : coverage + "；" + note;
		return new DistrictFigure(value, covered, expected, full);
	}

	private static IndicatorEntry entry(Map<String, Map<String, IndicatorEntry>> entries, String street, String code) {
		Map<String, IndicatorEntry> byCode = entries.get(street);
		return byCode == null ? null : byCode.get(code);
	}
}
