package cn.gov.district.consolidation.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.district.consolidation.domain.Street;
import cn.gov.district.consolidation.read.CellText;

/**
 * Resolves what people write for a 街道 to one street of the roster: the official name is
 * {@code EXACT}; a listed alias and the usual forms ({@code 东关街道办事处}, {@code 东关街道办},
 * {@code 东关街办}, {@code 东关办事处}, {@code 东关} alone when no other street shares it, and any of
 * them after the district's name, {@code 河西区东关街道}) are {@code ALIAS}; one character off
 * ({@code 东官街道}) is a {@code NEAR_MISS}, never a match. Immutable and thread-safe.
 */
public final class StreetResolver implements NameResolver<Street> {

	private static final List<String> SUFFIXES = List.of("街道办事处", "街道办", "街道", "街办", "办事处");

	/** A leading district, county or city name, which says nothing about the street. */
	private static final Pattern REGION_PREFIX = Pattern.compile("^.{1,6}?[区县市](.+)$");

	private static final int MAX_FILE_NAME_LENGTH = 255;

	private final NameIndex<Street> index;

	/**
	 * @param roster the streets expected to submit; not {@code null}, no {@code null} elements
	 */
	public StreetResolver(List<Street> roster) {
		NameIndex.Builder<Street> b = NameIndex.builder(Street::name, length -> 1);
		for (Street street : roster) {
			b.add(street.name(), street, NameIndex.OFFICIAL);
			for (String alias : street.aliases()) {
				b.add(alias, street, NameIndex.LISTED);
			}
		}
		for (Street street : roster) {
			List<String> names = new ArrayList<>();
			names.add(street.name());
			names.addAll(street.aliases());
			for (String name : names) {
				String core = core(NameKey.of(name));
				if (core.length() < 2) {
					continue;
				}
				b.add(core, street, NameIndex.DERIVED);
				for (String suffix : SUFFIXES) {
					b.add(core + suffix, street, NameIndex.DERIVED);
				}
			}
		}
		this.index = b.build();
	}

	@Override
	public Resolution<Street> resolve(String written) {
		String key = NameKey.of(written);
		if (key.isEmpty()) {
			return new Resolution<>(Resolution.Kind.UNKNOWN, null, null);
		}
		Resolution<Street> found = index.lookup(key);
		if (found != null) {
			return found;
		}
		Matcher m = REGION_PREFIX.matcher(key);
		if (m.matches()) {
			Resolution<Street> withoutRegion = index.lookup(m.group(1));
			if (withoutRegion != null) {
				return withoutRegion.isMatch() ? new Resolution<>(Resolution.Kind.ALIAS, withoutRegion.match(), null)
						: withoutRegion;
			}
		}
		return index.nearest(key);
	}

	/**
	 * Finds the street a file name is about, e.g. {@code 东关街道_2022年1-11月_指标.csv}: the
	 * longest name of the roster the file name contains.
	 * @param fileName a file name; {@code null} gives empty
	 * @return the street, or empty when the name holds none or two streets fit equally well
	 */
	public Optional<Street> findInFileName(String fileName) {
		if (fileName == null || fileName.length() > MAX_FILE_NAME_LENGTH) {
			return Optional.empty();
		}
		// Folded only: a file name keeps its brackets, which may hold the street (报表（东关街道）.xlsx).
		String name = CellText.fold(fileName).toLowerCase(Locale.ROOT);
		if (name.isEmpty()) {
			return Optional.empty();
		}
		int longest = 0;
		List<Street> found = new ArrayList<>();
		for (Map.Entry<String, List<Street>> e : index.keys().entrySet()) {
			String key = e.getKey();
			if (key.length() < 2 || key.length() < longest || !name.contains(key)) {
				continue;
			}
			if (key.length() > longest) {
				longest = key.length();
				found.clear();
			}
			for (Street s : e.getValue()) {
				if (!found.contains(s)) {
					found.add(s);
				}
			}
		}
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/** The distinctive part of a street's name: {@code 东关街道办事处} → {@code 东关}. */
	private static String core(String key) {
		for (String suffix : SUFFIXES) {
			if (key.endsWith(suffix) && key.length() > suffix.length()) {
				return key.substring(0, key.length() - suffix.length());
			}
		}
		return key;
	}
}
