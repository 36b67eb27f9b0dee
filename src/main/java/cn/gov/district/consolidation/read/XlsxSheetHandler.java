package cn.gov.district.consolidation.read;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A lean SAX handler over one worksheet part: turns {@code <row>}/{@code <c>} elements into
 * {@link TableRow}s without POI's user model, {@code XSSFSheetXMLHandler} or
 * {@code DataFormatter}, so that the per-cell work is a switch and a string. One instance per
 * sheet; not thread-safe.
 */
final class XlsxSheetHandler extends DefaultHandler {

	private final String place;

	private final String[] sharedStrings;

	private final NumberStyles styles;

	private final boolean date1904;

	private final MergedRegions merges;

	private final TextBudget budget;

	private final RowSink sink;

	private final StringBuilder value = new StringBuilder();

	private final List<String> cells = new ArrayList<>();

	private int rowNumber;

	private boolean rowHidden;

	private int column;

	private String cellType;

	private int cellStyle;

	private boolean collecting;

	private boolean inInlineString;

	private boolean hasValue;

	private int phoneticDepth;

	XlsxSheetHandler(String sheetName, String[] sharedStrings, NumberStyles styles, boolean date1904,
			MergedRegions merges, TextBudget budget, RowSink sink) {
		this.place = "工作表“" + sheetName + "”";
		this.sharedStrings = sharedStrings;
		this.styles = styles;
		this.date1904 = date1904;
		this.merges = merges;
		this.budget = budget;
		this.sink = sink;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "row" -> startRow(attributes);
			case "c" -> startCell(attributes);
			case "v" -> {
				collecting = true;
				hasValue = true;
			}
			case "is" -> {
				inInlineString = true;
				hasValue = true;
			}
			case "t" -> collecting = inInlineString && phoneticDepth == 0;
			case "rPh" -> phoneticDepth++;
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		switch (localName) {
			case "row" -> endRow();
			case "c" -> endCell();
			case "v", "t" -> collecting = false;
			case "is" -> inInlineString = false;
			case "rPh" -> phoneticDepth--;
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (collecting) {
			if (value.length() + length > TextBudget.MAX_CELL_CHARS) {
				throw new SaxAbort(new TableReadException("CELL_TOO_LONG", where() + Columns.name(column) + "列的内容超过"
						+ TextBudget.MAX_CELL_CHARS + "个字符（Excel单元格的上限），文件异常，请在Excel中打开核对后另存为.xlsx重新报送"));
			}
			value.append(ch, start, length);
		}
	}

	private void startRow(Attributes attributes) {
		String r = null;
		String hidden = null;
		for (int i = 0, n = attributes.getLength(); i < n; i++) {
			switch (attributes.getLocalName(i)) {
				case "r" -> r = attributes.getValue(i);
				case "hidden" -> hidden = attributes.getValue(i);
				default -> {
				}
			}
		}
		int parsed = r == null ? -1 : parsePositive(r);
		rowNumber = parsed > 0 ? parsed : rowNumber + 1;
		rowHidden = "1".equals(hidden) || "true".equals(hidden);
		cells.clear();
		column = -1;
	}

	private void startCell(Attributes attributes) {
		// one pass over the cell's few attributes rather than a lookup by name for each of three
		String r = null;
		String s = null;
		cellType = null;
		for (int i = 0, n = attributes.getLength(); i < n; i++) {
			switch (attributes.getLocalName(i)) {
				case "r" -> r = attributes.getValue(i);
				case "t" -> cellType = attributes.getValue(i);
				case "s" -> s = attributes.getValue(i);
				default -> {
				}
			}
		}
		int parsed = r == null ? -1 : Columns.indexOf(r);
		column = parsed >= 0 ? parsed : column + 1;
		cellStyle = s == null ? 0 : parsePositive(s);
		value.setLength(0);
		hasValue = false;
		collecting = false;
	}

	private void endCell() throws SAXException {
		String text = hasValue ? cellText() : "";
		if (text.isEmpty()) {
			return;
		}
		while (cells.size() < column) {
			cells.add("");
		}
		if (cells.size() == column) {
			cells.add(text);
		}
		else {
			cells.set(column, text);
		}
	}

	private String cellText() throws SAXException {
		if ("s".equals(cellType)) {
			// the index is read from the collected characters: no string per text cell that is thrown away
			return sharedString();
		}
		String raw = value.toString();
		if (cellType == null || "n".equals(cellType)) {
			return number(raw);
		}
		return switch (cellType) {
			case "inlineStr" -> OoxmlText.decode(raw);
			case "str" -> raw;
			case "b" -> "1".equals(raw.trim()) || "true".equals(raw.trim()) ? "TRUE" : "FALSE";
			case "d" -> isoDate(raw.trim());
			default -> ""; // "e": an error such as #DIV/0! carries no value
		};
	}

	private String number(String raw) {
		String text = switch (styles.kindOf(cellStyle)) {
			case DATE -> CellValues.date(raw, date1904);
			case PERCENT -> CellValues.percent(raw);
			case PLAIN -> CellValues.plainNumber(raw);
		};
		return text != null ? text : raw.trim();
	}

	private String sharedString() throws SAXException {
		int index = parseIndex(value);
		if (index < 0 || index >= sharedStrings.length) {
			throw new SaxAbort(new TableReadException("CORRUPT_FILE", "文件已损坏或不完整，无法打开：" + where() + Columns.name(column)
					+ "列引用的文字不存在。请在Excel中打开核对后重新导出报送"));
		}
		return sharedStrings[index];
	}

	private static String isoDate(String raw) {
		if (raw.endsWith("T00:00:00") || raw.endsWith("T00:00:00Z")) {
			return raw.substring(0, raw.indexOf('T'));
		}
		return raw.replace('T', ' ');
	}

	private void endRow() throws SAXException {
		merges.fill(rowNumber, cells);
		int end = cells.size();
		while (end > 0 && cells.get(end - 1).isEmpty()) {
			end--;
		}
		if (end == 0) {
			return;
		}
		List<String> row = cells.subList(0, end);
		try {
			budget.charge(row, place, rowNumber);
		}
		catch (TableReadException ex) {
			throw new SaxAbort(ex);
		}
		sink.row(new TableRow(rowNumber, row, rowHidden));
	}

	private String where() {
		return place + "第" + rowNumber + "行";
	}

	/** {@link #parsePositive} of {@code text} without the blanks around it (a shared-string index). */
	private static int parseIndex(CharSequence text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) <= ' ') {
			start++;
		}
		while (end > start && text.charAt(end - 1) <= ' ') {
			end--;
		}
		return parsePositive(text, start, end);
	}

	/** The number {@code text} spells, or -1 when it is empty, longer than 9 digits or not all digits. */
	private static int parsePositive(CharSequence text) {
		return parsePositive(text, 0, text.length());
	}

	private static int parsePositive(CharSequence text, int start, int end) {
		if (start == end || end - start > 9) {
			return -1;
		}
		int n = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}
}
