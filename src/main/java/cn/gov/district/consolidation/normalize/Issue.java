package cn.gov.district.consolidation.normalize;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.Severity;

/**
 * A problem with one cell or one row's units, without its location: the caller turns it into a
 * {@link cn.gov.district.consolidation.domain.Finding} with file, sheet, row and column.
 * Immutable and thread-safe.
 *
 * @param code stable rule code, e.g. {@code MASKED_VALUE}; never {@code null}
 * @param severity {@code ERROR} rejects the row, {@code WARNING} keeps it; never {@code null}
 * @param message a Chinese sentence saying what is wrong and what to do; never {@code null}
 */
public record Issue(String code, Severity severity, String message) {

	public Issue {
		if (code == null || severity == null || message == null) {
			throw new IllegalArgumentException("code, severity and message are required");
		}
	}

	/**
	 * This issue at a place in an input file.
	 * @param file the input file name
	 * @param sheet the sheet, or {@code null}
	 * @param row the row as Excel shows it, or {@code null}
	 * @param column the column letter, or {@code null}
	 * @param field the logical field ({@code 本期完成}), or {@code null}
	 * @param rawValue the cell text, or {@code null}
	 * @return the finding, with this issue's code, severity and message
	 */
	public Finding at(String file, String sheet, Integer row, String column, String field, String rawValue) {
		return new Finding(file, sheet, row, column, field, rawValue, code, severity, message);
	}

	static Issue error(String code, String message) {
		return new Issue(code, Severity.ERROR, message);
	}

	static Issue warning(String code, String message) {
		return new Issue(code, Severity.WARNING, message);
	}
}
