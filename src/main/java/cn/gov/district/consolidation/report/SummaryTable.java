package cn.gov.district.consolidation.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.district.consolidation.consolidate.DistrictFigure;
import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.consolidate.IndicatorLine;
import cn.gov.district.consolidation.consolidate.StreetFigure;

/** Builds the {@code 汇总} table: indicators down, 街道 across, then the district figure. Stateless. */
final class SummaryTable {

	static final String NAME = "汇总";

	private SummaryTable() {
	}

	static ReportTable of(DistrictReport report) {
		List<String> headers = new ArrayList<>(List.of("序号", "指标名称", "单位"));
		headers.addAll(report.streets());
		headers.addAll(List.of("全区合计", "全区同比增长(%)", "备注"));
		String subtitle = ReportTexts.asOf(report) + "\u3000报送：" + report.submittedCount() + "/"
				+ report.streets().size() + "个街道";
		return new ReportTable(NAME, ReportTexts.titlePrefix(report) + "主要指标汇总表", subtitle, headers,
				rows(report), 3, -1);
	}

	private static List<ReportRow> rows(DistrictReport report) {
		Map<String, List<IndicatorLine>> byCategory = new LinkedHashMap<>();
		for (IndicatorLine line : report.indicators()) {
			byCategory.computeIfAbsent(line.indicator().category(), k -> new ArrayList<>()).add(line);
		}
		List<ReportRow> rows = new ArrayList<>();
		int group = 0;
		int number = 0;
		for (Map.Entry<String, List<IndicatorLine>> e : byCategory.entrySet()) {
			rows.add(new ReportRow(ReportRow.Kind.GROUP,
					List.of(ReportCell.text(ReportTexts.numeral(++group) + "、" + e.getKey()))));
			for (IndicatorLine line : e.getValue()) {
				rows.add(indicatorRow(++number, line, report.streets()));
			}
		}
		return rows;
	}

	private static ReportRow indicatorRow(int number, IndicatorLine line, List<String> roster) {
		List<ReportCell> cells = new ArrayList<>();
		cells.add(ReportCell.number(number));
		cells.add(ReportCell.text(line.indicator().name()));
		cells.add(ReportCell.text(line.indicator().unit()));
		// Placed by name, so that a line missing a 街道 cannot shift the others into the wrong column.
		Map<String, StreetFigure> byStreet = new HashMap<>();
		line.streets().forEach(f -> byStreet.put(f.street(), f));
		for (String street : roster) {
			StreetFigure f = byStreet.get(street);
			cells.add(f == null ? ReportCell.EMPTY : ReportTexts.measure(f.actual()));
		}
		DistrictFigure total = line.total();
		String coverage = coverageNote(total);
		if (total.value() == null) {
			cells.add(ReportCell.text("—"));
		}
		else {
			cells.add(ReportCell.number(total.value()).withComment(coverage));
		}
		DistrictFigure growth = line.growthTotal();
		cells.add(growth == null ? ReportCell.EMPTY : ReportCell.number(growth.value()));
		cells.add(ReportCell.text(remark(total, coverage, growth)));
		return ReportRow.data(cells);
	}

	/** The note of a partial figure, {@code ""} when every 街道 is in it or there is no figure. */
	private static String coverageNote(DistrictFigure figure) {
		if (figure == null || figure.value() == null || figure.covered() >= figure.expected()) {
			return "";
		}
		return figure.note().isEmpty() ? "仅含" + figure.covered() + "/" + figure.expected() + "个街道" : figure.note();
	}

	private static String remark(DistrictFigure total, String coverage, DistrictFigure growth) {
		List<String> parts = new ArrayList<>();
		if (total.value() == null) {
			parts.add(total.note().isEmpty() ? "无全区数据" : total.note());
		}
		else if (!coverage.isEmpty()) {
			parts.add(coverage);
		}
		String growthCoverage = coverageNote(growth);
		if (!growthCoverage.isEmpty()) {
			parts.add("同比" + growthCoverage);
		}
		return String.join("；", parts);
	}
}
