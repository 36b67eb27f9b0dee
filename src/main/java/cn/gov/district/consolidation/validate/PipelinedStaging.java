package cn.gov.district.consolidation.validate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.district.consolidation.domain.InputFile;

/**
 * Stages the batches of one file on a thread of their own while the file goes on being read, so
 * that reading and storing a large file use two cores instead of taking turns on one. At most
 * {@link #IN_FLIGHT} batches wait for the database, so memory stays bounded; batches are stored in
 * the order they were handed over, and a failure to store one surfaces on the reading thread at
 * its next call. The writing thread is never interrupted (an interrupt inside the database's file
 * I/O could close its file): {@link #close()} lets the batch being stored finish and drops the
 * ones not started.
 * <p>
 * One instance per file, used by that file's reading thread only.
 */
final class PipelinedStaging implements StagingArea, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PipelinedStaging.class);

	/** Batches handed over and not yet stored, at most. */
	static final int IN_FLIGHT = 2;

	private final StagingArea target;

	private final String threadName;

	private final Deque<Future<?>> pending = new ArrayDeque<>();

	private ExecutorService writer;

	/** Batches stored, time the writing thread spent storing them and time the reading thread waited for it. */
	private int batches;

	private final AtomicLong storingNanos = new AtomicLong();

	private long waitingNanos;

	/** CPU time of the writing thread in storing, and of the reading thread from construction to close (debug log). */
	private final AtomicLong storingCpuNanos = new AtomicLong();

	private final Thread reading = Thread.currentThread();

	private final long readingCpuAtStart = cpuNanos();

	PipelinedStaging(StagingArea target, String threadName) {
		this.target = target;
		this.threadName = threadName;
	}

	/** CPU time of the current thread, or 0 where the JVM does not measure it. */
	private static long cpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
	}

	@Override
	public void reset(InputFile file) {
		awaitStaged();
		target.reset(file);
	}

	@Override
	public void stage(InputFile file, List<StagingBatch.Part> parts) {
		// the rows to send are built on the writing thread: this one, which normalizes and checks every
		// row, is the one the others wait for on a long export
		while (pending.size() >= IN_FLIGHT) {
			await(pending.removeFirst());
		}
		if (writer == null) {
			writer = Executors.newSingleThreadExecutor(task -> {
				Thread t = new Thread(task, threadName);
				// never keeps the JVM alive; close() waits for it where it matters
				t.setDaemon(true);
				return t;
			});
		}
		batches++;
		pending.addLast(writer.submit(() -> {
			long start = System.nanoTime();
			long cpu = cpuNanos();
			target.stage(file, parts);
			storingNanos.addAndGet(System.nanoTime() - start);
			storingCpuNanos.addAndGet(cpuNanos() - cpu);
		}));
	}

	@Override
	public void dropIndicator(long draftId, String indicatorCode) {
		// the row may be in a batch still on its way
		awaitStaged();
		target.dropIndicator(draftId, indicatorCode);
	}

	@Override
	public void awaitStaged() {
		while (!pending.isEmpty()) {
			await(pending.removeFirst());
		}
	}

	/**
	 * Stops the writing thread: batches not started are dropped, the one being stored finishes
	 * (waiting for it even if this thread is interrupted, so that whoever resets the file after
	 * this sees everything that was stored). Call {@link #awaitStaged()} first to keep them.
	 */
	@Override
	public void close() {
		if (writer == null) {
			return;
		}
		if (log.isDebugEnabled()) {
			log.debug("{}: {} batches, storing took {} ms ({} ms CPU), reading waited {} ms (reading thread {} ms CPU)",
					threadName, batches, storingNanos.get() / 1_000_000, storingCpuNanos.get() / 1_000_000,
					waitingNanos / 1_000_000,
					Thread.currentThread() == reading ? (cpuNanos() - readingCpuAtStart) / 1_000_000 : "?");
		}
		pending.forEach(f -> f.cancel(false));
		pending.clear();
		writer.shutdown();
		boolean interrupted = false;
		while (true) {
			try {
				if (writer.awaitTermination(1, TimeUnit.MINUTES)) {
					break;
				}
			}
			catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private void await(Future<?> stored) {
		long start = System.nanoTime();
		try {
			awaitUninterruptibly(stored);
		}
		finally {
			waitingNanos += System.nanoTime() - start;
		}
	}

	private static void awaitUninterruptibly(Future<?> stored) {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					stored.get();
					return;
				}
				catch (InterruptedException e) {
					// the file's time budget ran out: stop at the next row, but only once this batch is in
					interrupted = true;
				}
			}
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
