package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;

import cn.gov.district.consolidation.domain.FileNames;

/**
 * Reads Excel 97-2003 {@code .xls} (BIFF8) workbooks with POI's HSSF user model, opened
 * read-only. Loading the whole workbook is acceptable here because the format itself stops at
 * 65,536 rows per sheet. Cells get the same text as from {@link XlsxStreamingReader}: numbers as
 * Excel displays them ({@link NumberToTextConverter}, 15 significant digits) made plain, date
 * formats as ISO dates, percent formats as percent, formulas as their cached value, errors as
 * {@code ""}, merged regions repeated, hidden rows and sheets flagged. Blank rows are skipped.
 *
 * <p>Stateless and thread-safe; one call reads one file.
 */
public final class XlsReader implements TableReader {

	private final long maxFileChars;

	/** A reader with the default limit of 50 million characters of cell text per file. */
	public XlsReader() {
		this(TextBudget.DEFAULT_MAX_FILE_CHARS);
	}

	/** A reader with a limit of {@code maxFileChars} characters of cell text per file. */
	public XlsReader(long maxFileChars) {
		if (maxFileChars <= 0) {
			throw new IllegalArgumentException("maxFileChars must be positive: " + maxFileChars);
		}
		this.maxFileChars = maxFileChars;
	}

	@Override
	public boolean supports(FileFormat format) {
		return format == FileFormat.XLS;
	}

	@Override
	public void read(Path file, RowSink callerSink) throws TableReadException {
		RowSink sink = new GuardedSink(callerSink);
		String name = FileNames.displayName(file);
		try (POIFSFileSystem fs = IoFiles.ole2(file);
				HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new TableReadException("NO_SHEETS", "工作簿中没有任何工作表，无法读取数据。请在Excel中核对文件内容后重新报送");
			}
			boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
			TextBudget budget = new TextBudget(maxFileChars);
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				HSSFSheet sheet = workbook.getSheetAt(i);
				sink.startSheet(workbook.getSheetName(i), workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i));
				readSheet(sheet, date1904, budget, sink);
				sink.endSheet();
			}
		}
		catch (EncryptedDocumentException ex) {
			throw new TableReadException("ENCRYPTED_FILE", "文件“" + name + "”设有打开密码，请取消密码后重新报送", ex);
		}
		catch (OldExcelFormatException ex) {
			throw new TableReadException("UNSUPPORTED_FORMAT",
					"文件“" + name + "”是Excel 95或更早的格式，无法读取。请在Excel中另存为.xlsx格式后重新报送", ex);
		}
		catch (IOException | RuntimeException ex) {
			RuntimeException sinkFailure = GuardedSink.sinkFailure(ex);
			if (sinkFailure != null) {
				throw sinkFailure;
			}
			throw new TableReadException("CORRUPT_FILE",
					"文件已损坏或不完整，无法打开：“" + name + "”。请在Excel中确认文件能正常打开，重新导出后报送", ex);
		}
	}

	private static void readSheet(HSSFSheet sheet, boolean date1904, TextBudget budget, RowSink sink)
			throws TableReadException {
		MergedRegions merges = MergedRegions.of(regions(sheet));
		String place = "工作表“" + sheet.getSheetName() + "”";
		List<String> cells = new ArrayList<>();
		Map<Short, NumberStyles.Kind> kinds = new HashMap<>();
		for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
			HSSFRow row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			cells.clear();
			for (int c = 0; c < row.getLastCellNum(); c++) {
				cells.add(text(row.getCell(c), date1904, kinds));
			}
			merges.fill(r + 1, cells);
			int end = cells.size();
			while (end > 0 && cells.get(end - 1).isEmpty()) {
				end--;
			}
			if (end == 0) {
				continue;
			}
			budget.charge(cells.subList(0, end), place, r + 1);
			sink.row(new TableRow(r + 1, cells.subList(0, end), row.getZeroHeight()));
		}
	}

	private static List<int[]> regions(HSSFSheet sheet) {
		List<int[]> regions = new ArrayList<>();
		for (CellRangeAddress range : sheet.getMergedRegions()) {
			regions.add(new int[] { range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(),
					Math.min(range.getLastColumn(), range.getFirstColumn() + MergedRegions.MAX_FILL_COLUMNS - 1) });
		}
		return regions;
	}

	private static String text(HSSFCell cell, boolean date1904, Map<Short, NumberStyles.Kind> kinds) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			// a NUL character means nothing in a cell, and PostgreSQL refuses text that holds one
			case STRING -> cell.getRichStringCellValue().getString().replace("\0", "");
			case NUMERIC -> number(cell, date1904, kinds);
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			default -> "";
		};
	}

	private static String number(HSSFCell cell, boolean date1904, Map<Short, NumberStyles.Kind> kinds) {
		String raw = NumberToTextConverter.toText(cell.getNumericCellValue());
		CellStyle style = cell.getCellStyle();
		NumberStyles.Kind kind = kinds.computeIfAbsent(style.getIndex(),
				i -> NumberStyles.classify(style.getDataFormat(), style.getDataFormatString()));
		String text = switch (kind) {
			case DATE -> CellValues.date(raw, date1904);
			case PERCENT -> CellValues.percent(raw);
			case PLAIN -> CellValues.plainNumber(raw);
		};
		return text != null ? text : raw;
	}
}
