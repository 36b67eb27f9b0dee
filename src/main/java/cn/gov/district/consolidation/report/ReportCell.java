package cn.gov.district.consolidation.report;

import java.math.BigDecimal;

/**
 * One cell of a report table: either a number (kept as the exact decimal until the workbook
 * writes it) or a text, optionally with a comment for the reader.
 *
 * @param text the text; {@code ""} for an empty cell or a number cell, never {@code null}
 * @param number the number, or {@code null} for a text cell
 * @param comment a Chinese cell comment, or {@code ""} for none; never {@code null}
 */
record ReportCell(String text, BigDecimal number, String comment) {

	static final ReportCell EMPTY = new ReportCell("", null, "");

	ReportCell {
		text = text == null ? "" : text;
		comment = comment == null ? "" : comment;
	}

	static ReportCell text(String text) {
		return new ReportCell(text, null, "");
	}

	/** A number cell, or an empty cell when {@code number} is {@code null}. */
	static ReportCell number(BigDecimal number) {
		return number == null ? EMPTY : new ReportCell("", number, "");
	}

	static ReportCell number(int number) {
		return new ReportCell("", BigDecimal.valueOf(number), "");
	}

	ReportCell withComment(String comment) {
		return new ReportCell(text, number, comment);
	}

	boolean isNumber() {
		return number != null;
	}

	boolean hasComment() {
		return !comment.isEmpty();
	}

	/** The cell as plain text: a number without exponent or grouping, a text as it is. */
	String plain() {
		return number != null ? number.toPlainString() : text;
	}
}
