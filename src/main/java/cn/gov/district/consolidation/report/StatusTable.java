package cn.gov.district.consolidation.report;

import java.util.ArrayList;
import java.util.List;

import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.consolidate.StreetStatus;

/** Builds the {@code 报送情况} table: one row per roster 街道. Stateless. */
final class StatusTable {

	static final String NAME = "报送情况";

	private StatusTable() {
	}

	static ReportTable of(DistrictReport report) {
		List<String> headers = List.of("街道", "报送状态", "文件名", "版本", "接收时间", "采用行数", "拒绝行数", "错误数", "警告数",
				"被替代版本", "变更说明");
		List<ReportRow> rows = new ArrayList<>();
		for (StreetStatus s : report.statuses()) {
			rows.add(s.submitted() ? submitted(s) : missing(s));
		}
		String subtitle = ReportTexts.asOf(report) + "\u3000已报送：" + report.submittedCount() + "/"
				+ report.streets().size() + "个街道";
		return new ReportTable(NAME, ReportTexts.titlePrefix(report) + "街道报送情况表", subtitle, headers, rows, 1, -1);
	}

	private static ReportRow submitted(StreetStatus s) {
		return ReportRow.data(List.of(ReportCell.text(s.street()), ReportCell.text("已报送"),
				ReportCell.text(s.fileName()), ReportCell.number(s.version()),
				ReportCell.text(ReportTexts.minutes(s.receivedAt())), ReportCell.number(s.rowsAccepted()),
				ReportCell.number(s.rowsRejected()), ReportCell.number(s.errors()), ReportCell.number(s.warnings()),
				ReportCell.text(String.join("、", s.superseded())), ReportCell.text(s.changes())));
	}

	private static ReportRow missing(StreetStatus s) {
		// a 街道 whose every file was rejected did send something: the office should ask for a corrected file,
		// not for a first one
		boolean rejected = !s.rejectedFiles().isEmpty();
		List<ReportCell> cells = new ArrayList<>(List.of(ReportCell.text(s.street()),
				ReportCell.text(rejected ? "已退回，待重报" : "未报送")));
		if (rejected) {
			cells.add(ReportCell.text(String.join("、", s.rejectedFiles())));
		}
		while (cells.size() < 9) {
			cells.add(ReportCell.EMPTY);
		}
		// Earlier versions may exist even when none is current (e.g. every version was rejected).
		cells.add(ReportCell.text(String.join("、", s.superseded())));
		cells.add(ReportCell.text(s.changes()));
		return ReportRow.data(cells);
	}
}
