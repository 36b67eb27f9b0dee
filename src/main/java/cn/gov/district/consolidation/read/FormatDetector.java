package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells the format of an input file from its content, never from its name alone: a {@code .csv}
 * that is really an xlsx is read as xlsx, an HTML page named {@code .xls} is refused. Uses POI's
 * {@link FileMagic} for the first bytes, then looks inside: the content types of an OOXML zip
 * (xlsx and xlsm are read; xlsb, Strict OOXML, Word, ODS and plain zips are not), the entries of
 * an OLE2 container (a BIFF8 workbook is read; a password-protected xlsx, Excel 95 and other
 * Office documents are not), and for anything else whether it decodes strictly as text.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormatDetector {

	/** Message for the formats Excel itself can convert. */
	static final String SAVE_AS_XLSX = "请在Excel中另存为.xlsx格式后重新报送";

	private static final String HTML_PAGE = "文件实际是网页（HTML）格式，只是扩展名像Excel或CSV，无法读取。请在Excel中打开该文件，另存为.xlsx格式后重新报送";

	private static final int ZIP_PART_LIMIT = 1 << 20;

	private static final Set<String> WORKBOOK_ENTRIES = Set.of("Workbook", "WORKBOOK", "BOOK");

	/**
	 * What a file is. Immutable and thread-safe.
	 *
	 * @param format the format to read it as; {@link FileFormat#UNSUPPORTED} when it cannot be read
	 * @param code {@code null} when the file can be read; otherwise the rule code of the finding:
	 * {@code EMPTY_FILE}, {@code ENCRYPTED_FILE}, {@code CORRUPT_FILE} or {@code UNSUPPORTED_FORMAT}
	 * @param reason {@code null} when the file can be read; otherwise a Chinese sentence for the
	 * operator saying what the file is and what to do
	 */
	public record Detection(FileFormat format, String code, String reason) {

		static Detection readable(FileFormat format) {
			return new Detection(format, null, null);
		}

		static Detection refused(String code, String reason) {
			return new Detection(FileFormat.UNSUPPORTED, code, reason);
		}

		/** Whether a reader exists for this file. */
		public boolean isReadable() {
			return format != FileFormat.UNSUPPORTED;
		}
	}

	/**
	 * Detects the format of {@code file}.
	 * @return the detection, never {@code null}
	 * @throws IOException when the file cannot be read at all (missing, no permission)
	 */
	public Detection detect(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(64);
		}
		if (head.length == 0) {
			return Detection.refused("EMPTY_FILE", "文件是空的（0字节），可能上传或复制未完成。请重新导出后报送");
		}
		FileMagic magic = FileMagic.valueOf(Arrays.copyOf(head, 64));
		return switch (magic) {
			case OOXML -> inspectZip(file);
			case OLE2 -> inspectOle2(file);
			case BIFF2, BIFF3, BIFF4 -> Detection.refused("UNSUPPORTED_FORMAT",
					"文件是Excel 4.0或更早版本的格式，无法读取。" + SAVE_AS_XLSX);
			case PDF -> notASpreadsheet("PDF文件");
			case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> notASpreadsheet("图片");
			case RTF, WORD2, MSWRITE -> notASpreadsheet("Word文档");
			default -> inspectText(file);
		};
	}

	private static Detection inspectZip(Path file) {
		try (ZipSecureFile zip = IoFiles.open(file, ZipSecureFile::new)) {
			ZipArchiveEntry types = zip.getEntry("[Content_Types].xml");
			if (types == null) {
				String mimetype = text(zip, "mimetype");
				if (mimetype.contains("opendocument.spreadsheet")) {
					return Detection.refused("UNSUPPORTED_FORMAT", "文件是ODS格式（WPS或LibreOffice的表格格式），无法读取。请用WPS或Excel另存为.xlsx格式后重新报送");
				}
				return Detection.refused("UNSUPPORTED_FORMAT", "文件是压缩包，不是Excel工作簿，无法读取。请解压后单独报送其中的.xlsx表格");
			}
			String contentTypes = text(zip, "[Content_Types].xml");
			if (contentTypes.contains("ms-excel.sheet.binary.macroEnabled.main")) {
				return Detection.refused("UNSUPPORTED_FORMAT", "文件是Excel二进制工作簿（.xlsb），无法读取。" + SAVE_AS_XLSX);
			}
			if (!contentTypes.contains("spreadsheetml.sheet.main+xml") && !contentTypes.contains("spreadsheetml.template.main+xml")
					&& !contentTypes.contains("ms-excel.sheet.macroEnabled.main+xml")
					&& !contentTypes.contains("ms-excel.template.macroEnabled.main+xml")) {
				if (contentTypes.contains("wordprocessingml")) {
					return notASpreadsheet("Word文档");
				}
				if (contentTypes.contains("presentationml")) {
					return notASpreadsheet("PowerPoint演示文稿");
				}
				return notASpreadsheet("未知的Office文件");
			}
			if (text(zip, "_rels/.rels").contains("purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")) {
				return Detection.refused("UNSUPPORTED_FORMAT", "文件是“Strict Open XML”格式的工作簿，暂不支持。" + SAVE_AS_XLSX);
			}
			return Detection.readable(FileFormat.XLSX);
		}
		catch (IOException | RuntimeException ex) {
			return corrupt();
		}
	}

	private static String text(ZipSecureFile zip, String entryName) throws IOException {
		ZipArchiveEntry entry = zip.getEntry(entryName);
		if (entry == null) {
			return "";
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readNBytes(ZIP_PART_LIMIT), StandardCharsets.UTF_8);
		}
	}

	private static Detection inspectOle2(Path file) {
		try (POIFSFileSystem fs = IoFiles.ole2(file)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
				return Detection.refused("ENCRYPTED_FILE", "文件设有打开密码，请取消密码后重新报送");
			}
			for (String name : WORKBOOK_ENTRIES) {
				if (root.hasEntry(name)) {
					return Detection.readable(FileFormat.XLS);
				}
			}
			if (root.hasEntry("Book")) {
				return Detection.refused("UNSUPPORTED_FORMAT", "文件是Excel 95或更早版本的格式，无法读取。请另存为.xlsx格式后重新报送");
			}
			if (root.hasEntry("WordDocument")) {
				return notASpreadsheet("Word文档");
			}
			if (root.hasEntry("PowerPoint Document")) {
				return notASpreadsheet("PowerPoint演示文稿");
			}
			return notASpreadsheet("未知的Office文件");
		}
		catch (IOException | RuntimeException ex) {
			return corrupt();
		}
	}

	private static Detection inspectText(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return inspectText(TextEncoding.detect(in));
		}
	}

	private static Detection inspectText(java.util.Optional<TextEncoding.Detected> detected) {
		return detected.map(encoding -> markup(encoding.headText()))
				.orElseGet(() -> Detection.refused("UNSUPPORTED_FORMAT",
						"无法识别文件内容：既不是Excel工作簿，也不是可识别编码的文本（CSV）文件。请在Excel中另存为.xlsx格式后重新报送"));
	}

	/** Text that is a web page or an XML document (such as Excel 2003 XML) is not a CSV file. */
	private static Detection markup(String text) {
		String start = CellText.trim(text.length() > 4096 ? text.substring(0, 4096) : text).toLowerCase(Locale.ROOT);
		if (!start.startsWith("<")) {
			return Detection.readable(FileFormat.CSV);
		}
		if (start.contains("urn:schemas-microsoft-com:office:spreadsheet") || start.contains("progid=\"excel.sheet\"")) {
			if (start.contains("<html") || start.contains("<table")) {
				return Detection.refused("UNSUPPORTED_FORMAT", HTML_PAGE);
			}
			return Detection.refused("UNSUPPORTED_FORMAT", "文件是“XML电子表格 2003”格式，无法读取。" + SAVE_AS_XLSX);
		}
		if (start.startsWith("<!doctype html") || start.contains("<html") || start.contains("<table")) {
			return Detection.refused("UNSUPPORTED_FORMAT", HTML_PAGE);
		}
		if (start.startsWith("<?xml")) {
			return Detection.refused("UNSUPPORTED_FORMAT", "文件是XML格式，不是Excel工作簿或CSV文件，无法读取。" + SAVE_AS_XLSX);
		}
		return Detection.readable(FileFormat.CSV);
	}

	private static Detection notASpreadsheet(String what) {
		return Detection.refused("UNSUPPORTED_FORMAT", "文件是" + what + "，不是Excel工作簿或CSV文件，无法读取。请报送.xlsx格式的表格");
	}

	private static Detection corrupt() {
		return Detection.refused("CORRUPT_FILE", "文件已损坏或不完整，无法打开。请在Excel中确认文件能正常打开，重新导出后报送");
	}
}
