package cn.gov.district.consolidation.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;

import cn.gov.district.consolidation.report.StyleCache.Fill;
import cn.gov.district.consolidation.report.StyleCache.Role;

/**
 * Writes a {@link ReportTable} into a sheet row by row (so it works on a streaming SXSSF sheet)
 * and finishes the sheet for screen and paper: frozen header, autofilter, column widths, A4
 * landscape fit to one page wide with the header repeated, page footer. Not thread-safe: one
 * instance per workbook being written.
 */
final class TablePainter {

	private static final int MIN_WIDTH = 4;

	private static final int MAX_WIDTH = 50;

	private static final float LINE_POINTS = 15f;

	/**
	 * Cell comments one sheet carries at most. POI keeps every comment of a sheet in memory (its
	 * XML and VML shape) until the workbook is written, about 3.6 KB each (measured with 1,000 to
	 * 20,000 comments on an SXSSF sheet), whatever the rows streamed: a city of 500 街道 whose
	 * reported 同比 disagreed with its own history nearly everywhere put about 16,900 comments on one
	 * 汇总 sheet, and two such workbooks written at once filled a heap of 256 MB
	 * (bench/RESULTS.md). Past the limit the notes go to the {@link CommentOverflow} sheet.
	 */
	static final int MAX_COMMENTS = 1_000;

	private final StyleCache styles;

	private final int maxComments;

	/** Where the notes past {@link #maxComments} go, or {@code null} when they are dropped. */
	private final CommentOverflow overflow;

	/** A painter for tables without comments, or whose comments past {@link #MAX_COMMENTS} may be dropped. */
	TablePainter(StyleCache styles) {
		this(styles, MAX_COMMENTS, null);
	}

	/**
	 * @param maxComments comments per sheet at most
	 * @param overflow where the notes past {@code maxComments} are listed, or {@code null}
	 */
	TablePainter(StyleCache styles, int maxComments, CommentOverflow overflow) {
		this.styles = styles;
		this.maxComments = maxComments;
		this.overflow = overflow;
	}

	/** The comments of {@code table}'s body, in the columns {@link #paint} writes. */
	private static int comments(ReportTable table) {
		int n = 0;
		for (ReportRow row : table.rows()) {
			for (int c = 0; c < table.columnCount(); c++) {
				if (row.cell(c).hasComment()) {
					n++;
				}
			}
		}
		return n;
	}

	/**
	 * Body rows an A4 landscape page holds for certain below the repeated header, at the scale
	 * fit-to-width gives a table of up to a dozen columns (LibreOffice prints about 38).
	 */
	static final int ROWS_PER_PAGE = 30;

	/** Rows of the block starting at {@code from}: its header up to the next block header. */
	private static int blockLength(List<ReportRow> rows, int from) {
		int n = 1;
		while (from + n < rows.size() && rows.get(from + n).kind() != ReportRow.Kind.BLOCK_HEADER) {
			n++;
		}
		return n;
	}

