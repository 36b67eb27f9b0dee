package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReaderTest {

	@TempDir
	Path dir;

	private final XlsReader reader = new XlsReader();

	@Test
	void shouldSupportOnlyXls() {
		assertThat(reader.supports(FileFormat.XLS)).isTrue();
		assertThat(reader.supports(FileFormat.XLSX)).isFalse();
	}

	@Test
	void shouldReadValuesAsTheXlsxReaderDoes() throws Exception {
		Path file = dir.resolve("values.xls");
		try (HSSFWorkbook wb = new HSSFWorkbook()) {
			Sheet sheet = wb.createSheet("指标");
			CellStyle dateStyle = wb.createCellStyle();
			dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle percentStyle = wb.createCellStyle();
			percentStyle.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
			Row row = sheet.createRow(0);
			row.createCell(0).setCellValue(666666.10001);
			row.createCell(1).setCellValue(0.1 + 0.2);
			row.createCell(2).setCellValue(LocalDate.of(2022, 11, 30));
			row.getCell(2).setCellStyle(dateStyle);
			row.createCell(3).setCellValue(0.125);
			row.getCell(3).setCellStyle(percentStyle);
			row.createCell(4).setCellFormula("A1*2");
			row.createCell(5).setCellFormula("1/0");
			row.createCell(6).setCellValue("规模以上工业总产值");
			row.createCell(8).setCellValue(false);
			row.createCell(9).setCellValue(1.5E-3);
			row.createCell(10).setCellValue(1.0E20);
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			write(wb, file);
		}
		RecordingSink sink = read(file);
		assertThat(sink.row("指标", 1)).containsExactly("666666.10001", "0.3", "2022-11-30", "12.5%", "1333332.20002", "",
				"规模以上工业总产值", "", "FALSE", "0.0015", "100000000000000000000");
	}

	@Test
	void shouldDropNulCharactersFromTexts() throws Exception {
		// a NUL pasted into a cell from another system; PostgreSQL refuses text holding one
		assertThat(read(oneCell("nul.xls", "东关\u0000街道")).row("指标", 1)).containsExactly("东关街道");
	}

	@Test
	void shouldRepeatMergedCellsAndFlagHiddenRowsAndSheets() throws Exception {
		Path file = dir.resolve("merged.xls");
		try (HSSFWorkbook wb = new HSSFWorkbook()) {
			wb.createSheet("说明").createRow(0).createCell(0).setCellValue("填表说明");
			Sheet sheet = wb.createSheet("重点项目");
			sheet.createRow(0).createCell(0).setCellValue("2022年重点项目");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
			Row a = sheet.createRow(3);
			a.createCell(0).setCellValue("续建");
			a.createCell(1).setCellValue("项目甲");
			Row b = sheet.createRow(4);
			b.createCell(1).setCellValue("项目乙");
			b.setZeroHeight(true);
			sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
			wb.setSheetHidden(0, true);
			write(wb, file);
		}
		RecordingSink sink = read(file);
		assertThat(sink.hidden).containsExactly(java.util.Map.entry("说明", true), java.util.Map.entry("重点项目", false));
		assertThat(sink.rows("重点项目")).extracting(TableRow::rowNumber, TableRow::cells, TableRow::hidden).containsExactly(
				tuple(1, java.util.List.of("2022年重点项目", "2022年重点项目", "2022年重点项目"), false),
				tuple(4, java.util.List.of("续建", "项目甲"), false), tuple(5, java.util.List.of("续建", "项目乙"), true));
	}

	@Test
	void shouldRejectAPasswordProtectedWorkbook() throws Exception {
		Path file = dir.resolve("secret.xls");
		try (HSSFWorkbook wb = new HSSFWorkbook()) {
			wb.createSheet("指标").createRow(0).createCell(0).setCellValue("机密");
			Biff8EncryptionKey.setCurrentUserPassword("pw");
			try {
				write(wb, file);
			}
			finally {
				Biff8EncryptionKey.setCurrentUserPassword(null);
			}
		}
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("设有打开密码，请取消密码后重新报送")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("ENCRYPTED_FILE"));
	}

	@Test
	void shouldRejectAPasswordProtectedXlsxSavedAsXls() throws Exception {
		Path file = FormatDetectorTest.encryptedXlsx(dir.resolve("secret.xls"));
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("ENCRYPTED_FILE"));
	}

	@Test
	void shouldRejectAnExcel95Workbook() throws Exception {
		Path file = dir.resolve("old.xls");
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			// a BIFF5 BOF record: Excel 95 stores its stream as "Book", not "Workbook"
			fs.createDocument(new ByteArrayInputStream(new byte[] { 0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0, 0, 0, 0 }),
					"Book");
			fs.writeFilesystem(out);
		}
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("另存为.xlsx")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("UNSUPPORTED_FORMAT"));
	}

	@Test
	void shouldRejectATruncatedWorkbookAsCorrupt() throws Exception {
		Path whole = dir.resolve("whole.xls");
		try (HSSFWorkbook wb = new HSSFWorkbook()) {
			Sheet sheet = wb.createSheet("指标");
			for (int i = 0; i < 500; i++) {
				sheet.createRow(i).createCell(0).setCellValue("第" + i + "行的文字");
			}
			write(wb, whole);
		}
		byte[] bytes = Files.readAllBytes(whole);
		Path cut = Files.write(dir.resolve("cut.xls"), Arrays.copyOf(bytes, bytes.length / 2));
		assertThatThrownBy(() -> read(cut)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("文件已损坏或不完整")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"));
	}

	@Test
	void shouldLetAFailureOfTheSinkThrough() throws Exception {
		Path file = oneCell("ok.xls", "x");
		RowSink failing = new RecordingSink() {
			@Override
			public void row(TableRow row) {
				throw new IllegalStateException("sink full");
			}
		};
		assertThatThrownBy(() -> reader.read(file, failing)).isInstanceOf(IllegalStateException.class)
				.hasMessage("sink full");
	}

	private RecordingSink read(Path file) throws TableReadException {
		RecordingSink sink = new RecordingSink();
		reader.read(file, sink);
		return sink;
	}

	/** A workbook of one sheet 指标 whose A1 holds {@code text}. */
	private Path oneCell(String name, String text) throws java.io.IOException {
		Path file = dir.resolve(name);
		try (HSSFWorkbook wb = new HSSFWorkbook()) {
			wb.createSheet("指标").createRow(0).createCell(0).setCellValue(text);
			write(wb, file);
		}
		return file;
	}

	private static void write(HSSFWorkbook wb, Path file) throws java.io.IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			wb.write(out);
		}
	}
}
