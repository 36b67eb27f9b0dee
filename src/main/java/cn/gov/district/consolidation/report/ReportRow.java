package cn.gov.district.consolidation.report;

import java.util.List;

/**
 * One body row of a report table.
 *
 * @param kind how the row is styled
 * @param cells the cells from the first column on; never {@code null}
 */
record ReportRow(Kind kind, List<ReportCell> cells) {

	/** What a row is, which decides its style (the content is the same in every output). */
	enum Kind {
		/** An ordinary data row. */
		DATA,
		/** A section label such as {@code 一、经济发展}. */
		GROUP,
		/** The column labels of one block, e.g. one indicator on the target sheet. */
		BLOCK_HEADER,
		/** A 小计 row. */
		SUBTOTAL,
		/** A 合计 row. */
		TOTAL
	}

	ReportRow {
		cells = List.copyOf(cells);
	}

	static ReportRow data(List<ReportCell> cells) {
		return new ReportRow(Kind.DATA, cells);
	}

	ReportCell cell(int index) {
		return index < cells.size() ? cells.get(index) : ReportCell.EMPTY;
	}

	boolean isBold() {
		return kind != Kind.DATA;
	}
}
