package cn.gov.district.consolidation.store;

import static cn.gov.district.consolidation.store.JdbcStagingArea.storable;
import static cn.gov.district.consolidation.store.JdbcStagingArea.truncate;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ValueStatus;

/**
 * The indicator rows of one submission staged in one batch, as one row of {@code indicator_block}
 * (migrations V5, V8): element {@code i} of every column array belongs to the {@code i}-th entry.
 * A column that says nothing the others do not is stored as NULL (sparse, V8): statuses that follow
 * from their values, raw texts that are all NULL, remarks that are all empty, one sheet for all
 * (then in {@code sheet}), consecutive rows (then from {@code first_row}). On H2 the seven dense
 * columns (codes, values and scales) are stored packed into one value ({@link PackedBlock}, V18),
 * their arrays NULL. Read back through the view {@code indicator_value}, which fills them in and
 * unpacks them, or by {@link #read}, which does alike.
 */
final class IndicatorBlock {

	/** Every column after {@code submission_id}, in the order of {@link JdbcStagingArea#INDICATOR_BLOCKS}: the arrays, then {@code sheet}, {@code first_row} and {@code packed}. */
	private static final List<String> STORED = JdbcStagingArea.INDICATOR_BLOCKS.columns()
		.subList(1, JdbcStagingArea.INDICATOR_BLOCKS.columns().size());

	/** Where {@code sheet}, {@code first_row} and {@code packed} are in {@link #STORED}. */
	private static final int SHEET_COLUMN = STORED.indexOf("sheet");

	private static final int FIRST_ROW_COLUMN = STORED.indexOf("first_row");

	private static final int PACKED_COLUMN = STORED.indexOf("packed");

