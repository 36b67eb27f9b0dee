package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merged regions of one sheet and the filling of their cells, row by row, with the value of
 * their top-left cell. Rows must be offered in ascending order, as a sheet stores them. One
 * instance per sheet; not thread-safe.
 *
 * <p>A fill is clamped to {@link #MAX_FILL_COLUMNS} columns: a whole row merged in Excel
 * ({@code A1:XFD1}) would otherwise turn one title into 16,384 cells.
 */
final class MergedRegions {

	static final int MAX_FILL_COLUMNS = 1024;

	/** Far beyond any real sheet; bounds the memory a crafted sheet can claim. */
	static final int MAX_REGIONS = 1_000_000;

	private static final Pattern REF = Pattern.compile("(?:^|\\s)ref\\s*=\\s*[\"']([A-Za-z0-9$]+):([A-Za-z0-9$]+)[\"']");

	/** Each region: first row, last row (1-based), first column, last column (0-based); sorted by first row. */
	private final int[][] regions;

	private final String[] topLeft;

	private int next;

	private final List<Integer> active = new ArrayList<>();

	private MergedRegions(int[][] regions) {
		this.regions = regions;
		this.topLeft = new String[regions.length];
	}

	/** The regions as {@link #of} took them, sorted by first row (for tests). */
	List<List<Integer>> regions() {
		List<List<Integer>> list = new ArrayList<>();
		for (int[] r : regions) {
			list.add(List.of(r[0], r[1], r[2], r[3]));
		}
		return list;
	}

	/** No merged regions. */
	static MergedRegions none() {
		return new MergedRegions(new int[0][]);
	}

	/**
	 * Regions given as 1-based rows and 0-based columns, in any order.
	 * @param regions each {@code {firstRow, lastRow, firstCol, lastCol}}
	 */
	static MergedRegions of(List<int[]> regions) {
		if (regions.isEmpty()) {
			return none();
		}
		int[][] sorted = regions.toArray(new int[0][]);
		Arrays.sort(sorted, Comparator.comparingInt(r -> r[0]));
		return new MergedRegions(sorted);
	}

	/**
	 * Finds the {@code <mergeCell ref="A1:H1"/>} elements of a sheet part by a byte scan. Excel
	 * writes {@code <mergeCells>} after {@code <sheetData>}, so a streaming reader must know them
	 * before the rows arrive: a scan without an XML parser costs a fraction of the main pass and
	 * no memory beyond the regions themselves, where buffering rows would grow with the sheet.
	 * Element names may carry a namespace prefix ({@code <x:mergeCell>}); a {@code mergeCell}
	 * inside a comment or CDATA would be taken too, which no spreadsheet writer produces.
	 *
	 * <p>The scan looks for the name with Horspool's skip table and so reads about one byte in
	 * eight of the sheet: it runs before the rows on the thread that then parses them, the one
	 * that bounds a large workbook's reading (a byte-by-byte state machine was a fifth of that
	 * thread on the million-row sheet, async-profiler).
	 */
	static MergedRegions scan(InputStream sheetXml) throws IOException, TableReadException {
		List<int[]> found = new ArrayList<>();
		byte[] buf = new byte[1 << 16];
		int len = 0;
		// where the search goes on; the bytes before it are kept for a prefix that a read cut off
		int pos = 0;
		boolean eof = false;
		int m = MERGE_CELL.length;
		while (true) {
			int i = pos;
			// a quarter-gigabyte sheet passes through here before its rows are read: no copy or allocation per tag
			while (i + m <= len) {
				byte last = buf[i + m - 1];
				if (last == 'l' && matchesAt(buf, i)) {
					int end = tagEnd(buf, i, len);
					if (end == NEED_MORE && !eof) {
						// read on, keeping the name
						break;
					}
					if (end >= 0 && startsTag(buf, i)) {
						int[] region = parse(new String(buf, i + m + 1, end - (i + m + 1), StandardCharsets.ISO_8859_1));
						if (region != null) {
							if (found.size() == MAX_REGIONS) {
								throw new TableReadException("FILE_TOO_LARGE", "工作表中的合并单元格超过" + MAX_REGIONS
										+ "个，文件异常，请取消多余的合并单元格后重新报送");
							}
							found.add(region);
						}
						// on after the tag: its attributes hold no other
						i = end + 1;
					}
					else {
						i += m;
					}
				}
				else {
					i += SKIP[last & 0xff];
				}
			}
			pos = i;
			if (eof) {
				// everything read was searched, a tag cut off by the part's end included
				return of(found);
			}
			int keep = Math.max(0, pos - MAX_PREFIX);
			System.arraycopy(buf, keep, buf, 0, len - keep);
			len -= keep;
			pos -= keep;
			int n = sheetXml.read(buf, len, buf.length - len);
			if (n < 0) {
				eof = true;
			}
			else {
				len += n;
			}
		}
	}

	private static final byte[] MERGE_CELL = { 'm', 'e', 'r', 'g', 'e', 'C', 'e', 'l', 'l' };

	/** Horspool's shifts for {@link #MERGE_CELL}: how far the name can move when its last byte is aligned with a byte. */
	private static final int[] SKIP = new int[256];

	static {
		Arrays.fill(SKIP, MERGE_CELL.length);
		for (int k = 0; k < MERGE_CELL.length - 1; k++) {
			SKIP[MERGE_CELL[k]] = MERGE_CELL.length - 1 - k;
		}
	}

	/** Attributes longer than this are no merge a spreadsheet writer produced: the tag is passed over. */
	private static final int MAX_ATTRIBUTES = 256;

	/** Bytes kept before the search position for a namespace prefix, at most. */
	private static final int MAX_PREFIX = 64;

	/** {@link #tagEnd}: the tag may end beyond the bytes read so far. */
	private static final int NEED_MORE = -2;

	private static boolean matchesAt(byte[] buf, int i) {
		for (int k = 0; k < MERGE_CELL.length - 1; k++) {
			if (buf[i + k] != MERGE_CELL[k]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Where the tag whose name {@code mergeCell} starts at {@code i} ends (its {@code >}), when the
	 * name is followed by whitespace and the attributes by {@code >} within {@link #MAX_ATTRIBUTES}
	 * bytes; -1 when it is another name ({@code mergeCells}) or no merge; {@link #NEED_MORE} when
	 * the bytes read so far end first.
	 */
	private static int tagEnd(byte[] buf, int i, int len) {
		int after = i + MERGE_CELL.length;
		if (after >= len) {
			return NEED_MORE;
		}
		byte b = buf[after];
		if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
			return -1;
		}
		int limit = after + 1 + MAX_ATTRIBUTES;
		for (int k = after + 1; k <= limit; k++) {
			if (k >= len) {
				return NEED_MORE;
			}
			if (buf[k] == '>') {
				return k;
			}
		}
		return -1;
	}

	/** Whether the name at {@code i} opens a tag: right after {@code <}, or after {@code <prefix:}. */
	private static boolean startsTag(byte[] buf, int i) {
		if (i == 0) {
			return false;
		}
		if (buf[i - 1] == '<') {
			return true;
		}
		if (buf[i - 1] != ':') {
			return false;
		}
		for (int k = i - 2; k >= 0 && k >= i - MAX_PREFIX; k--) {
			byte b = buf[k];
			if (b == '<') {
				return true;
			}
			if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '>' || b == '/') {
				return false;
			}
		}
		return false;
	}

	private static int[] parse(CharSequence attributes) {
		Matcher m = REF.matcher(attributes);
		if (!m.find()) {
			return null;
		}
		int firstRow = Columns.rowOf(m.group(1));
		int lastRow = Columns.rowOf(m.group(2));
		int firstCol = Columns.indexOf(m.group(1));
		int lastCol = Columns.indexOf(m.group(2));
		if (firstRow < 1 || lastRow < firstRow || firstCol < 0 || lastCol < firstCol) {
			return null;
		}
		return new int[] { firstRow, lastRow, firstCol, Math.min(lastCol, firstCol + MAX_FILL_COLUMNS - 1) };
	}

	/**
	 * Fills the cells of {@code rowNumber} that lie in a merged region with the region's top-left
	 * value; on a region's first row, takes that value from {@code cells} first.
	 * @param cells the row's cells from column A, extended with {@code ""} as needed
	 */
	void fill(int rowNumber, List<String> cells) {
		while (next < regions.length && regions[next][0] <= rowNumber) {
			active.add(next++);
		}
		for (int k = active.size() - 1; k >= 0; k--) {
			int index = active.get(k);
			int[] region = regions[index];
			if (region[1] < rowNumber) {
				active.remove(k);
				continue;
			}
			if (topLeft[index] == null) {
				topLeft[index] = region[0] == rowNumber && region[2] < cells.size() ? cells.get(region[2]) : "";
			}
			String value = topLeft[index];
			while (cells.size() <= region[3]) {
				cells.add("");
			}
			for (int c = region[2]; c <= region[3]; c++) {
				cells.set(c, value);
			}
		}
	}
}
