package cn.gov.district.consolidation.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.gov.district.consolidation.read.FileFormat;
import cn.gov.district.consolidation.read.RowSink;
import cn.gov.district.consolidation.read.TableReadException;
import cn.gov.district.consolidation.read.TableReader;
import cn.gov.district.consolidation.read.TableRow;

/**
 * A minimal reader for the tests of this package (the real readers live in {@code read}):
 * {@code .xlsx} through XSSF, anything else as UTF-8 CSV named after the file.
 */
final class TestTableReader implements TableReader {

	@Override
	public boolean supports(FileFormat format) {
		return format == FileFormat.XLSX || format == FileFormat.CSV;
	}

	@Override
	public void read(Path file, RowSink sink) throws TableReadException {
		try {
			if (file.getFileName().toString().endsWith(".xlsx")) {
				readXlsx(file, sink);
			}
			else {
				readCsv(file, sink);
			}
		}
		catch (IOException e) {
			throw new TableReadException("CORRUPT_FILE", "文件无法读取：" + e.getMessage(), e);
		}
	}

	private static void readXlsx(Path file, RowSink sink) throws IOException {
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			for (Sheet sheet : wb) {
				sink.startSheet(sheet.getSheetName(), false);
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? ""
								: cell.getCellType() == CellType.NUMERIC
										? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
										: cell.getStringCellValue());
					}
					sink.row(new TableRow(row.getRowNum() + 1, cells, false));
				}
				sink.endSheet();
			}
		}
	}

	private static void readCsv(Path file, RowSink sink) throws IOException {
		String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
			sink.startSheet(name, false);
			for (CSVRecord record : parser) {
				sink.row(new TableRow((int) record.getRecordNumber(), record.toList(), false));
			}
			sink.endSheet();
		}
	}
}
