package cn.gov.district.consolidation.consolidate;

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
 */
public record IndicatorLine(Indicator indicator, List<StreetFigure> streets, DistrictFigure total,
		DistrictFigure targetTotal, DistrictFigure growthTotal) {

	public IndicatorLine {
		streets = List.copyOf(streets);
	}
}
