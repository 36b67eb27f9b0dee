package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;


import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What {@code xl/workbook.xml} says: the sheets in workbook order with their visibility and
 * relationship id, and whether dates count from 1904. Immutable.
 *
 * @param sheets the sheets in order, never {@code null}
 * @param date1904 whether date serials count from 1904-01-01 (old Mac workbooks)
 */
record WorkbookPart(List<SheetRef> sheets, boolean date1904) {

	WorkbookPart {
		sheets = List.copyOf(sheets);
	}

	/**
	 * One {@code <sheet>} entry.
	 * @param name the sheet name as written
	 * @param hidden whether its state is {@code hidden} or {@code veryHidden}
	 * @param relationId the relationship id of its part
	 */
	record SheetRef(String name, boolean hidden, String relationId) {
	}

	/** Parses the workbook part with an XXE-safe parser. */
	static WorkbookPart parse(InputStream part) throws IOException, SAXException {
		List<SheetRef> sheets = new ArrayList<>();
		boolean[] date1904 = { false };
		DefaultHandler handler = new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("sheet".equals(localName)) {
					String state = attributes.getValue("state");
					sheets.add(new SheetRef(nullToEmpty(attributes.getValue("name")),
							"hidden".equals(state) || "veryHidden".equals(state), relationId(attributes)));
				}
				else if ("workbookPr".equals(localName)) {
					String value = attributes.getValue("date1904");
					date1904[0] = "1".equals(value) || "true".equals(value);
				}
			}
		};
		SafeSax.parse(part, handler);
		return new WorkbookPart(sheets, date1904[0]);
	}

	private static String relationId(Attributes attributes) {
		for (int i = 0; i < attributes.getLength(); i++) {
			// transitional and strict OOXML name the relationships namespace differently
			if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).endsWith("/relationships")) {
				return attributes.getValue(i);
			}
		}
		return "";
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
