package cn.gov.district.consolidation.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

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
