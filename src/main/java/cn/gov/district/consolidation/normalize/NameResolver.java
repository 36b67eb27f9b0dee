package cn.gov.district.consolidation.normalize;

/**
 * Resolves a name as people write it to one known thing of a fixed list. Implementations are
 * immutable and thread-safe, and never throw on any written text.
 *
 * @param <T> what names resolve to
 */
public interface NameResolver<T> {

	/**
	 * @param written the name as written in a cell, header or file; {@code null} is unknown
	 * @return how it was understood, never {@code null}
	 */
	Resolution<T> resolve(String written);
}
