package cn.gov.district.consolidation.domain;

import java.util.Locale;

/**
 * How a district figure is formed from the 街道 figures of one indicator.
 *
 * @param kind the rule
 * @param first for {@code RATIO} the numerator code, for {@code WEIGHTED_AVG} the weight code,
 * otherwise {@code null}
 * @param second for {@code RATIO} the denominator code, otherwise {@code null}
 */
public record AggregationRule(Kind kind, String first, String second) {

	/** The rules of the catalog. */
	public enum Kind {
		SUM, RATIO, WEIGHTED_AVG, NONE
	}

	public static final AggregationRule SUM = new AggregationRule(Kind.SUM, null, null);

	public static final AggregationRule NONE = new AggregationRule(Kind.NONE, null, null);

	/** Parses the catalog notation: {@code SUM}, {@code NONE}, {@code RATIO:A/B}, {@code WEIGHTED_AVG:W}. */
	public static AggregationRule parse(String text) {
		String t = text.trim().toUpperCase(Locale.ROOT);
		if (t.equals("SUM")) {
			return SUM;
		}
		if (t.equals("NONE")) {
			return NONE;
		}
		if (t.startsWith("RATIO:")) {
			String[] parts = t.substring(6).split("/");
			if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
				throw new IllegalArgumentException("RATIO needs A/B: " + text);
			}
			return new AggregationRule(Kind.RATIO, parts[0].trim(), parts[1].trim());
		}
		if (t.startsWith("WEIGHTED_AVG:")) {
			String w = t.substring(13).trim();
			if (w.isEmpty()) {
				throw new IllegalArgumentException("WEIGHTED_AVG needs a weight: " + text);
			}
			return new AggregationRule(Kind.WEIGHTED_AVG, w, null);
		}
		throw new IllegalArgumentException("unknown aggregation: " + text);
	}

	@Override
	public String toString() {
		return switch (kind) {
			case SUM, NONE -> kind.name();
			case RATIO -> "RATIO:" + first + "/" + second;
			case WEIGHTED_AVG -> "WEIGHTED_AVG:" + first;
		};
	}
}
