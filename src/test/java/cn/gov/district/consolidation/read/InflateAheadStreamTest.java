package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stream read ahead on a thread of its own: the same bytes as its source whatever the caller's
 * reads, the source's failure after the bytes before it, and a clean stop when the caller closes
 * early or is interrupted.
 */
class InflateAheadStreamTest {

	private static byte[] random(int n) {
		byte[] bytes = new byte[n];
		new Random(n).nextBytes(bytes);
		return bytes;
	}

	/** A source that counts its closes and can fail once {@code failAfter} bytes are read. */
	private static final class Source extends FilterInputStream {

		final AtomicBoolean closed = new AtomicBoolean();

		/** Counted down once {@link #deliveredAt} bytes have been read from the source. */
		final CountDownLatch delivered = new CountDownLatch(1);

		private long deliveredAt = Long.MAX_VALUE;

		private final long failAfter;

		private final RuntimeException runtime;

		private long read;

		Source(byte[] bytes, long failAfter, RuntimeException runtime) {
			super(new ByteArrayInputStream(bytes));
			this.failAfter = failAfter;
			this.runtime = runtime;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (read >= failAfter) {
				if (runtime != null) {
					throw runtime;
				}
				throw new IOException("Zip bomb detected!");
			}
			int n = super.read(b, off, (int) Math.min(len, failAfter - read));
			if (n > 0) {
				read += n;
			}
			if (read >= deliveredAt) {
				delivered.countDown();
			}
			return n;
		}

		@Override
		public void close() throws IOException {
			closed.set(true);
			super.close();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 1000, InflateAheadStream.BUFFER_BYTES, InflateAheadStream.BUFFER_BYTES + 1,
			InflateAheadStream.BUFFER_BYTES * (InflateAheadStream.BUFFERS + 3) + 17 })
	void shouldGiveBackEveryByteOfTheSourceInOrder(int size) throws IOException {
		byte[] bytes = random(size);
		Source source = new Source(bytes, Long.MAX_VALUE, null);
		ByteArrayOutputStream back = new ByteArrayOutputStream();
		try (InputStream in = new InflateAheadStream(source, "inflate-test")) {
			// reads of every size, single bytes among them
			Random lengths = new Random(1);
			byte[] buffer = new byte[100_000];
			while (true) {
				if (lengths.nextInt(5) == 0) {
					int b = in.read();
					if (b < 0) {
						break;
					}
					back.write(b);
					continue;
				}
				int n = in.read(buffer, 3, 1 + lengths.nextInt(buffer.length - 3));
				if (n < 0) {
					break;
				}
				assertThat(n).isPositive();
				back.write(buffer, 3, n);
			}
			assertThat(in.read()).isEqualTo(-1);
			assertThat(in.read(buffer, 0, 0)).isZero();
		}
		assertThat(back.toByteArray()).isEqualTo(bytes);
		assertThat(source.closed).isTrue();
	}

	@Test
	void shouldThrowTheSourcesFailureAfterTheBytesBeforeIt() throws IOException {
		int good = InflateAheadStream.BUFFER_BYTES * 2 + 5;
		byte[] bytes = random(good + 1000);
		try (InputStream in = new InflateAheadStream(new Source(bytes, good, null), "inflate-test")) {
			byte[] before = in.readNBytes(good);
			assertThat(before).isEqualTo(java.util.Arrays.copyOf(bytes, good));
			assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessage("Zip bomb detected!");
			// and again: the stream does not turn into a normal end
			assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessage("Zip bomb detected!");
		}
	}

	@Test
	void shouldThrowARuntimeFailureOfTheSourceUnchanged() throws IOException {
		IllegalStateException failure = new IllegalStateException("entry size mismatch");
		try (InputStream in = new InflateAheadStream(new Source(random(10), 0, failure), "inflate-test")) {
			assertThatThrownBy(() -> in.read(new byte[10], 0, 10)).isSameAs(failure);
		}
	}

