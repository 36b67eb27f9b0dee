package cn.gov.district.consolidation.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job as it is deployed (README): the jar extracted to {@code target/app} by the build, run in
 * a JVM of its own with the build's class data sharing archive and the shipped
 * {@code config/jvm.options}, over the shipped example submissions. {@code -Xshare:on} makes the JVM
 * refuse to start when the archive cannot be used, so a build that leaves an archive the job cannot
 * map fails here.
 */
class DeployedJobIT {

	private static final Path BASE = Path.of("").toAbsolutePath();

	@TempDir
	Path office;

	@Test
	void shouldRunTheShippedExamplesFromTheExtractedJarWithItsClassArchive() throws Exception {
		Path app = Path.of(System.getProperty("app.dir"));
		Path input = Files.createDirectories(office.resolve("input"));
		List<Path> examples;
		try (Stream<Path> files = Files.list(BASE.resolve("input"))) {
			examples = files.filter(Files::isRegularFile).toList();
		}
		for (Path example : examples) {
			Files.copy(example, input.resolve(example.getFileName()));
		}
		List<String> command = new ArrayList<>(List.of(System.getProperty("java.launcher"),
				"@" + BASE.resolve("config/jvm.options"), "-Xmx256m", "-Xshare:on",
				"-XX:SharedArchiveFile=" + app.resolve(System.getProperty("app.cds")), "-jar",
				app.resolve(System.getProperty("app.jar")).toString(),
				"--spring.config.additional-location=file:" + BASE.resolve("config/application.yml"),
				"--consolidation.settle=0s"));
		Path log = office.resolve("job.log");
		Process job = new ProcessBuilder(command).directory(office.toFile()).redirectErrorStream(true)
			.redirectOutput(log.toFile()).start();
		boolean ended = job.waitFor(180, TimeUnit.SECONDS);
		if (!ended) {
			job.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(ended).as(output).isTrue();
		assertThat(job.exitValue()).as(output).isZero();
		assertThat(office.resolve("output/2022-11/河西区_2022-11_汇总.xlsx")).as(output).isRegularFile();
		// every example decided and moved: 河东 is another district's 街道 and is sent back, the rest archived
		assertThat(filesUnder(office.resolve("input/archive"))).hasSize(examples.size() - 1);
		assertThat(filesUnder(office.resolve("input/rejected"))).anySatisfy(p -> assertThat(p.getFileName().toString())
			.isEqualTo("河东街道2022年1-11月.xlsx"));
		try (Stream<Path> left = Files.list(input)) {
			assertThat(left.filter(Files::isRegularFile)).isEmpty();
		}
	}

	private static List<Path> filesUnder(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}
}
