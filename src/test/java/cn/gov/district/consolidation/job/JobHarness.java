package cn.gov.district.consolidation.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gov.district.consolidation.ConsolidationApplication;

/**
 * Runs the real application, as {@code java -jar} would, against a folder of its own: input,
 * archive, rejected, output and a real H2 file database under {@code root}.
 */
final class JobHarness {

	final Path root;

	JobHarness(Path root) {
		this.root = root;
	}

	Path input() {
		return root.resolve("input");
	}

	Path archive() {
		return root.resolve("input/archive");
	}

	Path rejected() {
		return root.resolve("input/rejected");
	}

	Path output() {
		return root.resolve("output");
	}

	Path data() {
		return root.resolve("data");
	}

	String jdbcUrl() {
		return "jdbc:h2:file:" + data().resolve("consolidation").toAbsolutePath();
	}

	/** The command line that points the application at this harness's folders and database. */
	List<String> arguments() {
		return List.of("--consolidation.input-dir=" + input(), "--consolidation.archive-dir=" + archive(),
				"--consolidation.rejected-dir=" + rejected(), "--consolidation.output-dir=" + output(),
				"--consolidation.data-dir=" + data(), "--consolidation.settle=0s", "--spring.datasource.url=" + jdbcUrl());
	}

	/** Runs the job once and returns the process exit code. */
	int run(String... extraArgs) {
		List<String> args = withOverrides(extraArgs);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ConsolidationApplication.class)
			.run(args.toArray(String[]::new));
		return SpringApplication.exit(context);
	}

	/** Runs the job once as on the night {@code days} after today (Asia/Shanghai). */
	int runDaysLater(int days, String... extraArgs) {
		List<String> args = withOverrides(extraArgs);
		Clock later = Clock.offset(Clock.system(ZoneId.of("Asia/Shanghai")), Duration.ofDays(days));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ConsolidationApplication.class)
			.initializers(c -> c.getBeanFactory().registerSingleton("clock", later))
			.run(args.toArray(String[]::new));
		return SpringApplication.exit(context);
	}

	/** {@link #arguments()} with those that {@code extraArgs} set again replaced (Boot would join both). */
	List<String> withOverrides(String... extraArgs) {
		List<String> args = new ArrayList<>();
		for (String arg : arguments()) {
			String key = arg.substring(0, arg.indexOf('=') + 1);
			if (Stream.of(extraArgs).noneMatch(extra -> extra.startsWith(key))) {
				args.add(arg);
			}
		}
		args.addAll(List.of(extraArgs));
		return args;
	}

	/** Regular files directly in {@code dir}, by name. */
	static List<String> filesIn(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** Regular files anywhere below {@code dir}, by name. */
	static List<String> filesBelow(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
