package cn.gov.district.consolidation.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.district.consolidation.examples.ExampleFacts;
import cn.gov.district.consolidation.examples.ExampleSubmissions;

/**
 * Two processes started at the same moment on the same folders and database: one runs, the other
 * exits at once with exit code 3 and says who is running, without touching a file.
 */
class TwoRunsAtOnceTest {

	@Test
	void shouldTurnAwayTheSecondRunWithTheHoldersPidWhileTheFirstRuns(@TempDir Path root) throws Exception {
		JobHarness harness = new JobHarness(root);
		ExampleSubmissions.writeAll(harness.input());

		// both stop after discovery if they get that far; only the lock holder can
		try (ChildJob first = ChildJob.start(harness, "after-discover");
				ChildJob second = ChildJob.start(harness, "after-discover")) {
			ChildJob winner = awaitWinner(first, second);
			ChildJob loser = winner == first ? second : first;

			assertThat(loser.awaitExit()).as(loser.output()).isEqualTo(ConsolidationRunner.EXIT_LOCKED);
			assertThat(loser.output()).contains("另一个汇总任务正在运行（进程 " + winner.pid() + "，开始于 ")
				.contains("本次退出")
				.doesNotContain("Database may be already in use");

			winner.release();
			assertThat(winner.awaitExit()).as(winner.output()).isZero();
		}
		assertThat(JobHarness.filesIn(harness.input())).isEmpty();
		assertThat(JobHarness.filesBelow(harness.archive())).containsAll(ExampleFacts.ACCEPTED_FILES);
	}

	/**
	 * The child that reached its crash point, i.e. took the lock; the other one never can. Fails
	 * when both end without reaching it, or when neither has within {@link ChildJob#MAX_WAIT_SECONDS}.
	 */
	private static ChildJob awaitWinner(ChildJob first, ChildJob second) throws Exception {
		CompletableFuture<ChildJob> winner = new CompletableFuture<>();
		AtomicInteger ended = new AtomicInteger();
		for (ChildJob child : List.of(first, second)) {
			child.crashPoint().whenComplete((point, failure) -> {
				if (failure == null) {
					winner.complete(child);
				}
				else if (ended.incrementAndGet() == 2) {
					winner.completeExceptionally(
							new AssertionError("both exited:\n" + first.output() + "\n----\n" + second.output()));
				}
			});
		}
		try {
			return winner.get(ChildJob.MAX_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException e) {
			throw (AssertionError) e.getCause();
		}
		catch (TimeoutException e) {
			throw new AssertionError("neither child reached its crash point within " + ChildJob.MAX_WAIT_SECONDS + " s:\n"
					+ first.output() + "\n----\n" + second.output());
		}
	}
}
