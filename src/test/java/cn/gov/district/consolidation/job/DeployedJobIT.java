package cn.gov.district.consolidation.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.district.consolidation.examples.ExampleSubmissions;

/**
 * The job as it is deployed (README): the jar extracted to {@code target/app} by the build, run in
 * a JVM of its own with the build's class data sharing archive and the shipped
 * {@code config/jvm.options}, over the example submissions. {@code -Xshare:on} makes the JVM refuse
 * to start when the archive cannot be used, so a build that leaves an archive the job cannot map
 * fails here. Run by failsafe after {@code package}, which makes {@code target/app}.
 */
class DeployedJobIT {

	@TempDir
	Path root;

	@Test
	void shouldRunTheExamplesFromTheExtractedJarWithItsClassArchive() throws Exception {
		Path app = Path.of(System.getProperty("app.dir"));
		try (JobHarness harness = new JobHarness(root)) {
			List<Path> examples = ExampleSubmissions.writeAll(harness.input());
			try (ChildJob job = ChildJob.startDeployed(harness, app.resolve(System.getProperty("app.jar")),
					app.resolve(System.getProperty("app.cds")))) {
				assertThat(job.awaitExit()).as(job::output).isZero();
			}
			assertThat(harness.output().resolve("2022-11/河西区_2022-11_汇总.xlsx")).isRegularFile();
			// every example decided and moved: 河东 is another district's 街道 and is sent back, the rest archived
			assertThat(JobHarness.filesBelow(harness.archive())).hasSize(examples.size() - 1);
			assertThat(JobHarness.filesBelow(harness.rejected())).contains("河东街道2022年1-11月.xlsx");
			assertThat(JobHarness.filesIn(harness.input())).isEmpty();
		}
	}
}