	void paint(Sheet sheet, ReportTable table) {
		int lastColumn = table.columnCount() - 1;
		int[] widths = widths(table);
		for (int c = 0; c <= lastColumn; c++) {
			sheet.setColumnWidth(c, Math.min(255, widths[c] + 2) * 256);
		}
		int omitted = Math.max(0, comments(table) - maxComments);
		titleRows(sheet, table, omitted > 0 && overflow != null
				? table.subtitle() + CommentOverflow.subtitleNote(maxComments, omitted) : table.subtitle(), lastColumn, widths);
		Row header = sheet.createRow(ReportTable.HEADER_ROW);
		for (int c = 0; c <= lastColumn; c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(table.headers().get(c));
			cell.setCellStyle(styles.get(Role.HEADER, null, Fill.HEADER));
		}
		Drawing<?> drawing = null;
		int commented = 0;
		int r = ReportTable.HEADER_ROW;
		int pageStart = r + 1;
		List<ReportRow> rows = table.rows();
		for (int i = 0; i < rows.size(); i++) {
			ReportRow row = rows.get(i);
			if (row.kind() == ReportRow.Kind.BLOCK_HEADER && r + 1 > pageStart) {
				int blockEnd = r + blockLength(rows, i);
				if (blockEnd - pageStart + 1 > ROWS_PER_PAGE && blockLength(rows, i) <= ROWS_PER_PAGE) {
					// a block that fits on a page never starts at the foot of one: break before it
					sheet.setRowBreak(r);
					pageStart = r + 1;
				}
			}
			Row out = sheet.createRow(++r);
			if (r - pageStart + 1 > ROWS_PER_PAGE) {
				// a block longer than a page runs on: count the next page from here, near enough
				pageStart += ROWS_PER_PAGE;
			}
			int lines = lines(row, lastColumn);
			if (lines > 1) {
				// Excel keeps the default height of a row written with wrapped text: give it the lines it needs.
				out.setHeightInPoints(lines * LINE_POINTS);
			}
			for (int c = 0; c <= lastColumn; c++) {
				ReportCell cell = row.cell(c);
				Cell xc = out.createCell(c);
				write(xc, cell, row.kind());
				if (!cell.hasComment()) {
					continue;
				}
				if (commented++ < maxComments) {
					drawing = drawing == null ? sheet.createDrawingPatriarch() : drawing;
					comment(sheet, drawing, xc, cell.comment());
				}
				else if (overflow != null) {
					overflow.add(sheet.getSheetName(), new CellReference(r, c).formatAsString(), rowLabel(table, row),
							table.headers().get(c), cell.comment());
				}
			}
		}
		finish(sheet, table, r);
	}

	/** What names a row for a reader: the texts of its frozen columns (the indicator and unit, the 街道). */
	private static String rowLabel(ReportTable table, ReportRow row) {
		List<String> parts = new ArrayList<>();
		for (int c = 0; c < Math.max(1, table.frozenColumns()); c++) {
			ReportCell cell = row.cell(c);
			if (!cell.isNumber() && !cell.text().isEmpty()) {
				parts.add(cell.text());
			}
		}
		return String.join(" ", parts);
	}

