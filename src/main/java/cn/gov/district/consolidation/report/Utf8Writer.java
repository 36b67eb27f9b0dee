package cn.gov.district.consolidation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer without locks, for the one thread that writes a report file. POI's sheet
 * writer and Commons CSV write a few characters at a time, and {@link java.io.BufferedWriter} and
 * {@link java.io.OutputStreamWriter} take a lock on every call (a compare-and-swap each since Java
 * 15 dropped biased locking) and encode each call's characters apart: in the publish step of the
 * million-row backfill those writers took a fifth of the workbook threads' time (22 %, bench/RESULTS.md).
 * This one collects characters and encodes them a buffer at a time, in one pass; what it writes is byte for
 * byte what an {@code OutputStreamWriter} for UTF-8 writes, an unpaired surrogate as {@code ?}
 * included. Not thread-safe.
 */
final class Utf8Writer extends Writer {

	private static final int CHARS = 8192;

	private final OutputStream out;

	private final char[] buffer = new char[CHARS];

	/** At most three bytes per character (four per surrogate pair). */
	private final byte[] bytes = new byte[CHARS * 3];

	private int count;

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

	@Override
	public void close() throws IOException {
		try {
			drain(true);
		}
		finally {
			out.close();
		}
	}

	/**
	 * Encodes and writes what the buffer holds, in one pass into a buffer of bytes; a high surrogate
	 * at its end waits for its low half unless {@code all} (then, unpaired, it is written as {@code ?}).
	 */
	private void drain(boolean all) throws IOException {
		int end = !all && count > 0 && Character.isHighSurrogate(buffer[count - 1]) ? count - 1 : count;
		int b = 0;
		for (int i = 0; i < end; i++) {
			char c = buffer[i];
			if (c < 0x80) {
				bytes[b++] = (byte) c;
			}
			else if (c < 0x800) {
				bytes[b++] = (byte) (0xC0 | c >> 6);
				bytes[b++] = (byte) (0x80 | c & 0x3F);
			}
			else if (!Character.isSurrogate(c)) {
				bytes[b++] = (byte) (0xE0 | c >> 12);
				bytes[b++] = (byte) (0x80 | c >> 6 & 0x3F);
				bytes[b++] = (byte) (0x80 | c & 0x3F);
			}
			else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(buffer[i + 1])) {
				int cp = Character.toCodePoint(c, buffer[++i]);
				bytes[b++] = (byte) (0xF0 | cp >> 18);
				bytes[b++] = (byte) (0x80 | cp >> 12 & 0x3F);
				bytes[b++] = (byte) (0x80 | cp >> 6 & 0x3F);
				bytes[b++] = (byte) (0x80 | cp & 0x3F);
			}
			else {
				// an unpaired surrogate, as the JDK's UTF-8 encoder replaces it
				bytes[b++] = '?';
			}
		}
		if (b > 0) {
			out.write(bytes, 0, b);
		}
		if (end < count) {
			buffer[0] = buffer[count - 1];
		}
		count -= end;
	}
}
