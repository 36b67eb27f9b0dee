package cn.gov.district.consolidation.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ValueStatus;

/**
 * Turns one value cell into a {@link Measure} in the indicator's canonical unit (spec §4): reads
 * the number with {@link NumberParser}, decides which unit it is in (a unit written in the cell,
 * else the unit column, else the header's unit, else the sheet's unit line, else the canonical
 * unit) and converts it with {@link Units}.
 * <p>
 * Rule codes: {@value #MASKED_VALUE}, {@value #UNPARSEABLE_NUMBER}, {@value #UNIT_UNKNOWN},
 * {@value #UNIT_MISMATCH}, {@value #NUMBER_TOO_LARGE} (errors); {@value #APPROXIMATE_VALUE}, {@value #PERCENT_AS_FRACTION},
 * {@value #UNIT_CONFLICT} (warnings). A blank or not-applicable cell gives no issue: whether it
 * was required is the caller's decision. A declaration naming several units ({@code 单位：亿元、%})
 * gives each value the listed unit of its indicator's kind ({@link UnitList}). Stateless and
 * thread-safe; never throws on user input.
 */
public final class ValueNormalizer {

	public static final String MASKED_VALUE = "MASKED_VALUE";

	public static final String UNPARSEABLE_NUMBER = "UNPARSEABLE_NUMBER";

	public static final String APPROXIMATE_VALUE = "APPROXIMATE_VALUE";

	public static final String UNIT_UNKNOWN = Units.UNIT_UNKNOWN;

	public static final String UNIT_MISMATCH = Units.UNIT_MISMATCH;

	public static final String PERCENT_AS_FRACTION = "PERCENT_AS_FRACTION";

	public static final String UNIT_CONFLICT = "UNIT_CONFLICT";

	public static final String NUMBER_TOO_LARGE = "NUMBER_TOO_LARGE";

	/**
	 * Digits before the point that a value in its canonical unit may have: values are stored exactly as
	 * NUMERIC(38, 12), 26 digits and 12 decimals. A number beyond it is a slip (digits run together, a
	 * wrong unit), and storing it would fail for the whole file.
	 */
	static final int MAX_INTEGER_DIGITS = 26;

	private static final String PERCENT = "%";

	private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

	private final NumberParser parser;

	private final Units units;

	/**
	 * A catalog unit's reading: its canonical spelling and whether it is known. Asked for every
	 * value, from a handful of units.
	 */
	private record UnitReading(String unit, String canonical, boolean known) {
	}

	/** The catalog units read so far (the catalog's 40 indicators name a handful; at most {@link #READINGS_KEPT}). */
	private final Map<String, UnitReading> readings = new ConcurrentHashMap<>();

	private static final int READINGS_KEPT = 128;

	/** A normalizer with its own parser and unit table. */
	public ValueNormalizer() {
		this(new NumberParser(), new Units());
	}

	/**
	 * @param parser reads the cell text; not {@code null}
	 * @param units converts units; not {@code null}
	 */
	public ValueNormalizer(NumberParser parser, Units units) {
		this.parser = parser;
		this.units = units;
	}

	private UnitReading read(String unit) {
		String canonical = units.canonicalSpelling(unit);
		return new UnitReading(unit, canonical, units.isKnown(canonical));
	}

	private UnitReading reading(String unit) {
		if (unit == null) {
			return read(null);
		}
		UnitReading known = readings.get(unit);
		if (known == null) {
			known = read(unit);
			if (readings.size() < READINGS_KEPT) {
				readings.put(unit, known);
			}
		}
		return known;
	}

	/**
	 * Normalizes one value cell.
	 * @param raw the cell text; {@code null} is an empty cell
	 * @param declared what the sheet declares; {@code null} means nothing
	 * @param canonicalUnit the indicator's unit from the catalog, e.g. {@code 亿元}, {@code %}
	 * @return the measure and its issues, never {@code null}
	 */
	public NormalizedValue normalize(String raw, DeclaredUnit declared, String canonicalUnit) {
		return normalize(raw, declared, canonicalUnit, false);
	}

	/**
	 * Normalizes one year-on-year growth cell, which is in percent by definition: {@code 0.5} there is
	 * 0.5 %, as growth rates often are, so the number is kept as written. Only where the declaration
	 * says {@code %} (the header {@code 同比增长(%)}) and the number is at most 1 in size may it be a
	 * fraction (0.125 for 12.5 %): a {@value #PERCENT_AS_FRACTION} warning says so (spec §4), the
	 * value stays as written.
	 * @param raw the cell text; {@code null} is an empty cell
	 * @param declared the growth column's declaration (its header's unit); {@code null} means nothing
	 * @return the growth in percent and its issues, never {@code null}
	 */
	public NormalizedValue normalizeGrowth(String raw, DeclaredUnit declared) {
		return normalize(raw, declared, PERCENT, true);
	}

