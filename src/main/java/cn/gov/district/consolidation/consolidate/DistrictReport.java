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
 * @param findings every finding of the files that concern this period, file then row order
 */
public record DistrictReport(String district, ReportingPeriod period, OffsetDateTime generatedAt, List<String> streets,
		List<IndicatorLine> indicators, List<ProjectLine> projects, List<StreetStatus> statuses,
		List<Finding> findings) {

	public DistrictReport {
		streets = List.copyOf(streets);
		indicators = List.copyOf(indicators);
		projects = List.copyOf(projects);
		statuses = List.copyOf(statuses);
		findings = List.copyOf(findings);
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
