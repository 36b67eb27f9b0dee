package cn.gov.district.consolidation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/** Rows sent as one JDBC batch of inserts (on PostgreSQL rewritten by the driver into multi-row inserts). */
final class BatchRows implements StagedRows {

	private final Table table;

	private final PreparedStatement insert;

	private long rows;

	BatchRows(Connection con, Table table) throws SQLException {
		this.table = table;
		this.insert = con.prepareStatement("insert into " + table.name() + " (" + String.join(", ", table.columns())
				+ ") values (" + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")");
	}

	@Override
	public void add(Object... values) throws SQLException {
		if (values.length != table.columns().size()) {
			throw new IllegalArgumentException(values.length + " values for " + table.columns().size() + " columns");
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
	public long send(Connection con) throws SQLException {
		try (insert) {
			if (rows > 0) {
				insert.executeBatch();
			}
			return rows;
		}
	}
}
