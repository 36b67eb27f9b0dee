package cn.gov.district.consolidation.read;

import java.util.List;
import java.util.Objects;

/**
 * One column a sheet is expected to have, as the contract names it. Immutable and thread-safe.
 *
 * @param key the caller's name for the column (e.g. {@code actual}); never {@code null}
 * @param synonyms every header text accepted for it (e.g. {@code 本期完成}, {@code 完成值},
 * {@code 累计完成}); compared after {@link CellText#fold} and with a trailing unit in brackets
 * removed on both sides, so {@code 本期完成（亿元）} matches {@code 本期完成}; never {@code null}
 * @param required whether a header without this column is no header
 */
public record HeaderField(String key, List<String> synonyms, boolean required) {

	public HeaderField {
		Objects.requireNonNull(key, "key");
		synonyms = List.copyOf(synonyms);
	}

	/** A field whose synonyms are given as arguments. */
	public static HeaderField of(String key, boolean required, String... synonyms) {
		return new HeaderField(key, List.of(synonyms), required);
	}
}
