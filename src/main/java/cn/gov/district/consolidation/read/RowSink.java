package cn.gov.district.consolidation.read;

/**
 * Receives the rows of a file, sheet by sheet, in order. A CSV file is one sheet named after
 * the file (without extension). Implementations are used by one reader on one thread.
 */
public interface RowSink {

	/**
	 * A sheet begins.
	 * @param sheetName the sheet name as written in the workbook
	 * @param hidden whether the sheet is hidden
	 */
	void startSheet(String sheetName, boolean hidden);

	/** The next non-empty row of the current sheet (blank rows may be skipped by the reader). */
	void row(TableRow row);

	/** The current sheet ends. */
	void endSheet();
}
