package cn.gov.district.consolidation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.consolidate.ProjectLine;
import cn.gov.district.consolidation.domain.ProjectEntry;

/**
 * Builds the {@code 重点项目} table: the projects of each 街道 with a 小计, then a 小计 per 项目类型
 * and the 全区合计. Stateless.
 */
final class ProjectTable {

	static final String NAME = "重点项目";

	static final int HINT_COLUMN = 10;

	/** The types of the spec in the order the district office lists them; others follow as they appear. */
	private static final List<String> TYPE_ORDER = List.of("新建", "续建", "惠民", "招商");

	private static final String UNTYPED = "未分类";

	private ProjectTable() {
	}

	static ReportTable of(DistrictReport report) {
		List<String> headers = List.of("街道", "项目名称", "项目类型", "总投资(万元)", "年度计划投资(万元)", "累计完成投资(万元)",
				"完成率(%)", "项目状态", "计划竣工", "备注", "进度提示");
		Map<String, List<ProjectLine>> byStreet = new LinkedHashMap<>();
		Map<String, List<ProjectLine>> byType = new LinkedHashMap<>();
		for (String type : TYPE_ORDER) {
			byType.put(type, new ArrayList<>());
		}
		for (ProjectLine line : report.projects()) {
			byStreet.computeIfAbsent(line.street(), k -> new ArrayList<>()).add(line);
			byType.computeIfAbsent(type(line.project()), k -> new ArrayList<>()).add(line);
		}
		List<ReportRow> rows = new ArrayList<>();
		for (Map.Entry<String, List<ProjectLine>> e : byStreet.entrySet()) {
			for (ProjectLine line : e.getValue()) {
				rows.add(projectRow(line));
			}
			rows.add(sumRow(ReportRow.Kind.SUBTOTAL, e.getKey(), "小计", "", e.getValue()));
		}
		for (Map.Entry<String, List<ProjectLine>> e : byType.entrySet()) {
			if (!e.getValue().isEmpty()) {
				rows.add(sumRow(ReportRow.Kind.SUBTOTAL, "全区", e.getKey() + "项目小计", e.getKey(), e.getValue()));
			}
		}
		rows.add(sumRow(ReportRow.Kind.TOTAL, "全区合计", "", "", report.projects()));
		return new ReportTable(NAME, ReportTexts.titlePrefix(report) + "重点项目进展情况表", ReportTexts.asOf(report),
				headers, rows, 2, HINT_COLUMN);
	}

	private static String type(ProjectEntry p) {
		return p.type() == null || p.type().isBlank() ? UNTYPED : p.type();
	}

	private static ReportRow projectRow(ProjectLine line) {
		ProjectEntry p = line.project();
		return ReportRow.data(List.of(ReportCell.text(line.street()), ReportCell.text(p.name()),
				ReportCell.text(p.type()), ReportCell.number(p.totalInvestment()), ReportCell.number(p.annualPlan()),
				ReportCell.number(p.cumulative()), ReportCell.number(line.completionPercent()),
				ReportCell.text(p.status()), ReportCell.text(p.plannedCompletion()), ReportCell.text(p.remark()),
				ReportCell.text(line.behindSchedule() ? ReportTable.BEHIND : "")));
	}

	private static ReportRow sumRow(ReportRow.Kind kind, String first, String second, String type,
			List<ProjectLine> lines) {
		BigDecimal total = sum(lines, ProjectEntry::totalInvestment);
		BigDecimal plan = sum(lines, ProjectEntry::annualPlan);
		BigDecimal done = sum(lines, ProjectEntry::cumulative);
		long withTotal = lines.stream().filter(l -> l.project().totalInvestment() != null).count();
		String remark = "共" + lines.size() + "个项目";
		if (withTotal == 0 && !lines.isEmpty()) {
			remark += "；均未填报总投资";
		}
		else if (withTotal < lines.size()) {
			remark += "；总投资仅含" + withTotal + "/" + lines.size() + "个项目";
		}
		BigDecimal completion = plan == null || done == null || plan.signum() == 0 ? null
				: done.multiply(BigDecimal.valueOf(100)).divide(plan, 2, RoundingMode.HALF_UP);
		return new ReportRow(kind,
				List.of(ReportCell.text(first), ReportCell.text(second), ReportCell.text(type), ReportCell.number(total),
						ReportCell.number(plan), ReportCell.number(done), ReportCell.number(completion),
						ReportCell.EMPTY, ReportCell.EMPTY, ReportCell.text(remark), ReportCell.EMPTY));
	}

	/** The sum of the amounts that are there, {@code null} when none is. */
	private static BigDecimal sum(List<ProjectLine> lines, Function<ProjectEntry, BigDecimal> amount) {
		BigDecimal sum = null;
		for (ProjectLine line : lines) {
			BigDecimal v = amount.apply(line.project());
			if (v != null) {
				sum = sum == null ? v : sum.add(v);
			}
		}
		return sum;
	}
}
