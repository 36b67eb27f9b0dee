package cn.gov.district.consolidation.validate;

import java.math.BigDecimal;
import java.util.Set;

import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ProjectEntry;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.domain.ValueStatus;
import cn.gov.district.consolidation.normalize.Issue;
import cn.gov.district.consolidation.normalize.NormalizedValue;
import cn.gov.district.consolidation.read.CellText;
import cn.gov.district.consolidation.read.HeaderMatch;
import cn.gov.district.consolidation.read.TableRow;

/**
 * The rows of a key-project sheet, amounts in 万元 (元 and 亿元 converted; 万元 when no unit is
 * given). A 合计/小计 row is checked against the projects above it. Not thread-safe.
 */
final class ProjectRows extends DataRows {

	static final String AMOUNT_UNIT = "万元";

	private static final Set<String> TYPES = Set.of("新建", "续建", "惠民", "招商");

	private static final Set<String> STATUSES = Set.of("已竣工", "在建", "超序时进度", "滞后", "前期", "未开工");

	/** Sums of the projects since the last subtotal row: total, plan, cumulative. */
	private final BigDecimal[] running = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };

	private boolean runningComplete = true;

	ProjectRows(FileCollector collector, ValidationContext context, String sheet, HeaderMatch header) {
		super(collector, context, sheet, header);
	}

	@Override
	protected boolean hasValues(TableRow row) {
		return !cell(row, SheetKind.Fields.PLAN).isEmpty() || !cell(row, SheetKind.Fields.CUMULATIVE).isEmpty()
				|| !cell(row, SheetKind.Fields.TOTAL).isEmpty();
	}

	@Override
	public void finish() {
	}

	@Override
	protected boolean data(TableRow row, String name, RowFindings findings, Draft draft) {
		Measure total = amount(row, SheetKind.Fields.TOTAL, findings, false);
		Measure plan = amount(row, SheetKind.Fields.PLAN, findings, true);
		Measure cumulative = amount(row, SheetKind.Fields.CUMULATIVE, findings, true);
		String type = cell(row, SheetKind.Fields.TYPE);
		if (!type.isEmpty() && !TYPES.contains(CellText.fold(type))) {
			findings.add(column(SheetKind.Fields.TYPE), SheetKind.Fields.TYPE, type, Rules.UNKNOWN_PROJECT_TYPE,
					Severity.WARNING, "项目类型“" + type + "”不在“新建、续建、惠民、招商”之内，已照录，请核对");
		}
		String status = cell(row, SheetKind.Fields.STATUS);
		if (!status.isEmpty() && !STATUSES.contains(CellText.fold(status))) {
			findings.add(column(SheetKind.Fields.STATUS), SheetKind.Fields.STATUS, status, Rules.UNKNOWN_PROJECT_STATUS,
					Severity.WARNING, "项目状态“" + status + "”不在“已竣工、在建、超序时进度、滞后、前期、未开工”之内，已照录，请核对");
		}
		addToRunning(total, plan, cumulative);
		if (findings.hasError()) {
			return false;
		}
		draft.add(new ProjectEntry(name, CellText.fold(type), total.value(), plan.value(), cumulative.value(),
				CellText.fold(status), cell(row, SheetKind.Fields.COMPLETION), cell(row, SheetKind.Fields.REMARK), sheet,
				row.rowNumber()));
		return true;
	}

	private Measure amount(TableRow row, String field, RowFindings findings, boolean required) {
		int c = column(field);
		String raw = c < 0 ? "" : row.cell(c);
		NormalizedValue normalized = context.values.normalize(raw, declared(row, field), AMOUNT_UNIT);
		for (Issue issue : normalized.issues()) {
			findings.add(c, field, raw, issue.code(), issue.severity(), issue.message());
		}
		Measure m = normalized.measure();
		if (required && !m.hasNumber() && normalized.issues().stream().noneMatch(i -> i.severity() == Severity.ERROR)) {
			findings.add(c, field, raw, m.status() == ValueStatus.MASKED ? Rules.MASKED_VALUE : Rules.MISSING_VALUE,
					Severity.ERROR, "“" + field + "”必须填写数值，该项目未采用；请补填（单位：万元）");
		}
		if (m.hasNumber() && m.value().signum() < 0) {
			findings.add(c, field, raw, Rules.NEGATIVE_VALUE, Severity.ERROR, "“" + field + "”不能为负数，该项目未采用");
		}
		return m;
	}

	private void addToRunning(Measure... amounts) {
		for (int i = 0; i < amounts.length; i++) {
			if (amounts[i].hasNumber()) {
				running[i] = running[i].add(amounts[i].value());
			}
			else if (i > 0) {
				runningComplete = false;
			}
		}
	}

	@Override
	protected void subtotal(TableRow row) {
		RowFindings findings = new RowFindings(collector.fileName(), sheet, row.rowNumber());
		String[] fields = { SheetKind.Fields.TOTAL, SheetKind.Fields.PLAN, SheetKind.Fields.CUMULATIVE };
		for (int i = 0; i < fields.length; i++) {
			int c = column(fields[i]);
			if (c < 0 || !runningComplete) {
				continue;
			}
			NormalizedValue v = context.values.normalize(row.cell(c), declared(row, fields[i]), AMOUNT_UNIT);
			if (v.measure().hasNumber() && v.measure().value().compareTo(running[i]) != 0) {
				findings.add(c, fields[i], row.cell(c), Rules.SUBTOTAL_MISMATCH, Severity.WARNING,
						"合计行的“" + fields[i] + "”为" + v.measure().value().toPlainString() + "万元，但上方各项目相加为"
								+ running[i].toPlainString() + "万元；合计行不参与汇总，请核对各项目数值");
			}
		}
		collector.fileFindings.addAll(findings.findings());
		running[0] = BigDecimal.ZERO;
		running[1] = BigDecimal.ZERO;
		running[2] = BigDecimal.ZERO;
		runningComplete = true;
	}
}
