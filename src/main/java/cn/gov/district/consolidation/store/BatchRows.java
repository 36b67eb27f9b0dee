package cn.gov.district.consolidation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/** Rows sent as one JDBC batch of inserts (on PostgreSQL rewritten by the driver into multi-row inserts). */
final class BatchRows implements StagedRows {

	private final Connection con;

	private final Table table;

	/** Prepared with the first row: a batch without rows costs nothing. */
	private PreparedStatement insert;

	private long rows;

	BatchRows(Connection con, Table table) {
		this.con = con;
		this.table = table;
	}

	@Override
	public void add(Object... values) throws SQLException {
		if (values.length != table.columns().size()) {
			throw new IllegalArgumentException(values.length + " values for " + table.columns().size() + " columns");
		}
		if (insert == null) {
			insert = con.prepareStatement("insert into " + table.name() + " (" + String.join(", ", table.columns())
					+ ") values (" + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")");
		}
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				insert.setNull(i + 1, table.types()[i]);
			}
			else {
				insert.setObject(i + 1, values[i], table.types()[i]);
			}
		}
		insert.addBatch();
		rows++;
	}

	@Override
	public long send() throws SQLException {
		if (insert == null) {
			return 0;
		}
		try (PreparedStatement batch = insert) {
			batch.executeBatch();
			return rows;
		}
	}
}
