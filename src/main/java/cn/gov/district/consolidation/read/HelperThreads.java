package cn.gov.district.consolidation.read;

import java.util.concurrent.TimeUnit;

/** What the reading path's own threads (parsing ahead, inflating ahead) share. Stateless. */
final class HelperThreads {

	/** How long a caller waits for such a thread to notice that it is to stop. */
	static final long STOP_WAIT_MILLIS = 30_000;

	private HelperThreads() {
	}

	/**
	 * Waits until {@code thread} has ended, at most {@link #STOP_WAIT_MILLIS} (one stuck outside
	 * anything that can stop it, in a hostile file's shared strings say, is left to its own limits),
	 * keeping an interrupt of the caller for later.
	 */
	static void awaitEnd(Thread thread) {
		boolean interrupted = false;
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MILLIS);
		while (thread.isAlive()) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				break;
			}
			try {
				thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
			}
			catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Throws what such a thread failed with on the caller's thread: a runtime exception or an error
	 * unchanged, anything else (no reader's source throws it) wrapped.
	 */
	static void throwUnchecked(Throwable failure) {
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException(failure);
	}
}