	private NormalizedValue normalize(String raw, DeclaredUnit declared, String canonicalUnit, boolean growth) {
		ParsedNumber p = parser.parse(raw);
		String cellText = p.raw();
		return switch (p.status()) {
			case BLANK, NOT_APPLICABLE -> new NormalizedValue(new Measure(null, p.status(), cellText), List.of());
			case MASKED -> new NormalizedValue(new Measure(null, ValueStatus.MASKED, cellText), List.of(Issue
				.error(MASKED_VALUE, "该单元格数值被遮蔽（*、X 等），未计入汇总；请填写实际数值")));
			case INVALID -> invalid(cellText, Issue.error(UNPARSEABLE_NUMBER, p.problem()));
			case VALUE, APPROXIMATE -> withNumber(p, declared == null ? DeclaredUnit.NONE : declared, canonicalUnit, growth);
		};
	}

	/**
	 * Whether a value cell writes its own unit after the number ({@code 3.2亿元}, {@code 1200人},
	 * {@code 96%}), so that no declaration is needed to read it; a bare multiplier ({@code 1.6万})
	 * still needs one.
	 * @param raw the cell text; {@code null} is an empty cell
	 */
	public boolean statesItsUnit(String raw) {
		if (raw == null || onlyDigits(raw)) {
			// asked of every row of a long export whose 单位 column is left empty: no second reading of a plain number
			return false;
		}
		ParsedNumber p = parser.parse(raw);
		return !p.unit().isEmpty() && !units.isBareMultiplier(p.unit());
	}

