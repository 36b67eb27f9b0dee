package cn.gov.district.consolidation.read;

import java.util.Arrays;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * FastCSV's callback for {@link CsvTableReader}: each record as a new array of its fields,
 * where a field that reads as a text its column had lately is that earlier {@code String} itself,
 * not a new one: the same column of the record before, or one of the column's recent texts
 * ({@link #RECENT} per column, by hash, each at most {@link #RECENT_CHARS} characters). In a long
 * export nearly every row repeats its 街道 and period, and its indicator's name and unit come round
 * again every few dozen rows: no string is made for those (a Chinese text was three objects), and a
 * later look-up of such a cell (the indicator by its name, the declared-unit and unit caches) finds
 * its hash already computed and its equality by identity. An empty field is always {@code ""}.
 * <p>
 * Enforces the limits FastCSV's own record handler would: fields of one record and characters of
 * one record, each past its limit a {@link CsvParseException} (a field longer than the parser's
 * buffer never reaches this handler: the parser refuses it). Not thread-safe: one per parse.
 */
final class RepeatingCells extends CsvCallbackHandler<String[]> {

	private static final String[] NONE = new String[0];

	/** Recent texts kept per column: a power of two, the slot being the text's hash masked. */
	static final int RECENT = 64;

	/** Texts longer than this are never kept: a long remark seldom repeats, and memory stays small. */
	static final int RECENT_CHARS = 64;

	/** Columns that keep recent texts: the first few, where a sheet's names, units and periods are. */
	static final int RECENT_COLUMNS = 16;

	/** {@code recent[column][hash & (RECENT - 1)]}: the column's texts seen lately, made on first use. */
	private final String[][] recent = new String[RECENT_COLUMNS][];

	private final int maxFields;

	private final int maxRecordChars;

	private String[] fields = new String[32];

	/** The fields of the record before, the instances a field that repeats one of them becomes. */
	private String[] previous = NONE;

	private int count;

	private int recordChars;

	private long startingLine;

	private RecordType type = RecordType.DATA;

	RepeatingCells(int maxFields, int maxRecordChars) {
		this.maxFields = maxFields;
		this.maxRecordChars = maxRecordChars;
	}

	@Override
	protected RecordType getRecordType() {
		return type;
	}

	@Override
	protected int getFieldCount() {
		return count;
	}

	@Override
	protected void beginRecord(long startingLineNumber) {
		startingLine = startingLineNumber;
		count = 0;
		recordChars = 0;
		type = RecordType.DATA;
	}

	@Override
	protected void addField(char[] buf, int offset, int len, boolean quoted) {
		if (recordChars + len > maxRecordChars) {
			throw new CsvParseException("the record starting at line " + startingLine + " is longer than "
					+ maxRecordChars + " characters");
		}
		if (count == fields.length) {
			if (count == maxFields) {
				throw new CsvParseException("the record starting at line " + startingLine + " has more than "
						+ maxFields + " fields");
			}
			fields = Arrays.copyOf(fields, Math.min(maxFields, count * 2));
		}
		fields[count] = text(buf, offset, len);
		count++;
		recordChars += len;
	}

	private String text(char[] buf, int offset, int len) {
		if (len == 0) {
			return "";
		}
		String before = count < previous.length ? previous[count] : null;
		// the record before first, without hashing: a long export repeats its 街道 and period row after row
		if (before != null && sameText(before, buf, offset, len)) {
			return before;
		}
		if (count >= RECENT_COLUMNS || len > RECENT_CHARS) {
			return new String(buf, offset, len);
		}
		// String.hashCode's own formula, so that a kept text's cached hash is compared, not its characters
		int h = 0;
		for (int i = 0; i < len; i++) {
			h = 31 * h + buf[offset + i];
		}
		String[] slots = recent[count];
		if (slots == null) {
			slots = new String[RECENT];
			recent[count] = slots;
		}
		int slot = (h ^ (h >>> 16)) & (RECENT - 1);
		String kept = slots[slot];
		if (kept != null && kept.hashCode() == h && sameText(kept, buf, offset, len)) {
			return kept;
		}
		String made = new String(buf, offset, len);
		slots[slot] = made;
		return made;
	}

	private static boolean sameText(String s, char[] buf, int offset, int len) {
		if (s.length() != len) {
			return false;
		}
		for (int i = 0; i < len; i++) {
			if (s.charAt(i) != buf[offset + i]) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void setComment(char[] buf, int offset, int len) {
		// the reader is built with CommentStrategy.NONE: the parser never reports a comment
		throw new IllegalStateException("comment lines are not read");
	}

	@Override
	protected void setEmpty() {
		type = RecordType.EMPTY;
		fields[0] = "";
		count = 1;
	}

	@Override
	protected String[] buildRecord() {
		String[] record = Arrays.copyOf(fields, count);
		if (type == RecordType.DATA) {
			// an empty line repeats nothing: the record before stays the one to compare with
			previous = record;
		}
		// the record's own array, which the row takes without a copy ({@link TableRow}); nobody changes it
		return record;
	}
}
