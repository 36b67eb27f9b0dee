package cn.gov.district.consolidation.store;

import static cn.gov.district.consolidation.store.JdbcStagingArea.storable;
import static cn.gov.district.consolidation.store.JdbcStagingArea.truncate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ValueStatus;

/**
 * The indicator rows of one submission staged in one batch, as one row of {@code indicator_block}
 * (migrations V5, V8): element {@code i} of every column array belongs to the {@code i}-th entry.
 * A column that says nothing the others do not is stored as NULL (sparse, V8): statuses that follow
 * from their values, raw texts that are all NULL, remarks that are all empty, one sheet for all
 * (then in {@code sheet}), consecutive rows (then from {@code first_row}). Read back through the
 * view {@code indicator_value}, which fills them in.
 */
final class IndicatorBlock {

	/** Every column after {@code submission_id}, in the order of {@link JdbcStagingArea#INDICATOR_BLOCKS}: the arrays, then {@code sheet} and {@code first_row}. */
	private static final List<String> STORED = JdbcStagingArea.INDICATOR_BLOCKS.columns()
		.subList(1, JdbcStagingArea.INDICATOR_BLOCKS.columns().size());

	/** The array columns, the first of {@link #STORED}. */
	private static final List<String> COLUMNS = STORED.subList(0, STORED.indexOf("sheet"));

	/** Element type per column of {@link #COLUMNS}, as {@link Connection#createArrayOf} names it on PostgreSQL. */
	private static final String[] ELEMENT_TYPES = { "varchar", "numeric", "int4", "varchar", "varchar", "numeric",
			"int4", "varchar", "varchar", "numeric", "int4", "varchar", "varchar", "varchar", "varchar", "int4" };

	/** Positions in {@link #COLUMNS}: the first column of each measure (value, scale, status, raw), and the others. */
	private static final int CODE = position("indicator_code");

	private static final int[] MEASURES = { position("target_value"), position("actual_value"), position("growth_value") };

	private static final int REMARK = position("remark");

	private static final int SHEET = position("sheet_name");

	private static final int ROW = position("source_row");

	/** The position of {@code column} in {@link #COLUMNS}, taken from the table's definition so the two cannot drift apart. */
	private static int position(String column) {
		int p = COLUMNS.indexOf(column);
		if (p < 0) {
			throw new IllegalStateException("indicator_block has no column " + column);
		}
		return p;
	}

	/**
	 * Column arrays, {@code columns[c][i]} the value of column {@code c} of entry {@code i}; {@code null}
	 * for a column stored as NULL (sparse: its content follows from the others, {@link #sheet} and
	 * {@link #firstRow}).
	 */
	private final Object[][] columns;

	/** The one sheet of all entries where the sheet column is sparse, else {@code null}. */
	private final String sheet;

	/** The row of the first entry where the row column is sparse (consecutive rows), else {@code null}. */
	private final Integer firstRow;

	private IndicatorBlock(Object[][] columns, String sheet, Integer firstRow) {
		this.columns = columns;
		this.sheet = sheet;
		this.firstRow = firstRow;
	}

	/** The block of full columns {@code full}, its columns that the view can fill in stored as NULL. */
	private static IndicatorBlock sparse(Object[][] full) {
		boolean oneSheet = allEqual(full[SHEET], full[SHEET][0]);
		Integer first = firstRow(full[ROW]);
		Object[][] c = new Object[full.length][];
		for (int col = 0; col < full.length; col++) {
			c[col] = sparse(full, col, oneSheet, first) ? null : full[col];
		}
		return new IndicatorBlock(c, oneSheet ? (String) full[SHEET][0] : null, first);
	}

