package cn.gov.district.consolidation.read;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a cell style's number format means for the text of a number: plain, a date or a percent.
 * Each style is classified once and cached, since {@link DateUtil#isADateFormat(int, String)}
 * parses the format string. One instance per workbook; not thread-safe.
 */
final class NumberStyles {

	enum Kind {
		PLAIN, DATE, PERCENT
	}

	private final StylesPart styles;

	private final Kind[] kinds;

	/** @param styles the workbook's styles ({@link StylesPart#NONE} when it has none: every number is plain) */
	NumberStyles(StylesPart styles) {
		this.styles = styles;
		this.kinds = new Kind[styles.styleCount()];
	}

	/** The kind of the style with index {@code styleIndex} ({@code s} attribute); out of range is plain. */
	Kind kindOf(int styleIndex) {
		if (styleIndex < 0 || styleIndex >= kinds.length) {
			return Kind.PLAIN;
		}
		Kind kind = kinds[styleIndex];
		if (kind == null) {
			int format = styles.formatId(styleIndex);
			kind = classify(format, styles.formatString(format));
			kinds[styleIndex] = kind;
		}
		return kind;
	}

	/**
	 * Classifies a number format by its index and format string. Ids 27-36 and 50-58 are the
	 * built-in East Asian date and time formats (in Chinese Excel {@code yyyy"年"m"月"d"日"} is
	 * id 31); workbooks refer to them by id alone and POI knows them only as "reserved".
	 */
	static Kind classify(int formatIndex, String formatString) {
		if ((formatIndex >= 27 && formatIndex <= 36) || (formatIndex >= 50 && formatIndex <= 58)) {
			return Kind.DATE;
		}
		if (formatString == null) {
			return Kind.PLAIN;
		}
		if (DateUtil.isADateFormat(formatIndex, formatString)) {
			return Kind.DATE;
		}
		return scalesByHundred(formatString) ? Kind.PERCENT : Kind.PLAIN;
	}

	/** A {@code %} scales the value unless it is quoted ({@code 0"%"}) or escaped ({@code 0\%}). */
	private static boolean scalesByHundred(String format) {
		boolean quoted = false;
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == '\\') {
				i++;
			}
			else if (!quoted && c == '%') {
				return true;
			}
		}
		return false;
	}
}
