package cn.gov.district.consolidation.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a unit line such as {@code 单位：万元}, {@code 金额单位:亿元}, {@code 单位:亿元、%}
 * or {@code （单位：万元）}, alone in a cell or at the end of a title. Units separated by spaces
 * ({@code 单位：亿元 %}) are a list, returned as {@code 亿元、%}; the other statements a unit line
 * often carries after spaces ({@code 填报日期：2022年12月5日}, {@code 制表：XX}) are not units and end
 * the list. A reporting unit ({@code 填报单位：东关街道}, {@code 单位：东关街道办事处（盖章）}) is not a
 * unit of measure and is not taken. Stateless and thread-safe.
 */
public final class UnitLine {

	private static final Pattern BRACKETED = Pattern.compile("\\((?:金额|计量|数量|货币)?单位:([^()]{1,12})\\)");

	private static final Pattern LEADING = Pattern.compile("^(?:金额|计量|数量|货币)?单位:(.{1,12})$");

	/** A bracketed unit line whose bracket closes after a space: {@code （单位：万元 %）}. */
	private static final Pattern OPENING = Pattern.compile("\\((?:金额|计量|数量|货币)?单位:([^()]{1,12})$");

	/**
	 * What a further unit after a space may be, after folding: a word made of the characters of the units
	 * {@code normalize.Units} knows ({@code %}, {@code 亿元}, {@code 万人次}, {@code 公顷}, {@code m2} …).
	 * This package cannot ask that table (it comes later); the characters are enough to tell a unit
	 * from the other words of the line ({@code 填报日期}, {@code 制表人}, {@code 以下同}, a date), and
	 * whether the unit is known is decided where the list is used.
	 */
	private static final Pattern UNIT_WORD = Pattern.compile(
			"[元美金人民币平方米千公里顷亩针剂次支名件个家处张座户项条份辆套栋间所块场期把台只棵株万亿百十%]{1,8}"
					+ "|[万亿千百十]?[kh]?m2",
			Pattern.CASE_INSENSITIVE);

	/** What separates the units of a list within a word, after folding. */
	private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,/;|]+");

	/** Units a list takes at most: a unit line names two or three. */
	private static final int MAX_LISTED = 6;

	private static final Pattern ORGANISATION = Pattern.compile("街道|社区|办事处|盖章|委员会|政府|公司|局|中心|科|部门|村");

	private static final int MAX_UNIT_LENGTH = 8;

	private UnitLine() {
	}

	/**
	 * The unit named in any cell of {@code row}.
	 * @return the unit as written after folding ({@code 万元}, {@code 亿元、%}), or empty
	 */
	public static Optional<String> find(TableRow row) {
		for (String cell : row.cells()) {
			Optional<String> unit = parse(cell);
			if (unit.isPresent()) {
				return unit;
			}
		}
		return Optional.empty();
	}

	/**
	 * The unit named in one cell's text.
	 * @param cell any text; {@code null} is treated as empty
	 * @return the unit, or empty when the text names none
	 */
	public static Optional<String> parse(String cell) {
		if (cell == null || cell.isBlank()) {
			return Optional.empty();
		}
		// fold() drops all spaces, so split first: "填报单位：东关街道  单位：万元" holds two statements
		String joined = cell.replaceAll("[\\s\\u3000]*([:：])[\\s\\u3000]*", "$1");
		String[] tokens = joined.split("[\\s\\u3000]+");
		for (int i = 0; i < tokens.length; i++) {
			String folded = CellText.fold(tokens[i]);
			Matcher bracketed = BRACKETED.matcher(folded);
			if (bracketed.find()) {
				Optional<String> unit = unit(bracketed.group(1));
				if (unit.isPresent()) {
					return unit;
				}
			}
			Matcher leading = LEADING.matcher(folded);
			if (leading.matches()) {
				Optional<String> unit = unit(leading.group(1));
				if (unit.isPresent()) {
					return Optional.of(withFollowing(unit.get(), tokens, i + 1, false));
				}
			}
			Matcher opening = OPENING.matcher(folded);
			if (opening.find()) {
				Optional<String> unit = unit(opening.group(1));
				if (unit.isPresent()) {
					return Optional.of(withFollowing(unit.get(), tokens, i + 1, true));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * {@code first} with the units that follow it after spaces ({@code 单位：亿元 %}), joined by
	 * {@code 、} as a list; the first word that is not a unit, or the closing bracket of a bracketed
	 * line, ends it.
	 */
	private static String withFollowing(String first, String[] tokens, int from, boolean bracketed) {
		StringBuilder list = new StringBuilder(first);
		int listed = 1;
		for (int j = from; j < tokens.length && listed < MAX_LISTED; j++) {
			String word = CellText.fold(tokens[j]);
			boolean closes = bracketed && word.endsWith(")");
			if (closes) {
				word = word.substring(0, word.length() - 1);
			}
			StringBuilder units = new StringBuilder();
			int count = 0;
			for (String part : LIST_SEPARATORS.split(word)) {
				if (part.isEmpty()) {
					continue;
				}
				if (!UNIT_WORD.matcher(part).matches()) {
					return list.toString();
				}
				units.append('、').append(part);
				count++;
			}
			// a word of separators alone ("亿元 、 %") adds nothing and goes on
			list.append(units);
			listed += count;
			if (closes) {
				break;
			}
		}
		return list.toString();
	}

	private static Optional<String> unit(String raw) {
		String unit = raw;
		while (!unit.isEmpty() && ",.;。，；、".indexOf(unit.charAt(unit.length() - 1)) >= 0) {
			unit = unit.substring(0, unit.length() - 1);
		}
		if (unit.isEmpty() || unit.length() > MAX_UNIT_LENGTH || ORGANISATION.matcher(unit).find()) {
			return Optional.empty();
		}
		return Optional.of(unit);
	}
}
