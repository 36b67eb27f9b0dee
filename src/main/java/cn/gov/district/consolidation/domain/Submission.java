package cn.gov.district.consolidation.domain;

import java.util.List;

/**
 * What one input file said for one 街道 and period, after reading, normalizing and validating.
 *
 * @param fileName the input file name
 * @param sha256 content hash of the file
 * @param street the roster name of the 街道, or {@code null} when it could not be attributed
 * @param period the reporting period, or {@code null} when it could not be attributed
 * @param reporter 填报人, or {@code ""}
 * @param phone 联系电话, or {@code ""}
 * @param indicators accepted indicator rows
 * @param projects accepted project rows
 * @param findings every finding, errors and warnings
 * @param rowsRead data rows read (indicator and project rows, not titles or notes)
 * @param rowsRejected data rows not used because of an error
 */
public record Submission(String fileName, String sha256, String street, ReportingPeriod period, String reporter,
		String phone, List<IndicatorEntry> indicators, List<ProjectEntry> projects, List<Finding> findings,
		int rowsRead, int rowsRejected) {

	public Submission {
		indicators = List.copyOf(indicators);
		projects = List.copyOf(projects);
		findings = List.copyOf(findings);
	}

	public long errorCount() {
		return findings.stream().filter(Finding::isError).count();
	}

	public long warningCount() {
		return findings.size() - errorCount();
	}
}
