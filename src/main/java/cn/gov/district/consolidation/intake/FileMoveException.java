package cn.gov.district.consolidation.intake;

import java.io.IOException;

/**
 * A file could not be moved into the archive or rejected folder. The message is a Chinese sentence
 * for the operator that says where the file is now and what to do; the file is never lost: it is
 * still in its old place unless the message says otherwise.
 */
public class FileMoveException extends IOException {

	private static final long serialVersionUID = 1L;

	public FileMoveException(String message) {
		super(message);
	}

	public FileMoveException(String message, Throwable cause) {
		super(message, cause);
	}
}
