package cn.gov.district.consolidation.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.read.FileFormat;
import cn.gov.district.consolidation.read.ReadAheadReader;
import cn.gov.district.consolidation.read.TableReaders;

/** The per-file time budget and the last line of defence against a reader that blows up. */
class SubmissionFileProcessorTest {

	private final InMemoryStagingArea staging = new InMemoryStagingArea();

	private final InputFile file = new InputFile(7, "太平街道2022年1-11月.xlsx", Path.of("input/太平街道2022年1-11月.xlsx"), "ab",
			10, OffsetDateTime.now(ZoneId.of("Asia/Shanghai")), LocalDate.of(2022, 12, 1), FileStatus.DISCOVERED);

	@Test
	void shouldRejectAFileThatRunsOverItsTimeBudgetAndInterruptItsReader() throws Exception {
		CountDownLatch interrupted = new CountDownLatch(1);
		SubmissionParser stuck = new SubmissionParser(ValidationFixtures.context(), staging) {
			@Override
			public FileOutcome parse(InputFile f) {
				try {
					// a reader that never ends by itself
					new CountDownLatch(1).await();
				}
				catch (InterruptedException e) {
					interrupted.countDown();
				}
				throw new IllegalStateException("abandoned");
			}
		};

		FileOutcome outcome = new SubmissionFileProcessor(stuck, Duration.ofMillis(100)).process(file);

		assertThat(outcome.decision()).isEqualTo(FileStatus.REJECTED);
		assertThat(staging.findings).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("FILE_TIME_BUDGET");
			assertThat(f.message()).contains("文件处理时间超过100毫秒的上限");
		});
		assertThat(outcome.reason()).contains("时间");
		assertThat(interrupted.await(60, TimeUnit.SECONDS)).as("the abandoned reader is interrupted").isTrue();
	}

	@Test
	void shouldFailTheStepNotTheFileWhenTheDatabaseFailsWhileStoringOnTheSecondThread(@TempDir Path dir)
			throws Exception {
		Path csv = dir.resolve("东关街道_2022年1-11月_指标.csv");
		Files.writeString(csv, "指标名称,单位,本期完成\n规模以上工业总产值,亿元,86.42\n", StandardCharsets.UTF_8);
		InputFile real = new InputFile(8, csv.getFileName().toString(), csv, "cd", Files.size(csv),
				OffsetDateTime.now(ZoneId.of("Asia/Shanghai")), LocalDate.of(2022, 12, 1), FileStatus.DISCOVERED);
		StagingArea broken = new StagingArea() {
			@Override
			public void reset(InputFile file) {
			}

			@Override
			public void stage(InputFile file, List<StagingBatch.Part> parts) {
				throw new DataAccessResourceFailureException("database file gone");
			}

			@Override
			public void dropIndicator(long draftId, String indicatorCode) {
			}
		};
		SubmissionParser parser = new SubmissionParser(ValidationFixtures.context(), broken);

		// the database, not the file: the night is restarted later, the file is never rejected for it
		assertThatThrownBy(() -> new SubmissionFileProcessor(parser, Duration.ofMinutes(5)).process(real))
			.isInstanceOf(DataAccessResourceFailureException.class)
			.hasMessageContaining("database file gone");
	}

	@Test
	void shouldRejectAFileWhoseReaderRunsOutOfMemoryAndGoOn() {
		SubmissionParser exploding = new SubmissionParser(ValidationFixtures.context(), staging) {
			@Override
			public FileOutcome parse(InputFile f) {
				throw new OutOfMemoryError("Java heap space");
			}
		};

		FileOutcome outcome = new SubmissionFileProcessor(exploding, Duration.ofMinutes(5)).process(file);

		assertThat(outcome.decision()).isEqualTo(FileStatus.REJECTED);
		assertThat(staging.findings).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("UNREADABLE_FILE");
			assertThat(f.message()).contains("OutOfMemoryError");
		});
	}

	@Test
	void shouldReadALargeExportAheadOnAThreadOfItsOwnWithTheSameOutcome(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("导出.csv");
		int rows = writeLongExport(csv, 2017);
		InputFile large = new InputFile(9, csv.getFileName().toString(), csv, "ef", Files.size(csv),
				OffsetDateTime.now(ZoneId.of("Asia/Shanghai")), LocalDate.of(2022, 12, 1), FileStatus.DISCOVERED);
		assertThat(large.size()).isGreaterThanOrEqualTo(SubmissionParser.READ_AHEAD_BYTES);
		assertThat(SubmissionParser.readerFor(large, FileFormat.CSV, TableReaders.DEFAULT_MAX_FILE_CHARS)).isInstanceOf(ReadAheadReader.class);
		assertThat(SubmissionParser.readerFor(file, FileFormat.CSV, TableReaders.DEFAULT_MAX_FILE_CHARS)).isNotInstanceOf(ReadAheadReader.class);
		SubmissionParser parser = new SubmissionParser(ValidationFixtures.context(), staging);

		FileOutcome outcome = new SubmissionFileProcessor(parser, Duration.ofMinutes(5)).process(large);

		assertThat(outcome.decision()).isEqualTo(FileStatus.ACCEPTED);
		assertThat(outcome.rowsRead()).isEqualTo(rows);
		assertThat(outcome.rowsRejected()).isEqualTo(1);
		// the one bad value, deep in the file, is reported at its own line
		assertThat(staging.findings).singleElement().satisfies(f -> {
			assertThat(f.row()).isEqualTo(BAD_LINE);
			assertThat(f.column()).isEqualTo("E");
			assertThat(f.rawValue()).isEqualTo("约三成");
		});
		assertThat(outcome.submissions()).hasSize(3 * (2017 - 2000 + 1) * 11);
	}

	@Test
	void shouldStopALargeFileReadAheadAtItsTimeBudgetAndLeaveNoThreadBehind(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("导出.csv");
		// 29,040 rows: with the database held at its first batch, validation stops after 15,000 and the
		// parser at most 8,192 rows further, so the parser is still at work when the budget runs out
		writeLongExport(csv, 2021);
		InputFile large = new InputFile(10, csv.getFileName().toString(), csv, "ef", Files.size(csv),
				OffsetDateTime.now(ZoneId.of("Asia/Shanghai")), LocalDate.of(2022, 12, 1), FileStatus.DISCOVERED);
		CountDownLatch firstBatch = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger batches = new AtomicInteger();
		StagingArea slowDatabase = new StagingArea() {
			@Override
			public void reset(InputFile f) {
				staging.reset(f);
			}

			@Override
			public void stage(InputFile f, List<StagingBatch.Part> parts) {
				if (Thread.currentThread().getName().startsWith("stage-")) {
					// the file's rows, stored by its pipeline; not the rejection's finding staged afterwards
					batches.incrementAndGet();
				}
				firstBatch.countDown();
				try {
					if (!release.await(60, TimeUnit.SECONDS)) {
						throw new IllegalStateException("the test never let the database answer");
					}
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				staging.stage(f, parts);
			}

			@Override
			public void dropIndicator(long draftId, String indicatorCode) {
				staging.dropIndicator(draftId, indicatorCode);
			}
		};
		SubmissionParser parser = new SubmissionParser(ValidationFixtures.context(), slowDatabase);
		AtomicBoolean parsingWhenBudgetRanOut = new AtomicBoolean();
		// the budget runs out while the database holds the first batch, not at a time on the clock
		SubmissionFileProcessor.BudgetWait runsOutAtTheFirstBatch = (reading, budget) -> {
			if (!firstBatch.await(30, TimeUnit.SECONDS)) {
				throw new AssertionError("the first batch never reached the database");
			}
			parsingWhenBudgetRanOut.set(threadAlive("parse-10"));
			// the database answers once the worker is interrupted: a cancelled task's get() returns after that
			CompletableFuture.runAsync(() -> {
				try {
					reading.get(60, TimeUnit.SECONDS);
				}
				catch (Exception e) {
					// cancelled, as expected; whatever else, the assertions below say so
				}
				finally {
					release.countDown();
				}
			});
			throw new TimeoutException();
		};

		FileOutcome outcome = CompletableFuture
			.supplyAsync(() -> new SubmissionFileProcessor(parser, Duration.ofSeconds(2), runsOutAtTheFirstBatch).process(large))
			.get(60, TimeUnit.SECONDS);

		assertThat(parsingWhenBudgetRanOut).as("the file is parsed ahead on a thread of its own when the budget runs out").isTrue();
		assertThat(outcome.decision()).isEqualTo(FileStatus.REJECTED);
		assertThat(staging.findings).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("FILE_TIME_BUDGET");
			assertThat(f.message()).contains("文件处理时间超过2秒的上限");
		});
		// the interrupted reader stopped after the batches already on their way: the one held, and at most
		// IN_FLIGHT more handed over before the interrupt was seen (a loaded machine lets it reach them); 29,040 rows are 6
		assertThat(batches).as("batches sent to the database").hasValueLessThanOrEqualTo(1 + PipelinedStaging.IN_FLIGHT);
		for (Thread parsing : Thread.getAllStackTraces().keySet()) {
			if (parsing.getName().equals("parse-10")) {
				parsing.join(TimeUnit.SECONDS.toMillis(30));
				assertThat(parsing.isAlive()).as("the parsing thread of the abandoned file has ended within 30 s").isFalse();
			}
		}
	}

	@Test
	void shouldRejectALargeExportWhoseTextBreaksOffDeepInsideAtItsLine(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("导出.csv");
		writeLongExport(csv, 2017);
		byte[] bytes = Files.readAllBytes(csv);
		// two bytes that are no UTF-8, in the middle of line 20,000
		int line = 1;
		int at = 0;
		while (line < 20_000) {
			if (bytes[at++] == '\n') {
				line++;
			}
		}
		bytes[at + 2] = (byte) 0xFF;
		bytes[at + 3] = (byte) 0xFE;
		Files.write(csv, bytes);
		InputFile large = new InputFile(11, csv.getFileName().toString(), csv, "ef", Files.size(csv),
				OffsetDateTime.now(ZoneId.of("Asia/Shanghai")), LocalDate.of(2022, 12, 1), FileStatus.DISCOVERED);
		assertThat(SubmissionParser.readerFor(large, FileFormat.CSV, TableReaders.DEFAULT_MAX_FILE_CHARS)).isInstanceOf(ReadAheadReader.class);
		SubmissionParser parser = new SubmissionParser(ValidationFixtures.context(), staging);

		FileOutcome outcome = new SubmissionFileProcessor(parser, Duration.ofMinutes(5)).process(large);

		assertThat(outcome.decision()).isEqualTo(FileStatus.REJECTED);
		assertThat(outcome.submissions()).isEmpty();
		// the rows before the break were validated (the bad value of line 9,001), then the break was reported
		assertThat(staging.findings).extracting(f -> f.code(), f -> f.row())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("UNIT_UNKNOWN", BAD_LINE),
					org.assertj.core.groups.Tuple.tuple("ENCODING_ERROR", null));
		assertThat(staging.findings.get(1).message()).contains("第20000行");
	}

	/** The line of {@link #writeLongExport}'s one value that is no number. */
	private static final int BAD_LINE = 9_001;

	/** A long export of every 街道 of the roster × 40 indicators × 11 months from 2000 to {@code lastYear}. */
	private static int writeLongExport(Path csv, int lastYear) throws Exception {
		List<Indicator> indicators = ValidationFixtures.context().catalog.all();
		StringBuilder out = new StringBuilder("街道名称,报送期间,指标名称,单位,本期完成\n");
		int line = 1;
		for (int year = 2000; year <= lastYear; year++) {
			for (int month = 1; month <= 11; month++) {
				for (String street : List.of("东关街道", "西关街道", "南门街道")) {
					for (Indicator indicator : indicators) {
						line++;
						out.append(street).append(',').append(year).append("年1-").append(month).append("月,")
							.append(indicator.name()).append(',').append(indicator.unit()).append(',')
							.append(line == BAD_LINE ? "约三成" : valueOf(indicator, line)).append('\n');
					}
				}
			}
		}
		Files.writeString(csv, out, StandardCharsets.UTF_8);
		return line - 1;
	}

	/** A value that passes every check: parts within their wholes, rates as the parts give them. */
	private static String valueOf(Indicator indicator, int line) {
		return switch (indicator.code()) {
			case "SAFETY_HAZARDS_FOUND" -> "100";
			case "SAFETY_HAZARDS_FIXED" -> "90";
			case "GRID_EVENTS_REPORTED" -> "200";
			case "GRID_EVENTS_CLOSED" -> "180";
			case "SAFETY_FIX_RATE", "GRID_CLOSE_RATE" -> "90";
			default -> "%".equals(indicator.unit()) ? "12.5" : String.valueOf(line % 90 + 2);
		};
	}

	private static boolean threadAlive(String name) {
		return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
	}

	@Test
	void shouldHandTheOutcomeOfAFileReadWithinItsBudget() {
		FileOutcome accepted = new FileOutcome(file, FileStatus.ACCEPTED, "", java.util.List.of(), 3, 0, 0, 0, null, null);
		SubmissionParser quick = new SubmissionParser(ValidationFixtures.context(), staging) {
			@Override
			public FileOutcome parse(InputFile f) {
				return accepted;
			}
		};

		assertThat(new SubmissionFileProcessor(quick, Duration.ofMinutes(5)).process(file)).isSameAs(accepted);
	}
}
