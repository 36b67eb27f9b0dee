package cn.gov.district.consolidation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formats and display widths for the workbooks. Stateless and thread-safe. */
final class CellFormats {

	/** More decimals than this are noise in a printed table. */
	static final int MAX_DECIMALS = 6;

	private CellFormats() {
	}

	/**
	 * The Excel format that shows {@code value} with the decimals it was given with:
	 * {@code #,##0} for {@code 12}, {@code #,##0.00000} for {@code 666666.10001}, at most
	 * {@value #MAX_DECIMALS} decimals.
	 */
	static String numberFormat(BigDecimal value) {
		int decimals = Math.min(Math.max(value.scale(), 0), MAX_DECIMALS);
		return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
	}

	/** How wide {@code value} is when shown with {@link #numberFormat(BigDecimal)}, in characters. */
	static int numberWidth(BigDecimal value) {
		int decimals = Math.min(Math.max(value.scale(), 0), MAX_DECIMALS);
		// Excel, like DecimalFormat, rounds half to even to the decimals shown
		BigDecimal shown = value.setScale(decimals, RoundingMode.HALF_EVEN).abs();
		int integerDigits = Math.max(shown.precision() - shown.scale(), 1);
		int separators = (integerDigits - 1) / 3;
		int sign = value.signum() < 0 ? 1 : 0;
		return sign + integerDigits + separators + (decimals == 0 ? 0 : 1 + decimals);
	}

	/** Display width of {@code text} in Excel character units: CJK and full-width characters count as 2. */
	static int textWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			width += isWide(cp) ? 2 : 1;
			i += Character.charCount(cp);
		}
		return width;
	}

	private static boolean isWide(int cp) {
		// CJK radicals through Hangul syllables, CJK compatibility, full-width forms and CJK extensions.
		return (cp >= 0x2E80 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
				|| (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
	}
}
