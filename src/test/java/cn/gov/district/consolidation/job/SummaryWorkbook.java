package cn.gov.district.consolidation.job;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads the district workbook back by labels, the way a clerk looks things up in it. */
final class SummaryWorkbook implements AutoCloseable {

	private final Workbook workbook;

	SummaryWorkbook(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			this.workbook = WorkbookFactory.create(in);
		}
	}

	Sheet sheet(String name) {
		Sheet s = workbook.getSheet(name);
		if (s == null) {
			throw new AssertionError("no sheet " + name);
		}
		return s;
	}

	/** The cell in the row whose column B (or A) is {@code rowLabel} and the column headed {@code columnHeader}. */
	Cell cell(String sheetName, String rowLabel, String columnHeader) {
		Sheet sheet = sheet(sheetName);
		int headerRow = -1;
		int column = -1;
		for (Row row : sheet) {
			for (Cell c : row) {
				if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(columnHeader)) {
					headerRow = row.getRowNum();
					column = c.getColumnIndex();
					break;
				}
			}
			if (column >= 0) {
				break;
			}
		}
		if (column < 0) {
			throw new AssertionError("no column " + columnHeader + " in " + sheetName);
		}
		for (Row row : sheet) {
			if (row.getRowNum() <= headerRow) {
				continue;
			}
			for (int labelColumn = 0; labelColumn <= 1; labelColumn++) {
				Cell label = row.getCell(labelColumn);
				if (label != null && label.getCellType() == CellType.STRING && label.getStringCellValue().equals(rowLabel)) {
					Cell c = row.getCell(column);
					if (c == null) {
						throw new AssertionError("empty cell " + rowLabel + "/" + columnHeader);
					}
					return c;
				}
			}
		}
		throw new AssertionError("no row " + rowLabel + " in " + sheetName);
	}

	/** The number in column {@code column} (0-based) of the first row whose A and C cells are the given labels. */
	BigDecimal numberInBlock(String sheetName, String labelA, String labelC, int column) {
		for (Row row : sheet(sheetName)) {
			Cell a = row.getCell(0);
			Cell c = row.getCell(2);
			if (a != null && c != null && a.toString().equals(labelA) && c.toString().equals(labelC)) {
				return new BigDecimal(Double.toString(row.getCell(column).getNumericCellValue()));
			}
		}
		throw new AssertionError("no row " + labelA + "/" + labelC + " in " + sheetName);
	}

	BigDecimal number(String sheetName, String rowLabel, String columnHeader) {
		Cell c = cell(sheetName, rowLabel, columnHeader);
		if (c.getCellType() != CellType.NUMERIC) {
			throw new AssertionError(rowLabel + "/" + columnHeader + " is not a number: " + c);
		}
		// Excel stores doubles: compare at the precision shown
		return new BigDecimal(Double.toString(c.getNumericCellValue()));
	}

	String text(String sheetName, String rowLabel, String columnHeader) {
		Cell c = cell(sheetName, rowLabel, columnHeader);
		return c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.toString();
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}
}
