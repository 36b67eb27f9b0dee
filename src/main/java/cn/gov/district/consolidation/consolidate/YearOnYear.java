package cn.gov.district.consolidation.consolidate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.Severity;

/**
 * Sets an indicator line of this year against the line of the same period last year, both formed
 * from stored values by the same rule: the district's change, and per 街道 the growth its own
 * history implies, which a reported 同比 must agree with. Stateless and thread-safe.
 */
final class YearOnYear {

	/** Rule code of the finding for a reported 同比 that the stored history contradicts. */
	static final String GROWTH_DISAGREES = "GROWTH_DISAGREES_WITH_HISTORY";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final MathContext MC = MathContext.DECIMAL128;

	/**
	 * The line with its history, and the findings of the 街道 whose reported growth disagrees.
	 * @param line {@code now} with previous-year figures filled in
	 * @param findings one WARNING per disagreeing 街道, roster order
	 */
	record Result(IndicatorLine line, List<Finding> findings) {
	}

	/**
	 * Compares {@code now} with {@code before}.
	 * @param now this year's line
	 * @param before last year's line of the same indicator, same roster
	 * @param entries this year's entries per 街道 by indicator code, for where a finding points
	 * @param fileNames this year's current file per 街道
	 */
	Result compare(IndicatorLine now, IndicatorLine before, Map<String, Map<String, IndicatorEntry>> entries,
			Map<String, String> fileNames) {
		Indicator indicator = now.indicator();
		List<StreetFigure> figures = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		for (StreetFigure f : now.streets()) {
			Measure previous = previousActual(before, f.street());
			BigDecimal history = indicator.isPercent() ? null : growth(f.actual(), previous);
			boolean disagrees = history != null && f.growth().hasNumber()
					&& f.growth().value().subtract(history).abs().compareTo(StreetFigure.GROWTH_TOLERANCE) > 0;
			figures.add(new StreetFigure(f.street(), f.target(), f.actual(), f.growth(), f.completionPercent(), f.rank(),
					f.behindSchedule(), history, disagrees));
			if (disagrees) {
				findings.add(finding(indicator, f, previous, history, entries, fileNames));
			}
		}
		IndicatorLine line = new IndicatorLine(indicator, figures, now.total(), now.targetTotal(), now.growthTotal(),
				before.total(), change(indicator, now.total(), before.total()));
		return new Result(line, findings);
	}

	/**
	 * The district change: in percent for a quantity, in percentage points for a rate, because a
	 * relative change of a rate reads as nonsense on paper (99% → 98% is not "−1.01%").
	 */
	static BigDecimal change(Indicator indicator, DistrictFigure now, DistrictFigure before) {
		if (now.value() == null || before.value() == null) {
			return null;
		}
		if (indicator.isPercent()) {
			return now.value().subtract(before.value()).setScale(IndicatorAggregator.RATE_SCALE, RoundingMode.HALF_UP);
		}
		if (before.value().signum() <= 0) {
			return null;
		}
		return percentChange(now.value(), before.value());
	}

	/** Growth in percent of {@code now} over {@code before}, or {@code null} without a positive base. */
	private static BigDecimal growth(Measure now, Measure before) {
		if (!now.hasNumber() || before == null || !before.hasNumber() || before.value().signum() <= 0) {
			return null;
		}
		return percentChange(now.value(), before.value());
	}

	private static BigDecimal percentChange(BigDecimal now, BigDecimal before) {
		return now.divide(before, MC)
			.subtract(BigDecimal.ONE)
			.multiply(HUNDRED)
			.setScale(IndicatorAggregator.RATE_SCALE, RoundingMode.HALF_UP);
	}

	private static Measure previousActual(IndicatorLine before, String street) {
		for (StreetFigure f : before.streets()) {
			if (f.street().equals(street)) {
				return f.actual();
			}
		}
		return null;
	}

	private static Finding finding(Indicator indicator, StreetFigure f, Measure previous, BigDecimal history,
			Map<String, Map<String, IndicatorEntry>> entries, Map<String, String> fileNames) {
		Map<String, IndicatorEntry> byCode = entries.get(f.street());
		IndicatorEntry entry = byCode == null ? null : byCode.get(indicator.code());
		String message = f.street() + "“" + indicator.name() + "”报送的同比增长" + f.growth().value().toPlainString()
				+ "%，与系统中上年同期数据（" + previous.value().toPlainString() + indicator.unit() + "）推算的"
				+ history.toPlainString() + "%相差超过" + StreetFigure.GROWTH_TOLERANCE.toPlainString()
				+ "个百分点：请核实同比增长或本期完成数，如有误请改正后重新报送";
		return new Finding(fileNames.getOrDefault(f.street(), f.street()), entry == null ? null : entry.sheet(),
				entry == null ? null : entry.sourceRow(), null, "同比增长(%)", f.growth().raw(), GROWTH_DISAGREES,
				Severity.WARNING, message);
	}
}
