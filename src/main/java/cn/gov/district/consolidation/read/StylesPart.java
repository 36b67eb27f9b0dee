package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What {@code xl/styles.xml} says about numbers, and nothing else: the number format of each cell
 * style ({@code <cellXfs>}, the index a cell's {@code s} attribute names) and the workbook's own
 * format strings ({@code <numFmts>}). The rest of the part (fonts, fills, borders, named styles)
 * is skipped: POI's {@code StylesTable} builds all of it as XML objects, which was a tenth of
 * reading a small submission workbook. Format strings resolve as POI's {@code XSSFCellStyle} does:
 * the workbook's own definition first, else the built-in format of that id. Immutable.
 */
final class StylesPart {

	static final StylesPart NONE = new StylesPart(new int[0], Map.of());

	/** Number format id per cell style. */
	private final int[] formatIds;

	/** The workbook's own format strings by id. */
	private final Map<Integer, String> formats;

	private StylesPart(int[] formatIds, Map<Integer, String> formats) {
		this.formatIds = formatIds;
		this.formats = formats;
	}

	/** How many cell styles the workbook defines. */
	int styleCount() {
		return formatIds.length;
	}

	/** The number format id of cell style {@code style}, which must be below {@link #styleCount()}. */
	int formatId(int style) {
		return formatIds[style];
	}

	/** The format string of format id {@code id}, or {@code null} when neither the workbook nor Excel defines it. */
	String formatString(int id) {
		String own = formats.get(id);
		return own != null ? own : BuiltinFormats.getBuiltinFormat(id);
	}

	/** Parses the styles part with an XXE-safe parser. */
	static StylesPart parse(InputStream part) throws IOException, SAXException {
		List<Integer> ids = new ArrayList<>();
		Map<Integer, String> formats = new HashMap<>();
		DefaultHandler handler = new DefaultHandler() {

			/** Inside {@code <cellXfs>}: its {@code <xf>} are the cell styles ({@code <cellStyleXfs>} holds named ones). */
			private boolean cellXfs;

			private boolean numFmts;

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				switch (localName) {
					case "cellXfs" -> cellXfs = true;
					case "numFmts" -> numFmts = true;
					case "xf" -> {
						if (cellXfs) {
							ids.add(number(attributes.getValue("numFmtId")));
						}
					}
					case "numFmt" -> {
						String code = attributes.getValue("formatCode");
						if (numFmts && code != null) {
							formats.put(number(attributes.getValue("numFmtId")), code);
						}
					}
					default -> {
					}
				}
			}

			@Override
			public void endElement(String uri, String localName, String qName) {
				switch (localName) {
					case "cellXfs" -> cellXfs = false;
					case "numFmts" -> numFmts = false;
					default -> {
					}
				}
			}
		};
		SafeSax.parse(part, handler);
		int[] formatIds = new int[ids.size()];
		for (int i = 0; i < formatIds.length; i++) {
			formatIds[i] = ids.get(i);
		}
		return new StylesPart(formatIds, Map.copyOf(formats));
	}

	/** A {@code numFmtId}; missing or unreadable is 0, the general format (as Excel reads it). */
	private static int number(String text) {
		if (text == null) {
			return 0;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}
}
