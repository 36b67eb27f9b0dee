package cn.gov.district.consolidation.store;

import java.sql.SQLException;
import java.util.List;

/**
 * Rows of one table on their way into the database through one connection, within the caller's
 * transaction: a JDBC
 * batch of inserts ({@link BatchRows}), or PostgreSQL's COPY ({@link PostgresCopy}). The caller
 * builds each row once, whichever way it goes. Not thread-safe: one per batch.
 */
interface StagedRows {

	/**
	 * A table and the columns every row gives, in order, with their JDBC types (for NULLs).
	 *
	 * @param name the table
	 * @param columns the columns
	 * @param types a {@link java.sql.Types} constant per column
	 */
	record Table(String name, List<String> columns, int[] types) {

		public Table {
			columns = List.copyOf(columns);
			types = types.clone();
			if (types.length != columns.size()) {
				throw new IllegalArgumentException(columns.size() + " columns but " + types.length + " types");
			}
		}
	}

	/**
	 * One row: a value per column of the table, {@code null} for NULL; texts as {@code String},
	 * decimals as {@code BigDecimal}, whole numbers as {@code Long} or {@code Integer}.
	 */
	void add(Object... values) throws SQLException;

	/** Sends what was added; returns how many rows the database took. */
	long send() throws SQLException;
}
