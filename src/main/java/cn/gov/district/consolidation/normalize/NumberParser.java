package cn.gov.district.consolidation.normalize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.district.consolidation.domain.ValueStatus;
import cn.gov.district.consolidation.read.CellText;

/**
 * Reads the text of one value cell as an exact decimal, the way spec §4 says the 街道 write
 * numbers: thousands separators, full-width digits, {@code 1.6万}, {@code 500余}, {@code 约500},
 * {@code 12.5%}, {@code 下降3.2%}, Chinese numerals, masks ({@code *}, {@code X}) and the marks for
 * "not applicable" ({@code -}, {@code /}, {@code 无}). A multiplier or unit written after the number
 * is returned as {@link ParsedNumber#unit()}, not applied: converting is {@link Units}' job.
 * <p>
 * Never throws on any input and never takes long: bad input is an {@code INVALID} result with a
 * Chinese reason. Stateless and thread-safe.
 */
public final class NumberParser {

	/** Longer cell texts are notes, not numbers; checked before any work so huge cells stay cheap. */
	static final int MAX_RAW_LENGTH = 200;

	private static final int MAX_FOLDED_LENGTH = 60;

	private static final int MAX_DIGITS = 40;

	private static final int MAX_EXPONENT = 40;

	private static final int MAX_UNIT_LENGTH = 8;

	private static final Pattern ARABIC = Pattern.compile("^(\\d[\\d,]*|(?=\\.\\d))(\\.\\d*)?([eE][+-]?\\d+)?");

	private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");

	private static final Pattern UNIT_TEXT = Pattern.compile("[\\p{IsHan}A-Za-z%‰]*2?");

	private static final Pattern NOT_APPLICABLE = Pattern
		.compile("[-—–―‐‒−~]+|/+|\\\\|无|不适用|不涉及|暂无|(?i:n/?a)");

	private static final String MASK_CHARS = "*xX×";

	private static final List<String> NEGATIVE_WORDS = List.of("下降", "减少", "降低", "下滑", "回落", "负增长", "减");

	private static final List<String> POSITIVE_WORDS = List.of("增长", "上升", "增加", "提高", "提升", "增");

	private static final List<String> APPROXIMATE_PREFIXES = List.of("大约", "将近", "接近", "超过", "不足", "不到", "约",
			"近", "超", "逾");

	private static final List<String> APPROXIMATE_SUFFIXES = List.of("以上", "左右", "上下");

	private static final List<String> MULTIPLIERS = List.of("万亿", "亿", "万");

	/**
	 * Reads one cell.
	 * @param raw the cell text; {@code null} is an empty cell
	 * @return the reading, never {@code null}; {@code BLANK} for empty or white space only
	 */
	public ParsedNumber parse(String raw) {
		String original = raw == null ? "" : raw;
		if (original.length() > MAX_RAW_LENGTH) {
			return tooLong(original);
		}
		BigDecimal plain = plainDecimal(original);
		if (plain != null) {
			// most cells of a long export: nothing to fold, strip or convert
			return ParsedNumber.of(plain, false, "", original);
		}
		String s = CellText.fold(original);
		if (s.isEmpty()) {
			return ParsedNumber.without(ValueStatus.BLANK, "", original);
		}
		if (s.length() > MAX_FOLDED_LENGTH) {
			return tooLong(original);
		}
		if (NOT_APPLICABLE.matcher(s).matches()) {
			return ParsedNumber.without(ValueStatus.NOT_APPLICABLE, "", original);
		}
		return new Reading(original, s).read();
	}

	/** Digits a {@code long} holds whatever they are: up to this many, a plain decimal is read without a copy of its text. */
	private static final int LONG_DIGITS = 18;

	/**
	 * The value of {@code s} if it is {@code -?\d+(\.\d+)?} in ASCII digits, at most
	 * {@value #MAX_DIGITS} of them, else {@code null}: exactly as written, the value
	 * {@link BigDecimal#BigDecimal(String)} gives (unscaled digits and scale), which is what the full
	 * reading gives it. Taken from the digits as they are checked, without the character copy that
	 * constructor makes of every cell (a tenth of what the validating thread allocates for a long
	 * export).
	 */
	static BigDecimal plainDecimal(String s) {
		int n = s.length();
		boolean negative = n > 0 && s.charAt(0) == '-';
		long unscaled = 0;
		int digits = 0;
		// -1 before the point, then the digits after it
		int scale = -1;
		for (int i = negative ? 1 : 0; i < n; i++) {
			char c = s.charAt(i);
			if (c >= '0' && c <= '9') {
				unscaled = unscaled * 10 + (c - '0');
				digits++;
				if (scale >= 0) {
					scale++;
				}
			}
			else if (c == '.' && scale < 0 && digits > 0) {
				scale = 0;
			}
			else {
				return null;
			}
		}
		if (digits == 0 || scale == 0 || digits > MAX_DIGITS) {
			return null;
		}
		if (digits > LONG_DIGITS) {
			return new BigDecimal(s);
		}
		return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
	}

