package cn.gov.district.consolidation.normalize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.district.consolidation.read.CellText;

/**
 * The units a sheet declares for a value cell, from the most specific to the most general.
 * Each may be {@code null} or {@code ""} when the sheet does not say; a declaration may be written
 * with its label or brackets ({@code 单位：万元}, {@code (亿元)}) or as the whole header
 * ({@code 本期完成（亿元）}, {@code 同比增长(%)}): only the unit is kept.
 * Immutable and thread-safe.
 *
 * @param unitColumn the row's {@code 单位} cell
 * @param headerUnit the unit in the value column's header, e.g. {@code 亿元} of {@code 本期完成(亿元)}
 * @param sheetUnit the unit line above the table ({@code 单位：万元}) that holds for the whole sheet
 */
public record DeclaredUnit(String unitColumn, String headerUnit, String sheetUnit) {

	private static final Pattern LABEL = Pattern.compile("^(计量)?单位[:：]?");

	/** The unit in brackets at the end of a header: {@code 本期完成(亿元)}, {@code (亿元)}. */
	private static final Pattern BRACKETS = Pattern.compile("^[^(\\[]*[(\\[]([^()\\[\\]]*)[)\\]]$");

	/** Nothing declared: values are taken to be in the indicator's unit. Declared after the patterns it needs. */
	public static final DeclaredUnit NONE = new DeclaredUnit("", "", "");

	public DeclaredUnit {
		unitColumn = clean(unitColumn);
		headerUnit = clean(headerUnit);
		sheetUnit = clean(sheetUnit);
	}

	/** Only the sheet's unit line. */
	public static DeclaredUnit ofSheet(String sheetUnit) {
		return new DeclaredUnit("", "", sheetUnit);
	}

	/** Only a unit column. */
	public static DeclaredUnit ofColumn(String unitColumn) {
		return new DeclaredUnit(unitColumn, "", "");
	}

	/**
	 * The unit that holds: the unit column, else the header's unit, else the sheet's.
	 * @return the folded unit text, {@code ""} when nothing is declared; never {@code null}
	 */
	public String effective() {
		if (!unitColumn.isEmpty()) {
			return unitColumn;
		}
		return headerUnit.isEmpty() ? sheetUnit : headerUnit;
	}

	/*
	 * Written out: a declaration keys the caches of every value read, and a record's generated
	 * methods go through method handles that C1 (config/jvm.options) does not inline.
	 */
	@Override
	public boolean equals(Object o) {
		return this == o || o instanceof DeclaredUnit d && unitColumn.equals(d.unitColumn) && headerUnit.equals(d.headerUnit)
				&& sheetUnit.equals(d.sheetUnit);
	}

	@Override
	public int hashCode() {
		return (31 * unitColumn.hashCode() + headerUnit.hashCode()) * 31 + sheetUnit.hashCode();
	}

	/** Cleaned declarations by their text as written; bounded like {@link Units}' cache. */
	private static final Map<String, String> CLEANED = new ConcurrentHashMap<>();

	private static final int CACHE_LIMIT = 1_000;

	private static String clean(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String known = CLEANED.get(text);
		if (known == null) {
			known = cleanUncached(text);
			if (CLEANED.size() < CACHE_LIMIT && text.length() <= 64) {
				CLEANED.put(text, known);
			}
		}
		return known;
	}

	private static String cleanUncached(String text) {
		String s = CellText.fold(text);
		s = LABEL.matcher(s).replaceFirst("");
		Matcher m = BRACKETS.matcher(s);
		return m.matches() ? m.group(1) : s;
	}
}
