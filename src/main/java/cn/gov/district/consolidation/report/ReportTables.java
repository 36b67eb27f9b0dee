package cn.gov.district.consolidation.report;

import java.util.List;

import cn.gov.district.consolidation.consolidate.DistrictReport;

/** The five tables of the district report in sheet order. Stateless. */
final class ReportTables {

	private ReportTables() {
	}

	static List<ReportTable> of(DistrictReport report) {
		ReportTable findings = new ReportTable(FindingTable.NAME, ReportTexts.titlePrefix(report) + "数据校验问题清单",
				ReportTexts.asOf(report) + "\u3000共" + report.findingsTotal() + "条" + (report.findingsNotListed() == 0 ? ""
						: "，只列出前" + report.findings().size() + "条（其余" + report.findingsNotListed()
								+ "条见各文件的问题清单：退回文件在退回目录中，采用文件在输出目录“问题反馈”中）"), FindingTable.HEADERS,
				FindingTable.rows(report.findings()), 0, -1);
		return List.of(SummaryTable.of(report), TargetTable.of(report), ProjectTable.of(report),
				StatusTable.of(report), findings);
	}
}
