package cn.gov.district.consolidation.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a unit line such as {@code 单位：万元}, {@code 金额单位:亿元}, {@code 单位:亿元、%}
 * or {@code （单位：万元）}, alone in a cell or at the end of a title. A reporting unit
 * ({@code 填报单位：东关街道}, {@code 单位：东关街道办事处（盖章）}) is not a unit of measure and is not
 * taken. Stateless and thread-safe.
 */
public final class UnitLine {

	private static final Pattern BRACKETED = Pattern.compile("\\((?:金额|计量|数量|货币)?单位:([^()]{1,12})\\)");

	private static final Pattern LEADING = Pattern.compile("^(?:金额|计量|数量|货币)?单位:(.{1,12})$");

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
		for (String token : joined.split("[\\s\\u3000]+")) {
			String folded = CellText.fold(token);
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
					return unit;
				}
			}
		}
		return Optional.empty();
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
