package cn.gov.district.consolidation.store;

import static cn.gov.district.consolidation.store.JdbcStagingArea.storable;
import static cn.gov.district.consolidation.store.JdbcStagingArea.truncate;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.Measure;

/**
 * The indicator rows of one submission staged in one batch, as one row of {@code indicator_block}
 * (migration V5): element {@code i} of every column array belongs to the {@code i}-th entry.
 * Read back through the view {@code indicator_value}.
 */
final class IndicatorBlock {

	/** The array columns after {@code submission_id}, in the order of {@link JdbcStagingArea#INDICATOR_BLOCKS}. */
	private static final List<String> COLUMNS = JdbcStagingArea.INDICATOR_BLOCKS.columns()
		.subList(1, JdbcStagingArea.INDICATOR_BLOCKS.columns().size());

	/** Element type per column of {@link #COLUMNS}, as {@link Connection#createArrayOf} names it on PostgreSQL. */
	private static final String[] ELEMENT_TYPES = { "varchar", "numeric", "int4", "varchar", "varchar", "numeric",
			"int4", "varchar", "varchar", "numeric", "int4", "varchar", "varchar", "varchar", "varchar", "int4" };

	/** Column arrays, {@code columns[c][i]} the value of column {@code c} of entry {@code i}. */
	private final Object[][] columns;

	private IndicatorBlock(Object[][] columns) {
		this.columns = columns;
	}

	static IndicatorBlock of(List<IndicatorEntry> entries) {
		int n = entries.size();
		Object[][] c = new Object[COLUMNS.size()][n];
		for (int i = 0; i < n; i++) {
			IndicatorEntry e = entries.get(i);
			c[0][i] = e.indicatorCode();
			measure(c, 1, i, e.target());
			measure(c, 5, i, e.actual());
			measure(c, 9, i, e.growth());
			c[13][i] = truncate(e.remark(), 2000);
			c[14][i] = truncate(e.sheet(), 200);
			c[15][i] = e.sourceRow();
		}
		return new IndicatorBlock(c);
	}

	private static void measure(Object[][] c, int first, int i, Measure m) {
		BigDecimal stored = storable(m.value());
		c[first][i] = stored;
		c[first + 1][i] = StoredValues.scaleOf(stored);
		c[first + 2][i] = m.status().name();
		c[first + 3][i] = truncate(StoredValues.rawToStore(m, stored), 400);
	}

	/**
	 * How array values go to the driver: H2 takes a Java array as it is, which spares it making a
	 * {@link Array} and reading it back (a third of the staging thread's time in a profile);
	 * PostgreSQL's driver needs an {@link Array} of a named element type.
	 */
	@FunctionalInterface
	interface ArrayParameters {

		Object of(String elementType, Object[] elements) throws SQLException;

		static ArrayParameters of(Connection con) throws SQLException {
			if ("H2".equals(con.getMetaData().getDatabaseProductName())) {
				return (type, elements) -> elements;
			}
			return con::createArrayOf;
		}
	}

	/** The values of one {@code indicator_block} row for {@code submission}. */
	Object[] row(ArrayParameters arrays, long submission) throws SQLException {
		Object[] row = new Object[COLUMNS.size() + 1];
		row[0] = submission;
		for (int c = 0; c < columns.length; c++) {
			row[c + 1] = arrays.of(ELEMENT_TYPES[c], columns[c]);
		}
		return row;
	}

	/**
	 * Removes the entries for {@code indicatorCode} from the blocks of {@code submission}; a block
	 * left empty is deleted. Rare (a cross-row check took back a row already staged), so done row
	 * by row.
	 */
	static void drop(Connection con, long submission, String indicatorCode) throws SQLException {
		List<Long> ids = new ArrayList<>();
		List<Object[][]> blocks = new ArrayList<>();
		try (PreparedStatement select = con.prepareStatement("select id, " + String.join(", ", COLUMNS)
				+ " from indicator_block where submission_id = ? order by id")) {
			select.setLong(1, submission);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					Object[][] c = new Object[COLUMNS.size()][];
					for (int col = 0; col < c.length; col++) {
						Array a = rs.getArray(col + 2);
						c[col] = (Object[]) a.getArray();
						a.free();
					}
					ids.add(rs.getLong(1));
					blocks.add(c);
				}
			}
		}
		ArrayParameters arrays = ArrayParameters.of(con);
		for (int b = 0; b < blocks.size(); b++) {
			IndicatorBlock kept = new IndicatorBlock(blocks.get(b)).without(indicatorCode);
			if (kept == null) {
				continue;
			}
			if (kept.size() == 0) {
				try (PreparedStatement delete = con.prepareStatement("delete from indicator_block where id = ?")) {
					delete.setLong(1, ids.get(b));
					delete.executeUpdate();
				}
				continue;
			}
			try (PreparedStatement update = con.prepareStatement("update indicator_block set "
					+ String.join(" = ?, ", COLUMNS) + " = ? where id = ?")) {
				Object[] values = kept.row(arrays, submission);
				for (int c = 1; c < values.length; c++) {
					update.setObject(c, values[c], Types.ARRAY);
				}
				update.setLong(values.length, ids.get(b));
				update.executeUpdate();
			}
		}
	}

	/** This block without the entries of {@code code}, or {@code null} if it has none. */
	private IndicatorBlock without(String code) {
		List<Integer> keep = new ArrayList<>();
		for (int i = 0; i < size(); i++) {
			if (!code.equals(columns[0][i])) {
				keep.add(i);
			}
		}
		if (keep.size() == size()) {
			return null;
		}
		Object[][] c = new Object[columns.length][keep.size()];
		for (int col = 0; col < columns.length; col++) {
			for (int k = 0; k < keep.size(); k++) {
				c[col][k] = columns[col][keep.get(k)];
			}
		}
		return new IndicatorBlock(c);
	}

	int size() {
		return columns[0].length;
	}
}
