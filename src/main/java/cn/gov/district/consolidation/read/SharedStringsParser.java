package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;


import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads {@code xl/sharedStrings.xml} into plain strings: the text of each {@code <si>} (its
 * {@code <t>}, or the {@code <t>} of every rich-text run), without phonetic runs ({@code <rPh>}).
 * Lean on purpose: one {@code String} per entry, no rich-text objects; and guarded: an entry over
 * Excel's cell limit or a table over the file's text budget stops the read. One instance per
 * file; not thread-safe.
 */
final class SharedStringsParser extends DefaultHandler {

	private final long maxChars;

	private final List<String> strings = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private long total;

	private boolean inSi;

	private boolean inT;

	private int phoneticDepth;

	private SharedStringsParser(long maxChars) {
		this.maxChars = maxChars;
	}

	/** Parses the shared strings part with an XXE-safe parser. */
	static String[] parse(InputStream part, long maxChars) throws IOException, SAXException, TableReadException {
		SharedStringsParser handler = new SharedStringsParser(maxChars);
		try {
			SafeSax.parse(part, handler);
		}
		catch (SaxAbort ex) {
			throw ex.readException;
		}
		return handler.strings.toArray(new String[0]);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "si" -> {
				inSi = true;
				text.setLength(0);
			}
			case "rPh" -> phoneticDepth++;
			case "t" -> inT = inSi && phoneticDepth == 0;
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		switch (localName) {
			case "si" -> {
				inSi = false;
				total += text.length();
				if (total > maxChars) {
					throw new SaxAbort(TextBudget.tooLarge(maxChars));
				}
				strings.add(OoxmlText.decode(text.toString()));
			}
			case "rPh" -> phoneticDepth--;
			case "t" -> inT = false;
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (inT) {
			if (text.length() + length > TextBudget.MAX_CELL_CHARS) {
				throw new SaxAbort(new TableReadException("CELL_TOO_LONG", "共享字符串表中第" + (strings.size() + 1)
						+ "项超过" + TextBudget.MAX_CELL_CHARS + "个字符（Excel单元格的上限），文件异常，请在Excel中打开核对后另存为.xlsx重新报送"));
			}
			text.append(ch, start, length);
		}
	}
}
