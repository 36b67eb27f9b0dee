package cn.gov.district.consolidation.consolidate;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.district.consolidation.domain.Indicator;

/**
 * One indicator across the district.
 *
 * @param indicator the catalog indicator
 * @param streets one figure per roster 街道, in roster order (a 街道 that did not report it has
 * blank measures)
 * @param total the district actual, by the indicator's aggregation rule
 * @param targetTotal the district target (SUM of targets for summed indicators), or an empty figure
 * @param growthTotal the district growth in percent from 街道 values and growth rates, or an empty figure
 * @param previousYearTotal the district figure of the same period a year earlier, recomputed by the
 * same rule from that year's stored submissions; an empty figure when the history has none
 * @param yearOnYear the change against {@code previousYearTotal} computed from stored values: in
 * percent for a quantity, in percentage points for a percentage indicator ({@code %} unit);
 * {@code null} when either figure is missing or last year's is zero
 */
public record IndicatorLine(Indicator indicator, List<StreetFigure> streets, DistrictFigure total,
		DistrictFigure targetTotal, DistrictFigure growthTotal, DistrictFigure previousYearTotal,
		BigDecimal yearOnYear) {

	public IndicatorLine {
		streets = List.copyOf(streets);
		previousYearTotal = previousYearTotal == null ? DistrictFigure.empty(streets.size(), "") : previousYearTotal;
	}

	/** A line without history: no previous-year figure, no year-on-year change. */
	public IndicatorLine(Indicator indicator, List<StreetFigure> streets, DistrictFigure total,
			DistrictFigure targetTotal, DistrictFigure growthTotal) {
		this(indicator, streets, total, targetTotal, growthTotal, null, null);
	}

	/** True when the stored history holds a district figure of the same period last year. */
	public boolean hasPreviousYear() {
		return previousYearTotal.value() != null;
	}
}
