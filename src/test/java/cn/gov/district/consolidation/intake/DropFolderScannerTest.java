package cn.gov.district.consolidation.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DropFolderScannerTest {

	private static final Duration SETTLE = Duration.ofSeconds(10);

	@TempDir
	Path input;

	private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-21T18:00:00Z"));

	private final List<Duration> sleeps = new ArrayList<>();

	@AfterEach
	void clearInterrupt() {
		Thread.interrupted();
	}

	@Test
	void shouldSkipLockHiddenTemporaryAndSystemFilesWithReasons() throws IOException {
		write("东关街道_2022年1-11月.xlsx");
		write("~$东关街道_2022年1-11月.xlsx");
		write(".~lock.西关街道.xlsx#");
		write(".DS_Store");
		write("南关街道.xlsx.tmp");
		write("北关街道.xlsx.part");
		write("北关街道 (1).xlsx.crdownload");
		write(".东关街道.csv.swp");
		write("Thumbs.db");
		write("desktop.ini");

		ScanResult result = scanner().scan(input);

		assertThat(result.files()).extracting(CandidateFile::fileName).containsExactly("东关街道_2022年1-11月.xlsx");
		assertThat(result.skipped()).extracting(s -> s.path().getFileName().toString(), ScanResult.Skipped::reason)
			.containsExactlyInAnyOrder(
					tuple("~$东关街道_2022年1-11月.xlsx", "Excel 或 WPS 打开文件时生成的锁文件，不是报送文件，已跳过；关闭该文件后它会自行消失"),
					tuple(".~lock.西关街道.xlsx#", "LibreOffice 打开文件时生成的锁文件，不是报送文件，已跳过；关闭该文件后它会自行消失"),
					tuple(".DS_Store", "隐藏文件，不是报送文件，已跳过；报送文件不能是隐藏文件，文件名也不能以“.”开头"),
					tuple("南关街道.xlsx.tmp", "临时文件或未下载完的文件，不是报送文件，已跳过；请等保存或下载完成后放入完整的文件"),
					tuple("北关街道.xlsx.part", "临时文件或未下载完的文件，不是报送文件，已跳过；请等保存或下载完成后放入完整的文件"),
					tuple("北关街道 (1).xlsx.crdownload", "临时文件或未下载完的文件，不是报送文件，已跳过；请等保存或下载完成后放入完整的文件"),
					tuple(".东关街道.csv.swp", "临时文件或未下载完的文件，不是报送文件，已跳过；请等保存或下载完成后放入完整的文件"),
					tuple("Thumbs.db", "Windows 自动生成的系统文件，不是报送文件，已跳过，无需处理"),
					tuple("desktop.ini", "Windows 自动生成的系统文件，不是报送文件，已跳过，无需处理"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "报表.TMP", "报表.xlsx.Part", "THUMBS.DB", "Desktop.ini", "~$报表.xls", ".hidden.xlsx" })
	void shouldSkipRegardlessOfLetterCase(String name) {
		assertThat(DropFolderScanner.skipReason(name)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "报表~$.xlsx", "a..b.xlsx", "tmp报表.xlsx", "报表.tmp.xlsx", "东关 街道（修订）.xlsx",
			"partial.csv", "my Thumbs.db.xlsx" })
	void shouldKeepNamesThatOnlyLookLikeSkippedOnes(String name) {
		assertThat(DropFolderScanner.skipReason(name)).isEmpty();
	}

	@Test
	void shouldLeaveSubfoldersAndTheirFilesAlone() throws IOException {
		write("东关街道.xlsx");
		Files.createDirectories(input.resolve("archive/2026-11-21"));
		Files.writeString(input.resolve("archive/2026-11-21/西关街道.xlsx"), "x");
		Files.createDirectories(input.resolve("rejected/2026-11-21"));
		Files.writeString(input.resolve("rejected/2026-11-21/南关街道.xlsx"), "x");
		Files.createDirectories(input.resolve("新建文件夹"));

		Files.createDirectories(input.resolve(".git"));

		ScanResult result = scanner().scanReady(input, List.of(input.resolve("archive"), input.resolve("rejected")));

		assertThat(result.files()).extracting(CandidateFile::fileName).containsExactly("东关街道.xlsx");
		// the job's own folders and hidden ones silently, a folder an operator dropped with a word
		assertThat(result.skipped()).singleElement().satisfies(s -> {
			assertThat(s.path().getFileName().toString()).isEqualTo("新建文件夹");
			assertThat(s.reason()).isEqualTo("子文件夹，其中的文件未处理：请将其中的报送文件直接放入输入目录（" + input.getFileName() + "）");
		});
		assertThat(input.resolve("新建文件夹")).isDirectory();
	}

	@Test
	void shouldReportLinksAsNotRegularFiles() throws IOException {
		Path target = write("东关街道.xlsx");
		Files.createSymbolicLink(input.resolve("快捷方式.xlsx"), target);

		ScanResult result = scanner().scan(input);

		assertThat(result.files()).extracting(CandidateFile::fileName).containsExactly("东关街道.xlsx");
		assertThat(result.skipped()).singleElement()
			.satisfies(s -> assertThat(s.path()).isEqualTo(input.resolve("快捷方式.xlsx")))
			.satisfies(s -> assertThat(s.reason()).isEqualTo(DropFolderScanner.NOT_A_REGULAR_FILE));
	}

	@Test
	void shouldOrderFilesOldestFirstThenByName() throws IOException {
		touch(write("c.xlsx"), "2026-11-20T01:00:00Z");
		touch(write("b.xlsx"), "2026-11-20T02:00:00Z");
		touch(write("a.xlsx"), "2026-11-20T02:00:00Z");
		touch(write("d.csv"), "2026-11-19T23:00:00Z");

		ScanResult result = scanner().scanReady(input);

		assertThat(result.files()).extracting(CandidateFile::fileName)
			.containsExactly("d.csv", "c.xlsx", "a.xlsx", "b.xlsx");
		assertThat(result.files().get(0).lastModified()).isEqualTo(Instant.parse("2026-11-19T23:00:00Z"));
		assertThat(result.files().get(0).size()).isEqualTo(Files.size(input.resolve("d.csv")));
	}

	@Test
	void shouldLeaveFileThatGrowsDuringSettleIntervalAndTakeItWhenUnchanged() throws IOException {
		Path growing = write("东关街道.xlsx");
		write("西关街道.xlsx");
		DropFolderScanner whileCopying = new DropFolderScanner(SETTLE, clock, duration -> {
			clock.advance(duration);
			append(growing, "more bytes arriving over SMB");
		});

		ScanResult first = whileCopying.scanReady(input);

		assertThat(first.files()).extracting(CandidateFile::fileName).containsExactly("西关街道.xlsx");
		assertThat(first.skipped()).singleElement()
			.isEqualTo(new ScanResult.Skipped(growing, "仍在写入，下次运行再处理"));
		assertThat(growing).exists();

		ScanResult next = scanner().scanReady(input);

		assertThat(next.files()).extracting(CandidateFile::fileName).containsExactlyInAnyOrder("东关街道.xlsx", "西关街道.xlsx");
		assertThat(next.skipped()).isEmpty();
		assertThat(next.files()).filteredOn(f -> f.fileName().equals("东关街道.xlsx")).singleElement()
			.extracting(CandidateFile::size).isEqualTo(Files.size(growing));
	}

	@Test
	void shouldLeaveFileWhoseModifiedTimeChangesEvenWhenItsSizeStaysTheSame() throws IOException {
		Path preallocated = write("东关街道.xlsx");
		touch(preallocated, "2026-11-01T00:00:00Z");
		DropFolderScanner whileCopying = new DropFolderScanner(SETTLE, clock, duration -> {
			clock.advance(duration);
			touch(preallocated, "2026-11-21T18:00:05Z");
		});

		ScanResult result = whileCopying.scanReady(input);

		assertThat(result.files()).isEmpty();
		assertThat(result.skipped()).extracting(ScanResult.Skipped::reason)
			.containsExactly(DropFolderScanner.STILL_BEING_WRITTEN);
	}

	@Test
	void shouldReportFileThatDisappearsDuringSettleInterval() throws IOException {
		Path renamed = write("东关街道.xlsx");
		DropFolderScanner scanner = new DropFolderScanner(SETTLE, clock, duration -> {
			clock.advance(duration);
			try {
				Files.move(renamed, input.resolve("东关街道-改名.xlsx"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});

		ScanResult result = scanner.settled(scanner.scan(input));

		assertThat(result.files()).isEmpty();
		assertThat(result.skipped()).containsExactly(new ScanResult.Skipped(renamed, DropFolderScanner.VANISHED));
	}

	@Test
	void shouldWaitTheWholeSettleIntervalOnTheClockEvenIfTheSleeperWakesEarly() throws IOException {
		write("东关街道.xlsx");
		DropFolderScanner scanner = new DropFolderScanner(SETTLE, clock, duration -> {
			sleeps.add(duration);
			clock.advance(sleeps.size() == 1 ? Duration.ofSeconds(4) : duration);
		});
		Instant start = clock.instant();

		scanner.scanReady(input);

		assertThat(Duration.between(start, clock.instant())).isGreaterThanOrEqualTo(SETTLE);
		assertThat(sleeps).containsExactly(SETTLE, Duration.ofSeconds(6));
	}

	@Test
	void shouldNotWaitWhenThereIsNothingToSettle() throws IOException {
		write("~$东关街道.xlsx");
		DropFolderScanner scanner = new DropFolderScanner(SETTLE, clock, duration -> sleeps.add(duration));

		ScanResult result = scanner.scanReady(input);

		assertThat(sleeps).isEmpty();
		assertThat(result.skipped()).hasSize(1);
	}

	@Test
	void shouldStopWithChineseMessageAndKeepInterruptStatusWhenInterrupted() throws IOException {
		write("东关街道.xlsx");
		DropFolderScanner scanner = new DropFolderScanner(SETTLE, clock, duration -> {
			throw new InterruptedException();
		});

		assertThatThrownBy(() -> scanner.scanReady(input)).isInstanceOf(InterruptedIOException.class)
			.hasMessageContaining("任务被中断")
			.hasMessageContaining("请重新运行");
		assertThat(Thread.currentThread().isInterrupted()).isTrue();
	}

	@Test
	void shouldWaitOutTheSettleIntervalWithARealSleepMeasuredOnTheClock() throws IOException {
		write("东关街道.xlsx");
		// the real sleeper, the time it slept told to the clock: the scanner asks for the interval, once
		DropFolderScanner scanner = new DropFolderScanner(Duration.ofMillis(50), clock, duration -> {
			DropFolderScanner.Sleeper.threadSleep().sleep(duration);
			sleeps.add(duration);
			clock.advance(duration);
		});

		ScanResult result = scanner.scanReady(input);

		assertThat(sleeps).containsExactly(Duration.ofMillis(50));
		assertThat(result.files()).hasSize(1);
	}

	@Test
	void shouldReallySleepByDefault() throws IOException {
		write("东关街道.xlsx");
		// an interrupted thread cannot sleep: a scanner that only spun on the clock would not notice
		Thread.currentThread().interrupt();
		assertThatThrownBy(() -> DropFolderScanner.Sleeper.threadSleep().sleep(Duration.ofMillis(1)))
			.isInstanceOf(InterruptedException.class);

		Thread.currentThread().interrupt();
		assertThatThrownBy(() -> new DropFolderScanner(Duration.ofMillis(50)).scanReady(input))
			.isInstanceOf(InterruptedIOException.class);
		assertThat(Thread.currentThread().isInterrupted()).isTrue();
	}

	@Test
	void shouldRejectNegativeSettleInterval() {
		assertThatThrownBy(() -> new DropFolderScanner(Duration.ofSeconds(-1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private DropFolderScanner scanner() {
		return new DropFolderScanner(SETTLE, clock, clock::advance);
	}

	private Path write(String name) throws IOException {
		return Files.writeString(input.resolve(name), "content of " + name, StandardCharsets.UTF_8);
	}

	private static void append(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path touch(Path file, String instant) {
		try {
			return Files.setLastModifiedTime(file, FileTime.from(Instant.parse(instant)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
