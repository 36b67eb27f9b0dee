package cn.gov.district.consolidation.read;

/** Excel column letters ({@code A}, {@code AB}) to and from 0-based indexes. Stateless and thread-safe. */
final class Columns {

	private Columns() {
	}

	/** 0-based index to letters: 0 is {@code A}, 27 is {@code AB}. */
	static String name(int index) {
		StringBuilder sb = new StringBuilder(3);
		int n = index + 1;
		while (n > 0) {
			int rem = (n - 1) % 26;
			sb.append((char) ('A' + rem));
			n = (n - 1) / 26;
		}
		return sb.reverse().toString();
	}

	/**
	 * The 0-based column of a cell reference such as {@code C12} or {@code $AB$3}.
	 * @return the column, or -1 when the reference has no column letters
	 */
	static int indexOf(CharSequence ref) {
		int col = 0;
		boolean any = false;
		for (int i = 0; i < ref.length(); i++) {
			char c = ref.charAt(i);
			if (c == '$') {
				continue;
			}
			if (c >= 'A' && c <= 'Z') {
				col = col * 26 + (c - 'A' + 1);
			}
			else if (c >= 'a' && c <= 'z') {
				col = col * 26 + (c - 'a' + 1);
			}
			else {
				break;
			}
			any = true;
			if (col > 16_384) {
				return -1;
			}
		}
		return any ? col - 1 : -1;
	}

	/**
	 * The 1-based row of a cell reference such as {@code C12}.
	 * @return the row, or -1 when the reference has no row digits
	 */
	static int rowOf(CharSequence ref) {
		int row = 0;
		boolean any = false;
		for (int i = 0; i < ref.length(); i++) {
			char c = ref.charAt(i);
			if (c >= '0' && c <= '9') {
				row = row * 10 + (c - '0');
				any = true;
				if (row > 1_048_576) {
					return -1;
				}
			}
			else if (any) {
				break;
			}
		}
		return any ? row : -1;
	}
}
