package cn.gov.district.consolidation.read;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of a sheet as text: its row number as Excel shows it (1-based; for CSV the line's record
 * number, 1 = first record, the header), its cell texts from column A on, and whether it is hidden
 * in the workbook. An empty cell is {@code ""}, never {@code null}. Numbers are the exact decimal as
 * stored ({@code 666666.10001}), never a binary double's artefact; percent-formatted numbers are
 * written as percent ({@code 12.5%}); dates as ISO ({@code 2022-11-30}); formulas as their cached
 * value; merged regions repeat their value in every cell they cover.
 * <p>
 * What every row is asked (its cells trimmed, whether it is blank, whether one text fills it) is
 * worked out when the row is made: by the reader's own thread ({@link ReadAheadReader}), not by the
 * thread that validates every row of a long export, the one the others wait for. Immutable; equal
 * rows have the same number, cells and hidden flag.
 */
public final class TableRow {

	private final int rowNumber;

	/** The cell texts, owned by this row: never changed after the constructor. */
	private final String[] cells;

	/** {@link #cells} as the unmodifiable list {@link #cells()} hands out, made when first asked. */
	private List<String> cellList;

	private final boolean hidden;

	/** {@link CellText#trim} of each cell; {@link #cells} itself when no cell changes (nearly every row). */
	private final String[] trimmed;

	private final boolean blank;

	private final boolean oneTextRepeated;

	/**
	 * @param rowNumber the row number as Excel shows it
	 * @param cells the cell texts from column A on, none {@code null}
	 * @param hidden whether the row is hidden
	 */
	public TableRow(int rowNumber, List<String> cells, boolean hidden) {
		this(rowNumber, cells.toArray(new String[0]), hidden);
	}

	/**
	 * A row that takes {@code cells} as its own, without a copy: the caller never changes the array
	 * after (the CSV reader makes one per record).
	 */
	TableRow(int rowNumber, String[] cells, boolean hidden) {
		this.rowNumber = rowNumber;
		this.cells = cells;
		this.hidden = hidden;
		int n = cells.length;
		String[] trims = null;
		boolean anyText = false;
		for (int i = 0; i < n; i++) {
			String cell = Objects.requireNonNull(cells[i], "cell");
			String trim = CellText.trim(cell);
			if (trim != cell && trims == null) {
				trims = Arrays.copyOf(cells, n);
			}
			if (trims != null) {
				trims[i] = trim;
			}
			anyText = anyText || !trim.isEmpty();
		}
		trimmed = trims == null ? cells : trims;
		blank = !anyText;
		oneTextRepeated = anyText && oneTextRepeated(cells);
	}

	/**
	 * True when at least two cells are filled and all of them hold the same text: a title or a
	 * section label merged across the columns, which merge filling repeats in every cell it covers.
	 */
	private static boolean oneTextRepeated(String[] cells) {
		String first = null;
		int count = 0;
		for (String cell : cells) {
			String folded = CellText.fold(cell);
			if (folded.isEmpty()) {
				continue;
			}
			if (first == null) {
				first = folded;
			}
			else if (!first.equals(folded)) {
				return false;
			}
			count++;
		}
		return count >= 2;
	}

	/** The row number as Excel shows it (1-based); for CSV the record number. */
	public int rowNumber() {
		return rowNumber;
	}

	/** The cell texts from column A on, unmodifiable. */
	public List<String> cells() {
		List<String> list = cellList;
		if (list == null) {
			// racy but benign: any thread makes an equal list over the same array
			list = Collections.unmodifiableList(Arrays.asList(cells));
			cellList = list;
		}
		return list;
	}

	/** How many cells the row has (its last column), without making {@link #cells()}. */
	public int size() {
		return cells.length;
	}

	/** Whether the row is hidden in the workbook. */
	public boolean hidden() {
		return hidden;
	}

	/** The text of column {@code index} (0 = A), {@code ""} beyond the last cell. */
	public String cell(int index) {
		return index >= 0 && index < cells.length ? cells[index] : "";
	}

	/** The text of column {@code index} trimmed ({@link CellText#trim}), {@code ""} beyond the last cell. */
	public String trimmedCell(int index) {
		return index >= 0 && index < trimmed.length ? trimmed[index] : "";
	}

	/** True when every cell is blank. */
	public boolean isBlank() {
		return blank;
	}

	/**
	 * True when at least two cells are filled and all of them hold the same text: a title or a
	 * section label merged across the columns, which merge filling repeats in every cell it covers.
	 */
	public boolean isOneTextRepeated() {
		return oneTextRepeated;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof TableRow r && rowNumber == r.rowNumber && hidden == r.hidden && Arrays.equals(cells, r.cells);
	}

	@Override
	public int hashCode() {
		// Arrays.hashCode is a list's hash code over the same elements: the same value as before, without the view
		return Objects.hash(rowNumber, Arrays.hashCode(cells), hidden);
	}

	@Override
	public String toString() {
		return "TableRow[rowNumber=" + rowNumber + ", cells=" + cells() + ", hidden=" + hidden + "]";
	}
}
