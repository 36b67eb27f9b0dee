package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An input stream whose bytes are read from the source on a thread of its own, at most
 * {@link #BUFFERS} buffers of {@link #BUFFER_BYTES} ahead of the caller: for a sheet part of a large
 * workbook, the inflation of its zip entry then runs on one core while the caller scans or parses
 * the bytes on the other, where the two took turns on one (inflating is a fifth of the thread that
 * bounds a million-row sheet's reading; the sheet is inflated twice, for the merged cells and for
 * the rows). Buffers are handed over whole, a few hundred for a quarter-gigabyte sheet, so the
 * hand-over costs nothing next to the bytes.
 * <p>
 * What the source throws is thrown unchanged by the caller's next read, after the bytes read
 * before it (a zip bomb refused by POI stays the {@link IOException} it was). An interrupted
 * caller gets an {@link InterruptedIOException} and keeps its interrupt. {@link #close()} stops
 * the reading thread without interrupting it (an interrupt closes the file channel a zip is read
 * through), waits for it (so that the source is not closed under a read; at most
 * {@link HelperThreads#STOP_WAIT_MILLIS}) and closes the source.
 * <p>
 * Not thread-safe: one caller; every instance starts a thread of its own.
 */
final class InflateAheadStream extends InputStream {

	/** Bytes per buffer handed over. */
	static final int BUFFER_BYTES = 256 * 1024;

	/** Buffers read and not yet taken by the caller, at most. */
	static final int BUFFERS = 4;

	/** One hand-over: bytes, or how the source ended. */
	private record Chunk(byte[] bytes, int length, Throwable failure) {

		boolean isEnd() {
			return bytes == null;
		}
	}

	private static final Chunk END = new Chunk(null, 0, null);

	/** Given to a reading thread that waits for a buffer when the stream is closed. */
	private static final byte[] WAKE = new byte[0];

	private final InputStream source;

	private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(BUFFERS + 1);

	private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);

	private final Thread reading;

	private volatile boolean closed;

	/** A failure of the source that came after some bytes of a buffer: thrown once they are handed over (reading thread only). */
	private Throwable pending;

	/** The chunk being read by the caller, and the position in it. */
	private Chunk current;

	private int position;

	InflateAheadStream(InputStream source, String threadName) {
		this.source = source;
		for (int i = 0; i < BUFFERS; i++) {
			free.add(new byte[BUFFER_BYTES]);
		}
		this.reading = new Thread(this::fill, threadName);
		// never keeps the JVM alive; close() waits for it
		this.reading.setDaemon(true);
		this.reading.start();
	}

	// ---------------------------------------------------------------- the reading thread

	private void fill() {
		Chunk last = END;
		try {
			while (!closed) {
				byte[] buffer = free.take();
				if (closed) {
					return;
				}
				int n = readFully(buffer);
				if (n > 0) {
					filled.put(new Chunk(buffer, n, null));
				}
				if (n < buffer.length && pending == null) {
					break;
				}
			}
		}
		catch (InterruptedException e) {
			// nobody interrupts this thread (see close()); if somebody did, nobody reads on either
			Thread.currentThread().interrupt();
			return;
		}
		catch (Throwable e) {
			last = new Chunk(null, 0, e);
		}
		// one slot is always left for the end (BUFFERS + 1), whatever the caller has taken
		filled.offer(last);
	}

	private int readFully(byte[] buffer) throws Throwable {
		if (pending != null) {
			throw pending;
		}
		int n = 0;
		while (n < buffer.length) {
			int r;
			try {
				r = source.read(buffer, n, buffer.length - n);
			}
			catch (Throwable e) {
				if (n == 0) {
					throw e;
				}
				// the bytes before the failure first
				pending = e;
				return n;
			}
			if (r < 0) {
				break;
			}
			n += r;
		}
		return n;
	}

	// ---------------------------------------------------------------- the caller

	/**
	 * The chunk with bytes left to read, taking the next one if need be; {@code null} at the end.
	 * A failure of the source is thrown at every call once the bytes before it are read.
	 */
	private Chunk chunk() throws IOException {
		if (closed) {
			throw new IOException("stream closed");
		}
		if (current != null && !current.isEnd() && position < current.length()) {
			return current;
		}
		if (current != null && current.isEnd()) {
			rethrow(current.failure());
			return null;
		}
		if (current != null) {
			free.add(current.bytes());
		}
		try {
			current = filled.take();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			current = null;
			throw new InterruptedIOException("interrupted while waiting for the file's bytes");
		}
		position = 0;
		if (current.isEnd()) {
			rethrow(current.failure());
			return null;
		}
		return current;
	}

	private static void rethrow(Throwable failure) throws IOException {
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure != null) {
			HelperThreads.throwUnchecked(failure);
		}
	}

	@Override
	public int read() throws IOException {
		Chunk c = chunk();
		return c == null ? -1 : c.bytes()[position++] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		Objects.checkFromIndexSize(off, len, b.length);
		if (len == 0) {
			return 0;
		}
		Chunk c = chunk();
		if (c == null) {
			return -1;
		}
		int n = Math.min(len, c.length() - position);
		System.arraycopy(c.bytes(), position, b, off, n);
		position += n;
		return n;
	}

	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		// Not by an interrupt: POI reads the zip through a FileChannel, which an interrupt closes
		// (for every part of the workbook). The reading thread stops at its next look at `closed`:
		// room to hand over what it is reading, and a buffer to wake it if it waits for one.
		filled.clear();
		free.offer(WAKE);
		HelperThreads.awaitEnd(reading);
		filled.clear();
		source.close();
	}
}