	/**
	 * The block of {@code entries}. The columns a block of fresh entries nearly always stores as NULL
	 * (statuses that follow from their values, no raw text, no remark, one sheet, consecutive rows:
	 * every block of a long export) are found out while the entries are read, and only the columns
	 * that are stored are made: a million-row export stages 25,000 blocks, and building nine arrays
	 * of each only to find them sparse was a sixth of the staging thread's time.
	 */
	static IndicatorBlock of(List<IndicatorEntry> entries) {
		int n = entries.size();
		Object[][] c = new Object[COLUMNS.size()][];
		c[CODE] = new Object[n];
		for (int m : MEASURES) {
			c[m] = new Object[n];
			c[m + 1] = new Object[n];
		}
		boolean[] statusFollows = { true, true, true };
		boolean[] noRaw = { true, true, true };
		boolean noRemark = true;
		String sheet = n == 0 ? null : truncate(entries.get(0).sheet(), 200);
		boolean oneSheet = true;
		int first = n == 0 ? 0 : entries.get(0).sourceRow();
		boolean consecutive = n > 0;
		for (int i = 0; i < n; i++) {
			IndicatorEntry e = entries.get(i);
			c[CODE][i] = e.indicatorCode();
			for (int k = 0; k < MEASURES.length; k++) {
				Measure m = measure(e, k);
				BigDecimal stored = storable(m.value());
				c[MEASURES[k]][i] = stored;
				c[MEASURES[k] + 1][i] = StoredValues.scaleOf(stored);
				statusFollows[k] = statusFollows[k] && m.status().name().equals(defaultStatus(stored));
				noRaw[k] = noRaw[k] && StoredValues.rawToStore(m, stored) == null;
			}
			noRemark = noRemark && e.remark().isEmpty();
			oneSheet = oneSheet && Objects.equals(truncate(e.sheet(), 200), sheet);
			consecutive = consecutive && e.sourceRow() == first + i;
		}
		// the columns the view cannot fill in, as of() made them all before
		for (int k = 0; k < MEASURES.length; k++) {
			int m = MEASURES[k];
			if (!statusFollows[k]) {
				c[m + 2] = new Object[n];
				for (int i = 0; i < n; i++) {
					c[m + 2][i] = measure(entries.get(i), k).status().name();
				}
			}
			if (!noRaw[k]) {
				c[m + 3] = new Object[n];
				for (int i = 0; i < n; i++) {
					c[m + 3][i] = truncate(StoredValues.rawToStore(measure(entries.get(i), k), (BigDecimal) c[m][i]), 400);
				}
			}
		}
		if (!noRemark) {
			c[REMARK] = new Object[n];
			for (int i = 0; i < n; i++) {
				c[REMARK][i] = truncate(entries.get(i).remark(), 2000);
			}
		}
		if (!oneSheet) {
			c[SHEET] = new Object[n];
			for (int i = 0; i < n; i++) {
				c[SHEET][i] = truncate(entries.get(i).sheet(), 200);
			}
		}
		if (!consecutive) {
			c[ROW] = new Object[n];
			for (int i = 0; i < n; i++) {
				c[ROW][i] = entries.get(i).sourceRow();
			}
		}
		return new IndicatorBlock(c, oneSheet ? sheet : null, consecutive ? first : null);
	}

	/** Measure {@code k} of {@link #MEASURES} of {@code e}: target, actual, growth. */
	private static Measure measure(IndicatorEntry e, int k) {
		return switch (k) {
			case 0 -> e.target();
			case 1 -> e.actual();
			default -> e.growth();
		};
	}

	/** The status the view gives an element whose status column is stored as NULL. */
	private static String defaultStatus(Object value) {
		return value == null ? ValueStatus.BLANK.name() : ValueStatus.VALUE.name();
	}

	/**
	 * Whether column {@code c} says nothing the view cannot fill in (V8), so it is stored as NULL;
	 * {@code oneSheet} and {@code firstRow} say it for the sheet and row columns.
	 */
	private static boolean sparse(Object[][] columns, int c, boolean oneSheet, Integer firstRow) {
		Object[] column = columns[c];
		if (c == REMARK) {
			return allEqual(column, "");
		}
		if (c == SHEET) {
			return oneSheet;
		}
		if (c == ROW) {
			return firstRow != null;
		}
		for (int m : MEASURES) {
			if (c == m + 2) {
				for (int i = 0; i < column.length; i++) {
					if (!defaultStatus(columns[m][i]).equals(column[i])) {
						return false;
					}
				}
				return true;
			}
			if (c == m + 3) {
				return allEqual(column, null);
			}
		}
		return false;
	}

	private static boolean allEqual(Object[] column, Object expected) {
		for (Object o : column) {
			if (!Objects.equals(o, expected)) {
				return false;
			}
		}
		return true;
	}

	/** The row of the first entry when the entries stand on consecutive rows, else {@code null}. */
	private static Integer firstRow(Object[] rows) {
		if (!(rows[0] instanceof Integer first)) {
			return null;
		}
		for (int i = 1; i < rows.length; i++) {
			if (!(rows[i] instanceof Integer row) || row != first + i) {
				return null;
			}
		}
		return first;
	}

	/**
	 * How array values go to the driver: H2 takes its own array values ({@link H2Arrays}), which spares
	 * it making a {@link Array} and reading it back (a third of the staging thread's time in a profile)
	 * and converting every element twice; PostgreSQL's driver needs an {@link Array} of a named
	 * element type (for the rare update of a block; staging writes the blocks through COPY, with
	 * {@link PostgresCopy#array} as the parameters).
	 */
	@FunctionalInterface
	interface ArrayParameters {

		Object of(String elementType, Object[] elements) throws SQLException;

		static ArrayParameters of(Connection con) throws SQLException {
			if ("H2".equals(con.getMetaData().getDatabaseProductName())) {
				return H2Arrays::of;
			}
			return con::createArrayOf;
		}
	}

	/** The values of one {@code indicator_block} row for {@code submission}: NULL for a sparse column. */
	Object[] row(ArrayParameters arrays, long submission) throws SQLException {
		Object[] row = new Object[STORED.size() + 1];
		row[0] = submission;
		for (int c = 0; c < columns.length; c++) {
			row[c + 1] = columns[c] == null ? null : arrays.of(ELEMENT_TYPES[c], columns[c]);
		}
		row[COLUMNS.size() + 1] = sheet;
		row[COLUMNS.size() + 2] = firstRow;
		return row;
	}

