package cn.gov.district.consolidation.report;

import java.util.List;

/**
 * One table of the district report, the same for the workbook sheet and the CSV file.
 *
 * @param name the sheet name and CSV file suffix, e.g. {@code 汇总}
 * @param title the merged title row
 * @param subtitle the line under the title
 * @param headers the column headers, units included ({@code 完成率(%)})
 * @param rows the body rows
 * @param frozenColumns how many leading columns stay visible when scrolling right
 * @param flagColumn the column whose text {@link #BEHIND} marks a row to highlight, or -1
 */
record ReportTable(String name, String title, String subtitle, List<String> headers, List<ReportRow> rows,
		int frozenColumns, int flagColumn) {

	/** The text that marks a row behind 序时进度. */
	static final String BEHIND = "落后序时进度";

	/** Rows above the header row: the title and the subtitle. */
	static final int HEADER_ROW = 2;

	ReportTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	int columnCount() {
		return headers.size();
	}
}
