package cn.gov.district.consolidation.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock that keeps to one consolidation run at a time, across processes: an operating-system
 * lock ({@link FileChannel#tryLock}) on a file in the data folder. The operating system drops the
 * lock when the holding process ends, however it ends, so a crashed run never leaves it stuck and
 * there is nothing to clean up by hand. The holder writes its process id and start time into the
 * file so that the run that is turned away can say who holds it ({@link #describeHolder}).
 *
 * <p>The lock covers one byte far past the text rather than the text itself, because on Windows a
 * locked range cannot even be read by other processes. On Linux, closing any handle of a file drops
 * every lock the process holds on it, so a second attempt from the same JVM is answered from memory
 * without opening the file.
 *
 * <p>Thread-safe. An instance is held by one run and released by {@link #close}.
 */
public final class RunLock implements AutoCloseable {

	/** How often, 100 ms apart, a refused run tries to read who holds the lock. */
	private static final int HOLDER_READ_ATTEMPTS = 20;


	private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

	private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

	// the operating system lock belongs to the whole process, so what this process holds is process-wide too
	private static final Map<Path, Holder> HELD_BY_THIS_PROCESS = new ConcurrentHashMap<>();

	// opening the file to read the holder must not overlap with taking the lock in another thread
	private static final Object FILE_ACCESS = new Object();

	private final Path key;

	private final FileChannel channel;

	private final FileLock lock;

	private RunLock(Path key, FileChannel channel, FileLock lock) {
		this.key = key;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock if no other run holds it, with the start time from the system clock.
	 * @see #tryAcquire(Path, Clock)
	 */
	public static Optional<RunLock> tryAcquire(Path lockFile) throws IOException {
		return tryAcquire(lockFile, Clock.system(RunDate.ZONE));
	}

	/**
	 * Takes the lock if no other run, in this process or another, holds it; creates the file and its
	 * folder when needed and writes this process's id and {@code clock}'s time into it.
	 * @param lockFile the lock file, e.g. {@code data/consolidation.lock}; must not be {@code null}
	 * @param clock when this run started; must not be {@code null}
	 * @return the lock, to be closed when the run ends; empty when another run holds it, in which
	 * case {@link #describeHolder} says which
	 * @throws IOException when the lock file cannot be created or written
	 */
	public static Optional<RunLock> tryAcquire(Path lockFile, Clock clock) throws IOException {
		Path key = keyOf(lockFile);
		Holder me = new Holder(ProcessHandle.current().pid(),
				OffsetDateTime.now(clock.withZone(RunDate.ZONE)).truncatedTo(ChronoUnit.SECONDS));
		synchronized (FILE_ACCESS) {
			if (HELD_BY_THIS_PROCESS.putIfAbsent(key, me) != null) {
				return Optional.empty();
			}
			try {
				Optional<RunLock> acquired = lockAndWrite(key, me);
				if (acquired.isEmpty()) {
					HELD_BY_THIS_PROCESS.remove(key);
				}
				return acquired;
			}
			catch (IOException | RuntimeException | Error ex) {
				HELD_BY_THIS_PROCESS.remove(key);
				throw ex;
			}
		}
	}

	/**
	 * Whether this process holds the lock on {@code lockFile} (taken at start-up, before the
	 * database was opened, and held while the process lives).
	 * @param lockFile the lock file given to {@link #tryAcquire}; must not be {@code null}
	 */
	public static boolean isHeldByThisProcess(Path lockFile) {
		return HELD_BY_THIS_PROCESS.containsKey(keyOf(lockFile));
	}

	/**
	 * The Chinese message for a run turned away because {@code lockFile} is held, e.g.
	 * {@code 另一个汇总任务正在运行（进程 1234，开始于 02:00:03），本次退出}.
	 * @param lockFile the lock file given to {@link #tryAcquire}; must not be {@code null}
	 * @return the message, never {@code null}; without process and time when the holder has not
	 * written them yet or they cannot be read
	 */
	public static String describeHolder(Path lockFile) {
		Path key = keyOf(lockFile);
		Optional<Holder> holder = Optional.empty();
		// the holder writes its pid just after it locks: a refusal in that instant waits for it briefly
		for (int attempt = 0; attempt < HOLDER_READ_ATTEMPTS && holder.isEmpty(); attempt++) {
			if (attempt > 0) {
				pause();
			}
			synchronized (FILE_ACCESS) {
				Holder inThisProcess = HELD_BY_THIS_PROCESS.get(key);
				holder = inThisProcess != null ? Optional.of(inThisProcess) : readHolder(key);
			}
		}
		return holder.map(Holder::describe)
			.orElse("另一个汇总任务正在运行（锁文件 " + key + "，进程信息暂时读不到），本次退出");
	}

	/**
	 * Releases the lock. Calling it again does nothing.
	 * @throws IOException when the lock file cannot be closed; the lock is released all the same
	 * when this process ends
	 */
	@Override
	public void close() throws IOException {
		if (!channel.isOpen()) {
			return;
		}
		try {
			lock.release();
		}
		finally {
			channel.close();
			HELD_BY_THIS_PROCESS.remove(key);
		}
	}

	private static Optional<RunLock> lockAndWrite(Path key, Holder me) throws IOException {
		if (key.getParent() != null) {
			Files.createDirectories(key.getParent());
		}
		FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		try {
			FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
			if (lock == null) {
				channel.close();
				return Optional.empty();
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(me.toFileText().getBytes(StandardCharsets.UTF_8)), 0);
			channel.force(false);
			return Optional.of(new RunLock(key, channel, lock));
		}
		catch (IOException | RuntimeException | Error ex) {
			channel.close();
			throw ex;
		}
	}

	private static Optional<Holder> readHolder(Path key) {
		try {
			return Holder.parse(Files.readString(key, StandardCharsets.UTF_8));
		}
		catch (IOException goneOrUnreadable) {
			// the message then says the holder is unknown; the refusal itself does not depend on it
			return Optional.empty();
		}
	}

	private static Path keyOf(Path lockFile) {
		return lockFile.toAbsolutePath().normalize();
	}

	/** Who holds the lock, as written into the lock file. */
	private record Holder(long pid, OffsetDateTime startedAt) {

		String toFileText() {
			return "pid=" + pid + "\nstarted=" + startedAt + "\n";
		}

		String describe() {
			return "另一个汇总任务正在运行（进程 " + pid + "，开始于 "
					+ SHOWN_TIME.format(startedAt.atZoneSameInstant(RunDate.ZONE)) + "），本次退出";
		}

		static Optional<Holder> parse(String text) {
			Long pid = null;
			OffsetDateTime startedAt = null;
			try {
				for (String line : text.split("\n")) {
					if (line.startsWith("pid=")) {
						pid = Long.valueOf(line.substring(4).trim());
					}
					else if (line.startsWith("started=")) {
						startedAt = OffsetDateTime.parse(line.substring(8).trim());
					}
				}
			}
			catch (NumberFormatException | DateTimeParseException halfWritten) {
				return Optional.empty();
			}
			return pid == null || startedAt == null ? Optional.empty() : Optional.of(new Holder(pid, startedAt));
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