	/**
	 * The full columns of a block as stored, sparse columns filled in the way the view does:
	 * {@code stored[c]} the array of column {@code c} or {@code null}.
	 */
	private static IndicatorBlock expand(Object[][] stored, String sheet, Integer firstRow) {
		int n = stored[CODE].length;
		Object[][] c = new Object[COLUMNS.size()][];
		for (int col = 0; col < c.length; col++) {
			c[col] = stored[col] != null ? stored[col] : new Object[n];
		}
		for (int m : MEASURES) {
			if (stored[m + 2] == null) {
				for (int i = 0; i < n; i++) {
					c[m + 2][i] = defaultStatus(c[m][i]);
				}
			}
		}
		for (int i = 0; i < n; i++) {
			if (stored[REMARK] == null) {
				c[REMARK][i] = "";
			}
			if (stored[SHEET] == null) {
				c[SHEET][i] = sheet;
			}
			if (stored[ROW] == null) {
				c[ROW][i] = firstRow + i;
			}
		}
		// full columns, as without() needs them
		return new IndicatorBlock(c, null, null);
	}

	/** The columns of a block, {@link #STORED} in order, for a select: {@code b.indicator_code, …, b.first_row}. */
	static String storedColumns(String alias) {
		return alias + "." + String.join(", " + alias + ".", STORED);
	}

	/**
	 * The block of the current row of {@code rs}, whose columns from {@code first} on are
	 * {@link #STORED} in order ({@link #storedColumns}), its sparse columns filled in as the view
	 * {@code indicator_value} fills them.
	 */
	static IndicatorBlock read(ResultSet rs, int first) throws SQLException {
		Object[][] c = new Object[COLUMNS.size()][];
		for (int col = 0; col < c.length; col++) {
			Array a = rs.getArray(first + col);
			if (a != null) {
				c[col] = (Object[]) a.getArray();
				a.free();
			}
		}
		String sheet = rs.getString(first + COLUMNS.size());
		int firstRow = rs.getInt(first + COLUMNS.size() + 1);
		return expand(c, sheet, rs.wasNull() ? null : firstRow);
	}

	/**
	 * The entries of a block {@link #read} from the database, each as the view {@code indicator_value}
	 * gives its row and {@link JdbcSubmissionStore#indicatorEntry} reads it: values back at the scale
	 * they were written with, a raw text stored as NULL written as the value.
	 */
	List<IndicatorEntry> entries() {
		int n = size();
		List<IndicatorEntry> entries = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			entries.add(new IndicatorEntry((String) columns[CODE][i], measureAt(MEASURES[0], i), measureAt(MEASURES[1], i),
					measureAt(MEASURES[2], i), (String) columns[REMARK][i], (String) columns[SHEET][i], (Integer) columns[ROW][i]));
		}
		return entries;
	}

	/** The measure of entry {@code i} whose value column is {@code m}, as {@link StoredValues#measure} reads it. */
	private Measure measureAt(int m, int i) {
		ValueStatus status = ValueStatus.valueOf((String) columns[m + 2][i]);
		BigDecimal stored = (BigDecimal) columns[m][i];
		BigDecimal value = stored == null ? null : stored.setScale((Integer) columns[m + 1][i], RoundingMode.UNNECESSARY);
		String raw = (String) columns[m + 3][i];
		if (raw == null) {
			raw = value == null ? "" : value.toPlainString();
		}
		return new Measure(status.hasNumber() ? value : null, status, raw);
	}

	/**
	 * Removes the entries for {@code indicatorCode} from the blocks of {@code submission}; a block
	 * left empty is deleted. Rare (a cross-row check took back a row already staged), so done row
	 * by row.
	 */
	static void drop(Connection con, long submission, String indicatorCode) throws SQLException {
		List<Long> ids = new ArrayList<>();
		List<IndicatorBlock> blocks = new ArrayList<>();
		try (PreparedStatement select = con.prepareStatement("select id, " + String.join(", ", STORED)
				+ " from indicator_block where submission_id = ? order by id")) {
			select.setLong(1, submission);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
					blocks.add(read(rs, 2));
				}
			}
		}
		ArrayParameters arrays = ArrayParameters.of(con);
		for (int b = 0; b < blocks.size(); b++) {
			IndicatorBlock kept = blocks.get(b).without(indicatorCode);
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
			int[] types = JdbcStagingArea.INDICATOR_BLOCKS.types();
			try (PreparedStatement update = con.prepareStatement("update indicator_block set "
					+ String.join(" = ?, ", STORED) + " = ? where id = ?")) {
				Object[] values = kept.row(arrays, submission);
				for (int c = 1; c < values.length; c++) {
					if (values[c] == null) {
						update.setNull(c, types[c]);
					}
					else {
						update.setObject(c, values[c], types[c]);
					}
				}
				update.setLong(values.length, ids.get(b));
				update.executeUpdate();
			}
		}
	}

	/** This block (of full columns, as {@link #expand} makes it) without the entries of {@code code}, or {@code null} if it has none. */
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
		return keep.isEmpty() ? new IndicatorBlock(c, null, null) : sparse(c);
	}

	int size() {
		return columns[0].length;
	}
}
