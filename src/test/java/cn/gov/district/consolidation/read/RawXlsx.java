package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal xlsx package from hand-written XML, for the cases POI's writer never produces
 * (inline strings, rows without {@code r}, 17-digit numbers, prefixed element names).
 */
final class RawXlsx {

	static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private RawXlsx() {
	}

	/** A one-sheet workbook named {@code 指标}; {@code sharedStrings} and {@code styles} may be null. */
	static Path write(Path file, String sheetData, String afterSheetData, String sharedStrings, String styles)
			throws IOException {
		String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN
				+ "\" xmlns:r=\"" + REL + "\"><sheetData>" + sheetData + "</sheetData>" + afterSheetData + "</worksheet>";
		return writeParts(file, "<sheet name=\"指标\" sheetId=\"1\" r:id=\"rId1\"/>", "", sheet, sharedStrings, styles);
	}

	static Path writeParts(Path file, String sheetsXml, String workbookPr, String sheetXml, String sharedStrings,
			String styles) throws IOException {
		StringBuilder types = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
						+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
						+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
						+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
						+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
		StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>");
		if (sharedStrings != null) {
			types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
			rels.append("<Relationship Id=\"rId8\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
		}
		if (styles != null) {
			types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
			rels.append("<Relationship Id=\"rId9\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>");
		}
		types.append("</Types>");
		rels.append("</Relationships>");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "[Content_Types].xml", types.toString());
			put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
					+ "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
					+ "\">" + workbookPr + "<sheets>" + sheetsXml + "</sheets></workbook>");
			put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
			put(zip, "xl/worksheets/sheet1.xml", sheetXml);
			if (sharedStrings != null) {
				put(zip, "xl/sharedStrings.xml", sharedStrings);
			}
			if (styles != null) {
				put(zip, "xl/styles.xml", styles);
			}
		}
		return file;
	}

	static String sharedStrings(String... values) {
		StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
		for (String v : values) {
			sb.append("<si><t>").append(v).append("</t></si>");
		}
		return sb.append("</sst>").toString();
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
