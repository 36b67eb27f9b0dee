package cn.gov.district.consolidation.read;

/**
 * Decoding of the {@code _xHHHH_} escapes that OOXML uses for characters XML cannot carry
 * (a line feed written by some tools as {@code _x000a_}); {@code _x005F_} escapes a literal
 * underscore. {@code _x0000_} is dropped: a NUL character means nothing in a cell, and PostgreSQL
 * refuses text that holds one (the whole file would fail to be stored). Stateless and thread-safe.
 */
final class OoxmlText {

	private OoxmlText() {
	}

	static String decode(String text) {
		if (text.indexOf("_x") < 0) {
			return text;
		}
		StringBuilder sb = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x'
					&& text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6)) {
				char c = (char) Integer.parseInt(text.substring(i + 2, i + 6), 16);
				if (c != '\0') {
					sb.append(c);
				}
				i += 7;
			}
			else {
				sb.append(text.charAt(i++));
			}
		}
		return sb.toString();
	}

	private static boolean isHex(String s, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Character.digit(s.charAt(i), 16) < 0) {
				return false;
			}
		}
		return true;
	}
}
