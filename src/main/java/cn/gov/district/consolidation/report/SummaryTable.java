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

	/** The column of the district change against last year's stored figures. */
	static final String YEAR_ON_YEAR = "较上年同期(%)";

	private SummaryTable() {
	}

	static ReportTable of(DistrictReport report) {
		List<String> headers = new ArrayList<>(List.of("序号", "指标名称", "单位"));
		headers.addAll(report.streets());
		headers.addAll(List.of("全区合计", "全区同比增长(%)"));
		boolean history = report.hasPreviousYear();
		if (history) {
			headers.add(YEAR_ON_YEAR);
		}
		headers.add("备注");
		String subtitle = ReportTexts.asOf(report) + "\u3000报送：" + report.submittedCount() + "/"
				+ report.streets().size() + "个街道";
		return new ReportTable(NAME, ReportTexts.titlePrefix(report) + "主要指标汇总表", subtitle, headers,
				rows(report, history), 3, -1);
	}

	private static List<ReportRow> rows(DistrictReport report, boolean history) {
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
				rows.add(indicatorRow(++number, line, report.streets(), history));
			}
		}
		return rows;
	}

	private static ReportRow indicatorRow(int number, IndicatorLine line, List<String> roster, boolean history) {
		List<ReportCell> cells = new ArrayList<>();
		cells.add(ReportCell.number(number));
		cells.add(ReportCell.text(line.indicator().name()));
		cells.add(ReportCell.text(line.indicator().unit()));
		// Placed by name, so that a line missing a 街道 cannot shift the others into the wrong column.
		Map<String, StreetFigure> byStreet = new HashMap<>();
		line.streets().forEach(f -> byStreet.put(f.street(), f));
		for (String street : roster) {
			StreetFigure f = byStreet.get(street);
			cells.add(f == null ? ReportCell.EMPTY : streetCell(line, f));
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
		if (history) {
			cells.add(yearOnYear(line));
		}
		cells.add(ReportCell.text(remark(total, coverage, growth)));
		return ReportRow.data(cells);
	}

	/** A 街道 value; one whose reported 同比 its own history contradicts says so where the reader looks. */
	private static ReportCell streetCell(IndicatorLine line, StreetFigure f) {
		ReportCell cell = ReportTexts.measure(f.actual());
		if (!f.growthDisagrees()) {
			return cell;
		}
		String note = "报送同比" + f.growth().value().toPlainString() + "%，按上年同期存量数据推算为"
				+ f.historyGrowth().toPlainString() + "%，相差超过" + StreetFigure.GROWTH_TOLERANCE.toPlainString()
				+ "个百分点，请核实";
		return cell.withComment(cell.hasComment() ? cell.comment() + "\n" + note : note);
	}

	/**
	 * The district change against last year's recomputed figure, with that figure in a comment so
	 * the reader can check it; a rate changes in percentage points, and a base of other 街道 is named.
	 */
	private static ReportCell yearOnYear(IndicatorLine line) {
		DistrictFigure before = line.previousYearTotal();
		if (line.yearOnYear() == null) {
			return before.value() == null ? ReportCell.EMPTY : ReportCell.text("—")
				.withComment("上年同期：" + before.value().toPlainString() + line.indicator().unit() + "，本期无可比数据");
		}
		List<String> notes = new ArrayList<>();
		notes.add("上年同期全区：" + before.value().toPlainString() + line.indicator().unit() + "（" + before.covered() + "/"
				+ before.expected() + "个街道）");
		if (line.indicator().isPercent()) {
			notes.add("比率指标：为增减的百分点");
		}
		if (line.total().covered() != before.covered()) {
			notes.add("口径不同：本期含" + line.total().covered() + "个街道，上年同期含" + before.covered() + "个街道");
		}
		return ReportCell.number(line.yearOnYear()).withComment(String.join("\n", notes));
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
