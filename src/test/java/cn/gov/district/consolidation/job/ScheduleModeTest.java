package cn.gov.district.consolidation.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.district.consolidation.examples.ExampleFacts;
import cn.gov.district.consolidation.examples.ExampleSubmissions;

/**
 * {@code --schedule}: the process stays up, runs the job on the cron, and stops cleanly on
 * SIGTERM, leaving no execution {@code STARTED} that would block the next night.
 */
class ScheduleModeTest {

	@TempDir
	Path root;

	@Test
	void shouldRunOnTheCronAndStopCleanlyOnSigterm() throws Exception {
		JobHarness harness = new JobHarness(root);
		ExampleSubmissions.writeAll(harness.input());
		Path workbook = harness.output().resolve("2022-11").resolve(ExampleFacts.DISTRICT + "_2022-11_汇总.xlsx");

		try (ChildJob child = ChildJob.start(harness, null, "--schedule", "--consolidation.schedule.cron=*/2 * * * * *")) {
			Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
			while (!(Files.exists(workbook) && JobHarness.filesIn(harness.input()).isEmpty())
					&& Instant.now().isBefore(deadline) && child.isAlive()) {
				Thread.sleep(200);
			}
			assertThat(workbook).as("the scheduled run wrote the workbook:\n" + child.output()).exists();
			// the process stays up for the next trigger
			Thread.sleep(2500);
			assertThat(child.isAlive()).isTrue();

			child.terminate();

			assertThat(child.isAlive()).isFalse();
			assertThat(child.output()).contains("计划任务已启动");
		}
		try (Connection c = harness.connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*) from batch_job_execution where status in ('STARTED', 'STARTING', 'STOPPING')")) {
			rs.next();
			assertThat(rs.getInt(1)).as("no execution left running").isZero();
		}
		// the next night starts normally
		assertThat(harness.run()).isZero();
	}
}
