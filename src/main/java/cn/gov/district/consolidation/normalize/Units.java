package cn.gov.district.consolidation.normalize;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.gov.district.consolidation.read.CellText;

/**
 * The units of spec §4 and how they convert: money in 元/万元/亿元, US dollars, areas
 * (平方米, 万平方米, 亩, 公顷), counts with an optional multiplier ({@code 人}, {@code 万人},
 * {@code 万人次}, {@code 万支}), percent, and a bare multiplier written in a cell ({@code 万},
 * {@code 亿}, {@code 千}, {@code 百}), which counts in the base unit of the unit it is converted to.
 * Units of different kinds never convert: currencies never mix, counts of different things
 * ({@code 人} and {@code 人次}) are different things.
 * <p>
 * Conversions are exact; only a division that does not terminate (亩 to 平方米) is rounded, to
 * {@value #INEXACT_SCALE} decimal places, half up. Unit texts are folded with
 * {@link CellText#fold} first. Stateless and thread-safe; never throws on user input.
 */
public final class Units {

	/** Decimal places kept when a conversion is not an exact decimal. */
	public static final int INEXACT_SCALE = 10;

	/** Failure code: a unit that is not one of the known units. */
	public static final String UNIT_UNKNOWN = "UNIT_UNKNOWN";

	/** Failure code: two known units of different kinds (currency, area, a count, percent). */
	public static final String UNIT_MISMATCH = "UNIT_MISMATCH";

	/** Kinds of quantity; a count's kind is the thing counted. */
	private static final String MONEY_CNY = "人民币金额";

	private static final String MONEY_USD = "美元金额";

	private static final String AREA = "面积";

	private static final String PERCENT = "百分比";

	private static final String SCALE = "倍数";

	/** Written spellings that mean a canonical base unit. */
	private static final Map<String, String> SPELLINGS = Map.ofEntries(Map.entry("m2", "平方米"),
			Map.entry("平米", "平方米"), Map.entry("平方", "平方米"), Map.entry("km2", "平方公里"),
			Map.entry("平方千米", "平方公里"), Map.entry("hm2", "公顷"), Map.entry("美金", "美元"),
			Map.entry("人民币", "元"), Map.entry("元人民币", "元"), Map.entry("名", "人"), Map.entry("剂次", "针次"));

	/** Base units: canonical spelling → kind and size in the kind's base, as a fraction. */
	private static final Map<String, Base> BASES = bases();

	/** Multipliers written before a base unit or alone in a cell; longest first. */
	private static final Map<String, BigInteger> PREFIXES = prefixes();

	/** A unit understood: its kind, its size in the kind's base (num/den), and how it is spelled. */
	private record Base(String kind, BigInteger num, BigInteger den) {
	}

	private record Parsed(String spelling, String kind, BigInteger num, BigInteger den, boolean bareMultiplier) {
	}

	private static Map<String, Base> bases() {
		Map<String, Base> m = new LinkedHashMap<>();
		m.put("元", new Base(MONEY_CNY, BigInteger.ONE, BigInteger.ONE));
		m.put("美元", new Base(MONEY_USD, BigInteger.ONE, BigInteger.ONE));
		m.put("平方米", new Base(AREA, BigInteger.ONE, BigInteger.ONE));
		// 1 亩 = 10000/15 平方米: kept as a fraction so 15 亩 is exactly 1 公顷.
		m.put("亩", new Base(AREA, BigInteger.valueOf(10_000), BigInteger.valueOf(15)));
		m.put("公顷", new Base(AREA, BigInteger.valueOf(10_000), BigInteger.ONE));
		m.put("平方公里", new Base(AREA, BigInteger.valueOf(1_000_000), BigInteger.ONE));
		m.put("%", new Base(PERCENT, BigInteger.ONE, BigInteger.ONE));
		// A vial (支) holds one dose (针次): the reports say 万支 and 万针次 for the same thing.
		m.put("针次", new Base("针次", BigInteger.ONE, BigInteger.ONE));
		m.put("支", new Base("针次", BigInteger.ONE, BigInteger.ONE));
		for (String count : List.of("人", "人次", "件", "个", "家", "家次", "处", "张", "座", "次", "户", "户次", "项",
				"条", "份", "辆", "辆次", "套", "栋", "间", "所", "块", "场", "期", "把", "台", "只", "棵", "株")) {
			m.put(count, new Base(count, BigInteger.ONE, BigInteger.ONE));
		}
		return Map.copyOf(m);
	}

