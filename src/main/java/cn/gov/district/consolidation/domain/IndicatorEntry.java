package cn.gov.district.consolidation.domain;

/**
 * One accepted indicator row of a submission, values in the indicator's canonical unit.
 *
 * @param indicatorCode catalog code
 * @param target annual target; {@link Measure#BLANK} when not given
 * @param actual value completed in the period
 * @param growth year-on-year growth in percent; {@link Measure#BLANK} when not given
 * @param remark free text; never {@code null}
 * @param sheet sheet it came from
 * @param sourceRow row number as Excel shows it
 */
public record IndicatorEntry(String indicatorCode, Measure target, Measure actual, Measure growth, String remark,
		String sheet, int sourceRow) {

	public IndicatorEntry {
		remark = remark == null ? "" : remark;
	}
}
