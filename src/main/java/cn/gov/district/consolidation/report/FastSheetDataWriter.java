package cn.gov.district.consolidation.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's writer of a streamed sheet's XML, writing through a {@link Utf8Writer} and escaping a text
 * by runs: POI's own escaping steps through a text code point by code point, makes a {@code char[]}
 * of each and writes it with a lock taken. The
 * XML written is the same character for character: the same five escapes, the same numeric
 * references for line feed, carriage return, tab and no-break space, and {@code ?} for what
 * XMLBeans would refuse (control characters, U+FFFE, U+FFFF).
 */
final class FastSheetDataWriter extends SheetDataWriter {

	FastSheetDataWriter(SharedStringsTable sharedStrings) throws IOException {
		super(sharedStrings);
	}

	/** For tests: writes to {@code out} instead of a temporary file. */
	FastSheetDataWriter(Writer out) throws IOException {
		super(out);
	}

	@Override
	public Writer createWriter(File file) throws IOException {
		// called by POI's constructor, before this class's own fields would be set: it uses none
		return new Utf8Writer(decorateOutputStream(new FileOutputStream(file)));
	}

	@Override
	protected void outputEscapedString(String s) throws IOException {
		if (s == null) {
			return;
		}
		int run = 0;
		for (int i = 0, n = s.length(); i < n; i++) {
			String escape = escape(s.charAt(i));
			if (escape != null) {
				_out.write(s, run, i - run);
				_out.write(escape);
				run = i + 1;
			}
		}
		_out.write(s, run, s.length() - run);
	}

	/** What POI writes for {@code c} instead of the character itself, or {@code null} for the character. */
	private static String escape(char c) {
		return switch (c) {
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '&' -> "&amp;";
			case '"' -> "&quot;";
			case '\n' -> "&#xa;";
			case '\r' -> "&#xd;";
			case '\t' -> "&#x9;";
			case '\u00A0' -> "&#xa0;";
			// as POI: XMLBeans turns control characters and the two non-characters into question marks
			default -> c < ' ' || c == '\uFFFE' || c == '\uFFFF' ? "?" : null;
		};
	}
}
