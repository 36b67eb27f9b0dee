package cn.gov.district.consolidation.job;

/**
 * The databases the end-to-end tests run the job against: the embedded H2 file database an
 * operator gets by default, and PostgreSQL 15 through the {@code postgres} profile.
 */
enum TestDatabase {

	/** H2 in file mode under the harness's {@code data} folder. */
	H2,

	/** A fresh PostgreSQL database per test, see {@link PostgresTestDatabase}. */
	POSTGRESQL
}
