package cn.gov.district.consolidation.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.district.consolidation.examples.ExampleFacts;
import cn.gov.district.consolidation.examples.ExampleSubmissions;

/**
 * {@code --schedule}: the process stays up, runs the job on the cron again and again, and stops
 * cleanly on SIGTERM, leaving no execution {@code STARTED} that would block the next night.
 */
class ScheduleModeTest {

	/** What {@link ConsolidationRunner} logs at the end of every job execution. */
	private static final String JOB_ENDED = "汇总任务结束：";

	@TempDir
	Path root;

	@Test
	void shouldRunOnTheCronAgainAndStopCleanlyOnSigterm() throws Exception {
		JobHarness harness = new JobHarness(root);
		ExampleSubmissions.writeAll(harness.input());
		Path workbook = harness.output().resolve("2022-11").resolve(ExampleFacts.DISTRICT + "_2022-11_汇总.xlsx");
		String later = "东关街道_补充说明.csv";
		int runs;

		// every second: the triggers after the first find nothing to do until a file comes in
		try (ChildJob child = ChildJob.start(harness, null, "--schedule", "--consolidation.schedule.cron=* * * * * *")) {
			child.awaitLines(JOB_ENDED, 1);
			assertThat(workbook).as("the first scheduled run wrote the workbook:\n" + child.output()).exists();
			assertThat(JobHarness.filesIn(harness.input())).as("the first run took every file").isEmpty();

			// a file that comes in while the process is up is taken by a later trigger; moved in
			// whole, so that no trigger sees it half written (settle is 0 s in the harness)
			Path writing = Files.writeString(harness.input().resolve(".writing-" + later), "街道名称,说明\n东关街道,附件另行报送\n",
					StandardCharsets.UTF_8);
			Files.move(writing, harness.input().resolve(later), StandardCopyOption.ATOMIC_MOVE);
			// read (and sent back) by a later run, which then ends; by counting, a run that a new day
			// (Asia/Shanghai) started on its own in between does not matter
			child.awaitLinesInOrder(later + "：退回", JOB_ENDED);
			assertThat(child.isAlive()).as("still up after its second run:\n" + child.output()).isTrue();

			child.terminate();
			runs = child.linesWith(JOB_ENDED);

			assertThat(child.isAlive()).isFalse();
			assertThat(child.output()).contains("计划任务已启动").doesNotContain(JOB_ENDED + "FAILED");
		}
		assertThat(JobHarness.filesIn(harness.input())).as("the second run took the later file").isEmpty();
		assertThat(JobHarness.filesBelow(harness.rejected())).contains(later);
		// one process, two executions (or more): the second can only have come from a later trigger
		List<String> executions = new ArrayList<>();
		try (Connection c = harness.connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select status from batch_job_execution order by job_execution_id")) {
			while (rs.next()) {
				executions.add(rs.getString(1));
			}
		}
		assertThat(runs).isGreaterThanOrEqualTo(2);
		assertThat(executions).as("no execution left running").hasSize(runs).containsOnly("COMPLETED");
		// the next night starts normally
		assertThat(harness.run()).isZero();
	}
}
