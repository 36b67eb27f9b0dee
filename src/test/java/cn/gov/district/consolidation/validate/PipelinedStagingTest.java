package cn.gov.district.consolidation.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.Severity;

class PipelinedStagingTest {

	private final InputFile file = ValidationFixtures.file("东关街道.xlsx");

	/** Records what it stores and on which thread; can be held up or made to fail. */
	private static final class Recording implements StagingArea {

		final List<String> stored = new CopyOnWriteArrayList<>();

		final List<String> threads = new CopyOnWriteArrayList<>();

		volatile CountDownLatch gate = new CountDownLatch(0);

		final CountDownLatch started = new CountDownLatch(1);

		volatile RuntimeException failure;

		@Override
		public void reset(InputFile file) {
			stored.add("reset");
		}

		@Override
		public void stage(InputFile file, List<StagingBatch.Part> parts) {
			started.countDown();
			try {
				gate.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				throw new AssertionError("the writing thread must never be interrupted", e);
			}
			if (failure != null) {
				throw failure;
			}
			threads.add(Thread.currentThread().getName());
			stored.add(parts.get(0).findings().get(0).message());
		}

		@Override
		public void dropIndicator(long draftId, String indicatorCode) {
			stored.add("drop " + indicatorCode);
		}
	}

	private static List<StagingBatch.Part> batch(String name) {
		return List.of(StagingBatch.Part.ofFile(List.of(Finding.ofFile("f", "CODE", Severity.WARNING, name))));
	}

	@Test
	void shouldStoreBatchesInOrderOnASecondThread() {
		Recording target = new Recording();
		try (PipelinedStaging pipeline = new PipelinedStaging(target, "stage-test")) {
			for (int i = 1; i <= 10; i++) {
				pipeline.stage(file, batch("b" + i));
			}
			pipeline.dropIndicator(7, "GDP");
			pipeline.awaitStaged();
		}

		assertThat(target.stored).containsExactly("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "drop GDP");
		assertThat(target.threads).containsOnly("stage-test");
	}

	@Test
	void shouldKeepAtMostTwoBatchesWaitingForTheDatabase() throws Exception {
		Recording target = new Recording();
		target.gate = new CountDownLatch(1);
		try (PipelinedStaging pipeline = new PipelinedStaging(target, "stage-test")) {
			pipeline.stage(file, batch("b1"));
			pipeline.stage(file, batch("b2"));
			Thread reader = new Thread(() -> pipeline.stage(file, batch("b3")));
			reader.start();
			reader.join(300);
			// the third batch waits until the first is stored
			assertThat(reader.isAlive()).isTrue();
			target.gate.countDown();
			reader.join(5_000);
			assertThat(reader.isAlive()).isFalse();
			pipeline.awaitStaged();
		}
		assertThat(target.stored).containsExactly("b1", "b2", "b3");
	}

	@Test
	void shouldReportAFailedBatchOnTheReadingThread() {
		Recording target = new Recording();
		target.failure = new IllegalStateException("database gone");
		try (PipelinedStaging pipeline = new PipelinedStaging(target, "stage-test")) {
			pipeline.stage(file, batch("b1"));

			assertThatThrownBy(pipeline::awaitStaged).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
		}
	}

	@Test
	void shouldLetTheBatchBeingStoredFinishWhenClosedEvenIfInterrupted() throws Exception {
		Recording target = new Recording();
		target.gate = new CountDownLatch(1);
		AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
		PipelinedStaging pipeline = new PipelinedStaging(target, "stage-test");
		Thread reader = new Thread(() -> {
			pipeline.stage(file, batch("b1"));
			pipeline.stage(file, batch("b2"));
			try {
				target.started.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				throw new AssertionError(e);
			}
			// the time budget ran out: close while b1 is being stored and b2 waits
			Thread.currentThread().interrupt();
			pipeline.close();
			stillInterrupted.set(Thread.currentThread().isInterrupted());
		});
		reader.start();
		reader.join(300);
		assertThat(reader.isAlive()).as("close waits for the batch being stored").isTrue();
		target.gate.countDown();
		reader.join(5_000);

		assertThat(reader.isAlive()).isFalse();
		// b1 was under way and is stored whole; b2 had not started and is dropped
		assertThat(target.stored).containsExactly("b1");
		assertThat(stillInterrupted.get()).isTrue();
	}
}
