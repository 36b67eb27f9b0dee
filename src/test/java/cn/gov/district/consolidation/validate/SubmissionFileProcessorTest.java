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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.InputFile;

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
