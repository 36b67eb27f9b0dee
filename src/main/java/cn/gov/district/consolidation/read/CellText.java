package cn.gov.district.consolidation.read;

import java.text.Normalizer;

/**
 * Folding of what people type into one comparable form: full-width to half-width
 * ({@code （）} to {@code ()}, {@code ％} to {@code %}, {@code １２} to {@code 12}), no white space
 * at all (inner spaces, ideographic spaces, zero-width characters), Chinese brackets to ASCII.
 * Stateless and thread-safe.
 */
public final class CellText {

	private CellText() {
	}

	/**
	 * Folds {@code text} for comparison of names, headers and sheet names.
	 * @param text any text; {@code null} is treated as empty
	 * @return the folded text, never {@code null}
	 */
	public static String fold(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		if (isFolded(text)) {
			return text;
		}
		String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder sb = new StringBuilder(n.length());
		for (int i = 0; i < n.length(); i++) {
			char c = n.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u200c'
					|| c == '\u200d' || c == '\ufeff') {
				continue;
			}
			sb.append(switch (c) {
				case '【', '〔', '［' -> '[';
				case '】', '〕', '］' -> ']';
				case '〈', '《' -> '<';
				case '〉', '》' -> '>';
				default -> c;
			});
		}
		return sb.toString();
	}

	/**
	 * Whether folding would leave {@code text} as it is: printable ASCII other than the space, and
	 * CJK unified ideographs (U+4E00–U+9FFF, which NFKC leaves alone), are the text of most cells
	 * and need neither normalization nor a copy.
	 */
	private static boolean isFolded(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c > ' ' && c < 0x7f || c >= 0x4e00 && c <= 0x9fff)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Trims {@code text} of every kind of white space at both ends (ideographic spaces and no-break
	 * spaces included), keeping the inside as written.
	 * @param text any text; {@code null} is treated as empty
	 * @return the trimmed text, never {@code null}
	 */
	public static String trim(String text) {
		if (text == null) {
			return "";
		}
		int start = 0;
		int end = text.length();
		while (start < end && isBlankChar(text.charAt(start))) {
			start++;
		}
		while (end > start && isBlankChar(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	static boolean isBlankChar(char c) {
		// Printable ASCII and the CJK range up to U+FEFE hold no blank: the first and last characters
		// of nearly every cell answer here, without the two Unicode table lookups below (trim was a
		// seventh of the validating thread's time on the 1M-row export under C1; async-profiler)
		if (c > ' ' && c < '\u007f' || c > '\u3000' && c < '\ufeff') {
			return false;
		}
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
	}
}
