package cn.gov.district.consolidation.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the header of a sheet is and what it says. Immutable and thread-safe.
 *
 * @param headerRowNumber the row number (as Excel shows it) of the header's first row
 * @param headerRowCount 1, or 2 for a two-row header (an upper row merged over the lower)
 * @param columns field key to 0-based column, for every field found; never {@code null}
 * @param headerUnits field key to the unit written in its header ({@code 本期完成（亿元）} gives
 * {@code 亿元}, {@code 同比增长(%)} gives {@code %}), only for fields whose header names one;
 * never {@code null}
 * @param sheetUnit the unit of a line above the header such as {@code 单位：万元}, or {@code null}
 * when there is none
 * @param score how many fields the header matched
 */
public record HeaderMatch(int headerRowNumber, int headerRowCount, Map<String, Integer> columns,
		Map<String, String> headerUnits, String sheetUnit, int score) {

	public HeaderMatch {
		columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
		headerUnits = Collections.unmodifiableMap(new LinkedHashMap<>(headerUnits));
	}

	/** The row number of the header's last row: data rows come after it. */
	public int lastHeaderRowNumber() {
		return headerRowNumber + headerRowCount - 1;
	}
}
