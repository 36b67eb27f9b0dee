package cn.gov.district.consolidation.read;

/**
 * A file could not be read at all (corrupt, encrypted, wrong format, over a limit). The message
 * is a Chinese sentence for the operator; {@link #code()} is the stable rule code of the finding.
 */
public class TableReadException extends Exception {

	private final String code;

	public TableReadException(String code, String message) {
		super(message);
		this.code = code;
	}

	public TableReadException(String code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	/** Stable rule code, e.g. {@code CORRUPT_FILE}, {@code ENCRYPTED_FILE}, {@code UNSUPPORTED_FORMAT}. */
	public String code() {
		return code;
	}
}