	private static ParsedNumber tooLong(String original) {
		return ParsedNumber.invalid(original, "单元格内容过长（共 " + original.length()
				+ " 个字符），不是一个数值；请只填写数值，文字说明请写在备注栏");
	}

	/** Shows at most a short piece of the cell in a message, so a long cell cannot flood it. */
	static String excerpt(String s) {
		return s.length() <= 20 ? s : s.substring(0, 20) + "…";
	}

	/** One reading of one cell: the folded text is consumed from the left. */
	private static final class Reading {

		private final String original;

		private String rest;

		private boolean negative;

		private boolean signWord;

		private boolean approximate;

		Reading(String original, String folded) {
			this.original = original;
			this.rest = folded;
		}

		ParsedNumber read() {
			String problem = readPrefixes();
			if (problem != null) {
				return ParsedNumber.invalid(original, problem);
			}
			if (rest.isEmpty()) {
				return ParsedNumber.invalid(original, "“" + excerpt(CellText.fold(original))
						+ "”只有文字没有数值；请在文字后写出数值，如“下降3.2%”");
			}
			char first = rest.charAt(0);
			if (MASK_CHARS.indexOf(first) >= 0) {
				return masked(skipMask(rest));
			}
			if (Character.isDigit(first) && first < 128 || first == '.') {
				return readArabic();
			}
			if (ChineseNumerals.isNumeralChar(first)) {
				return readChinese();
			}
			return ParsedNumber.invalid(original, "“" + excerpt(CellText.fold(original))
					+ "”不是数值；请填写阿拉伯数字（如 1234.5），文字说明请写在备注栏");
		}

		/** Sign words, approximate words and a sign character, in any order people write them. */
		private String readPrefixes() {
			boolean changed = true;
			for (int round = 0; changed && round < 6; round++) {
				changed = false;
				if (rest.startsWith("同比")) {
					rest = rest.substring(2);
					changed = true;
				}
				String word = startingWord(NEGATIVE_WORDS);
				if (word != null) {
					negative = !negative;
					signWord = true;
					rest = rest.substring(word.length());
					changed = true;
				}
				word = startingWord(POSITIVE_WORDS);
				if (word != null) {
					signWord = true;
					rest = rest.substring(word.length());
					changed = true;
				}
				word = startingWord(APPROXIMATE_PREFIXES);
				if (word != null) {
					approximate = true;
					rest = rest.substring(word.length());
					changed = true;
				}
			}
			if (!rest.isEmpty() && (rest.charAt(0) == '-' || rest.charAt(0) == '−' || rest.charAt(0) == '+')) {
				if (signWord) {
					return "“" + excerpt(CellText.fold(original))
							+ "”同时写了增减文字和正负号，含义不明确；请只写一种，如“-3.2”或“下降3.2”";
				}
				negative = rest.charAt(0) != '+';
				rest = rest.substring(1);
			}
			return null;
		}

		private String startingWord(List<String> words) {
			for (String w : words) {
				if (rest.startsWith(w)) {
					return w;
				}
			}
			return null;
		}

		private ParsedNumber readArabic() {
			Matcher m = ARABIC.matcher(rest);
			if (!m.find() || m.end() == 0) {
				return notANumber();
			}
			String whole = m.group(1);
			if (whole.indexOf(',') >= 0 && !GROUPED.matcher(whole).matches()) {
				return ParsedNumber.invalid(original, "“" + excerpt(CellText.fold(original))
						+ "”的千分位逗号位置不对；请写成 1,234.5 或 1234.5（小数点用“.”）");
			}
			String digits = whole.replace(",", "");
			String fraction = m.group(2) == null || m.group(2).length() <= 1 ? "" : m.group(2);
			String exponent = m.group(3) == null ? "" : m.group(3);
			if (digits.length() + fraction.length() > MAX_DIGITS || exponent.length() > 5
					|| !exponent.isEmpty() && Math.abs(Integer.parseInt(exponent.substring(1).replace("+", ""))) > MAX_EXPONENT) {
				return outOfRange();
			}
			BigDecimal value = new BigDecimal((digits.isEmpty() ? "0" : digits) + fraction + exponent);
			if (value.scale() < 0) {
				// 1.5E3 from a spreadsheet is 1500, not a number with a negative scale.
				value = value.setScale(0);
			}
			return finish(value, rest.substring(m.end()));
		}

