package cn.gov.district.consolidation.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import cn.gov.district.consolidation.job.PostgresTestDatabase;

/**
 * A real database for the store's tests: an H2 file database in {@code dir}, or a fresh
 * PostgreSQL database on the test server, with the project's Flyway migrations up to a target.
 */
final class MigratedDatabase implements AutoCloseable {

	private final String database;

	private final PostgresTestDatabase postgres;

	private final Connection connection;

	private final DataSource dataSource;

	private MigratedDatabase(String database, PostgresTestDatabase postgres, Connection connection) {
		this.database = database;
		this.postgres = postgres;
		this.connection = connection;
		this.dataSource = new SingleConnectionDataSource(connection, true);
	}

	/** Opens {@code database} ({@code h2} or {@code postgresql}), not migrated yet. */
	static MigratedDatabase open(String database, Path dir) throws SQLException {
		if (database.equals("h2")) {
			return new MigratedDatabase(database, null,
					DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), "sa", ""));
		}
		PostgresTestDatabase postgres = PostgresTestDatabase.create();
		return new MigratedDatabase(database, postgres, postgres.connect());
	}

	/** Migrates to {@code target} ({@code latest} for all). */
	MigratedDatabase migrate(String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + (database.equals("h2") ? "h2" : "postgresql"))
			.target(target)
			.load()
			.migrate();
		return this;
	}

	DataSource dataSource() {
		return dataSource;
	}

	Connection connection() {
		return connection;
	}

	@Override
	public void close() throws SQLException {
		connection.close();
		if (postgres != null) {
			postgres.close();
		}
	}
}
