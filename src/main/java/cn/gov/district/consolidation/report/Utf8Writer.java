package cn.gov.district.consolidation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer without locks, for the one thread that writes a report file. POI's sheet
 * writer and Commons CSV write a few characters at a time, and {@link java.io.BufferedWriter} and
 * {@link java.io.OutputStreamWriter} take a lock on every call (a compare-and-swap each since Java
 * 15 dropped biased locking) and encode each call's characters apart: in the publish step of the
 * million-row backfill those writers took a fifth of the workbook threads' time (22 %, bench/RESULTS.md).
 * This one collects characters and hands them to the JDK's UTF-8 encoder a buffer at a time, set up
 * as {@code OutputStreamWriter} sets it up (an unpaired surrogate becomes {@code ?}), so what it
 * writes is byte for byte what that writes. Not thread-safe.
 */
final class Utf8Writer extends Writer {

	private static final int CHARS = 8192;

	private final OutputStream out;

	private final char[] buffer = new char[CHARS];

	/** At most three bytes per character (four per surrogate pair). */
	private final byte[] bytes = new byte[CHARS * 3];

	private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
		.onMalformedInput(CodingErrorAction.REPLACE)
		.onUnmappableCharacter(CodingErrorAction.REPLACE);

	private int count;

	private boolean closed;

	Utf8Writer(OutputStream out) {
		this.out = out;
	}

	@Override
	public void write(int c) throws IOException {
		if (count == CHARS) {
			drain(false);
		}
		buffer[count++] = (char) c;
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		while (length > 0) {
			if (count == CHARS) {
				drain(false);
			}
			int n = Math.min(length, CHARS - count);
			System.arraycopy(chars, offset, buffer, count, n);
			count += n;
			offset += n;
			length -= n;
		}
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		while (length > 0) {
			if (count == CHARS) {
				drain(false);
			}
			int n = Math.min(length, CHARS - count);
			text.getChars(offset, offset + n, buffer, count);
			count += n;
			offset += n;
			length -= n;
		}
	}

	@Override
	public void write(String text) throws IOException {
		write(text, 0, text.length());
	}

	@Override
	public void flush() throws IOException {
		drain(false);
		out.flush();
	}

	/** Writes what is left and closes the stream; a second call does nothing (POI's writers close twice). */
	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			drain(true);
		}
		finally {
			out.close();
		}
	}

	/**
	 * Encodes and writes what the buffer holds; a high surrogate at its end, which the encoder leaves
	 * until its low half comes, stays in the buffer unless {@code last} (then, unpaired, it is {@code ?}).
	 */
	private void drain(boolean last) throws IOException {
		CharBuffer chars = CharBuffer.wrap(buffer, 0, count);
		ByteBuffer encoded = ByteBuffer.wrap(bytes);
		CoderResult result = encoder.encode(chars, encoded, last);
		if (last && result.isUnderflow()) {
			result = encoder.flush(encoded);
		}
		if (!result.isUnderflow()) {
			// room for three bytes a character: never
			throw new IllegalStateException("UTF-8 encoding of " + count + " characters overflowed");
		}
		out.write(bytes, 0, encoded.position());
		int left = chars.remaining();
		System.arraycopy(buffer, chars.position(), buffer, 0, left);
		count = left;
	}
}
