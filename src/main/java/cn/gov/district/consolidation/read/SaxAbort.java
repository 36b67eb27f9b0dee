package cn.gov.district.consolidation.read;

import org.xml.sax.SAXException;

/**
 * Carries a {@link TableReadException} out of SAX callbacks, which may only throw
 * {@link SAXException}; the caller of {@code parse} unwraps it. Immutable.
 */
final class SaxAbort extends SAXException {

	private static final long serialVersionUID = 1L;

	final transient TableReadException readException;

	SaxAbort(TableReadException readException) {
		super(readException.getMessage());
		this.readException = readException;
	}
}
