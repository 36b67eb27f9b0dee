package cn.gov.district.consolidation.store;

import java.time.OffsetDateTime;
import java.util.List;

import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.ProjectEntry;
import cn.gov.district.consolidation.domain.ReportingPeriod;

/**
 * A current submission as stored, with its history.
 *
 * @param id database id
 * @param street roster name
 * @param period reporting period
 * @param version 1 for the first file, higher for resubmissions
 * @param fileName the file it came from
 * @param receivedAt when that file was discovered
 * @param rowsRead data rows read
 * @param rowsRejected rows not used
 * @param errors error findings
 * @param warnings warning findings
 * @param superseded file names of earlier versions, oldest first
 * @param changes what changed against the previous version, or {@code ""}
 * @param indicators stored values
 * @param projects stored key projects
 */
public record StoredSubmission(long id, String street, ReportingPeriod period, int version, String fileName,
		OffsetDateTime receivedAt, int rowsRead, int rowsRejected, int errors, int warnings, List<String> superseded,
		String changes, List<IndicatorEntry> indicators, List<ProjectEntry> projects) {
}