	@Test
	void shouldStopItsThreadAndCloseTheSourceWhenClosedEarly() throws Exception {
		// far more than the buffers hold: the reading thread waits for the caller when it is closed
		Source source = new Source(random(InflateAheadStream.BUFFER_BYTES * (InflateAheadStream.BUFFERS + 4)), Long.MAX_VALUE,
				null);
		// every buffer filled: the one the caller holds and the others waiting for it
		source.deliveredAt = (long) InflateAheadStream.BUFFER_BYTES * InflateAheadStream.BUFFERS;
		InflateAheadStream in = new InflateAheadStream(source, "inflate-early-close");
		assertThat(in.read()).isNotNegative();
		assertThat(source.delivered.await(30, TimeUnit.SECONDS)).as("the reading thread filled every buffer").isTrue();
		Thread reading = thread("inflate-early-close");
		awaitState(reading, Thread.State.WAITING, "the reading thread waits for a free buffer");
		in.close();
		assertThat(source.closed).isTrue();
		assertThat(reading.isAlive()).as("the reading thread has ended").isFalse();
		assertThat(source.read).as("nothing read after the buffers were full").isEqualTo(source.deliveredAt);
		assertThatThrownBy(in::read).isInstanceOf(IOException.class);
		// closing twice is harmless
		in.close();
	}

	@Test
	void shouldGiveAnInterruptedCallerAnInterruptedIoExceptionAndKeepTheInterrupt() throws Exception {
		CountDownLatch never = new CountDownLatch(1);
		CountDownLatch sourceEntered = new CountDownLatch(1);
		InputStream stuck = new InputStream() {
			@Override
			public int read() throws IOException {
				return read(new byte[1], 0, 1);
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				sourceEntered.countDown();
				try {
					// a source that has nothing yet (the caller waits for the reading thread) until the test ends it
					if (!never.await(60, TimeUnit.SECONDS)) {
						throw new IOException("the test never let the source end");
					}
				}
				catch (InterruptedException e) {
					throw new InterruptedIOException();
				}
				return -1;
			}
		};
		AtomicReference<Throwable> thrown = new AtomicReference<>();
		AtomicBoolean interruptKept = new AtomicBoolean();
		InflateAheadStream in = new InflateAheadStream(stuck, "inflate-interrupt");
		Thread caller = new Thread(() -> {
			try {
				in.read();
			}
			catch (Throwable e) {
				thrown.set(e);
				interruptKept.set(Thread.currentThread().isInterrupted());
			}
		}, "inflate-interrupt-caller");
		caller.start();
		assertThat(sourceEntered.await(30, TimeUnit.SECONDS)).as("the reading thread is in the source").isTrue();
		awaitState(caller, Thread.State.WAITING, "the caller waits for the reading thread's bytes");
		caller.interrupt();
		caller.join(TimeUnit.SECONDS.toMillis(30));
		assertThat(caller.isAlive()).as("the interrupted caller returned").isFalse();
		assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class);
		assertThat(interruptKept).isTrue();
		// the source was never interrupted (only the caller was): let it end, then close
		never.countDown();
		in.close();
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("inflate-interrupt"));
	}

	/** The live thread of that name. */
	private static Thread thread(String name) {
		return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no thread " + name));
	}

	/**
	 * Waits until {@code thread} is in {@code state} (a thread parked on a queue is {@code WAITING}):
	 * a state the thread can leave only by what the test does next. Fails after 30 s.
	 */
	private static void awaitState(Thread thread, Thread.State state, String what) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (thread.getState() != state) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(what + ": " + thread.getName() + " still " + thread.getState() + " after 30 s");
			}
			Thread.onSpinWait();
		}
	}

	@Test
	void shouldNeverInterruptTheReadingThreadWhichWouldCloseTheZipsFileChannel() throws Exception {
		// POI reads a workbook through a FileChannel: an interrupt during (or before) a read closes
		// it for every part of the workbook, so closing one part's stream early must not interrupt
		AtomicBoolean interrupted = new AtomicBoolean();
		AtomicBoolean sourceClosed = new AtomicBoolean();
		InputStream slow = new InputStream() {
			@Override
			public int read() {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (Thread.currentThread().isInterrupted()) {
					interrupted.set(true);
				}
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException e) {
					interrupted.set(true);
				}
				return Math.min(len, 64 * 1024);
			}

			@Override
			public void close() {
				sourceClosed.set(true);
			}
		};
		InflateAheadStream in = new InflateAheadStream(slow, "inflate-slow");
		assertThat(in.read()).isNotNegative();
		// the reading thread is in the middle of a read, or waits for a buffer
		in.close();
		assertThat(interrupted).isFalse();
		assertThat(sourceClosed).isTrue();
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("inflate-slow"));
	}
}
