package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

import cn.gov.district.consolidation.domain.FileNames;

/**
 * Reads {@code .xlsx} (and macro-enabled {@code .xlsm}, whose sheets are the same XML; macros are
 * never run) by streaming each worksheet part through a lean SAX handler over POI's event API.
 * Memory holds the shared strings, the styles and the merged regions, never the rows.
 *
 * <p>Cell text: shared and inline strings as written; numbers as the exact decimal text Excel
 * stored ({@code 666666.10001}; exponent form made plain; beyond 15 significant digits rounded to
 * 15, as Excel displays); date formats as ISO dates ({@code 2022-11-30}); percent formats as
 * percent ({@code 0.125} as {@code 12.5%}); booleans as {@code TRUE}/{@code FALSE}; formulas as
 * their cached value; error cells as {@code ""}. Merged regions repeat their top-left value in
 * every cell: because Excel writes {@code <mergeCells>} after {@code <sheetData>}, each sheet part
 * is read twice, first by a cheap byte scan that only collects {@code mergeCell} references (see
 * {@link MergedRegions#scan}), then by the SAX pass; this keeps memory flat for million-row sheets
 * where buffering rows until the merges are known would not. Blank rows are skipped.
 *
 * <p>Security: the zip is opened through POI's {@link ZipSecureFile}, whose zip-bomb limits are
 * left as they are; XML is parsed by {@link SafeSax} (a part with a DTD is refused, no entity is
 * expanded, nothing outside the package is fetched); a cell is limited to 32,767 characters and a
 * file to a total of cell text (50 million characters by default), so that one huge shared
 * string referenced by many cells cannot exhaust the heap.
 *
 * <p>Stateless and thread-safe; one call reads one file.
 */
public final class XlsxStreamingReader implements TableReader {

	private final long maxFileChars;

	private final long inflateAheadBytes;

	/** A reader with the default limit of 50 million characters of cell text per file. */
	public XlsxStreamingReader() {
		this(TextBudget.DEFAULT_MAX_FILE_CHARS);
	}

	/** A reader with a limit of {@code maxFileChars} characters of cell text per file. */
	public XlsxStreamingReader(long maxFileChars) {
		this(maxFileChars, INFLATE_AHEAD_BYTES);
	}

	/**
	 * A reader that inflates the sheet parts of workbooks of at least {@code inflateAheadBytes} on
	 * a thread of their own (tests read every file both ways).
	 */
	XlsxStreamingReader(long maxFileChars, long inflateAheadBytes) {
		if (maxFileChars <= 0) {
			throw new IllegalArgumentException("maxFileChars must be positive: " + maxFileChars);
		}
		this.maxFileChars = maxFileChars;
		this.inflateAheadBytes = inflateAheadBytes;
	}

	@Override
	public boolean supports(FileFormat format) {
		return format == FileFormat.XLSX;
	}

	@Override
	public void read(Path file, RowSink sink) throws TableReadException {
		OPCPackage pkg = open(file);
		try {
			readPackage(pkg, new GuardedSink(sink), inflateAhead(file));
		}
		catch (SaxAbort ex) {
			throw ex.readException;
		}
		catch (IOException | SAXException | OpenXML4JException | RuntimeException ex) {
			RuntimeException sinkFailure = GuardedSink.sinkFailure(ex);
			if (sinkFailure != null) {
				throw sinkFailure;
			}
			throw failure(file, ex);
		}
		finally {
			// revert, not close: a package opened read-write from a zip source must never be saved
			pkg.revert();
		}
	}

	/**
	 * Workbooks at least this large have their sheet parts inflated on a thread of their own
	 * ({@link InflateAheadStream}); below, a thread per sheet costs more than it saves.
	 */
	static final long INFLATE_AHEAD_BYTES = 1024 * 1024;

	private boolean inflateAhead(Path file) {
		try {
			return Files.size(file) >= inflateAheadBytes;
		}
		catch (IOException e) {
			// opened already: read it the plain way
			return false;
		}
	}

	/** The XML of {@code sheet}, inflated ahead of its reader on a thread of its own if {@code ahead}. */
	private static InputStream sheetPart(XSSFReader reader, WorkbookPart.SheetRef sheet, boolean ahead)
			throws IOException, InvalidFormatException {
		InputStream in = reader.getSheet(sheet.relationId());
		return ahead ? new InflateAheadStream(in, "inflate-" + Thread.currentThread().getName()) : in;
	}