	/** The array columns, the first of {@link #STORED}. */
	private static final List<String> COLUMNS = STORED.subList(0, SHEET_COLUMN);

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
	 * {@link #firstRow}), and for the scale columns, which follow from the values (made by
	 * {@link #row} where the values go as arrays, never on H2, whose packed values keep their scale).
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

	/**
	 * The block of {@code entries}. The columns a block of fresh entries nearly always stores as NULL
	 * (statuses that follow from their values, no raw text, no remark, one sheet, consecutive rows:
	 * every block of a long export) are found out while the entries are read, and only the columns
	 * that are stored are made: a million-row export stages 25,000 blocks, and building nine arrays
	 * of each only to find them sparse was a sixth of the staging thread's time.
	 * @param entries at least one
	 */
	static IndicatorBlock of(List<IndicatorEntry> entries) {
		int n = entries.size();
		Object[][] c = new Object[COLUMNS.size()][];
		c[CODE] = new Object[n];
		for (int m : MEASURES) {
			c[m] = new Object[n];
		}
		boolean[] statusFollows = { true, true, true };
		boolean[] noRaw = { true, true, true };
		boolean noRemark = true;
		String sheet = truncate(entries.get(0).sheet(), 200);
		boolean oneSheet = true;
		int first = entries.get(0).sourceRow();
		boolean consecutive = true;
		for (int i = 0; i < n; i++) {
			IndicatorEntry e = entries.get(i);
			c[CODE][i] = e.indicatorCode();
			for (int k = 0; k < MEASURES.length; k++) {
				Measure m = measure(e, k);
				BigDecimal stored = storable(m.value());
				c[MEASURES[k]][i] = stored;
				statusFollows[k] = statusFollows[k] && m.status() == defaultStatus(stored);
				noRaw[k] = noRaw[k] && StoredValues.rawToStore(m, stored) == null;
			}
			noRemark = noRemark && e.remark().isEmpty();
			oneSheet = oneSheet && Objects.equals(truncate(e.sheet(), 200), sheet);
			consecutive = consecutive && e.sourceRow() == first + i;
		}
		// the columns the view cannot fill in (rare in a long export)
		for (int k = 0; k < MEASURES.length; k++) {
			int measure = k;
			if (!statusFollows[k]) {
				c[MEASURES[k] + 2] = column(entries, e -> measure(e, measure).status().name());
			}
			if (!noRaw[k]) {
				c[MEASURES[k] + 3] = column(entries, e -> {
					Measure m = measure(e, measure);
					return truncate(StoredValues.rawToStore(m, storable(m.value())), 400);
				});
			}
		}
		if (!noRemark) {
			c[REMARK] = column(entries, e -> truncate(e.remark(), 2000));
		}
		if (!oneSheet) {
			c[SHEET] = column(entries, e -> truncate(e.sheet(), 200));
		}
		if (!consecutive) {
			c[ROW] = column(entries, IndicatorEntry::sourceRow);
		}
		return new IndicatorBlock(c, oneSheet ? sheet : null, consecutive ? first : null);
	}

	/** The scale column of a value column: each value's written scale ({@link StoredValues#scaleOf}). */
	private static Object[] scales(Object[] values) {
		Object[] scales = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			scales[i] = StoredValues.scaleOf((BigDecimal) values[i]);
		}
		return scales;
	}

	/** The column of {@code entries} whose element for each entry is what {@code element} gives. */
	private static Object[] column(List<IndicatorEntry> entries, Function<IndicatorEntry, Object> element) {
		Object[] column = new Object[entries.size()];
		for (int i = 0; i < column.length; i++) {
			column[i] = element.apply(entries.get(i));
		}
		return column;
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
	private static ValueStatus defaultStatus(Object value) {
		return value == null ? ValueStatus.BLANK : ValueStatus.VALUE;
	}

	/** How an array value goes to the driver: an array of {@code elements} of a type named as {@link Connection#createArrayOf} names it. */
	@FunctionalInterface
	interface ArrayParameters {

		Object of(String elementType, Object[] elements) throws SQLException;
	}

	/**
	 * How a block goes to its database.
	 * <ul>
	 * <li>H2: its dense columns packed ({@link PackedBlock}), the others as H2's own array values
	 * ({@link H2Arrays}), which spares H2 making an {@link Array}, reading it back and converting
	 * every element twice.</li>
	 * <li>PostgreSQL: every column an array. Staging sends them through COPY ({@link #COPY}, the
	 * arrays as literals); the rare update of a block needs an {@link Array} of a named element type.</li>
	 * </ul>
	 *
	 * @param arrays how an array column's value is made
	 * @param packed whether the dense columns are packed
	 */
	record Encoding(ArrayParameters arrays, boolean packed) {

		/** PostgreSQL's COPY: every column an array literal. */
		static final Encoding COPY = new Encoding(PostgresCopy::array, false);

		/** The encoding of a batch of inserts or an update on {@code con}. */
		static Encoding of(Connection con) throws SQLException {
			if ("H2".equals(con.getMetaData().getDatabaseProductName())) {
				return new Encoding(H2Arrays::of, true);
			}
			return new Encoding(con::createArrayOf, false);
		}
	}

	/** The position in {@link #MEASURES} of the measure whose scale column is {@code c}, or -1. */
	private static int measureOfScale(int c) {
		for (int k = 0; k < MEASURES.length; k++) {
			if (c == MEASURES[k] + 1) {
				return k;
			}
		}
		return -1;
	}

	/** Whether column {@code c} of {@link #COLUMNS} is one of the dense columns {@link PackedBlock} packs. */
	private static boolean dense(int c) {
		// the codes, a scale column, or the value column before it
		return c == CODE || measureOfScale(c) >= 0 || measureOfScale(c + 1) >= 0;
	}

	/** The values of one {@code indicator_block} row for {@code submission}: NULL for a sparse column. */
	Object[] row(Encoding encoding, long submission) throws SQLException {
		Object[] row = new Object[STORED.size() + 1];
		row[0] = submission;
		for (int c = 0; c < columns.length; c++) {
			if (encoding.packed() && dense(c)) {
				continue;
			}
			Object[] column = measureOfScale(c) >= 0 ? scales(columns[c - 1]) : columns[c];
			if (column != null) {
				row[c + 1] = encoding.arrays().of(ELEMENT_TYPES[c], column);
			}
		}
		row[SHEET_COLUMN + 1] = sheet;
		row[FIRST_ROW_COLUMN + 1] = firstRow;
		if (encoding.packed()) {
			row[PACKED_COLUMN + 1] = PackedBlock.pack(columns[CODE],
					new Object[][] { columns[MEASURES[0]], columns[MEASURES[1]], columns[MEASURES[2]] });
		}
		return row;
	}

	/** The columns of a block, {@link #STORED} in order, for a select: {@code b.indicator_code, …, b.first_row}. */
	static String storedColumns(String alias) {
		return alias + "." + String.join(", " + alias + ".", STORED);
	}

	/**
	 * The entries of the block in the current row of {@code rs}, whose columns from {@code first} on
	 * are {@link #STORED} in order ({@link #storedColumns}): each as the view {@code indicator_value}
	 * gives its row (sparse columns filled in the way it fills them), its measures read as
	 * {@link StoredValues#measure} reads a stored value.
	 */
	static List<IndicatorEntry> read(ResultSet rs, int first) throws SQLException {
		Object[][] c = new Object[COLUMNS.size()][];
		for (int col = 0; col < c.length; col++) {
			Array a = rs.getArray(first + col);
			if (a != null) {
				c[col] = (Object[]) a.getArray();
				a.free();
			}
		}
		String sheet = rs.getString(first + SHEET_COLUMN);
		// not NULL where the row column is (constraint indicator_block_rows)
		int firstRow = rs.getInt(first + FIRST_ROW_COLUMN);
		byte[] packed = rs.getBytes(first + PACKED_COLUMN);
		if (packed != null) {
			// the values at their written scale: no scale column
			PackedBlock.Unpacked u = PackedBlock.unpack(packed);
			c[CODE] = u.codes();
			for (int k = 0; k < MEASURES.length; k++) {
				c[MEASURES[k]] = u.values()[k];
			}
		}
		int n = c[CODE].length;
		List<IndicatorEntry> entries = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			entries.add(new IndicatorEntry((String) c[CODE][i], measureAt(c, MEASURES[0], i), measureAt(c, MEASURES[1], i),
					measureAt(c, MEASURES[2], i), c[REMARK] == null ? "" : (String) c[REMARK][i],
					c[SHEET] == null ? sheet : (String) c[SHEET][i], c[ROW] == null ? firstRow + i : (Integer) c[ROW][i]));
		}
		return entries;
	}

	/**
	 * The measure of entry {@code i} whose value column is {@code m} in the stored columns {@code c}
	 * (without a scale column the values are at their written scale: packed).
	 */
	private static Measure measureAt(Object[][] c, int m, int i) {
		BigDecimal stored = (BigDecimal) c[m][i];
		Integer scale = c[m + 1] != null ? (Integer) c[m + 1][i] : stored == null ? null : stored.scale();
		String status = c[m + 2] == null ? defaultStatus(stored).name() : (String) c[m + 2][i];
		return StoredValues.measure(status, stored, scale, c[m + 3] == null ? null : (String) c[m + 3][i]);
	}

	/**
	 * Removes the entries for {@code indicatorCode} from the blocks of {@code submission}; a block
	 * left empty is deleted. Rare (a cross-row check took back a row already staged), so done row
	 * by row.
	 */
	static void drop(Connection con, long submission, String indicatorCode) throws SQLException {
		List<Long> ids = new ArrayList<>();
		List<List<IndicatorEntry>> blocks = new ArrayList<>();
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
		Encoding encoding = Encoding.of(con);
		for (int b = 0; b < blocks.size(); b++) {
			List<IndicatorEntry> entries = blocks.get(b);
			List<IndicatorEntry> kept = entries.stream().filter(e -> !indicatorCode.equals(e.indicatorCode())).toList();
			if (kept.size() == entries.size()) {
				continue;
			}
			if (kept.isEmpty()) {
				try (PreparedStatement delete = con.prepareStatement("delete from indicator_block where id = ?")) {
					delete.setLong(1, ids.get(b));
					delete.executeUpdate();
				}
				continue;
			}
			int[] types = JdbcStagingArea.INDICATOR_BLOCKS.types();
			try (PreparedStatement update = con.prepareStatement("update indicator_block set "
					+ String.join(" = ?, ", STORED) + " = ? where id = ?")) {
				// stored as of() stores fresh entries: what the view gave back reads the same after
				Object[] values = of(kept).row(encoding, submission);
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
}