	private static Map<String, BigInteger> prefixes() {
		Map<String, BigInteger> m = new LinkedHashMap<>();
		m.put("万亿", BigInteger.TEN.pow(12));
		m.put("千万", BigInteger.TEN.pow(7));
		m.put("百万", BigInteger.TEN.pow(6));
		m.put("十万", BigInteger.TEN.pow(5));
		m.put("亿", BigInteger.TEN.pow(8));
		m.put("万", BigInteger.TEN.pow(4));
		m.put("千", BigInteger.TEN.pow(3));
		m.put("百", BigInteger.TEN.pow(2));
		return Collections.unmodifiableMap(m);
	}

	/**
	 * True when {@code unit} is a unit this class can convert (a bare multiplier such as {@code 万}
	 * included).
	 * @param unit any text; {@code null} or empty is not known
	 */
	public boolean isKnown(String unit) {
		return parse(unit).isPresent();
	}

	/**
	 * True when {@code unit} is only a multiplier ({@code 万}, {@code 亿}, {@code 千}, {@code 百}),
	 * which needs the unit of the column to mean anything.
	 * @param unit any text; {@code null} is not a multiplier
	 */
	public boolean isBareMultiplier(String unit) {
		return parse(unit).map(Parsed::bareMultiplier).orElse(false);
	}

	/**
	 * True when both are known units of the same kind, so that one converts to the other.
	 * @param a any unit text, {@code null} allowed
	 * @param b any unit text, {@code null} allowed
	 */
	public boolean sameKind(String a, String b) {
		Optional<Parsed> pa = parse(a);
		Optional<Parsed> pb = parse(b);
		return pa.isPresent() && pb.isPresent() && pa.get().kind().equals(pb.get().kind());
	}

	/**
	 * The usual spelling of a unit: {@code ㎡}, {@code m²}, {@code 平米} → {@code 平方米};
	 * {@code 万㎡} → {@code 万平方米}; {@code ％} → {@code %}.
	 * @param unit any text; {@code null} gives {@code ""}
	 * @return the canonical spelling of a known unit, otherwise the folded text
	 */
	public String canonicalSpelling(String unit) {
		String folded = CellText.fold(unit);
		Optional<Parsed> parsed = parse(folded);
		// asked for every value (its indicator's unit): the cached reading, no Optional mapped from it
		return parsed.isPresent() ? parsed.get().spelling() : folded;
	}

	/**
	 * Converts {@code value} from one unit to another. A bare multiplier as {@code fromUnit} counts
	 * in the base unit of {@code toUnit}: 1.6 {@code 万} to {@code 人} is 16000, to {@code 万元} is 1.6.
	 * @param value the number; must not be {@code null} (a caller's mistake, not user input)
	 * @param fromUnit the unit {@code value} is in
	 * @param toUnit the unit wanted
	 * @return the converted value, or a failure with {@link #UNIT_UNKNOWN} or {@link #UNIT_MISMATCH}
	 * and a Chinese reason; never {@code null}
	 */
	public Conversion convert(BigDecimal value, String fromUnit, String toUnit) {
		Objects.requireNonNull(value, "value");
		Optional<Parsed> to = parse(toUnit);
		if (fromUnit.equals(toUnit) && to.isPresent()) {
			// a column in the catalog unit (every row of a long export): nothing to multiply or divide
			return Conversion.of(value);
		}
		Optional<Parsed> from = parse(fromUnit);
		if (from.isEmpty() || to.isEmpty()) {
			String bad = from.isEmpty() ? CellText.fold(fromUnit) : CellText.fold(toUnit);
			return Conversion.failed(UNIT_UNKNOWN, "无法识别计量单位“" + NumberParser.excerpt(bad)
					+ "”；请使用常用单位，如 亿元、万元、元、万美元、平方米、亩、人、万人次、%");
		}
		Parsed f = from.get();
		Parsed t = to.get();
		if (f.bareMultiplier() && !t.bareMultiplier()) {
			if (t.kind().equals(PERCENT)) {
				return mismatch(f, t);
			}
			// 万 before a column in 万元 still means ×10⁴ 元, i.e. 万元 itself.
			Base base = BASES.get(baseSpelling(t));
			f = new Parsed(f.spelling(), t.kind(), f.num().multiply(base.num()), f.den().multiply(base.den()), false);
		}
		if (!f.kind().equals(t.kind())) {
			return mismatch(f, t);
		}
		return Conversion.of(scale(value, f.num().multiply(t.den()), f.den().multiply(t.num())));
	}