	private void readPackage(OPCPackage pkg, RowSink sink, boolean inflateAhead)
			throws IOException, SAXException, OpenXML4JException, TableReadException {
		XSSFReader reader = new XSSFReader(pkg);
		WorkbookPart workbook;
		try (InputStream in = reader.getWorkbookData()) {
			workbook = WorkbookPart.parse(in);
		}
		if (workbook.sheets().isEmpty()) {
			throw new TableReadException("NO_SHEETS", "工作簿中没有任何工作表，无法读取数据。请在Excel中核对文件内容后重新报送");
		}
		TextBudget budget = new TextBudget(maxFileChars);
		String[] sharedStrings = sharedStrings(pkg);
		NumberStyles styles = new NumberStyles(styles(pkg));
		for (WorkbookPart.SheetRef sheet : workbook.sheets()) {
			MergedRegions merges;
			try (InputStream in = sheetPart(reader, sheet, inflateAhead)) {
				merges = MergedRegions.scan(in);
			}
			sink.startSheet(sheet.name(), sheet.hidden());
			try (InputStream in = sheetPart(reader, sheet, inflateAhead)) {
				parse(in, new XlsxSheetHandler(sheet.name(), sharedStrings, styles, workbook.date1904(), merges,
						budget, sink));
			}
			sink.endSheet();
		}
	}

	private String[] sharedStrings(OPCPackage pkg)
			throws IOException, SAXException, OpenXML4JException, TableReadException {
		PackagePart part = firstPart(pkg, XSSFRelation.SHARED_STRINGS);
		if (part == null) {
			return new String[0];
		}
		try (InputStream in = part.getInputStream()) {
			return SharedStringsParser.parse(in, maxFileChars);
		}
	}

	private static StylesPart styles(OPCPackage pkg) throws IOException, SAXException {
		PackagePart part = firstPart(pkg, XSSFRelation.STYLES);
		if (part == null) {
			return StylesPart.NONE;
		}
		try (InputStream in = part.getInputStream()) {
			return StylesPart.parse(in);
		}
	}

	/** The workbook's part of this kind, or {@code null} when it has none. */
	private static PackagePart firstPart(OPCPackage pkg, XSSFRelation relation) {
		List<PackagePart> parts = pkg.getPartsByContentType(relation.getContentType());
		return parts.isEmpty() ? null : parts.get(0);
	}

	private static void parse(InputStream in, XlsxSheetHandler handler) throws IOException, SAXException {
		SafeSax.parse(in, handler);
	}

	private static OPCPackage open(Path file) throws TableReadException {
		ZipSecureFile zip = null;
		try {
			// ZipSecureFile insists on the central directory, so a truncated upload fails here
			// instead of being half-read through POI's streaming fallback
			zip = IoFiles.open(file, ZipSecureFile::new);
			return OPCPackage.open(new ZipFileZipEntrySource(zip));
		}
		catch (IOException | OpenXML4JException | RuntimeException ex) {
			closeQuietly(zip);
			throw failure(file, ex);
		}
	}

	private static void closeQuietly(ZipSecureFile zip) {
		if (zip != null) {
			try {
				zip.close();
			}
			catch (IOException ignored) {
				// already failing; the original error is the one to report
			}
		}
	}

	static TableReadException failure(Path file, Exception ex) {
		StringBuilder messages = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			messages.append(t.getMessage()).append('\n');
		}
		String message = messages.toString();
		String name = FileNames.displayName(file);
		if (message.contains("Zip bomb") || message.contains("zip bomb")) {
			return new TableReadException("FILE_TOO_LARGE",
					"文件“" + name + "”解压后的内容异常庞大（超过安全上限），无法读取。请删除多余内容或拆分文件后重新报送", ex);
		}
		if (message.contains("DOCTYPE")) {
			// POI's parsers refuse document type declarations, the carrier of XXE payloads
			return new TableReadException("UNSAFE_CONTENT", "文件“" + name
					+ "”中含有外部实体声明（DOCTYPE），这不是Excel保存的正常内容，可能是恶意构造的文件，出于安全考虑不予读取。请在Excel中重新另存为.xlsx后报送", ex);
		}
		if (message.contains("Strict OOXML")) {
			return new TableReadException("UNSUPPORTED_FORMAT",
					"文件“" + name + "”是“Strict Open XML”格式，暂不支持。请在Excel中另存为.xlsx格式后重新报送", ex);
		}
		return new TableReadException("CORRUPT_FILE",
				"文件已损坏或不完整，无法打开：“" + name + "”。请在Excel中确认文件能正常打开，重新导出后报送", ex);
	}
}
