package cn.gov.district.consolidation.consolidate;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Submission status of one roster 街道 for the period.
 *
 * @param street roster name
 * @param submitted whether a current submission exists
 * @param fileName the current submission's file, or {@code null}
 * @param version 1 for the first submission, 2 for the first resubmission …; 0 when none
 * @param receivedAt when the current file was discovered, or {@code null}
 * @param rowsAccepted rows used
 * @param rowsRejected rows not used because of errors
 * @param errors error findings of the current file
 * @param warnings warning findings of the current file
 * @param superseded file names of earlier versions, oldest first
 * @param changes Chinese description of what changed against the previous version, or {@code ""}
 * @param rejectedFiles files of this 街道 and period that were rejected, oldest first (a 街道 that
 * sent only rejected files has submitted nothing usable, but it did send something)
 */
public record StreetStatus(String street, boolean submitted, String fileName, int version, OffsetDateTime receivedAt,
		int rowsAccepted, int rowsRejected, int errors, int warnings, List<String> superseded, String changes,
		List<String> rejectedFiles) {

	public StreetStatus {
		superseded = List.copyOf(superseded);
		changes = changes == null ? "" : changes;
		rejectedFiles = rejectedFiles == null ? List.of() : List.copyOf(rejectedFiles);
	}

	/** A status with no rejected files. */
	public StreetStatus(String street, boolean submitted, String fileName, int version, OffsetDateTime receivedAt,
			int rowsAccepted, int rowsRejected, int errors, int warnings, List<String> superseded, String changes) {
		this(street, submitted, fileName, version, receivedAt, rowsAccepted, rowsRejected, errors, warnings, superseded,
				changes, List.of());
	}
}
