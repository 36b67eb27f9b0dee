package cn.gov.district.consolidation.normalize;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Reads Chinese numerals as people write them in reports: the digit-by-digit form of years
 * ({@code 二〇二一}), the counting form ({@code 三十五}, {@code 一百二十}, {@code 一千零五},
 * {@code 一万二千}), colloquial abbreviations ({@code 一千五} = 1500, {@code 两万五} = 25000), the
 * financial characters ({@code 壹贰叁…拾佰仟}) and a decimal point {@code 点} ({@code 三点五}).
 * Stateless and thread-safe; never throws on any input.
 */
final class ChineseNumerals {

	/** Characters that may appear in a numeral, including the units and the decimal point. */
	static final String NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿点壹贰叁肆伍陆柒捌玖拾佰仟";

	/** Characters that may appear in a numeral without a 百/千/万 unit; used for periods. */
	static final String SMALL_NUMERAL_CHARS = "〇零一二两三四五六七八九十";

	private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

	private static final BigInteger HUNDRED_MILLION = BigInteger.valueOf(100_000_000);

	private ChineseNumerals() {
	}

	static boolean isNumeralChar(char c) {
		return NUMERAL_CHARS.indexOf(c) >= 0;
	}

	/**
	 * Reads {@code text} as one numeral.
	 * @param text a run of numeral characters; {@code null} or anything else gives empty
	 * @return the exact value, or empty when {@code text} is not a well-formed numeral
	 */
	static Optional<BigDecimal> parse(String text) {
		if (text == null || text.isEmpty() || text.length() > 40) {
			return Optional.empty();
		}
		String s = plain(text);
		int point = s.indexOf('点');
		if (point >= 0) {
			Optional<BigInteger> whole = parseInteger(s.substring(0, point));
			String fraction = s.substring(point + 1);
			if (whole.isEmpty() || fraction.isEmpty() || !isDigitsOnly(fraction)) {
				return Optional.empty();
			}
			return Optional.of(new BigDecimal(whole.get() + "." + digitsOf(fraction)));
		}
		return parseInteger(s).map(BigDecimal::new);
	}

	/** Maps the financial characters to the everyday ones so one grammar covers both. */
	private static String plain(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			sb.append(switch (c) {
				case '壹' -> '一';
				case '贰' -> '二';
				case '叁' -> '三';
				case '肆' -> '四';
				case '伍' -> '五';
				case '陆' -> '六';
				case '柒' -> '七';
				case '捌' -> '八';
				case '玖' -> '九';
				case '拾' -> '十';
				case '佰' -> '百';
				case '仟' -> '千';
				default -> c;
			});
		}
		return sb.toString();
	}

	private static Optional<BigInteger> parseInteger(String s) {
		if (s.isEmpty()) {
			return Optional.empty();
		}
		if (isDigitsOnly(s)) {
			// The positional form (二〇二一) only when it is clearly one: a single digit or a 〇 inside.
			if (s.length() == 1 || s.indexOf('〇') >= 0 || s.length() >= 3) {
				return Optional.of(new BigInteger(digitsOf(s)));
			}
			return Optional.empty();
		}
		return parseWithUnits(s, 0);
	}

	/**
	 * The counting form, split at the largest unit first: {@code 一万二千} is 1 × 10⁴ + 2000.
	 * {@code depth} stops 亿 from nesting inside 万 parts the wrong way round.
	 */
	private static Optional<BigInteger> parseWithUnits(String s, int depth) {
		int yi = s.indexOf('亿');
		if (yi >= 0 && depth == 0) {
			return combine(s.substring(0, yi), s.substring(yi + 1), HUNDRED_MILLION, 1);
		}
		int wan = s.indexOf('万');
		if (wan >= 0 && depth <= 1) {
			return combine(s.substring(0, wan), s.substring(wan + 1), TEN_THOUSAND, 2);
		}
		if (s.indexOf('亿') >= 0 || s.indexOf('万') >= 0) {
			return Optional.empty();
		}
		return parseSection(s).map(BigInteger::valueOf);
	}

	private static Optional<BigInteger> combine(String high, String low, BigInteger unit, int depth) {
		Optional<BigInteger> h = high.isEmpty() ? Optional.empty() : parseWithUnits(high, depth);
		if (h.isEmpty() || h.get().signum() == 0) {
			return Optional.empty();
		}
		BigInteger value = h.get().multiply(unit);
		if (low.isEmpty()) {
			return Optional.of(value);
		}
		if (low.length() == 1 && digit(low.charAt(0)) > 0) {
			// 两万五 means 25000: a lone digit after a unit counts in the next lower unit.
			return Optional.of(value.add(unit.divide(BigInteger.TEN).multiply(BigInteger.valueOf(digit(low.charAt(0))))));
		}
		String rest = low.startsWith("零") || low.startsWith("〇") ? low.substring(1) : low;
		if (rest.isEmpty()) {
			return Optional.empty();
		}
		Optional<BigInteger> l = parseWithUnits(rest, depth);
		if (l.isEmpty() || l.get().compareTo(unit) >= 0) {
			return Optional.empty();
		}
		return Optional.of(value.add(l.get()));
	}

	/** A number below 10000 in the counting form: 千, 百, 十 in order, 零 for a gap. */
	private static Optional<Long> parseSection(String s) {
		long total = 0;
		int lastUnit = 10_000;
		int pending = -1;
		boolean zeroSeen = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			int d = digit(c);
			if (d == 0) {
				if (pending >= 0 || zeroSeen) {
					return Optional.empty();
				}
				zeroSeen = true;
				continue;
			}
			if (d > 0) {
				if (pending >= 0) {
					return Optional.empty();
				}
				pending = d;
				continue;
			}
			int unit = switch (c) {
				case '十' -> 10;
				case '百' -> 100;
				case '千' -> 1000;
				default -> -1;
			};
			if (unit < 0 || unit >= lastUnit) {
				return Optional.empty();
			}
			if (pending < 0) {
				// 十五 is 15; a bare 百 or 千 is not how anyone writes 100 or 1000.
				if (unit != 10 || i != 0) {
					return Optional.empty();
				}
				pending = 1;
			}
			total += (long) pending * unit;
			lastUnit = unit;
			pending = -1;
			zeroSeen = false;
		}
		if (pending >= 0) {
			boolean abbreviated = !zeroSeen && lastUnit >= 100 && lastUnit < 10_000
					&& s.length() >= 2 && digit(s.charAt(s.length() - 1)) > 0
					&& digit(s.charAt(s.length() - 2)) < 0;
			// 一千五 is 1500 and 三百五 is 350, but 一千零五 is 1005.
			total += abbreviated ? (long) pending * (lastUnit / 10) : pending;
		}
		else if (zeroSeen) {
			return Optional.empty();
		}
		return lastUnit == 10_000 && pending < 0 && total == 0 && !zeroSeen ? Optional.empty() : Optional.of(total);
	}

	private static boolean isDigitsOnly(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (digit(s.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	private static String digitsOf(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			sb.append((char) ('0' + digit(s.charAt(i))));
		}
		return sb.toString();
	}

	/** The digit a character stands for, or -1 when it is a unit or not a numeral. */
	static int digit(char c) {
		return switch (c) {
			case '〇', '零' -> 0;
			case '一' -> 1;
			case '二', '两' -> 2;
			case '三' -> 3;
			case '四' -> 4;
			case '五' -> 5;
			case '六' -> 6;
			case '七' -> 7;
			case '八' -> 8;
			case '九' -> 9;
			default -> -1;
		};
	}
}
