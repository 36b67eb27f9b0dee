package cn.gov.district.consolidation.normalize;

/**
 * How a written name was understood by a {@link NameResolver}. Immutable and thread-safe when
 * {@code T} is.
 *
 * @param <T> what names resolve to, e.g. {@link cn.gov.district.consolidation.domain.Street}
 * @param kind how it matched; never {@code null}
 * @param match the thing named, for {@link Kind#EXACT} and {@link Kind#ALIAS} only, otherwise
 * {@code null}
 * @param closest for {@link Kind#NEAR_MISS} and {@link Kind#AMBIGUOUS} the official name of the
 * nearest candidate, for {@link Kind#UNKNOWN} one when a name is reasonably close, otherwise
 * {@code null}
 */
public record Resolution<T>(Kind kind, T match, String closest) {

	/** How a written name relates to the known names. */
	public enum Kind {
		/** The official name or the code, as written (after folding). */
		EXACT,
		/** A listed synonym or alias, or a usual variant of the name ({@code 东关街道办事处}). */
		ALIAS,
		/** One slip away from a known name: never taken silently, {@code closest} says which. */
		NEAR_MISS,
		/** Fits more than one known thing equally well. */
		AMBIGUOUS,
		/** Not a known name. */
		UNKNOWN
	}

	public Resolution {
		if (kind == null) {
			throw new IllegalArgumentException("kind is required");
		}
		if ((kind == Kind.EXACT || kind == Kind.ALIAS) != (match != null)) {
			throw new IllegalArgumentException("a match exactly for EXACT and ALIAS");
		}
	}

	/** True when the name identifies one thing ({@code EXACT} or {@code ALIAS}). */
	public boolean isMatch() {
		return match != null;
	}
}
