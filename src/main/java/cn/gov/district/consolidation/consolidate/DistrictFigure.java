package cn.gov.district.consolidation.consolidate;

import java.math.BigDecimal;

/**
 * A district figure and how complete it is.
 *
 * @param value the figure, or {@code null} when it cannot be formed (rule NONE, no data, a zero
 * denominator)
 * @param covered how many 街道 contributed a value
 * @param expected how many 街道 the roster has
 * @param note a Chinese note for the reader, e.g. {@code 不汇总：缺少劳动力人数} or
 * {@code 仅含6/8个街道}; {@code ""} when the figure is complete
 */
public record DistrictFigure(BigDecimal value, int covered, int expected, String note) {

	public static DistrictFigure empty(int expected, String note) {
		return new DistrictFigure(null, 0, expected, note);
	}

	public boolean isComplete() {
		return value != null && covered == expected;
	}
}
