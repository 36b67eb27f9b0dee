package cn.gov.district.consolidation.read;

import java.io.IOException;
import java.io.InputStream;
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
	 */
	static MergedRegions scan(InputStream sheetXml) throws IOException, TableReadException {
		List<int[]> found = new ArrayList<>();
		byte[] buf = new byte[1 << 16];
		StringBuilder attributes = new StringBuilder();
		// 0 text, 1 tag name (matched: how much of "mergeCell" it spelled so far, -1 not it), 2 mergeCell attributes
		int state = 0;
		int matched = 0;
		int n;
		// a quarter-gigabyte sheet passes through here before its rows are read: no copy or allocation per tag
		while ((n = sheetXml.read(buf)) > 0) {
			for (int i = 0; i < n; i++) {
				byte b = buf[i];
				if (state == 0) {
					if (b == '<') {
						state = 1;
						matched = 0;
					}
				}
				else if (state == 1) {
					if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
						state = matched == MERGE_CELL.length ? 2 : 0;
						attributes.setLength(0);
					}
					else if (b == '>' || b == '/') {
						state = 0;
					}
					else if (b == ':') {
						// a namespace prefix ended: the local name starts now
						matched = 0;
					}
					else if (matched >= 0 && matched < MERGE_CELL.length && b == MERGE_CELL[matched]) {
						matched++;
					}
					else {
						matched = -1;
					}
				}
				else if (b == '>') {
					int[] region = parse(attributes);
					if (region != null) {
						if (found.size() == MAX_REGIONS) {
							throw new TableReadException("FILE_TOO_LARGE",
									"工作表中的合并单元格超过" + MAX_REGIONS + "个，文件异常，请取消多余的合并单元格后重新报送");
						}
						found.add(region);
					}
					state = 0;
				}
				else if (attributes.length() < 256) {
					attributes.append((char) (b & 0xff));
				}
				else {
					state = 0;
				}
			}
		}
		return of(found);
	}

	private static final byte[] MERGE_CELL = { 'm', 'e', 'r', 'g', 'e', 'C', 'e', 'l', 'l' };

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
