package cn.gov.district.consolidation.domain;

/**
 * One problem found in an input file (spec §5).
 *
 * @param file the input file name
 * @param sheet the sheet name, or {@code null} for a problem of the whole file
 * @param row the row as Excel shows it (1-based), or {@code null}
 * @param column the column letter ({@code C}), or {@code null}
 * @param field the logical field ({@code 本期完成}), or {@code null}
 * @param rawValue the cell text, or {@code null}
 * @param code stable rule code, e.g. {@code UNKNOWN_INDICATOR}
 * @param severity ERROR rejects the row, WARNING keeps it
 * @param message a Chinese sentence an operator understands without the spec
 */
public record Finding(String file, String sheet, Integer row, String column, String field, String rawValue,
		String code, Severity severity, String message) {

	/** A finding about the whole file. */
	public static Finding ofFile(String file, String code, Severity severity, String message) {
		return new Finding(file, null, null, null, null, null, code, severity, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
