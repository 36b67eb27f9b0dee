package cn.gov.district.consolidation.read;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a file on a thread of its own, a few hundred rows ahead of the caller's sink: parsing a
 * large workbook (unzipping, XML, shared strings) and validating its rows then use two cores
 * instead of taking turns on one. The caller's sink still receives every event on the calling
 * thread, in order, and {@link #read} returns or throws only once the parsing thread has ended (a
 * parser stuck outside the sink, in a hostile file's shared strings say, is given 30 seconds and
 * then left to its text budget), so for the caller it is the wrapped reader, only faster: rows delivered before a failure stay
 * delivered, a {@link TableReadException} is thrown after them, and an exception of the sink stops
 * the parsing thread and is thrown unchanged.
 * <p>
 * At most {@link #IN_FLIGHT} batches of {@link #BATCH} events or {@link #BATCH_CHARS} characters
 * wait for the sink, so memory stays bounded whatever the size of the file and its texts. When the calling thread is interrupted (the file's time
 * budget) it stops taking rows, stops the parsing thread at its next event and throws
 * {@link CancellationException}, as the sink would have at its next row.
 * <p>
 * Stateless and thread-safe like the reader it wraps; every call starts a thread of its own.
 */
public final class ReadAheadReader implements TableReader {

	private static final Logger log = LoggerFactory.getLogger(ReadAheadReader.class);

	/** Events handed over at a time: one hand-over per few hundred rows, not one per row. */
	static final int BATCH = 256;

	/** Batches parsed and not yet taken by the sink, at most. */
	static final int IN_FLIGHT = 32;

	/**
	 * A batch is handed over once its cells hold this many characters, however few its rows: rows
	 * of long texts (a crafted file may fill its whole text budget in a few thousand rows) then
	 * keep at most {@code IN_FLIGHT × BATCH_CHARS} characters, 8 MB or so, waiting for the sink.
	 */
	static final int BATCH_CHARS = 128 * 1024;

	private final TableReader delegate;

	private final String threadName;

	/**
	 * @param delegate the reader that parses, on the new thread
	 * @param threadName the name of the parsing thread (it shows in thread dumps and profiles)
	 */
	public ReadAheadReader(TableReader delegate, String threadName) {
		this.delegate = delegate;
		this.threadName = threadName;
	}

	@Override
	public boolean supports(FileFormat format) {
		return delegate.supports(format);
	}

	@Override
	public void read(Path file, RowSink sink) throws TableReadException {
		Hand hand = new Hand();
		Thread parsing = new Thread(() -> hand.parse(delegate, file), threadName);
		// never keeps the JVM alive; read() waits for it where it matters
		parsing.setDaemon(true);
		parsing.start();
		boolean completed = false;
		try {
			hand.deliver(sink);
			completed = true;
		}
		finally {
			if (!completed) {
				hand.abandon(parsing);
			}
			// it has ended or been told to stop
			HelperThreads.awaitEnd(parsing);
		}
		if (log.isDebugEnabled()) {
			log.debug("{}: {} batches, parsing took {} ms CPU, the parser waited {} ms for the sink, the sink waited {} ms for the parser",
					threadName, hand.batches, hand.parsingCpuNanos / 1_000_000, hand.parserWaitNanos / 1_000_000,
					hand.sinkWaitNanos / 1_000_000);
		}
		hand.rethrow();
	}

	/** A sheet begins (a sheet's end is {@link #END_SHEET}). */
	private record StartSheet(String name, boolean hidden) {
	}

	private static final Object END_SHEET = new Object();

	/** The last batch: nothing follows (an instance of its own, told apart by identity). */
	private static final List<Object> END = Collections.unmodifiableList(new ArrayList<>(0));

	/** What is handed from the parsing thread to the calling thread. */
	private static final class Hand implements RowSink {

		private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(IN_FLIGHT);

		/** Set by the calling thread when it no longer takes rows; the parsing thread stops at its next event. */
		private volatile boolean abandoned;

		/** How the parse ended; written by the parsing thread before it hands over {@link #END}. */
		private TableReadException readFailure;

		private Throwable unexpected;

		private List<Object> batch = new ArrayList<>(BATCH);

		/** The characters of the cells in {@link #batch}. */
		private long batchChars;

		/** For the debug log: batches handed over, the parsing thread's CPU, and how long each side waited for the other. */
		private int batches;

		private long parsingCpuNanos;

		private long parserWaitNanos;

		private long sinkWaitNanos;

		// ---------------------------------------------------------------- the parsing thread

		void parse(TableReader reader, Path file) {
			try {
				reader.read(file, this);
				handOver(batch);
			}
			catch (TableReadException e) {
				readFailure = e;
				handOverQuietly(batch);
			}
			catch (Throwable e) {
				// the sink's own stop (abandoned) included: the caller no longer listens then
				unexpected = e;
				handOverQuietly(batch);
			}
			finally {
				ThreadMXBean threads = ManagementFactory.getThreadMXBean();
				parsingCpuNanos = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
				handOverQuietly(END);
			}
		}

		@Override
		public void startSheet(String sheetName, boolean hidden) {
			add(new StartSheet(sheetName, hidden));
		}

		@Override
		public void row(TableRow row) {
			add(row);
		}

		@Override
		public void endSheet() {
			add(END_SHEET);
		}

		private void add(Object event) {
			if (abandoned) {
				throw new CancellationException("the reader's caller stopped taking rows");
			}
			batch.add(event);
			if (event instanceof TableRow row) {
				for (int i = 0, n = row.size(); i < n; i++) {
					batchChars += row.cell(i).length();
				}
			}
			if (batch.size() == BATCH || batchChars >= BATCH_CHARS) {
				handOver(batch);
			}
		}

		private void handOver(List<Object> events) {
			if (events != END && events.isEmpty()) {
				return;
			}
			long start = System.nanoTime();
			try {
				while (!queue.offer(events, 100, TimeUnit.MILLISECONDS)) {
					if (abandoned) {
						throw new CancellationException("the reader's caller stopped taking rows");
					}
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CancellationException("interrupted while handing over rows");
			}
			finally {
				parserWaitNanos += System.nanoTime() - start;
			}
			if (events != END) {
				batches++;
				batch = new ArrayList<>(BATCH);
				batchChars = 0;
			}
		}

		/** Hands over what is left, unless the caller has gone. */
		private void handOverQuietly(List<Object> events) {
			try {
				handOver(events);
			}
			catch (CancellationException e) {
				// nobody takes it
			}
		}

		// ---------------------------------------------------------------- the calling thread

		/** Passes every event on to {@code sink} until the parsing thread has handed over its last. */
		void deliver(RowSink sink) {
			while (true) {
				List<Object> events;
				long waitStart = System.nanoTime();
				try {
					events = queue.take();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new CancellationException("file time budget exceeded");
				}
				finally {
					sinkWaitNanos += System.nanoTime() - waitStart;
				}
				if (events == END) {
					return;
				}
				for (Object event : events) {
					if (event instanceof TableRow row) {
						sink.row(row);
					}
					else if (event instanceof StartSheet start) {
						sink.startSheet(start.name(), start.hidden());
					}
					else {
						sink.endSheet();
					}
				}
			}
		}

		/** Tells the parsing thread to stop and unblocks it if it waits to hand over. */
		void abandon(Thread parsing) {
			abandoned = true;
			queue.clear();
			parsing.interrupt();
		}

		/** After {@link #deliver} has seen {@link #END}: how the parse ended. */
		void rethrow() throws TableReadException {
			if (readFailure != null) {
				throw readFailure;
			}
			if (unexpected != null) {
				HelperThreads.throwUnchecked(unexpected);
			}
		}
	}
}
