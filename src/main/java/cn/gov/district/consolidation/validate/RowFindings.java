package cn.gov.district.consolidation.validate;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.Severity;

/**
 * Collects the findings of one row with its location (file, sheet, row, column letter). A sheet
 * reuses one for all its rows ({@link #startRow}): a million rows of a long export were a million
 * of these, nearly all without a finding. Not thread-safe.
 */
final class RowFindings {

	private final String file;

	private final String sheet;

	private int row;

	/** Made with the first finding: nearly every row has none. */
	private List<Finding> findings;

	RowFindings(String file, String sheet, int row) {
		this.file = file;
		this.sheet = sheet;
		this.row = row;
	}

	/**
	 * Starts over for another row: the findings handed out by {@link #findings()} so far stay as they
	 * are, the next one goes to a new list.
	 */
	void startRow(int rowNumber) {
		row = rowNumber;
		findings = null;
	}

	/**
	 * Adds a finding.
	 * @param column 0-based column, or a negative number for the whole row
	 */
	void add(int column, String field, String raw, String code, Severity severity, String message) {
		String letter = column < 0 ? null : CellReference.convertNumToColString(column);
		String where = sheet + "第" + row + "行" + (letter == null ? "" : letter + "列");
		if (findings == null) {
			findings = new ArrayList<>();
		}
		findings.add(new Finding(file, sheet, row, letter, field, raw, code, severity, where + "：" + message));
	}

	boolean hasError() {
		// asked twice of every row, nearly always of no finding: no iterator for that
		if (findings == null) {
			return false;
		}
		for (int i = 0, n = findings.size(); i < n; i++) {
			if (findings.get(i).isError()) {
				return true;
			}
		}
		return false;
	}

	List<Finding> findings() {
		return findings == null ? List.of() : findings;
	}

	int row() {
		return row;
	}
}
