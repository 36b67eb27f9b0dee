package cn.gov.district.consolidation.intake;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import cn.gov.district.consolidation.domain.FileNames;

/**
 * Finds the files in the drop folder that are submissions ready to be read. It looks only at the
 * files directly in the folder: the job's own subfolders ({@code archive}, {@code rejected}) are
 * left alone silently, any other folder is left alone too but reported as skipped (an operator who
 * dropped a folder of submissions must hear that none of them was read), and hidden folders are
 * ignored. It skips the lock, hidden and temporary files that editors, browsers and
 * Windows leave there, and leaves every file that is still being written for the next run. Nothing
 * is moved or changed: every file is either returned or reported as skipped with a Chinese reason.
 *
 * <p>Whether a file is still being written is decided by two looks separated by the settle
 * interval: a file is ready only when its size, last-modified time and, where the file system
 * reports them, its change time ({@code ctime}) and identity are the same both times. Comparing the
 * last-modified time with "now minus the interval" would not do: Windows Explorer copying over SMB
 * gives the copy the last-modified time of the original, which may be days old while the copy is
 * still running, and the file server's clock need not agree with this host's. Explorer may also set
 * the final size before the content has arrived, which is why the size alone is not trusted
 * either. Both looks read the file server's own attributes, so clock skew does not matter.
 *
 * <p>Thread-safe when the {@link Clock} and {@link Sleeper} are; one call looks at one folder.
 */
public final class DropFolderScanner {

	/** Why a file that changed during the settle interval was left in the drop folder. */
	public static final String STILL_BEING_WRITTEN = "仍在写入，下次运行再处理";

	static final String VANISHED = "检查期间文件被移走或改名，本次未处理；如仍需汇总，请把文件放回输入目录";

	static final String NOT_A_REGULAR_FILE = "不是普通文件（快捷方式、链接或特殊文件），未处理；请把报送文件本身放入输入目录";

	/** Why a folder dropped into the input folder was not read; {@code %s} is the input folder's name. */
	static final String FOLDER = "子文件夹，其中的文件未处理：请将其中的报送文件直接放入输入目录（%s）";

	private static final String HIDDEN = "隐藏文件，不是报送文件，已跳过；报送文件不能是隐藏文件，文件名也不能以“.”开头";

	private static final List<String> TEMPORARY_SUFFIXES = List.of(".tmp", ".part", ".crdownload", ".swp");

	private static final Comparator<ScanResult.Skipped> SKIPPED_ORDER = Comparator
		.comparing(s -> s.path().getFileName().toString());

	/**
	 * How the scanner waits out the settle interval; tests pass one that does not really sleep.
	 */
	@FunctionalInterface
	public interface Sleeper {

		/** Waits for about {@code duration}. */
		void sleep(Duration duration) throws InterruptedException;

		/** Sleeps the current thread. */
		static Sleeper threadSleep() {
			return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
		}
	}

	private final Duration settle;

	private final Clock clock;

	private final Sleeper sleeper;

	/**
	 * A scanner that waits on the system clock.
	 * @param settle how long a file must stay unchanged to count as completely written; not negative
	 */
	public DropFolderScanner(Duration settle) {
		this(settle, Clock.system(RunDate.ZONE), Sleeper.threadSleep());
	}

	/**
	 * @param settle how long a file must stay unchanged to count as completely written; not negative
	 * @param clock measures the settle interval; must not be {@code null}
	 * @param sleeper waits; must not be {@code null}
	 */
	public DropFolderScanner(Duration settle, Clock clock, Sleeper sleeper) {
		Objects.requireNonNull(settle, "settle");
		if (settle.isNegative()) {
			throw new IllegalArgumentException("settle must not be negative: " + settle);
		}
		this.settle = settle;
		this.clock = Objects.requireNonNull(clock, "clock");
		this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
	}

