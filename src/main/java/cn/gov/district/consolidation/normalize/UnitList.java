package cn.gov.district.consolidation.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A declaration that names several units at once, as a unit line above a table often does
 * ({@code 单位：亿元、%}, {@code 单位：万元，%}, {@code 单位：万元/%}): it says which units the sheet uses,
 * not that every row is in all of them. Each value takes the listed unit of the same kind as its
 * indicator's catalog unit (a 亿元 indicator the amount, a {@code %} indicator the percent, a count
 * its count); when none or more than one of them fits, the row's unit cannot be known and the value
 * is refused with a reason. Stateless and thread-safe.
 */
final class UnitList {

	/** What separates the units of a list, after {@link cn.gov.district.consolidation.read.CellText#fold}. */
	private static final String SEPARATORS = "、,/;|和及或与";

	/** Choices already made, by where the list was written, the list and the catalog unit; bounded. */
	private static final Map<String, Choice> CHOSEN = new ConcurrentHashMap<>();

	private static final int CACHE_LIMIT = 1_000;

	private UnitList() {
	}

	/**
	 * The unit one value takes from a list, or why it takes none.
	 *
	 * @param unit the chosen unit as written in the list, or {@code null} when there is none
	 * @param code {@code ""} when a unit was chosen, else {@link Units#UNIT_MISMATCH} or {@link Units#UNIT_UNKNOWN}
	 * @param message {@code ""} when a unit was chosen, else a Chinese sentence for the operator
	 */
	record Choice(String unit, String code, String message) {

		boolean ok() {
			return unit != null;
		}
	}

	/**
	 * True when {@code declared} (folded) names more than one unit. Asked of every value whose unit
	 * comes from a declaration: a scan of a few characters, nothing made.
	 */
	static boolean isList(String declared) {
		int n = declared.length();
		for (int i = 0; i < n; i++) {
			if (SEPARATORS.indexOf(declared.charAt(i)) >= 0) {
				return i > 0 && i < n - 1 || parts(declared).size() > 1;
			}
		}
		return false;
	}

	/**
	 * Chooses the listed unit for a value of an indicator counted in {@code canonical}.
	 * @param units the unit table
	 * @param declared what the sheet declares; its effective declaration is a list ({@link #isList})
	 * @param canonical the indicator's catalog unit in its canonical spelling
	 */
	static Choice choose(Units units, DeclaredUnit declared, String canonical) {
		String list = declared.effective();
		String where = where(declared);
		String key = where + '\u0000' + list + '\u0000' + canonical;
		Choice known = CHOSEN.get(key);
		if (known == null) {
			known = chooseUncached(units, where, list, canonical);
			if (CHOSEN.size() < CACHE_LIMIT && key.length() <= 64) {
				CHOSEN.put(key, known);
			}
		}
		return known;
	}

	private static Choice chooseUncached(Units units, String where, String list, String canonical) {
		List<String> parts = parts(list);
		Set<String> fitting = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String part : parts) {
			if (!units.isKnown(part)) {
				unknown.add(part);
			}
			else if (!units.isBareMultiplier(part) && units.sameKind(part, canonical)) {
				fitting.add(units.canonicalSpelling(part));
			}
		}
		String shown = NumberParser.excerpt(String.join("、", parts));
		if (fitting.size() == 1) {
			return new Choice(fitting.iterator().next(), "", "");
		}
		if (fitting.size() > 1) {
			return new Choice(null, Units.UNIT_UNKNOWN, where + "同时列出了“" + String.join("”“", fitting)
					+ "”，无法确定本行数值是哪一个单位，该行未采用；请在“单位”列注明本行的单位，或在数值后写明单位（如“3.2亿元”）");
		}
		if (!unknown.isEmpty()) {
			return new Choice(null, Units.UNIT_UNKNOWN, where + "列出的单位“" + shown + "”中，“"
					+ NumberParser.excerpt(String.join("、", unknown)) + "”无法识别，其余单位也不适用于本行指标（以“" + canonical
					+ "”计），该行未采用；请在“单位”列注明本行的单位（如“" + canonical + "”）");
		}
		return new Choice(null, Units.UNIT_MISMATCH, where + "列出的单位“" + shown + "”都不适用于本行指标（以“" + canonical
				+ "”计），无法确定本行数值的单位，该行未采用；请在“单位”列注明本行的单位（如“" + canonical + "”），或在数值后写明单位");
	}

	/** True when the list {@code list} names {@code unit} (both compared in their canonical spelling). */
	static boolean names(Units units, String list, String unit) {
		String wanted = units.canonicalSpelling(unit);
		for (String part : parts(list)) {
			if (units.canonicalSpelling(part).equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> parts(String list) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		for (int i = 0; i < list.length(); i++) {
			char c = list.charAt(i);
			if (SEPARATORS.indexOf(c) >= 0) {
				if (!part.isEmpty()) {
					parts.add(part.toString());
				}
				part.setLength(0);
			}
			else {
				part.append(c);
			}
		}
		if (!part.isEmpty()) {
			parts.add(part.toString());
		}
		return parts;
	}

	/** Where the effective declaration of {@code declared} was written, as the operator sees it. */
	private static String where(DeclaredUnit declared) {
		if (!declared.unitColumn().isEmpty()) {
			return "“单位”列";
		}
		return declared.headerUnit().isEmpty() ? "表格上方的单位说明" : "表头";
	}
}
