package cn.gov.district.consolidation.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The cell comments the sheets of one workbook could not carry ({@link TablePainter#MAX_COMMENTS}
 * per sheet), kept as rows of a table of their own, {@value #SHEET}, so that no note is lost. Not
 * thread-safe: one per workbook being written.
 */
final class CommentOverflow {

	static final String SHEET = "批注续表";

	static final List<String> HEADERS = List.of("序号", "工作表", "单元格", "行", "列", "说明");

	private final List<ReportRow> rows = new ArrayList<>();

	/** A note that stays off its cell. */
	void add(String sheet, String cell, String rowLabel, String columnLabel, String note) {
		rows.add(ReportRow.data(List.of(ReportCell.number(rows.size() + 1), ReportCell.text(sheet), ReportCell.text(cell),
				ReportCell.text(rowLabel), ReportCell.text(columnLabel), ReportCell.text(note))));
	}

	boolean isEmpty() {
		return rows.isEmpty();
	}

	/** The table of the notes, in the order of their sheets and cells. */
	ReportTable table(String titlePrefix, int maxComments) {
		return new ReportTable(SHEET, titlePrefix + "批注续表",
				"各表每表最多以批注显示" + maxComments + "处说明，以下" + rows.size() + "处未能以批注显示，按工作表和单元格列出", HEADERS,
				rows, 3, -1);
	}

	/** What a sheet's subtitle adds when {@code omitted} of its notes are listed here. */
	static String subtitleNote(int maxComments, int omitted) {
		return "\u3000本表说明较多：前" + maxComments + "处以批注显示，其余" + omitted + "处见“" + SHEET + "”工作表";
	}
}
