package cn.gov.district.consolidation.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a spreadsheet number into the text a row carries: plain decimal, percent or ISO date.
 * Shared by the xlsx and xls readers so both give the same text for the same cell. Stateless and
 * thread-safe.
 */
final class CellValues {

	/** Excel shows and keeps at most 15 significant digits; anything beyond is a binary artefact. */
	private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
			Locale.ROOT);

	/**
	 * Beyond the scale of every double as Excel or Java writes it, with up to 17 significant digits
	 * (1.7976931348623157E+308 has scale -292, 4.9406564584124654E-324 scale 340), and so of every
	 * number a workbook can hold.
	 */
	private static final int MAX_PLAIN_SCALE = 350;

	private CellValues() {
	}

	/**
	 * The plain decimal text of a number as written in the file ({@code 666666.10001},
	 * {@code 1.5E-3} to {@code 0.0015}, {@code 3.0} to {@code 3}); more than 15 significant digits
	 * ({@code 3.2000000000000002}) are rounded to 15, which is what Excel itself displays.
	 * @return the plain text, or {@code null} when {@code raw} is not a number
	 */
	static String plainNumber(String raw) {
		if (isAlreadyPlain(raw)) {
			return raw;
		}
		// a whole number written as a double ("9019.0", as POI and the tools built on it write every one)
		// or with fractional zeros: plain once they are cut, the same text plain(parse(raw)) gives
		String cut = withoutFractionalZeros(raw);
		if (cut != null && isAlreadyPlain(cut)) {
			return cut;
		}
		BigDecimal value = parse(raw);
		return value == null ? null : plain(value);
	}

	/** {@code 0.125} as {@code 12.5%}; {@code null} when {@code raw} is not a number. */
	static String percent(String raw) {
		BigDecimal value = parse(raw);
		return value == null ? null : plain(value.movePointRight(2)) + "%";
	}

	/**
	 * An Excel date serial as ISO text: {@code 2022-11-30} for a whole day, {@code 08:30:00} for a
	 * pure time (serial below 1), {@code 2022-11-30 08:30:00} otherwise.
	 * @return the text, or {@code null} when {@code raw} is not a valid date serial
	 */
	static String date(String raw, boolean date1904) {
		BigDecimal value = parse(raw);
		if (value == null || value.signum() < 0) {
			return null;
		}
		LocalDateTime dateTime = DateUtil.getLocalDateTime(value.doubleValue(), date1904, true);
		if (dateTime == null) {
			return null;
		}
		if (value.compareTo(BigDecimal.ONE) < 0 && !date1904) {
			return TIME.format(dateTime);
		}
		if (dateTime.toLocalTime().toSecondOfDay() == 0) {
			return dateTime.toLocalDate().toString();
		}
		return DATE_TIME.format(dateTime);
	}

	/** {@code raw} without its trailing fractional zeros (and the point if nothing follows it), or {@code null} if it has none. */
	private static String withoutFractionalZeros(String raw) {
		int end = raw.length();
		int point = raw.indexOf('.');
		// one point only: "1.2.0" is no number, and must not become "1.2"
		if (end < 2 || raw.charAt(end - 1) != '0' || point < 0 || point != raw.lastIndexOf('.')) {
			return null;
		}
		while (raw.charAt(end - 1) == '0') {
			end--;
		}
		if (raw.charAt(end - 1) == '.') {
			end--;
		}
		return raw.substring(0, end);
	}

	/** The plain text of {@code value} without a trailing {@code .0} or fractional zeros. */
	static String plain(BigDecimal value) {
		BigDecimal v = value;
		if (v.precision() > EXCEL_PRECISION.getPrecision()) {
			v = v.round(EXCEL_PRECISION);
		}
		String text = v.toPlainString();
		if (text.indexOf('.') < 0) {
			return text;
		}
		int end = text.length();
		while (text.charAt(end - 1) == '0') {
			end--;
		}
		if (text.charAt(end - 1) == '.') {
			end--;
		}
		String result = text.substring(0, end);
		return "-0".equals(result) ? "0" : result;
	}

	/**
	 * The common case, checked without BigDecimal on the hot path: digits with at most one point,
	 * no exponent, at most 15 significant digits, no trailing fractional zero.
	 */
	static boolean isAlreadyPlain(String raw) {
		int length = raw.length();
		if (length == 0 || length > 17) {
			return false;
		}
		int i = raw.charAt(0) == '-' ? 1 : 0;
		if (i == length || (raw.charAt(i) == '0' && i + 1 < length && raw.charAt(i + 1) != '.')) {
			return false;
		}
		int digits = 0;
		int point = -1;
		for (; i < length; i++) {
			char c = raw.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if (c == '.' && point < 0) {
				point = i;
			}
			else {
				return false;
			}
		}
		if (point >= 0 && (point == length - 1 || raw.charAt(length - 1) == '0' || point == (raw.charAt(0) == '-' ? 1 : 0))) {
			return false;
		}
		return digits <= 15 && !"-0".equals(raw);
	}

	private static BigDecimal parse(String raw) {
		if (raw == null) {
			return null;
		}
		String text = raw.trim();
		if (text.isEmpty()) {
			return null;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
		// written out, 1E+999999999 is a billion characters (and the whole file was refused as a corrupt
		// cell, or the heap ran out): a number no double holds stays as written, for the number reading to reject
		return Math.abs((long) value.scale()) > MAX_PLAIN_SCALE ? null : value;
	}
}
