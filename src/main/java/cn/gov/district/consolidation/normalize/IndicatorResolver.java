package cn.gov.district.consolidation.normalize;

import java.util.List;

import cn.gov.district.consolidation.domain.Indicator;

/**
 * Resolves what people write for an indicator to one indicator of the catalog: its code (any
 * case) or its official name is {@code EXACT}; a catalog synonym, or the name with 规模以上
 * shortened to 规上, is {@code ALIAS}. A numbering before the name ({@code 1.}, {@code （一）}) and
 * a bracketed unit after it ({@code （亿元）}) are ignored. A slip of the pen is a
 * {@code NEAR_MISS} with the closest official name, never a match. Immutable and thread-safe.
 */
public final class IndicatorResolver implements NameResolver<Indicator> {

	private final NameIndex<Indicator> index;

	/**
	 * @param catalog the indicators; not {@code null}, no {@code null} elements
	 */
	public IndicatorResolver(List<Indicator> catalog) {
		// Indicator names are long: two slips in eight or more characters is still a slip.
		NameIndex.Builder<Indicator> b = NameIndex.builder(Indicator::name, length -> length >= 8 ? 2 : 1);
		for (Indicator indicator : catalog) {
			b.add(indicator.code(), indicator, NameIndex.OFFICIAL);
			b.add(indicator.name(), indicator, NameIndex.OFFICIAL);
		}
		for (Indicator indicator : catalog) {
			for (String synonym : indicator.synonyms()) {
				b.add(synonym, indicator, NameIndex.LISTED);
			}
		}
		for (Indicator indicator : catalog) {
			if (indicator.name().contains("规模以上")) {
				b.add(indicator.name().replace("规模以上", "规上"), indicator, NameIndex.DERIVED);
			}
		}
		this.index = b.build();
	}

	@Override
	public Resolution<Indicator> resolve(String written) {
		return index.resolve(written);
	}
}
