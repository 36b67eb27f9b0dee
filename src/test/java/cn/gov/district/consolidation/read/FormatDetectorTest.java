package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {

	@TempDir
	Path dir;

	private final FormatDetector detector = new FormatDetector();

	@Test
	void shouldDetectAnXlsxByContentEvenWhenNamedCsv() throws Exception {
		Path file = xlsx(dir.resolve("东关街道_指标.csv"), XSSFWorkbookType.XLSX);
		FormatDetector.Detection detection = detector.detect(file);
		assertThat(detection).isEqualTo(new FormatDetector.Detection(FileFormat.XLSX, null, null));
		assertThat(detection.isReadable()).isTrue();
	}

	@Test
	void shouldReadAMacroEnabledWorkbookAsXlsx() throws Exception {
		assertThat(detector.detect(xlsx(dir.resolve("m.xlsm"), XSSFWorkbookType.XLSM)).format()).isEqualTo(FileFormat.XLSX);
	}

	@Test
	void shouldRefuseABinaryWorkbookWithTheSaveAsAdvice() throws Exception {
		Path file = zip(dir.resolve("b.xlsb"), Map.of("[Content_Types].xml",
				"<Types><Override PartName=\"/xl/workbook.bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>"));
		assertRefused(detector.detect(file), "UNSUPPORTED_FORMAT", "请在Excel中另存为.xlsx格式后重新报送");
	}

	@Test
	void shouldRefuseStrictOpenXml() throws Exception {
		Path file = zip(dir.resolve("strict.xlsx"), Map.of("[Content_Types].xml",
				"<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>",
				"_rels/.rels",
				"<Relationships><Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
		assertRefused(detector.detect(file), "UNSUPPORTED_FORMAT", "Strict");
	}

	@Test
	void shouldRefuseOtherZipsWithWhatTheyAre() throws Exception {
		assertRefused(detector.detect(zip(dir.resolve("a.xlsx"), Map.of("[Content_Types].xml",
				"<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"))),
				"UNSUPPORTED_FORMAT", "Word文档");
		assertRefused(detector.detect(zip(dir.resolve("b.xlsx"), Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))),
				"UNSUPPORTED_FORMAT", "ODS");
		assertRefused(detector.detect(zip(dir.resolve("c.xlsx"), Map.of("东关街道.xlsx", "x"))), "UNSUPPORTED_FORMAT", "压缩包");
	}

	@Test
	void shouldCallATruncatedXlsxCorrupt() throws Exception {
		byte[] bytes = Files.readAllBytes(xlsx(dir.resolve("whole.xlsx"), XSSFWorkbookType.XLSX));
		Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
		assertRefused(detector.detect(cut), "CORRUPT_FILE", "文件已损坏或不完整");
	}

	@Test
	void shouldDetectAnXls() throws Exception {
		Path file = dir.resolve("old.xls");
		try (HSSFWorkbook wb = new HSSFWorkbook()) {
			wb.createSheet("指标");
			XlsxStreamingReaderTest.save(wb, file);
		}
		assertThat(detector.detect(file).format()).isEqualTo(FileFormat.XLS);
	}

	@Test
	void shouldRefuseAPasswordProtectedXlsx() throws Exception {
		assertRefused(detector.detect(encryptedXlsx(dir.resolve("secret.xlsx"))), "ENCRYPTED_FILE", "文件设有打开密码，请取消密码后重新报送");
	}

	/** An xlsx protected with an opening password, as Excel stores it: inside an OLE2 container. */
	static Path encryptedXlsx(Path file) throws Exception {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("mima");
			try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream data = encryptor.getDataStream(fs)) {
				wb.createSheet("指标").createRow(0).createCell(0).setCellValue("机密");
				wb.write(data);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		return file;
	}

	@Test
	void shouldRefuseExcel95AndOtherOfficeDocuments() throws Exception {
		assertRefused(detector.detect(ole2(dir.resolve("95.xls"), "Book")), "UNSUPPORTED_FORMAT", "请另存为.xlsx");
		assertRefused(detector.detect(ole2(dir.resolve("doc.xls"), "WordDocument")), "UNSUPPORTED_FORMAT", "Word文档");
	}

	@Test
	void shouldRefuseAnHtmlPageNamedXlsx() throws Exception {
		Path file = Files.write(dir.resolve("export.xlsx"),
				"\uFEFF  \r\n<table><tr><td>指标</td></tr></table>".getBytes(StandardCharsets.UTF_8));
		assertRefused(detector.detect(file), "UNSUPPORTED_FORMAT", "网页（HTML）");
		Path page = Files.writeString(dir.resolve("page.xls"), "<!DOCTYPE html><html><body></body></html>");
		assertRefused(detector.detect(page), "UNSUPPORTED_FORMAT", "另存为.xlsx");
	}

	@Test
	void shouldRefuseExcel2003Xml() throws Exception {
		Path file = Files.writeString(dir.resolve("x.xml"), "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
				+ "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>");
		assertRefused(detector.detect(file), "UNSUPPORTED_FORMAT", "XML电子表格 2003");
	}

	@Test
	void shouldRefuseAnEmptyFile() throws Exception {
		assertRefused(detector.detect(Files.write(dir.resolve("e.xlsx"), new byte[0])), "EMPTY_FILE", "空的");
	}

	@Test
	void shouldDetectTextInEveryEncodingAsCsv() throws Exception {
		for (String encoding : new String[] { "UTF-8", "UTF-8-BOM", "GBK", "GB18030", "UTF-16LE-BOM", "UTF-16BE-BOM", "UTF-16LE" }) {
			Path file = Files.write(dir.resolve(encoding + ".xlsx"), CsvTableReaderTest.encode("指标名称,本期完成\n产值,1\n", encoding));
			assertThat(detector.detect(file).format()).as(encoding).isEqualTo(FileFormat.CSV);
		}
	}

	@Test
	void shouldRefuseBinaryJunkAndPdf() throws Exception {
		byte[] junk = new byte[2048];
		new Random(3).nextBytes(junk);
		junk[0] = 0x11;
		assertRefused(detector.detect(Files.write(dir.resolve("junk.csv"), junk)), "UNSUPPORTED_FORMAT", "无法识别文件内容");
		assertRefused(detector.detect(Files.write(dir.resolve("r.xlsx"), "%PDF-1.7\n%âãÏÓ".getBytes(Charset.forName("ISO-8859-1")))),
				"UNSUPPORTED_FORMAT", "PDF");
	}

	private static void assertRefused(FormatDetector.Detection detection, String code, String reasonPart) {
		assertThat(detection.format()).isEqualTo(FileFormat.UNSUPPORTED);
		assertThat(detection.isReadable()).isFalse();
		assertThat(detection.code()).isEqualTo(code);
		assertThat(detection.reason()).contains(reasonPart);
	}

	private static Path xlsx(Path file, XSSFWorkbookType type) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(type)) {
			var sheet = wb.createSheet("指标");
			for (int i = 0; i < 100; i++) {
				sheet.createRow(i).createCell(0).setCellValue("第" + i + "行");
			}
			XlsxStreamingReaderTest.save(wb, file);
		}
		return file;
	}

	private static Path zip(Path file, Map<String, String> entries) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

	private static Path ole2(Path file, String entry) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			fs.createDocument(new ByteArrayInputStream(new byte[64]), entry);
			fs.writeFilesystem(out);
		}
		return file;
	}
}
