package cn.gov.district.consolidation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.gov.district.consolidation.domain.FileNames;
import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.read.CellText;
import cn.gov.district.consolidation.read.RowSink;
import cn.gov.district.consolidation.read.TableReadException;
import cn.gov.district.consolidation.read.TableReader;
import cn.gov.district.consolidation.read.TableRow;

/**
 * Writes the error workbook of one input file for the operator: a sheet {@code 问题清单} that
 * says what is wrong and what to do, then a copy of every sheet of the file with each offending
 * cell coloured (light red for an error, yellow for a warning) and commented with the message.
 * Stateless and thread-safe.
 */
public class ErrorWorkbookWriter {

	/** Rows copied per sheet; the list sheet holds every finding whatever the size. */
	static final int MAX_COPIED_ROWS = 10_000;

	static final String LIST_SHEET = "问题清单";

	/** A number as the readers write it, without leading zeros that a code or phone number would have. */
	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,15})?");

	private static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

	/** Where a corrected file goes, unless the district configures its own channel. */
	public static final String DEFAULT_FEEDBACK_CONTACT = "请将修改后的文件重新报送至区统计数据汇总邮箱或区政务网盘“街道报表”文件夹";

	private final int maxCopiedRows;

	private final int maxComments;

	private final String feedbackContact;

	/** A writer that copies up to {@value #MAX_COPIED_ROWS} rows per sheet and names the default channel. */
	public ErrorWorkbookWriter() {
		this(DEFAULT_FEEDBACK_CONTACT);
	}

	/**
	 * A writer that copies up to {@value #MAX_COPIED_ROWS} rows per sheet.
	 * @param feedbackContact the Chinese sentence that tells the 街道 where to send the corrected
	 * file; {@code null} or blank for {@link #DEFAULT_FEEDBACK_CONTACT}
	 */
	public ErrorWorkbookWriter(String feedbackContact) {
		this(MAX_COPIED_ROWS, feedbackContact);
	}

	ErrorWorkbookWriter(int maxCopiedRows) {
		this(maxCopiedRows, DEFAULT_FEEDBACK_CONTACT);
	}

	ErrorWorkbookWriter(int maxCopiedRows, String feedbackContact) {
		this(maxCopiedRows, TablePainter.MAX_COMMENTS, feedbackContact);
	}

	ErrorWorkbookWriter(int maxCopiedRows, int maxComments, String feedbackContact) {
		this.maxCopiedRows = maxCopiedRows;
		this.maxComments = maxComments;
		this.feedbackContact = feedbackContact == null || feedbackContact.isBlank() ? DEFAULT_FEEDBACK_CONTACT
				: feedbackContact.strip();
	}

	/**
	 * Writes the error workbook of {@code originalFile} to {@code targetFile}, replacing an older
	 * one atomically.
	 * @param originalFile the input file the findings are about; only its name is used unless
	 * {@code reader} is given
	 * @param reader reads {@code originalFile} for the copied sheets; {@code null} when the file
	 * could not be read at all (then only the list is written)
	 * @param findings the findings of the file, errors and warnings; not {@code null}
	 * @param targetFile where to write; its folder is created when missing
	 * @return {@code targetFile}
	 * @throws UncheckedIOException when the workbook cannot be written
	 */
	public Path write(Path originalFile, TableReader reader, List<Finding> findings, Path targetFile) {
		String fileName = FileNames.displayName(originalFile);
		try {
			return AtomicFiles.write(targetFile, out -> {
				try (XSSFWorkbook workbook = new XSSFWorkbook()) {
					StyleCache styles = new StyleCache(workbook);
					Sheet list = workbook.createSheet(LIST_SHEET);
					Copier copier = new Copier(workbook, styles, maxCopiedRows);
					String readProblem = copy(originalFile, reader, copier);
					// marked first: the list's instructions say whether some cells went without a comment
					boolean uncommented = mark(copier, findings, styles, maxCopiedRows, maxComments);
					new TablePainter(styles).paint(list,
							listTable(fileName, findings, readProblem, feedbackContact, uncommented ? maxComments : 0));
					workbook.setActiveSheet(0);
					workbook.write(out);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("问题清单写入失败：" + targetFile + "（" + e.getMessage() + "），请检查目录是否可写、磁盘空间是否充足", e);
		}
	}

	/** Copies the file's sheets; returns why they could not all be copied, or {@code ""}. */
	private static String copy(Path originalFile, TableReader reader, Copier copier) {
		if (reader == null) {
			return "原文件无法读取，本清单未附原表副本。";
		}
		try {
			reader.read(originalFile, copier);
			return "";
		}
		catch (TableReadException e) {
			return "原文件读取中断（" + e.getMessage() + "），所附原表副本可能不完整。";
		}
	}

	/**
	 * @param commentLimit when not 0, a copied sheet had more marked cells than this and only the
	 * first ones carry comments: the instructions say so
	 */
	private static ReportTable listTable(String fileName, List<Finding> findings, String readProblem, String contact,
			int commentLimit) {
		long errors = findings.stream().filter(Finding::isError).count();
		String end = contact.endsWith("。") ? "" : "。";
		String instructions = "共发现" + findings.size() + "个问题：错误" + errors + "个，警告" + (findings.size() - errors)
				+ "个。要改什么：“错误”所在的行（或整个文件）未被采用，请按下表“说明”列在原文件中逐条改正；"
				+ "“警告”所在的数据已被采用，但请逐条核对，如有误请一并改正。改好后送到哪里：" + contact + end
				+ "本清单后面的工作表是原文件的副本，有问题的单元格已标色（浅红为错误，黄色为警告），鼠标指向单元格可查看批注说明"
				+ (commentLimit > 0 ? "（有问题的单元格较多的工作表只在前" + commentLimit + "处附批注，其余以本清单为准）" : "") + "。"
				+ readProblem;
		return new ReportTable(LIST_SHEET, fileName + " 校验问题清单", instructions, FindingTable.HEADERS,
				FindingTable.rows(findings), 0, -1);
	}

	/**
	 * Colours every cell a finding points at and comments it, one comment per cell, at most
	 * {@code maxComments} per sheet (see {@link TablePainter#MAX_COMMENTS}: the whole workbook is
	 * in memory here); every finding is in the list sheet whatever the limit.
	 * @return whether a sheet had more marked cells than {@code maxComments}
	 */
	private static boolean mark(Copier copier, List<Finding> findings, StyleCache styles, int maxCopiedRows,
			int maxComments) {
		Map<CellAddress, List<Finding>> byCell = new LinkedHashMap<>();
		for (Finding f : findings) {
			Sheet sheet = copier.sheetFor(f.sheet());
			if (sheet == null || f.row() == null || f.row() < 1 || f.row() > maxCopiedRows) {
				continue;
			}
			int column = columnIndex(f.column());
			byCell.computeIfAbsent(new CellAddress(sheet, f.row() - 1, column), k -> new ArrayList<>()).add(f);
		}
		Map<Sheet, Integer> commented = new HashMap<>();
		boolean uncommented = false;
		for (Map.Entry<CellAddress, List<Finding>> e : byCell.entrySet()) {
			CellAddress at = e.getKey();
			Row row = at.sheet().getRow(at.row()) != null ? at.sheet().getRow(at.row()) : at.sheet().createRow(at.row());
			Cell cell = row.getCell(at.column()) != null ? row.getCell(at.column()) : row.createCell(at.column());
			boolean error = e.getValue().stream().anyMatch(Finding::isError);
			cell.setCellStyle(styles.withFill(cell.getCellStyle(), error ? StyleCache.Fill.ERROR : StyleCache.Fill.WARNING));
			if (commented.merge(at.sheet(), 1, Integer::sum) > maxComments) {
				uncommented = true;
				continue;
			}
			List<String> lines = new ArrayList<>();
			for (Finding f : e.getValue()) {
				lines.add("【" + FindingTable.severity(f.severity()) + "】" + f.message());
			}
			TablePainter.comment(at.sheet(), copier.drawing(at.sheet()), cell, String.join("\n", lines));
		}
		return uncommented;
	}

	/** Column index of a letter such as {@code C}; a whole-row finding (no or unreadable column) marks column A. */
	private static int columnIndex(String letters) {
		if (letters == null || !letters.trim().matches("[A-Za-z]{1,3}")) {
			return 0;
		}
		int index = CellReference.convertColStringToIndex(letters.trim().toUpperCase(Locale.ROOT));
		return index < MAX_COLUMNS ? index : 0;
	}

	private record CellAddress(Sheet sheet, int row, int column) {
	}

	/** Receives the rows of the original file and writes them into sheets of the error workbook. */
	private static final class Copier implements RowSink {

		private final XSSFWorkbook workbook;

		private final StyleCache styles;

		private final int maxRows;

		private final Map<String, Sheet> sheets = new LinkedHashMap<>();

		private final Map<Sheet, Drawing<?>> drawings = new LinkedHashMap<>();

		private Sheet current;

		private boolean truncated;

		/** Widest text per column of the current sheet, in Excel character units. */
		private final List<Integer> widths = new ArrayList<>();

		Copier(XSSFWorkbook workbook, StyleCache styles, int maxRows) {
			this.workbook = workbook;
			this.styles = styles;
			this.maxRows = maxRows;
		}

		@Override
		public void startSheet(String sheetName, boolean hidden) {
			String name = uniqueName(sheetName);
			current = workbook.createSheet(name);
			sheets.put(CellText.fold(sheetName), current);
			truncated = false;
			widths.clear();
		}

		@Override
		public void row(TableRow row) {
			if (current == null) {
				startSheet("Sheet1", false);
			}
			if (row.rowNumber() < 1) {
				return;
			}
			if (row.rowNumber() > maxRows) {
				if (!truncated) {
					truncated = true;
					Cell note = current.createRow(maxRows).createCell(0);
					note.setCellValue("本副本只复制了前" + maxRows + "行，其后各行的问题请见“" + LIST_SHEET + "”工作表。");
					note.setCellStyle(styles.get(StyleCache.Role.PLAIN, null, StyleCache.Fill.WARNING));
				}
				return;
			}
			Row out = current.createRow(row.rowNumber() - 1);
			int columns = Math.min(row.cells().size(), MAX_COLUMNS);
			for (int c = 0; c < columns; c++) {
				String text = row.cell(c);
				if (!text.isEmpty()) {
					write(out.createCell(c), text);
					widen(c, CellFormats.textWidth(text));
				}
			}
		}

		private void write(Cell cell, String text) {
			if (PLAIN_NUMBER.matcher(text).matches()) {
				BigDecimal number = new BigDecimal(text);
				cell.setCellStyle(styles.get(StyleCache.Role.PLAIN, CellFormats.numberFormat(number), StyleCache.Fill.NONE));
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellStyle(styles.get(StyleCache.Role.PLAIN, null, StyleCache.Fill.NONE));
				cell.setCellValue(text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS) : text);
			}
		}

		@Override
		public void endSheet() {
			if (current != null) {
				for (int c = 0; c < widths.size(); c++) {
					current.setColumnWidth(c, (Math.min(widths.get(c), 50) + 2) * 256);
				}
				// printed for the 街道 the same way as the list: A4 landscape, one page wide
				PrintSetup print = current.getPrintSetup();
				print.setPaperSize(PrintSetup.A4_PAPERSIZE);
				print.setLandscape(true);
				print.setFitWidth((short) 1);
				print.setFitHeight((short) 0);
				current.setFitToPage(true);
			}
			current = null;
		}

		private void widen(int column, int width) {
			while (widths.size() <= column) {
				widths.add(4);
			}
			widths.set(column, Math.max(widths.get(column), width));
		}

		/**
		 * The copied sheet a finding's sheet name means; a finding without a sheet means the only
		 * sheet of a CSV file. {@code null} when there is no such sheet.
		 */
		Sheet sheetFor(String sheetName) {
			if (sheetName == null) {
				return sheets.size() == 1 ? sheets.values().iterator().next() : null;
			}
			return sheets.get(CellText.fold(sheetName));
		}

		Drawing<?> drawing(Sheet sheet) {
			return drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
		}

		private String uniqueName(String wanted) {
			String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
			String name = base;
			for (int i = 2; workbook.getSheet(name) != null; i++) {
				String suffix = "(" + i + ")";
				name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
			}
			return name;
		}
	}
}
