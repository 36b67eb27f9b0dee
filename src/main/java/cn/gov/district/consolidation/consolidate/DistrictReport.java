package cn.gov.district.consolidation.consolidate;

import java.time.OffsetDateTime;
import java.util.List;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.ReportingPeriod;

/**
 * Everything the district workbook of one district and period shows.
 *
 * @param district 区名, e.g. {@code 河西区}
 * @param period the reporting period
 * @param generatedAt when the figures were computed (Asia/Shanghai)
 * @param streets roster names in roster order: the columns of the summary sheet
 * @param indicators one line per catalog indicator in catalog order (also those nobody reported)
 * @param projects every key project of every current submission, roster order then row order
 * @param statuses one line per roster 街道 in roster order
 * @param findings the findings of the files that concern this period, file then row order: all of
 * them, or the first {@code DistrictConsolidator.MAX_LISTED_FINDINGS}
 * @param findingsTotal how many there are, listed or not
 */
public record DistrictReport(String district, ReportingPeriod period, OffsetDateTime generatedAt, List<String> streets,
		List<IndicatorLine> indicators, List<ProjectLine> projects, List<StreetStatus> statuses,
		List<Finding> findings, int findingsTotal) {

	public DistrictReport {
		streets = List.copyOf(streets);
		indicators = List.copyOf(indicators);
		projects = List.copyOf(projects);
		statuses = List.copyOf(statuses);
		findings = List.copyOf(findings);
		if (findingsTotal < findings.size()) {
			throw new IllegalArgumentException("findingsTotal " + findingsTotal + " < " + findings.size() + " findings listed");
		}
	}

	/** A report that lists every finding. */
	public DistrictReport(String district, ReportingPeriod period, OffsetDateTime generatedAt, List<String> streets,
			List<IndicatorLine> indicators, List<ProjectLine> projects, List<StreetStatus> statuses,
			List<Finding> findings) {
		this(district, period, generatedAt, streets, indicators, projects, statuses, findings, findings.size());
	}

	/** Findings not listed in {@link #findings()}. */
	public int findingsNotListed() {
		return findingsTotal - findings.size();
	}

	/** True when the stored history gave at least one district figure of the same period last year. */
	public boolean hasPreviousYear() {
		return indicators.stream().anyMatch(IndicatorLine::hasPreviousYear);
	}

	/** Number of roster streets with a current submission for this period. */
	public long submittedCount() {
		return statuses.stream().filter(StreetStatus::submitted).count();
	}
}
