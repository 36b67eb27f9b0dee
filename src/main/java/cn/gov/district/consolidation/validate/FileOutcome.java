package cn.gov.district.consolidation.validate;

import java.util.List;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.Submission;

/**
 * The decision on one input file: accepted with its submissions (a long CSV export may hold
 * several), or rejected with the reason. Immutable.
 *
 * @param file the input file
 * @param decision {@link FileStatus#ACCEPTED} or {@link FileStatus#REJECTED}
 * @param reason Chinese reason for a rejection; {@code ""} when accepted
 * @param submissions what the file states; empty when rejected
 * @param findings every finding of the file, including those of its submissions
 * @param rowsRead data rows read
 * @param rowsRejected data rows not used
 */
public record FileOutcome(InputFile file, FileStatus decision, String reason, List<Submission> submissions,
		List<Finding> findings, int rowsRead, int rowsRejected) {

	public FileOutcome {
		submissions = List.copyOf(submissions);
		findings = List.copyOf(findings);
		reason = reason == null ? "" : reason;
	}

	public boolean accepted() {
		return decision == FileStatus.ACCEPTED;
	}

	/** A rejection with one file-level finding. */
	public static FileOutcome rejected(InputFile file, Finding finding) {
		return new FileOutcome(file, FileStatus.REJECTED, finding.message(), List.of(), List.of(finding), 0, 0);
	}
}
