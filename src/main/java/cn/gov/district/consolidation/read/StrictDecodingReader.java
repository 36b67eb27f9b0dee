package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Decodes a byte stream with a strict decoder and, unlike {@link java.io.InputStreamReader},
 * hands out every character decoded before a malformed byte before it throws: the caller then
 * knows the line of the bad byte exactly. Not thread-safe; one instance per stream.
 */
final class StrictDecodingReader extends Reader {

	private final InputStream in;

	private final CharsetDecoder decoder;

	private final ByteBuffer bytes = ByteBuffer.allocate(8192);

	private final CharBuffer chars = CharBuffer.allocate(8192);

	private CharacterCodingException pending;

	private boolean endOfInput;

	private boolean done;

	/** @param decoder a decoder that reports malformed and unmappable input */
	StrictDecodingReader(InputStream in, CharsetDecoder decoder) {
		this.in = in;
		this.decoder = decoder;
		bytes.flip();
		chars.flip();
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (!chars.hasRemaining()) {
			if (pending != null) {
				throw pending;
			}
			if (done) {
				return -1;
			}
			fill();
		}
		int n = Math.min(length, chars.remaining());
		chars.get(buffer, offset, n);
		return n;
	}

	private void fill() throws IOException {
		chars.clear();
		if (!endOfInput) {
			bytes.compact();
			int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
			if (n < 0) {
				endOfInput = true;
			}
			else {
				bytes.position(bytes.position() + n);
			}
			bytes.flip();
		}
		CoderResult result = decoder.decode(bytes, chars, endOfInput);
		if (result.isError()) {
			try {
				result.throwException();
			}
			catch (CharacterCodingException ex) {
				pending = ex;
			}
		}
		else if (endOfInput && result.isUnderflow()) {
			decoder.flush(chars);
			done = true;
		}
		chars.flip();
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
