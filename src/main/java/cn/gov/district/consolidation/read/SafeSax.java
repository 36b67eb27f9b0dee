package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parses one part of a workbook with POI's hardened SAX parser (no external entities, no DTDs),
 * the only way the xlsx reader parses XML. Stateless and thread-safe.
 */
final class SafeSax {

	private SafeSax() {
	}

	/** Streams {@code part} through {@code handler}. */
	static void parse(InputStream part, ContentHandler handler) throws IOException, SAXException {
		XMLReader reader;
		try {
			reader = XMLHelper.newXMLReader();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("No SAX parser available", ex);
		}
		reader.setContentHandler(handler);
		reader.parse(new InputSource(part));
	}
}