	private static Conversion mismatch(Parsed f, Parsed t) {
		boolean currencies = f.kind().startsWith("人民币") && t.kind().startsWith("美元")
				|| f.kind().startsWith("美元") && t.kind().startsWith("人民币");
		String why = currencies ? "币种不同，不能相互换算" : "不是同一类计量单位，不能换算";
		return Conversion.failed(UNIT_MISMATCH, "单位“" + f.spelling() + "”与要求的单位“" + t.spelling() + "”" + why
				+ "；请按“" + t.spelling() + "”填写");
	}

	/** {@code value × num / den}, exact when the quotient terminates. */
	private static BigDecimal scale(BigDecimal value, BigInteger num, BigInteger den) {
		if (num.equals(den)) {
			return value;
		}
		BigDecimal product = value.multiply(new BigDecimal(num));
		BigInteger unscaled = product.unscaledValue();
		BigInteger g = unscaled.gcd(den);
		BigInteger reduced = g.signum() == 0 ? den : den.divide(g);
		BigDecimal result;
		if (onlyTwosAndFives(reduced)) {
			result = product.divide(new BigDecimal(den));
		}
		else {
			result = product.divide(new BigDecimal(den), Math.max(INEXACT_SCALE, value.scale()), RoundingMode.HALF_UP);
		}
		// 3.2 亿元 is 32000 万元, not 32000.0: the scale of a changed unit says nothing.
		result = result.stripTrailingZeros();
		return result.scale() < 0 ? result.setScale(0) : result;
	}

	private static boolean onlyTwosAndFives(BigInteger n) {
		BigInteger two = BigInteger.TWO;
		BigInteger five = BigInteger.valueOf(5);
		BigInteger m = n.abs();
		while (m.signum() != 0 && m.mod(two).signum() == 0) {
			m = m.divide(two);
		}
		while (m.signum() != 0 && m.mod(five).signum() == 0) {
			m = m.divide(five);
		}
		return m.equals(BigInteger.ONE);
	}

	private static String baseSpelling(Parsed p) {
		String s = p.spelling();
		for (String prefix : PREFIXES.keySet()) {
			if (s.length() > prefix.length() && s.startsWith(prefix) && BASES.containsKey(s.substring(prefix.length()))) {
				return s.substring(prefix.length());
			}
		}
		return s;
	}

	/**
	 * Units already understood, by their text as written. A sheet repeats a handful of unit texts
	 * on every row; the cache stops growing at {@link #CACHE_LIMIT} entries, so odd texts cannot
	 * fill the memory.
	 */
	private static final Map<String, Optional<Parsed>> PARSED = new ConcurrentHashMap<>();

	private static final int CACHE_LIMIT = 1_000;

	private static Optional<Parsed> parse(String unit) {
		if (unit == null) {
			return Optional.empty();
		}
		Optional<Parsed> known = PARSED.get(unit);
		if (known == null) {
			known = parseUncached(unit);
			if (PARSED.size() < CACHE_LIMIT && unit.length() <= 32) {
				PARSED.put(unit, known);
			}
		}
		return known;
	}

	private static Optional<Parsed> parseUncached(String unit) {
		String u = CellText.fold(unit);
		if (u.isEmpty() || u.length() > 12) {
			return Optional.empty();
		}
		Optional<Parsed> plain = parseBase(u, "", BigInteger.ONE);
		if (plain.isPresent()) {
			return plain;
		}
		for (Map.Entry<String, BigInteger> prefix : PREFIXES.entrySet()) {
			String p = prefix.getKey();
			if (u.equals(p)) {
				return Optional.of(new Parsed(p, SCALE, prefix.getValue(), BigInteger.ONE, true));
			}
			if (u.startsWith(p)) {
				Optional<Parsed> withPrefix = parseBase(u.substring(p.length()), p, prefix.getValue());
				if (withPrefix.isPresent()) {
					return withPrefix;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Parsed> parseBase(String text, String prefix, BigInteger multiplier) {
		String spelling = SPELLINGS.getOrDefault(text, text);
		Base base = BASES.get(spelling);
		if (base == null || !prefix.isEmpty() && base.kind().equals(PERCENT)) {
			return Optional.empty();
		}
		return Optional.of(new Parsed(prefix + spelling, base.kind(), base.num().multiply(multiplier), base.den(), false));
	}
}