	/**
	 * Lists the files in {@code inputDir} and sorts out those that are not submissions by their name
	 * or kind. Does not wait: whether the files are completely written is {@link #settled}'s decision.
	 * @param inputDir the drop folder; must exist
	 * @return the candidates in processing order and the skipped files; never {@code null}
	 * @throws IOException when the folder cannot be listed
	 */
	public ScanResult scan(Path inputDir) throws IOException {
		return scan(inputDir, List.of());
	}

	/**
	 * {@link #scan(Path)}, leaving the job's own folders below {@code inputDir} (the archive and rejected
	 * folders) out of the report; every other folder is reported as skipped.
	 * @param ownFolders folders the job itself keeps in or below {@code inputDir}; must not be {@code null}
	 */
	public ScanResult scan(Path inputDir, Collection<Path> ownFolders) throws IOException {
		List<Path> own = ownFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
		List<CandidateFile> files = new ArrayList<>();
		List<ScanResult.Skipped> skipped = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(inputDir)) {
			for (Path entry : entries) {
				BasicFileAttributes attributes;
				try {
					attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
				}
				catch (NoSuchFileException gone) {
					// removed between listing and looking: there is nothing left to process or report
					continue;
				}
				// decoded from the name's bytes: the JVM's own decoding garbles a GBK name, and every non-ASCII one under LANG=C
				String name = FileNames.displayName(entry);
				if (attributes.isDirectory()) {
					Path folder = entry.toAbsolutePath().normalize();
					if (!name.startsWith(".") && own.stream().noneMatch(o -> o.startsWith(folder))) {
						skipped.add(new ScanResult.Skipped(entry, String.format(FOLDER, inputDir.getFileName())));
					}
					continue;
				}
				Optional<String> reason = skipReason(name).or(() -> hiddenBySystem(entry));
				if (reason.isPresent()) {
					skipped.add(new ScanResult.Skipped(entry, reason.get()));
				}
				else if (!attributes.isRegularFile()) {
					skipped.add(new ScanResult.Skipped(entry, NOT_A_REGULAR_FILE));
				}
				else {
					files.add(new CandidateFile(entry, name, attributes.size(),
							attributes.lastModifiedTime().toInstant()));
				}
			}
		}
		return sorted(files, skipped);
	}

	/**
	 * Decides which candidates of {@code scan} are completely written: looks at each, waits the
	 * settle interval, looks again. Files that changed or disappeared move to the skipped list.
	 * @param scan a result of {@link #scan}; must not be {@code null}
	 * @return the ready files in processing order, with their attributes of the second look, and the
	 * skipped files of {@code scan} plus those still being written; never {@code null}
	 * @throws InterruptedIOException when the thread is interrupted while waiting (its interrupt
	 * status is kept)
	 * @throws IOException when a file's attributes cannot be read
	 */
	public ScanResult settled(ScanResult scan) throws IOException {
		if (scan.files().isEmpty()) {
			return scan;
		}
		List<ScanResult.Skipped> skipped = new ArrayList<>(scan.skipped());
		List<CandidateFile> watched = new ArrayList<>();
		List<Snapshot> before = new ArrayList<>();
		for (CandidateFile file : scan.files()) {
			Optional<Snapshot> snapshot = Snapshot.of(file.path());
			if (snapshot.isEmpty()) {
				skipped.add(new ScanResult.Skipped(file.path(), VANISHED));
			}
			else {
				watched.add(file);
				before.add(snapshot.get());
			}
		}
		waitSettleInterval();
		List<CandidateFile> ready = new ArrayList<>();
		for (int i = 0; i < watched.size(); i++) {
			CandidateFile file = watched.get(i);
			Optional<Snapshot> after = Snapshot.of(file.path());
			if (after.isEmpty()) {
				skipped.add(new ScanResult.Skipped(file.path(), VANISHED));
			}
			else if (!after.get().equals(before.get(i))) {
				skipped.add(new ScanResult.Skipped(file.path(), STILL_BEING_WRITTEN));
			}
			else {
				ready.add(new CandidateFile(file.path(), file.fileName(), after.get().size(),
						after.get().lastModified().toInstant()));
			}
		}
		return sorted(ready, skipped);
	}

	/**
	 * {@link #scan} followed by {@link #settled}: the files of {@code inputDir} ready to be read.
	 * @param inputDir the drop folder; must exist
	 * @return the ready files in processing order and every file left in the folder; never {@code null}
	 * @throws IOException as {@link #scan} and {@link #settled}
	 */
	public ScanResult scanReady(Path inputDir) throws IOException {
		return settled(scan(inputDir));
	}

	/**
	 * {@link #scan(Path, Collection)} followed by {@link #settled}.
	 * @param ownFolders folders the job itself keeps in or below {@code inputDir}; must not be {@code null}
	 */
	public ScanResult scanReady(Path inputDir, Collection<Path> ownFolders) throws IOException {
		return settled(scan(inputDir, ownFolders));
	}

	/**
	 * Why a file of this name is not a submission, or empty when it may be one.
	 */
	static Optional<String> skipReason(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (fileName.startsWith("~$")) {
			return Optional.of("Excel 或 WPS 打开文件时生成的锁文件，不是报送文件，已跳过；关闭该文件后它会自行消失");
		}
		if (fileName.startsWith(".~lock.") && fileName.endsWith("#")) {
			return Optional.of("LibreOffice 打开文件时生成的锁文件，不是报送文件，已跳过；关闭该文件后它会自行消失");
		}
		if (TEMPORARY_SUFFIXES.stream().anyMatch(lower::endsWith)) {
			return Optional.of("临时文件或未下载完的文件，不是报送文件，已跳过；请等保存或下载完成后放入完整的文件");
		}
		if (fileName.startsWith(".")) {
			return Optional.of(HIDDEN);
		}
		if (lower.equals("thumbs.db") || lower.equals("desktop.ini")) {
			return Optional.of("Windows 自动生成的系统文件，不是报送文件，已跳过，无需处理");
		}
		return Optional.empty();
	}

	private static Optional<String> hiddenBySystem(Path file) {
		try {
			// on Windows a file is hidden by an attribute, whatever its name
			return Files.isHidden(file) ? Optional.of(HIDDEN) : Optional.empty();
		}
		catch (IOException unreadable) {
			return Optional.empty();
		}
	}

	private void waitSettleInterval() throws InterruptedIOException {
		Instant start = clock.instant();
		Instant end = start.plus(settle);
		try {
			// measured on the clock, not trusted to the sleeper, so an early wake-up cannot shorten the window
			for (Instant now = start; now.isBefore(end); now = clock.instant()) {
				sleeper.sleep(Duration.between(now, end));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			InterruptedIOException interrupted = new InterruptedIOException(
					"等待报送文件写完时任务被中断，本次未处理任何文件，请重新运行");
			interrupted.initCause(ex);
			throw interrupted;
		}
	}

	private static ScanResult sorted(List<CandidateFile> files, List<ScanResult.Skipped> skipped) {
		files.sort(CandidateFile.PROCESSING_ORDER);
		skipped.sort(SKIPPED_ORDER);
		return new ScanResult(files, skipped);
	}

	/**
	 * What is compared between the two looks. {@code changeTime} and {@code fileKey} are
	 * {@code null} where the file system does not report them.
	 */
	private record Snapshot(long size, FileTime lastModified, Object changeTime, Object fileKey) {

		static Optional<Snapshot> of(Path file) throws IOException {
			try {
				return Optional.of(read(file));
			}
			catch (NoSuchFileException gone) {
				return Optional.empty();
			}
		}

		private static Snapshot read(Path file) throws IOException {
			try {
				// ctime is set by the file system on every write and cannot be set back by the writer
				Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,fileKey",
						LinkOption.NOFOLLOW_LINKS);
				return new Snapshot((Long) unix.get("size"), (FileTime) unix.get("lastModifiedTime"),
						unix.get("ctime"), unix.get("fileKey"));
			}
			catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
				BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class,
						LinkOption.NOFOLLOW_LINKS);
				return new Snapshot(basic.size(), basic.lastModifiedTime(), null, basic.fileKey());
			}
		}
	}
}
