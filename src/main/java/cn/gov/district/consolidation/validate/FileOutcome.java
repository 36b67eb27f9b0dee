package cn.gov.district.consolidation.validate;

import java.util.List;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.ReportingPeriod;

/**
 * The decision on one input file: accepted with the submissions it states (a long export may
 * hold several), or rejected with the reason. The rows and findings themselves are already in
 * the {@link StagingArea}; this is what finalizes or discards them. Immutable.
 *
 * @param file the input file
 * @param decision {@link FileStatus#ACCEPTED} or {@link FileStatus#REJECTED}
 * @param reason Chinese reason for a rejection; {@code ""} when accepted
 * @param submissions what the file states (also when rejected: their staged rows are discarded)
 * @param rowsRead data rows read
 * @param rowsRejected data rows not used (all of them when the file is rejected)
 * @param errors error findings of the file
 * @param warnings warning findings of the file
 * @param street the roster 街道 the whole file speaks for, when known (also for a rejected file,
 * from its content or its name), else {@code null}
 * @param period the period the whole file speaks for, when known, else {@code null}
 */
public record FileOutcome(InputFile file, FileStatus decision, String reason, List<StagedSubmission> submissions,
		int rowsRead, int rowsRejected, int errors, int warnings, String street, ReportingPeriod period) {

	public FileOutcome {
		submissions = List.copyOf(submissions);
		reason = reason == null ? "" : reason;
	}

	public boolean accepted() {
		return decision == FileStatus.ACCEPTED;
	}

	/** Number of findings. */
	public int findingCount() {
		return errors + warnings;
	}
}