		private ParsedNumber readChinese() {
			int end = 0;
			while (end < rest.length() && ChineseNumerals.isNumeralChar(rest.charAt(end))) {
				end++;
			}
			String run = rest.substring(0, end);
			String suffix = rest.substring(end);
			for (String multiplier : MULTIPLIERS) {
				if (run.length() > multiplier.length() && run.endsWith(multiplier)) {
					Optional<BigDecimal> head = ChineseNumerals
						.parse(run.substring(0, run.length() - multiplier.length()));
					if (head.isPresent()) {
						// 两万 is read like 2万 so that the unit logic treats both alike.
						return finish(head.get(), multiplier + suffix);
					}
				}
			}
			Optional<BigDecimal> value = ChineseNumerals.parse(run);
			if (value.isEmpty()) {
				return ParsedNumber.invalid(original, "“" + excerpt(CellText.fold(original))
						+ "”不是能读懂的中文数字；请改用阿拉伯数字，如 35 或 2021");
			}
			return finish(value.get(), suffix);
		}

		/** Reads what follows the number: approximate marks, a multiplier and a unit. */
		private ParsedNumber finish(BigDecimal number, String suffix) {
			String s = suffix;
			if (!s.isEmpty() && MASK_CHARS.indexOf(s.charAt(0)) >= 0) {
				// 1** is a partly masked figure: still masked, never the visible digits.
				return masked(skipMask(s));
			}
			boolean trimmed = true;
			while (trimmed) {
				trimmed = false;
				for (String w : APPROXIMATE_SUFFIXES) {
					if (s.endsWith(w)) {
						s = s.substring(0, s.length() - w.length());
						approximate = true;
						trimmed = true;
					}
				}
				if (s.endsWith("以内")) {
					// 控制在3%以内 states a ceiling: the figure itself is exact.
					s = s.substring(0, s.length() - 2);
					trimmed = true;
				}
			}
			if (s.indexOf('余') >= 0 || s.indexOf('多') >= 0) {
				approximate = true;
				s = s.replace("余", "").replace("多", "");
			}
			if (s.length() > MAX_UNIT_LENGTH || !UNIT_TEXT.matcher(s).matches()) {
				return ParsedNumber.invalid(original, "数值后面有无法识别的内容“" + excerpt(suffix)
						+ "”；请只填写数值和单位，如“3.2亿元”，说明请写在备注栏");
			}
			BigDecimal value = negative ? number.negate() : number;
			return ParsedNumber.of(value, approximate, s, original);
		}

		/** Skips the masked figure itself and returns what follows (the unit, if any). */
		private static String skipMask(String s) {
			int i = 0;
			while (i < s.length() && (MASK_CHARS.indexOf(s.charAt(i)) >= 0 || s.charAt(i) == '.'
					|| s.charAt(i) == ',' || s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
				i++;
			}
			return s.substring(i);
		}

		private ParsedNumber masked(String after) {
			String unit = after.replace("余", "").replace("多", "");
			for (String w : APPROXIMATE_SUFFIXES) {
				if (unit.endsWith(w)) {
					unit = unit.substring(0, unit.length() - w.length());
				}
			}
			if (unit.length() > MAX_UNIT_LENGTH || !UNIT_TEXT.matcher(unit).matches()) {
				unit = "";
			}
			return ParsedNumber.without(ValueStatus.MASKED, unit, original);
		}

		private ParsedNumber notANumber() {
			return ParsedNumber.invalid(original, "“" + excerpt(CellText.fold(original))
					+ "”不是数值；请填写阿拉伯数字（如 1234.5），文字说明请写在备注栏");
		}

		private ParsedNumber outOfRange() {
			return ParsedNumber.invalid(original, "“" + excerpt(CellText.fold(original))
					+ "”位数过多或数量级超出范围，不像是一个统计数；请核对后填写实际数值");
		}
	}
}
