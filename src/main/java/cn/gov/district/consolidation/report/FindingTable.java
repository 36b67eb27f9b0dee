package cn.gov.district.consolidation.report;

import java.util.List;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.Severity;

/** The findings table (spec §5), shared by the district workbook and the error workbook. Stateless. */
final class FindingTable {

	static final String NAME = "校验问题";

	static final List<String> HEADERS = List.of("文件", "工作表", "行号", "列", "字段", "原始值", "规则代码", "级别", "说明");

	private FindingTable() {
	}

	static List<ReportRow> rows(List<Finding> findings) {
		return findings.stream().map(FindingTable::row).toList();
	}

	static ReportRow row(Finding f) {
		return ReportRow.data(List.of(ReportCell.text(f.file()), ReportCell.text(f.sheet()),
				f.row() == null ? ReportCell.EMPTY : ReportCell.number(f.row()), ReportCell.text(f.column()),
				ReportCell.text(f.field()), ReportCell.text(f.rawValue()), ReportCell.text(f.code()),
				ReportCell.text(severity(f.severity())), ReportCell.text(f.message())));
	}

	static String severity(Severity s) {
		return s == Severity.ERROR ? "错误" : "警告";
	}
}
