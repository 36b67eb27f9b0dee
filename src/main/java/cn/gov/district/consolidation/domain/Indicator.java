package cn.gov.district.consolidation.domain;

import java.util.List;

/**
 * One indicator of the catalog.
 *
 * @param code stable code, e.g. {@code FAI}
 * @param name official Chinese name, e.g. {@code 固定资产投资}
 * @param synonyms other names people write; never {@code null}
 * @param unit canonical unit every value is converted to, e.g. {@code 亿元}, {@code %}, {@code 人}
 * @param category group on the summary sheet, e.g. {@code 经济发展}
 * @param aggregation how the district figure is formed
 * @param direction whether a higher value is better or the target is a ceiling
 * @param note free text from the catalog; may be empty, never {@code null}
 */
public record Indicator(String code, String name, List<String> synonyms, String unit, String category,
		AggregationRule aggregation, Direction direction, String note) {

	public Indicator {
		synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
		note = note == null ? "" : note;
	}

	/** True when values of this indicator are percentages. */
	public boolean isPercent() {
		return "%".equals(unit);
	}
}
