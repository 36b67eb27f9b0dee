package cn.gov.district.consolidation.normalize;

import java.util.Locale;
import java.util.regex.Pattern;

import cn.gov.district.consolidation.read.CellText;

/**
 * The comparable form of a name: folded ({@link CellText#fold}), lower case, without a leading
 * numbering ({@code 1.}, {@code （一）}, {@code 一、}, {@code ①}) and without bracketed parts such as
 * the unit ({@code 规上工业总产值（亿元）} → {@code 规上工业总产值}). Stateless and thread-safe.
 */
final class NameKey {

	private static final int MAX_LENGTH = 100;

	private static final Pattern NUMBERING = Pattern
		.compile("^(?:\\d{1,3}[.、)]|\\(\\d{1,3}\\)|\\([一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}[、.])");

	private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]|<[^<>]*>");

	private NameKey() {
	}

	/**
	 * @param text a written name; {@code null} gives {@code ""}
	 * @return the key, {@code ""} when nothing is left or the text is too long to be a name
	 */
	static String of(String text) {
		if (text == null || text.length() > MAX_LENGTH) {
			return "";
		}
		String t = CellText.trim(text);
		if (!t.isEmpty() && t.charAt(0) >= '\u2460' && t.charAt(0) <= '\u2473') {
			// ① folds to a plain 1, which would then read as part of the name.
			t = t.substring(1);
		}
		String s = CellText.fold(t).toLowerCase(Locale.ROOT);
		s = NUMBERING.matcher(s).replaceFirst("");
		String before;
		do {
			before = s;
			s = BRACKETED.matcher(s).replaceAll("");
		}
		while (!s.equals(before));
		while (s.endsWith(":")) {
			s = s.substring(0, s.length() - 1);
		}
		return s;
	}
}
