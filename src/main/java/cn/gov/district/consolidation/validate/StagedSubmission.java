package cn.gov.district.consolidation.validate;

import cn.gov.district.consolidation.domain.ReportingPeriod;

/**
 * What a file says for one 街道 and period, once read: its rows are staged under the
 * provisional submission {@code draftId}; this is the summary the decision finalizes.
 *
 * @param draftId the provisional submission holding the staged rows
 * @param street roster name
 * @param period reporting period
 * @param reporter 填报人, or {@code ""}
 * @param phone 联系电话, or {@code ""}
 * @param rowsRead data rows read for this submission
 * @param rowsRejected of which not used
 * @param errors error findings
 * @param warnings warning findings
 * @param hasIndicators whether it carries indicator rows
 * @param hasProjects whether it carries project rows
 */
public record StagedSubmission(long draftId, String street, ReportingPeriod period, String reporter, String phone,
		int rowsRead, int rowsRejected, int errors, int warnings, boolean hasIndicators, boolean hasProjects) {
}
