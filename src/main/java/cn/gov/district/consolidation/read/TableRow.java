package cn.gov.district.consolidation.read;

import java.util.List;

/**
 * One row of a sheet as text.
 *
 * @param rowNumber the row number as Excel shows it (1-based); for CSV the line's record number
 * (1 = first record, the header)
 * @param cells the cell texts from column A on; an empty cell is {@code ""}, never {@code null}.
 * Numbers are the exact decimal as stored ({@code 666666.10001}), never a binary double's
 * artefact; percent-formatted numbers are written as percent ({@code 12.5%}); dates as ISO
 * ({@code 2022-11-30}); formulas as their cached value; merged regions repeat their value in
 * every cell they cover
 * @param hidden whether the row is hidden in the workbook
 */
public record TableRow(int rowNumber, List<String> cells, boolean hidden) {

	public TableRow {
		cells = List.copyOf(cells);
	}

	/** The text of column {@code index} (0 = A), {@code ""} beyond the last cell. */
	public String cell(int index) {
		return index >= 0 && index < cells.size() ? cells.get(index) : "";
	}

	/** True when every cell is blank. */
	public boolean isBlank() {
		// indexed, not for-each: asked of every row, and an iterator per row is garbage under C1
		for (int i = 0, n = cells.size(); i < n; i++) {
			if (!CellText.trim(cells.get(i)).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * True when at least two cells are filled and all of them hold the same text: a title or a
	 * section label merged across the columns, which merge filling repeats in every cell it covers.
	 */
	public boolean isOneTextRepeated() {
		String first = null;
		int count = 0;
		for (int i = 0, n = cells.size(); i < n; i++) {
			String folded = CellText.fold(cells.get(i));
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
}
