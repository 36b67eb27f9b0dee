package cn.gov.district.consolidation.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the real header of a sheet under title rows and unit lines. Every row among the first
 * {@link #SEARCH_ROWS} is scored by how many fields its cells name (after {@link CellText#fold}
 * and with a trailing unit in brackets removed); the best row that names every required field
 * wins, ties going to the earliest. A row whose cells all repeat one text (a title merged across
 * the columns) is never a header. A two-row header, an upper row merged over the lower
 * ({@code 本期} over {@code 完成} and {@code 同比}), is read as the joined texts
 * ({@code 本期完成}) or the lower text alone, and wins only when it names more fields than
 * either row alone. Matching is exact after folding: {@code 2022年累计完成} does not match
 * {@code 累计完成}, so that one field cannot take a neighbour's column.
 *
 * <p>Stateless and thread-safe.
 */
public final class HeaderFinder {

	/** How many leading rows may hold the header. */
	public static final int SEARCH_ROWS = 30;

	private static final Pattern TRAILING_UNIT = Pattern.compile("^(.*?)[(\\[]((?:单位:)?[^()\\[\\]]{1,10})[)\\]]$");

	/**
	 * Finds the header.
	 * @param firstRows the first rows of the sheet, in order (more than {@link #SEARCH_ROWS} are ignored)
	 * @param fields the expected columns
	 * @return the header, or empty when no row names every required field
	 */
	public Optional<HeaderMatch> find(List<TableRow> firstRows, List<HeaderField> fields) {
		List<TableRow> rows = firstRows.subList(0, Math.min(firstRows.size(), SEARCH_ROWS));
		List<Set<String>> synonyms = foldedSynonyms(fields);
		List<Candidate> singles = new ArrayList<>();
		for (TableRow row : rows) {
			singles.add(row.isOneTextRepeated() ? Candidate.NONE : score(singleLabels(row), fields, synonyms));
		}
		Candidate best = Candidate.NONE;
		int bestIndex = -1;
		int bestRowCount = 0;
		for (int i = 0; i < rows.size(); i++) {
			Candidate single = singles.get(i);
			if (single.complete && single.score() > best.score()) {
				best = single;
				bestIndex = i;
				bestRowCount = 1;
			}
			if (i + 1 < rows.size() && rows.get(i + 1).rowNumber() == rows.get(i).rowNumber() + 1
					&& !rows.get(i).isOneTextRepeated()) {
				Candidate pair = score(pairLabels(rows.get(i), rows.get(i + 1)), fields, synonyms);
				int alone = Math.max(single.score(), singles.get(i + 1).score());
				if (pair.complete && pair.score() > alone && pair.score() > best.score()) {
					best = pair;
					bestIndex = i;
					bestRowCount = 2;
				}
			}
		}
		if (bestIndex < 0) {
			return Optional.empty();
		}
		return Optional.of(new HeaderMatch(rows.get(bestIndex).rowNumber(), bestRowCount, best.columns, best.units,
				sheetUnit(rows, bestIndex), best.score()));
	}

	private static String sheetUnit(List<TableRow> rows, int headerIndex) {
		for (int i = headerIndex - 1; i >= 0; i--) {
			Optional<String> unit = UnitLine.find(rows.get(i));
			if (unit.isPresent()) {
				return unit.get();
			}
		}
		return null;
	}

	private static List<Set<String>> foldedSynonyms(List<HeaderField> fields) {
		List<Set<String>> all = new ArrayList<>();
		for (HeaderField field : fields) {
			Set<String> folded = new HashSet<>();
			for (String synonym : field.synonyms()) {
				Label label = Label.of(synonym);
				folded.add(label.folded());
				folded.add(label.name());
			}
			folded.remove("");
			all.add(folded);
		}
		return all;
	}

	/** Per column, the label texts to try in order of preference. */
	private static List<List<Label>> singleLabels(TableRow row) {
		List<List<Label>> columns = new ArrayList<>();
		for (String cell : row.cells()) {
			Label label = Label.of(cell);
			columns.add(label.folded().isEmpty() ? List.of() : List.of(label));
		}
		return columns;
	}

	private static List<List<Label>> pairLabels(TableRow upper, TableRow lower) {
		List<List<Label>> columns = new ArrayList<>();
		int width = Math.max(upper.cells().size(), lower.cells().size());
		for (int c = 0; c < width; c++) {
			Label u = Label.of(upper.cell(c));
			Label l = Label.of(lower.cell(c));
			if (l.folded().isEmpty() || l.folded().equals(u.folded())) {
				columns.add(u.folded().isEmpty() ? List.of() : List.of(u));
			}
			else if (u.folded().isEmpty()) {
				columns.add(List.of(l));
			}
			else {
				String unit = l.unit() != null ? l.unit() : u.unit();
				String joined = u.name() + l.name();
				columns.add(List.of(new Label(joined, joined, unit), l));
			}
		}
		return columns;
	}

	private static Candidate score(List<List<Label>> columns, List<HeaderField> fields, List<Set<String>> synonyms) {
		Map<String, Integer> found = new LinkedHashMap<>();
		Map<String, String> units = new LinkedHashMap<>();
		boolean[] taken = new boolean[fields.size()];
		for (int c = 0; c < columns.size(); c++) {
			column: for (Label label : columns.get(c)) {
				for (int f = 0; f < fields.size(); f++) {
					if (!taken[f] && (synonyms.get(f).contains(label.folded()) || synonyms.get(f).contains(label.name()))) {
						taken[f] = true;
						found.put(fields.get(f).key(), c);
						if (label.unit() != null) {
							units.put(fields.get(f).key(), label.unit());
						}
						break column;
					}
				}
			}
		}
		boolean complete = true;
		for (int f = 0; f < fields.size(); f++) {
			complete &= taken[f] || !fields.get(f).required();
		}
		return new Candidate(found, units, complete && !found.isEmpty());
	}

	/**
	 * A header text: folded as a whole, its name without a trailing bracketed unit, and that unit.
	 */
	private record Label(String folded, String name, String unit) {

		static Label of(String text) {
			String folded = CellText.fold(text);
			char last = folded.isEmpty() ? 0 : folded.charAt(folded.length() - 1);
			if (last != ')' && last != ']') {
				// no bracket at the end, no unit to take off (most cells: numbers and plain texts)
				return new Label(folded, folded, null);
			}
			Matcher m = TRAILING_UNIT.matcher(folded);
			if (m.matches()) {
				String unit = m.group(2).startsWith("单位:") ? m.group(2).substring(3) : m.group(2);
				return new Label(folded, m.group(1), unit.isEmpty() ? null : unit);
			}
			return new Label(folded, folded, null);
		}
	}

	private record Candidate(Map<String, Integer> columns, Map<String, String> units, boolean complete) {

		static final Candidate NONE = new Candidate(Map.of(), Map.of(), false);

		int score() {
			return columns.size();
		}
	}
}
