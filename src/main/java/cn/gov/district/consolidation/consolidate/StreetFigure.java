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
 */
public record StreetFigure(String street, Measure target, Measure actual, Measure growth, BigDecimal completionPercent,
		Integer rank, boolean behindSchedule) {
}
