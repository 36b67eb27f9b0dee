package cn.gov.district.consolidation.consolidate;

import java.math.BigDecimal;

import cn.gov.district.consolidation.domain.Measure;

/**
 * One 街道's figures for one indicator, in the indicator's canonical unit.
 *
 * @param street roster name
 * @param target annual target ({@link Measure#BLANK} when none)
 * @param actual value completed ({@link Measure#BLANK} when not reported)
 * @param growth reported year-on-year growth in percent ({@link Measure#BLANK} when none)
 * @param completionPercent actual / target × 100 (for a LOWER indicator: the same ratio, read as
 * a ceiling), or {@code null} when there is no target or no actual
 * @param rank 1 = best completion among the 街道 with a completion, or {@code null}
 * @param behindSchedule completion below 序时进度 (for LOWER: actual above the ceiling)
 * @param historyGrowth the growth in percent computed from this 街道's stored value of the same
 * period last year, or {@code null} when the history has no usable value
 * @param growthDisagrees the reported {@code growth} differs from {@code historyGrowth} by more
 * than {@link #GROWTH_TOLERANCE} percentage points
 */
public record StreetFigure(String street, Measure target, Measure actual, Measure growth, BigDecimal completionPercent,
		Integer rank, boolean behindSchedule, BigDecimal historyGrowth, boolean growthDisagrees) {

	/** Percentage points a reported 同比 may differ from the stored history before it is flagged. */
	public static final BigDecimal GROWTH_TOLERANCE = BigDecimal.ONE;

	/** A figure without history. */
	public StreetFigure(String street, Measure target, Measure actual, Measure growth, BigDecimal completionPercent,
			Integer rank, boolean behindSchedule) {
		this(street, target, actual, growth, completionPercent, rank, behindSchedule, null, false);
	}
}
