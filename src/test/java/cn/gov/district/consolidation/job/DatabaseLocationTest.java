package cn.gov.district.consolidation.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gov.district.consolidation.ConsolidationApplication;
import cn.gov.district.consolidation.examples.ExampleSubmissions;

/**
 * With the shipped database URL, the embedded database lives in {@code consolidation.data-dir}
 * beside the run lock, whether that folder is given absolute or, like every other folder,
 * relative to the working directory (which H2 on its own refuses).
 */
class DatabaseLocationTest {

	/** Runs the job with the harness's folders and {@code dataDir}, and the database URL of application.yml. */
	private static int runWithShippedUrl(JobHarness harness, Path dataDir) {
		List<String> args = harness.withOverrides("--consolidation.data-dir=" + dataDir)
			.stream()
			.filter(arg -> !arg.startsWith("--spring.datasource.url="))
			.toList();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ConsolidationApplication.class)
			.run(args.toArray(String[]::new));
		return SpringApplication.exit(context);
	}

	@Test
	void shouldKeepTheDatabaseInAnAbsoluteDataDir(@TempDir Path root) throws Exception {
		JobHarness harness = new JobHarness(root);
		ExampleSubmissions.writeAll(harness.input());
		Path dataDir = root.resolve("别处").resolve("data");

		assertThat(runWithShippedUrl(harness, dataDir)).isZero();

		assertThat(dataDir.resolve("consolidation.mv.db")).isRegularFile();
		assertThat(JobHarness.filesIn(harness.input())).isEmpty();
	}

	@Test
	void shouldKeepTheDatabaseInADataDirRelativeToTheWorkingDirectory(@TempDir Path root) throws Exception {
		JobHarness harness = new JobHarness(root);
		ExampleSubmissions.writeAll(harness.input());
		Path relative = Path.of("target", "database-location-" + UUID.randomUUID(), "data");
		try {
			assertThat(runWithShippedUrl(harness, relative)).isZero();

			assertThat(relative.resolve("consolidation.mv.db")).isRegularFile();
			assertThat(JobHarness.filesIn(harness.input())).isEmpty();
		}
		finally {
			delete(relative.getParent());
		}
	}

	private static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