	private void titleRows(Sheet sheet, ReportTable table, String subtitle, int lastColumn, int[] widths) {
		Row title = sheet.createRow(0);
		title.setHeightInPoints(28);
		Cell t = title.createCell(0);
		t.setCellValue(table.title());
		t.setCellStyle(styles.get(Role.TITLE, null, Fill.NONE));
		Row sub = sheet.createRow(1);
		Cell s = sub.createCell(0);
		s.setCellValue(subtitle);
		int total = 0;
		for (int w : widths) {
			total += w + 2;
		}
		int subtitleWidth = CellFormats.textWidth(subtitle);
		if (subtitleWidth > total) {
			// A paragraph (the error workbook's instructions) wraps: give it the lines it needs.
			int lines = (subtitleWidth + total - 1) / total + 1;
			sub.setHeightInPoints(lines * LINE_POINTS);
			s.setCellStyle(styles.get(Role.NOTE, null, Fill.NONE));
		}
		else {
			s.setCellStyle(styles.get(Role.SUBTITLE, null, Fill.NONE));
		}
		if (lastColumn > 0) {
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastColumn));
		}
	}

	/** Lines the row needs when its texts longer than a column may be wrap within {@link #MAX_WIDTH}. */
	private static int lines(ReportRow row, int lastColumn) {
		if (row.kind() != ReportRow.Kind.DATA) {
			return 1;
		}
		int lines = 1;
		for (int c = 0; c <= lastColumn; c++) {
			ReportCell cell = row.cell(c);
			if (!cell.isNumber()) {
				lines = Math.max(lines, (CellFormats.textWidth(cell.text()) + MAX_WIDTH - 1) / MAX_WIDTH);
			}
		}
		return lines;
	}

	private void write(Cell xc, ReportCell cell, ReportRow.Kind kind) {
		Role role = kind == ReportRow.Kind.DATA ? Role.BODY : Role.BOLD_BODY;
		if (kind == ReportRow.Kind.DATA && !cell.isNumber() && CellFormats.textWidth(cell.text()) > MAX_WIDTH) {
			// a long 说明 wraps inside its column instead of running across the page edge
			role = Role.WRAPPED_BODY;
		}
		Fill fill = switch (kind) {
			case DATA -> Fill.NONE;
			case GROUP -> Fill.GROUP;
			case BLOCK_HEADER -> Fill.HEADER;
			case SUBTOTAL -> Fill.SUBTOTAL;
			case TOTAL -> Fill.TOTAL;
		};
		if (cell.isNumber()) {
			xc.setCellStyle(styles.get(role, CellFormats.numberFormat(cell.number()), fill));
			// Excel stores binary doubles: convert only here, at the very last step.
			xc.setCellValue(cell.number().doubleValue());
		}
		else {
			xc.setCellStyle(styles.get(role, null, fill));
			if (!cell.text().isEmpty()) {
				xc.setCellValue(cell.text());
			}
		}
	}

	/** Adds a cell comment; used for numbers a reader should not take at face value. */
	static void comment(Sheet sheet, Drawing<?> drawing, Cell cell, String text) {
		CreationHelper helper = sheet.getWorkbook().getCreationHelper();
		ClientAnchor anchor = helper.createClientAnchor();
		anchor.setCol1(cell.getColumnIndex() + 1);
		anchor.setCol2(cell.getColumnIndex() + 4);
		anchor.setRow1(cell.getRowIndex());
		anchor.setRow2(cell.getRowIndex() + 3 + CellFormats.textWidth(text) / 40);
		Comment comment = drawing.createCellComment(anchor);
		comment.setString(helper.createRichTextString(text));
		comment.setAuthor("区汇总");
		// The drawing takes the comment's cell from the anchor's corner, and SXSSF's setCellComment
		// does not correct it: name the cell explicitly.
		comment.setAddress(cell.getRowIndex(), cell.getColumnIndex());
		cell.setCellComment(comment);
	}

	private void finish(Sheet sheet, ReportTable table, int lastRow) {
		int lastColumn = table.columnCount() - 1;
		sheet.createFreezePane(table.frozenColumns(), ReportTable.HEADER_ROW + 1);
		sheet.setAutoFilter(new CellRangeAddress(ReportTable.HEADER_ROW, lastRow, 0, lastColumn));
		sheet.setRepeatingRows(new CellRangeAddress(ReportTable.HEADER_ROW, ReportTable.HEADER_ROW, -1, -1));
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setHorizontallyCenter(true);
		sheet.getFooter().setCenter("第 &P 页 / 共 &N 页");
		if (table.flagColumn() >= 0 && lastRow > ReportTable.HEADER_ROW) {
			highlightFlagged(sheet, table, lastRow);
		}
	}

	/**
	 * Rows whose flag column says {@link ReportTable#BEHIND} get a red fill by conditional
	 * formatting, so the mark follows the text if a reader sorts or edits the sheet.
	 */
	private static void highlightFlagged(Sheet sheet, ReportTable table, int lastRow) {
		SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
		String column = CellReference.convertNumToColString(table.flagColumn());
		int firstBodyRow = ReportTable.HEADER_ROW + 2;
		ConditionalFormattingRule rule = cf
			.createConditionalFormattingRule("$" + column + firstBodyRow + "=\"" + ReportTable.BEHIND + "\"");
		PatternFormatting pattern = rule.createPatternFormatting();
		pattern.setFillBackgroundColor(new XSSFColor(Fill.ERROR.rgb, null));
		pattern.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
		cf.addConditionalFormatting(new CellRangeAddress[] {
				new CellRangeAddress(ReportTable.HEADER_ROW + 1, lastRow, 0, table.columnCount() - 1) }, rule);
	}

	/** Column widths in characters from the header and body; group labels overflow and are left out. */
	static int[] widths(ReportTable table) {
		int[] widths = new int[table.columnCount()];
		List<String> headers = table.headers();
		for (int c = 0; c < widths.length; c++) {
			// Headers wrap, so a long header needs only half its width.
			int w = CellFormats.textWidth(headers.get(c));
			widths[c] = Math.max(MIN_WIDTH, w > 16 ? (w + 1) / 2 : w);
		}
		for (ReportRow row : table.rows()) {
			if (row.kind() == ReportRow.Kind.GROUP) {
				continue;
			}
			for (int c = 0; c < widths.length; c++) {
				ReportCell cell = row.cell(c);
				int w = cell.isNumber() ? CellFormats.numberWidth(cell.number()) : CellFormats.textWidth(cell.text());
				widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, w));
			}
		}
		return widths;
	}
}
