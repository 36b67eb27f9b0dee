package cn.gov.district.consolidation.read;

import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * FastCSV's callback for {@link CsvTableReader}: each record as the immutable list of its fields,
 * where a field that reads as the same column of the record before it is that record's
 * {@code String} itself, not a new one. In a long export nearly every row repeats its 街道 and
 * period, and some rows their unit: no string is made for those, and a later look-up of such a cell
 * (the attribution of the row before, the declared-unit cache) finds its hash already computed and its
 * equality by identity. An empty field is always {@code ""}.
 * <p>
 * Enforces the limits FastCSV's own record handler would: fields of one record and characters of
 * one record, each past its limit a {@link CsvParseException} (a field longer than the parser's
 * buffer never reaches this handler: the parser refuses it). Not thread-safe: one per parse.
 */
final class RepeatingCells extends CsvCallbackHandler<List<String>> {

	private static final String[] NONE = new String[0];

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
		if (before != null && before.length() == len) {
			int i = 0;
			while (i < len && before.charAt(i) == buf[offset + i]) {
				i++;
			}
			if (i == len) {
				return before;
			}
		}
		return new String(buf, offset, len);
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
	protected List<String> buildRecord() {
		String[] record = Arrays.copyOf(fields, count);
		if (type == RecordType.DATA) {
			// an empty line repeats nothing: the record before stays the one to compare with
			previous = record;
		}
		return List.of(record);
	}
}