	/** Whether {@code s} holds only ASCII digits, points, commas, minus signs and spaces: no room for a unit. */
	private static boolean onlyDigits(String s) {
		for (int i = 0, n = s.length(); i < n; i++) {
			char c = s.charAt(i);
			if ((c < '0' || c > '9') && c != '.' && c != ',' && c != '-' && c != ' ') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Checks that a row's unit column and its value header do not name different units.
	 * @param declared the declared units; {@code null} gives empty
	 * @return a {@value #UNIT_CONFLICT} warning when both are given and are not the same unit
	 */
	public Optional<Issue> checkDeclaredUnits(DeclaredUnit declared) {
		if (declared == null || declared.unitColumn().isEmpty() || declared.headerUnit().isEmpty()) {
			return Optional.empty();
		}
		String column = units.canonicalSpelling(declared.unitColumn());
		String header = units.canonicalSpelling(declared.headerUnit());
		if (column.equals(header) || UnitList.isList(header) && UnitList.names(units, header, column)) {
			// a header naming several units (本期完成(万元/%)) agrees with a row in one of them
			return Optional.empty();
		}
		return Optional.of(Issue.warning(UNIT_CONFLICT, "单位列写的是“" + column + "”，表头写的是“" + header
				+ "”，两者不一致；已按单位列“" + column + "”理解数值，请核对后统一"));
	}

	private NormalizedValue withNumber(ParsedNumber p, DeclaredUnit declared, String canonicalUnit, boolean growth) {
		UnitReading unit = reading(canonicalUnit);
		String canonical = unit.canonical();
		if (!unit.known()) {
			return invalid(p.raw(), Issue.error(UNIT_UNKNOWN, "指标目录中的单位“" + NumberParser.excerpt(canonical)
					+ "”无法识别；请联系区里维护指标目录"));
		}
		boolean percent = PERCENT.equals(canonical);
		BigDecimal value = asWritten(p, declared, canonical, percent);
		List<Issue> issues = null;
		if (value == null) {
			// only a percentage's conversion adds issues: no list made for the other values
			issues = percent ? new ArrayList<>() : null;
			Conversion c = percent ? toPercent(p, declared, issues, growth) : toUnit(p, declared, canonical);
			if (!c.ok()) {
				return invalid(p.raw(), Issue.error(c.code(), c.message()));
			}
			value = c.value();
		}
		if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
			return invalid(p.raw(), Issue.error(NUMBER_TOO_LARGE, "数值“" + NumberParser.excerpt(p.raw().strip())
					+ "”过大（换算为" + canonical + "后整数部分超过" + MAX_INTEGER_DIGITS + "位），无法计入；请核对数值和单位"));
		}
		if (p.status() == ValueStatus.APPROXIMATE) {
			if (issues == null) {
				issues = new ArrayList<>(1);
			}
			issues.add(0, Issue.warning(APPROXIMATE_VALUE, "“" + NumberParser.excerpt(p.raw().strip()) + "”是约数，已按 "
					+ value.toPlainString() + canonical + " 计入汇总；如有准确数请改填准确数"));
		}
		return new NormalizedValue(new Measure(value, p.status(), p.raw()), issues);
	}

	/**
	 * The number as written when it needs no conversion and gives no warning: no unit in the cell, and
	 * the declared unit is the canonical one or, outside percentages, nothing (a long export's
	 * 单位 column names the catalog unit on every row); {@code null} otherwise, for
	 * {@link #toUnit}/{@link #toPercent} to decide. A shortcut of theirs, giving what they would.
	 */
	private static BigDecimal asWritten(ParsedNumber p, DeclaredUnit declared, String canonical, boolean percent) {
		if (!p.unit().isEmpty()) {
			return null;
		}
		String context = declared.effective();
		if (percent) {
			if (context.isEmpty()) {
				return p.value();
			}
			// under a declared %, a number that may be a fraction is toPercent's to point out
			return PERCENT.equals(context) && !mayBeFraction(p.value()) ? p.value() : null;
		}
		return context.isEmpty() || context.equals(canonical) ? p.value() : null;
	}

	private Conversion toUnit(ParsedNumber p, DeclaredUnit declared, String canonical) {
		String cellUnit = p.unit();
		if (PERCENT.equals(cellUnit)) {
			return Conversion.failed(UNIT_MISMATCH, "该指标以“" + canonical + "”计，单元格却写了百分数“"
					+ NumberParser.excerpt(p.raw().strip()) + "”；请填写以“" + canonical + "”计的数值");
		}
		if (!cellUnit.isEmpty() && !units.isBareMultiplier(cellUnit)) {
			// A unit written in the cell is what the sender meant, whatever the column says.
			return units.convert(p.value(), cellUnit, canonical);
		}
		String context = declared.effective().isEmpty() ? canonical : declared.effective();
		if (UnitList.isList(context)) {
			UnitList.Choice choice = UnitList.choose(units, declared, canonical);
			if (!choice.ok()) {
				return Conversion.failed(choice.code(), choice.message());
			}
			context = choice.unit();
		}
		BigDecimal inContext = p.value();
		if (!cellUnit.isEmpty()) {
			Conversion scaled = units.convert(p.value(), cellUnit, context);
			if (!scaled.ok()) {
				return scaled;
			}
			inContext = scaled.value();
		}
		return units.convert(inContext, context, canonical);
	}

	private Conversion toPercent(ParsedNumber p, DeclaredUnit declared, List<Issue> issues, boolean growth) {
		String cellUnit = p.unit();
		if (PERCENT.equals(cellUnit)) {
			return Conversion.of(p.value());
		}
		if (!cellUnit.isEmpty()) {
			return units.convert(p.value(), cellUnit, PERCENT);
		}
		String context = declared.effective();
		if (context.isEmpty()) {
			return Conversion.of(p.value());
		}
		if (UnitList.isList(context)) {
			UnitList.Choice choice = UnitList.choose(units, declared, PERCENT);
			if (!choice.ok()) {
				return Conversion.failed(choice.code(), choice.message());
			}
			context = choice.unit();
		}
		if (!units.sameKind(context, PERCENT)) {
			return units.convert(p.value(), context, PERCENT);
		}
		BigDecimal v = p.value();
		if (mayBeFraction(v)) {
			BigDecimal percent = v.movePointRight(2);
			percent = percent.scale() < 0 ? percent.setScale(0) : percent;
			if (growth) {
				String written = NumberParser.excerpt(p.raw().strip());
				issues.add(Issue.warning(PERCENT_AS_FRACTION, "同比增长“" + written + "”的绝对值不超过1，已按 "
						+ v.toPlainString() + "% 计入；如果这是小数形式的比率（即 " + percent.toPlainString()
						+ "%），请改填“" + percent.toPlainString() + "”；如果确为 " + v.toPlainString() + "%，请写成“"
						+ v.toPlainString() + "%”"));
				return Conversion.of(v);
			}
			issues.add(Issue.warning(PERCENT_AS_FRACTION, "“" + NumberParser.excerpt(p.raw().strip())
					+ "”像是小数形式的比率，已按 " + percent.toPlainString() + "% 计入；如果本意就是 "
					+ v.toPlainString() + "%，请写成“" + v.toPlainString() + "%”"));
			return Conversion.of(percent);
		}
		return Conversion.of(v);
	}

	/** Whether a number under a declared % may be a fraction (0.125 for 12.5 %): not 0, at most 1 in size. */
	private static boolean mayBeFraction(BigDecimal v) {
		return v.signum() != 0 && v.compareTo(BigDecimal.ONE) <= 0 && v.compareTo(MINUS_ONE) >= 0;
	}

	private static NormalizedValue invalid(String raw, Issue issue) {
		return new NormalizedValue(new Measure(null, ValueStatus.INVALID, raw), List.of(issue));
	}
}
