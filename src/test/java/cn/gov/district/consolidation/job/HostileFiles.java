package cn.gov.district.consolidation.job;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * The bad files of one night (issue 4's list), generated on the fly, each with what must become
 * of it: rejected with a finding whose code and message name the problem, or read correctly
 * where reading it is right (a CSV named {@code .xlsx}, a macro workbook, GBK without a BOM …).
 * Readable ones speak for 太平街道 (who sent nothing for 2022年1-11月) for other periods, so
 * the examples' district totals stay as they are.
 */
final class HostileFiles {

	static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String HEADER = "序号,指标名称,单位,年度目标,本期完成,同比增长(%),备注\r\n";

	private static final String ROWS = "1,新增城镇就业,人,1000,980,2.1,\r\n2,安全隐患排查,处,,120,,\r\n";

	/**
	 * One file and its expected fate.
	 *
	 * @param name file name in the input folder
	 * @param accepted whether it must be read and accepted
	 * @param code the expected finding code of a rejection; {@code null} when accepted
	 * @param messagePart what the Chinese reason must say
	 */
	record Expected(String name, boolean accepted, String code, String messagePart) {
	}

	private HostileFiles() {
	}

	/** Writes every bad file into {@code dir}; {@code bigBytes} is the size of the large file. */
	static List<Expected> writeAll(Path dir, long bigBytes) throws IOException {
		List<Expected> all = new ArrayList<>();
		all.add(write(dir, "空文件.xlsx", new byte[0], "EMPTY_FILE", "空的"));
		byte[] good = xlsx(XSSFWorkbookType.XLSX);
		all.add(write(dir, "复制一半的报表.xlsx", Arrays.copyOf(good, good.length / 2), "CORRUPT_FILE", "损坏"));
		all.add(write(dir, "损坏的报表.xls", corruptOle2(), "CORRUPT_FILE", "损坏"));
		all.add(readable(dir, "太平街道_2022年1-10月_指标.xlsx", csv(StandardCharsets.UTF_8, false, "太平街道_2022年1-10月_指标.xlsx")));
		all.add(write(dir, "网页导出.xlsx", ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><table>"
				+ "<tr><td>指标名称</td><td>本期完成</td></tr></table></body></html>").getBytes(StandardCharsets.UTF_8),
				"UNSUPPORTED_FORMAT", "网页（HTML）"));
		all.add(write(dir, "设了密码的报表.xlsx", encrypted(), "ENCRYPTED_FILE", "密码"));
		all.add(write(dir, "压缩炸弹.xlsx", rawXlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>指标名称</t></is></c></row>"
				+ "<!--" + " ".repeat(40_000_000) + "-->"), null, false), "FILE_TOO_LARGE", "解压后的内容异常庞大"));
		all.add(write(dir, "外部实体.xlsx", rawXlsx("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "
				+ "\"file:///etc/passwd\">]><worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
				+ "<is><t>&xxe;</t></is></c></row></sheetData></worksheet>", null, false), "UNSAFE_CONTENT", "外部实体"));
		all.add(write(dir, "二进制工作簿.xlsb", xlsb(), "UNSUPPORTED_FORMAT", ".xlsb"));
		all.add(readable(dir, "太平街道_2022年1-9月_指标.xlsm", xlsx(XSSFWorkbookType.XLSM)));
		// a WPS .et is an OLE2 compound file with a BIFF8 Workbook stream: read by content like any .xls
		all.add(readable(dir, "太平街道_2022年1-8月_指标.et", xls()));
		all.add(big(dir.resolve("大文件.csv"), bigBytes));
		all.add(write(dir, "超长单元格.xlsx", rawXlsx(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + varied(100_000)
				+ "</t></is></c></row>"), null, false), "CELL_TOO_LONG", "32767"));
		all.add(readable(dir, "太平街道_2022年1-7月_指标.xlsx", rawXlsx(millionEmptyFormattedRows(), null, true)));
		all.add(write(dir, "共享字符串炸弹.xlsx", sharedStringBomb(), "FILE_TOO_LARGE", "文字总量超过"));
		all.add(write(dir, "零工作表.xlsx", rawXlsxWithoutSheets(), "NO_SHEETS", "没有任何工作表"));
		all.add(write(dir, "严格格式.xlsx", strict(), "UNSUPPORTED_FORMAT", "Strict Open XML"));
		all.add(write(dir, "Excel95格式.xls", ole2("Book"), "UNSUPPORTED_FORMAT", "Excel 95"));
		all.add(write(dir, "Excel2003格式.xml", ("<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
				+ "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"指标\"/></Workbook>")
			.getBytes(StandardCharsets.UTF_8), "UNSUPPORTED_FORMAT", "XML电子表格 2003"));
		all.add(readable(dir, "太平街道_2022年1-6月_指标.csv", csv(StandardCharsets.UTF_8, true, "太平街道_2022年1-6月_指标.csv")));
		all.add(readable(dir, "太平街道_2022年1-5月_指标.csv", csv(Charset.forName("GBK"), false, "太平街道_2022年1-5月_指标.csv")));
		all.add(readable(dir, "太平街道_2022年1-4月_指标.csv", csv(StandardCharsets.UTF_16LE, false, "太平街道_2022年1-4月_指标.csv")));
		all.add(write(dir, "二进制尾巴.csv", binaryTail(), "ENCODING_ERROR", "行附近"));
		all.add(readable(dir, "太平街道 2022年1-3月 指标.csv", csv(StandardCharsets.UTF_8, false, "太平街道 2022年1-3月 指标.csv")));
		all.add(readable(dir, "太平街道（２０２２年１－２月）指标.csv", csv(StandardCharsets.UTF_8, false, "太平街道（２０２２年１－２月）指标.csv")));
		all.add(readable(dir, "太平街道..2021年1-11月..指标..csv", csv(StandardCharsets.UTF_8, false, "太平街道..2021年1-11月..指标..csv")));
		return all;
	}

	private static Expected write(Path dir, String name, byte[] content, String code, String messagePart) throws IOException {
		Files.write(dir.resolve(name), content);
		return new Expected(name, false, code, messagePart);
	}

	private static Expected readable(Path dir, String name, byte[] content) throws IOException {
		Files.write(dir.resolve(name), content);
		return new Expected(name, true, null, null);
	}

	/** A small indicator CSV; {@code remark} makes each file's content, and so its fingerprint, its own. */
	private static byte[] csv(Charset charset, boolean bom, String remark) {
		byte[] text = (HEADER + ROWS + "3,新增养老床位,张,,40,," + remark + "\r\n").getBytes(charset);
		if (!bom) {
			return text;
		}
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		return withBom;
	}

	private static void indicatorSheet(Workbook wb) {
		Sheet sheet = wb.createSheet("指标完成情况");
		String[][] rows = { HEADER.trim().split(","), { "1", "新增城镇就业", "人", "1000", "980", "2.1" },
				{ "2", "安全隐患排查", "处", "", "120", "" } };
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows[r].length; c++) {
				row.createCell(c).setCellValue(rows[r][c]);
			}
		}
	}

	private static byte[] xlsx(XSSFWorkbookType type) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(type)) {
			indicatorSheet(wb);
			return bytes(wb);
		}
	}

	private static byte[] xls() throws IOException {
		try (HSSFWorkbook wb = new HSSFWorkbook()) {
			indicatorSheet(wb);
			return bytes(wb);
		}
	}

	private static byte[] bytes(Workbook wb) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		wb.write(out);
		return out.toByteArray();
	}

	private static byte[] corruptOle2() throws IOException {
		byte[] xls = xls();
		// keep the OLE2 signature and sector size, scramble the sector allocation table and beyond
		byte[] junk = new byte[xls.length];
		new Random(4).nextBytes(junk);
		System.arraycopy(xls, 0, junk, 0, 32);
		return junk;
	}

	private static byte[] encrypted() throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("jiedao2022");
			try (OutputStream data = encryptor.getDataStream(fs)) {
				data.write(xlsx(XSSFWorkbookType.XLSX));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IOException(e);
		}
	}

	private static byte[] ole2(String entry) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			fs.createDocument(new ByteArrayInputStream(new byte[4096]), entry);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	static String sheet(String sheetData) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
				+ "\"><sheetData>" + sheetData + "</sheetData></worksheet>";
	}

	private static String millionEmptyFormattedRows() {
		StringBuilder data = new StringBuilder(50_000_000);
		String[][] rows = { HEADER.trim().split(","), { "1", "新增城镇就业", "人", "1000", "980", "2.1" } };
		for (int r = 0; r < rows.length; r++) {
			data.append("<row r=\"").append(r + 1).append("\">");
			for (int c = 0; c < rows[r].length; c++) {
				data.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
					.append(rows[r][c])
					.append("</t></is></c>");
			}
			data.append("</row>");
		}
		// what Excel leaves after someone formats whole columns: a million rows, styled, empty
		for (int r = 3; r <= 1_000_000; r++) {
			data.append("<row r=\"").append(r).append("\" spans=\"1:7\" s=\"1\" customFormat=\"1\" ht=\"13.5\"/>");
		}
		return sheet(data.toString());
	}

	private static byte[] sharedStringBomb() throws IOException {
		String huge = "长".repeat(32_000);
		StringBuilder data = new StringBuilder();
		for (int r = 1; r <= 500; r++) {
			data.append("<row r=\"").append(r).append("\">");
			for (int c = 0; c < 10; c++) {
				data.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"s\"><v>0</v></c>");
			}
			data.append("</row>");
		}
		String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\"><si><t>" + huge + "</t></si></sst>";
		return rawXlsx(sheet(data.toString()), sst, false);
	}

	private static byte[] rawXlsx(String sheetXml, String sharedStrings, boolean styles) throws IOException {
		return zip(contentTypes(sharedStrings != null, styles), rels(REL + "/officeDocument"),
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
						+ "\"><sheets><sheet name=\"指标完成情况\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
				sheetXml, sharedStrings, styles);
	}

	private static byte[] rawXlsxWithoutSheets() throws IOException {
		return zip(contentTypes(false, false), rels(REL + "/officeDocument"),
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\"><sheets/></workbook>",
				sheet(""), null, false);
	}

	private static byte[] strict() throws IOException {
		String strictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
		String strictRel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
		return zip(contentTypes(false, false), rels(strictRel + "/officeDocument"),
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + strictMain + "\" xmlns:r=\"" + strictRel
						+ "\"><sheets><sheet name=\"指标\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
				"<worksheet xmlns=\"" + strictMain + "\"><sheetData/></worksheet>", null, false);
	}

	private static byte[] xlsb() throws IOException {
		String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
			put(zip, "_rels/.rels", rels(REL + "/officeDocument").replace("workbook.xml", "workbook.bin").getBytes(StandardCharsets.UTF_8));
			put(zip, "xl/workbook.bin", new byte[] { (byte) 0x83, 0x01, 0x00 });
		}
		return out.toByteArray();
	}

	private static String contentTypes(boolean sharedStrings, boolean styles) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ (sharedStrings ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
				+ (styles ? "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" : "")
				+ "</Types>";
	}

	private static String rels(String officeDocumentType) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + officeDocumentType + "\" Target=\"xl/workbook.xml\"/></Relationships>";
	}

	private static byte[] zip(String types, String rootRels, String workbook, String sheetXml, String sharedStrings,
			boolean styles) throws IOException {
		String workbookRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
				+ (sharedStrings != null ? "<Relationship Id=\"rId8\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
				+ (styles ? "<Relationship Id=\"rId9\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>" : "")
				+ "</Relationships>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
			put(zip, "_rels/.rels", rootRels.getBytes(StandardCharsets.UTF_8));
			put(zip, "xl/workbook.xml", workbook.getBytes(StandardCharsets.UTF_8));
			put(zip, "xl/_rels/workbook.xml.rels", workbookRels.getBytes(StandardCharsets.UTF_8));
			put(zip, "xl/worksheets/sheet1.xml", sheetXml.getBytes(StandardCharsets.UTF_8));
			if (sharedStrings != null) {
				put(zip, "xl/sharedStrings.xml", sharedStrings.getBytes(StandardCharsets.UTF_8));
			}
			if (styles) {
				put(zip, "xl/styles.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN + "\">"
						+ "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"solid\">"
						+ "<fgColor rgb=\"FFFFFF00\"/></patternFill></fill></fills>"
						+ "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"0\" fillId=\"1\" applyFill=\"1\"/></cellXfs></styleSheet>")
					.getBytes(StandardCharsets.UTF_8));
			}
		}
		return out.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	/** Text that compresses like real writing, not like one character repeated (a zip bomb to POI). */
	private static String varied(int length) {
		Random random = new Random(100_000);
		StringBuilder sb = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			sb.append((char) (0x4E00 + random.nextInt(0x5000)));
		}
		return sb.toString();
	}

	private static byte[] binaryTail() {
		byte[] text = (HEADER + "1,新增城镇就业,人,1000,980,2.1,\r\n".repeat(3_000)).getBytes(StandardCharsets.UTF_8);
		byte[] tail = new byte[512];
		new Random(9).nextBytes(tail);
		byte[] all = Arrays.copyOf(text, text.length + tail.length);
		System.arraycopy(tail, 0, all, text.length, tail.length);
		return all;
	}

	/**
	 * A large export that is not a submission at all: long lines of text without a header, written
	 * straight to disk so the test never holds it in memory.
	 */
	private static Expected big(Path file, long bytes) throws IOException {
		String line = "这是一份很大的导出文件，其中没有报送表格，只有说明文字。".repeat(20) + "\r\n";
		long lineBytes = line.getBytes(StandardCharsets.UTF_8).length;
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (long written = 0; written < bytes; written += lineBytes) {
				out.write(line);
			}
		}
		// 200 MB is more text than a file may hold; 20 MB is read and found to hold no table
		return bytes > 100_000_000L ? new Expected(file.getFileName().toString(), false, "FILE_TOO_LARGE", "文字总量超过")
				: new Expected(file.getFileName().toString(), false, "NO_RECOGNISABLE_SHEET", "没有可识别的工作表");
	}
}
