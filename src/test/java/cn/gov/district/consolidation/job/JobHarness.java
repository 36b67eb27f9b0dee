package cn.gov.district.consolidation.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gov.district.consolidation.ConsolidationApplication;

/**
 * Runs the real application, as {@code java -jar} would, against a folder of its own: input,
 * archive, rejected and output under {@code root}, and a real database: an H2 file database
 * under {@code root} (the default), or a fresh PostgreSQL database through the {@code postgres}
 * profile, dropped by {@link #close()}. Not thread-safe: one per test.
 */
final class JobHarness implements AutoCloseable {

	final Path root;

	private final TestDatabase database;

	/** Null unless {@link #database} is PostgreSQL. */
	private final PostgresTestDatabase postgres;

	JobHarness(Path root) {
		this(root, TestDatabase.H2);
	}

	/** Null unless the job's tables live in a schema of their own in a shared PostgreSQL database. */
	private final String schema;

	/** Whether {@link #close()} drops {@link #postgres} (false when it is shared). */
	private final boolean ownsDatabase;

	JobHarness(Path root, TestDatabase database) {
		this.root = root;
		this.database = database;
		this.postgres = database == TestDatabase.POSTGRESQL ? PostgresTestDatabase.create() : null;
		this.schema = null;
		this.ownsDatabase = true;
	}

	/**
	 * A district's instance on a PostgreSQL database shared with others, in {@code schema} (the
	 * README's city deployment); the caller drops the database.
	 */
	JobHarness(Path root, PostgresTestDatabase shared, String schema) {
		this.root = root;
		this.database = TestDatabase.POSTGRESQL;
		this.postgres = shared;
		this.schema = schema;
		this.ownsDatabase = false;
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

	TestDatabase database() {
		return database;
	}

	String jdbcUrl() {
		if (postgres == null) {
			return "jdbc:h2:file:" + data().resolve("consolidation").toAbsolutePath();
		}
		return schema == null ? postgres.url() : postgres.url() + "&currentSchema=" + schema;
	}

	/** A connection to the job's database, for checking what it stored. */
	Connection connect() throws SQLException {
		if (postgres == null) {
			return DriverManager.getConnection(jdbcUrl(), "sa", "");
		}
		Connection c = postgres.connect();
		if (schema != null) {
			c.setSchema(schema);
		}
		return c;
	}

	/** The command line that points the application at this harness's folders and database. */
	List<String> arguments() {
		List<String> args = new ArrayList<>(List.of("--consolidation.input-dir=" + input(),
				"--consolidation.archive-dir=" + archive(), "--consolidation.rejected-dir=" + rejected(),
				"--consolidation.output-dir=" + output(), "--consolidation.data-dir=" + data(),
				"--consolidation.settle=0s", "--spring.datasource.url=" + jdbcUrl()));
		if (postgres != null) {
			// the operator's switch, so the profile's own settings are what the test exercises
			args.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.username=" + postgres.user(),
					"--spring.datasource.password=" + postgres.password()));
		}
		if (schema != null) {
			args.add("--spring.flyway.default-schema=" + schema);
		}
		return args;
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

	/** Drops the PostgreSQL database; the H2 one goes with the temporary folder. */
	@Override
	public void close() throws SQLException {
		if (postgres != null && ownsDatabase) {
			postgres.close();
		}
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
