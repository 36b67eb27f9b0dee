package cn.gov.district.consolidation.store;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * Bulk loading on PostgreSQL: {@code COPY … FROM STDIN} in CSV format, which costs the server a
 * fraction of what the same rows cost as INSERT statements (no statement per row, no parameter
 * binding). Rows are written into a buffer by {@link #add}, then sent at once by
 * {@link #send()} within the caller's transaction. An array column takes an {@link ArrayField}
 * ({@link #array}), written as PostgreSQL's array literal: the driver's {@code createArrayOf}
 * builds the same text, and then every row of a batch of inserts is bound on its own.
 * Not thread-safe: one per batch.
 */
final class PostgresCopy implements StagedRows {

	private final String statement;

	private final StringBuilder csv = new StringBuilder(64 * 1024);

	private boolean firstField = true;

	private long rows;

	private final int columns;

	private final Connection con;

	PostgresCopy(Connection con, Table table) {
		this.con = con;
		this.statement = "copy " + table.name() + " (" + String.join(", ", table.columns()) + ") from stdin (format csv)";
		this.columns = table.columns().size();
	}

	@Override
	public void add(Object... values) {
		if (values.length != columns) {
			throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
		}
		row();
		for (Object v : values) {
			if (v == null) {
				separate();
			}
			else if (v instanceof String text) {
				text(text);
			}
			else if (v instanceof BigDecimal number) {
				number(number);
			}
			else if (v instanceof Long || v instanceof Integer) {
				integer((Number) v);
			}
			else if (v instanceof ArrayField a) {
				array(a.elements());
			}
			else {
				throw new IllegalArgumentException("no COPY form for " + v.getClass().getName());
			}
		}
	}

	/**
	 * The elements of an array column: texts ({@code String}), decimals ({@code BigDecimal}), whole
	 * numbers ({@code Integer}, {@code Long}) or {@code null}; the column's element type is the
	 * table's, as for a literal.
	 */
	record ArrayField(Object[] elements) {
	}

	/** An array column's value for {@link #add}: the signature of {@link IndicatorBlock.ArrayParameters}, for {@link IndicatorBlock.Encoding#COPY}. */
	static Object array(String elementType, Object[] elements) {
		return new ArrayField(elements);
	}

	/** Whether {@code con} is a PostgreSQL connection that can take a COPY. */
	static boolean supported(Connection con) throws SQLException {
		return con.isWrapperFor(PGConnection.class);
	}

	/** Starts the next row; its fields follow. */
	private void row() {
		if (rows > 0) {
			csv.append('\n');
		}
		rows++;
		firstField = true;
	}

	/** A text field; {@code null} is SQL NULL, {@code ""} the empty string. */
	private void text(String value) {
		separate();
		if (value != null) {
			// quoted, so that an empty string is not NULL and commas, quotes and line breaks stay text
			csv.append('"');
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '"') {
					csv.append('"');
				}
				if (c != '\0') {
					// PostgreSQL text cannot hold NUL; nothing a cell shows is lost
					csv.append(c);
				}
			}
			csv.append('"');
		}
	}

	/**
	 * An array literal ({@code {…}}) as one quoted CSV field: texts double-quoted within it with
	 * {@code "} and {@code \\} escaped by a backslash (COPY's CSV format leaves backslashes alone, the
	 * array parser reads them), NULL elements unquoted; every {@code "} of the literal doubled for CSV.
	 */
	private void array(Object[] elements) {
		separate();
		csv.append("\"{");
		for (int i = 0; i < elements.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			Object e = elements[i];
			if (e == null) {
				csv.append("NULL");
			}
			else if (e instanceof String text) {
				csv.append("\"\"");
				for (int k = 0; k < text.length(); k++) {
					char c = text.charAt(k);
					if (c == '"') {
						csv.append("\\\"\"");
					}
					else if (c == '\\') {
						csv.append("\\\\");
					}
					else if (c != '\0') {
						csv.append(c);
					}
				}
				csv.append("\"\"");
			}
			else if (e instanceof BigDecimal number) {
				csv.append(number.toPlainString());
			}
			else if (e instanceof Long || e instanceof Integer) {
				csv.append(((Number) e).longValue());
			}
			else {
				throw new IllegalArgumentException("no COPY form for an array element of " + e.getClass().getName());
			}
		}
		csv.append("}\"");
	}

	private void number(BigDecimal value) {
		separate();
		if (value != null) {
			csv.append(value.toPlainString());
		}
	}

	private void integer(Number value) {
		separate();
		if (value != null) {
			csv.append(value.longValue());
		}
	}

	private void separate() {
		if (!firstField) {
			csv.append(',');
		}
		firstField = false;
	}

	/** Sends the buffered rows; returns how many the server loaded. */
	@Override
	public long send() throws SQLException {
		if (rows == 0) {
			return 0;
		}
		csv.append('\n');
		try {
			return con.unwrap(PGConnection.class).getCopyAPI().copyIn(statement, new StringReader(csv.toString()));
		}
		catch (IOException e) {
			throw new SQLException("COPY into the database failed: " + e.getMessage(), e);
		}
	}
}
