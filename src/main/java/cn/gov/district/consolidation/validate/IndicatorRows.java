package cn.gov.district.consolidation.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.domain.ValueStatus;
import cn.gov.district.consolidation.normalize.DeclaredUnit;
import cn.gov.district.consolidation.normalize.Issue;
import cn.gov.district.consolidation.normalize.NormalizedValue;
import cn.gov.district.consolidation.normalize.Resolution;
import cn.gov.district.consolidation.read.CellText;
import cn.gov.district.consolidation.read.HeaderMatch;
import cn.gov.district.consolidation.read.TableRow;

/**
 * The rows of an indicator sheet: one indicator per row with target, actual and growth, each
 * normalized into the catalog unit. Not thread-safe.
 */
final class IndicatorRows extends DataRows {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

	/** Per sheet, bounded ({@link DataRows#cached}): a long export names the same few indicators and units on every row. */
	private final Map<String, Resolution<Indicator>> resolutions = new HashMap<>();

	private final Map<DeclaredUnit, Optional<Issue>> unitChecks = new HashMap<>();

	/** Made once, not per row (see {@link DataRows}' resolvers). */
	private final Function<String, Resolution<Indicator>> indicatorResolver;

	private final Function<DeclaredUnit, Optional<Issue>> unitCheck;

	/** The last declaration checked and its answer: the same on nearly every row. */
	private DeclaredUnit lastChecked;

	private Optional<Issue> lastCheck;

	/** Looked up once, as {@link DataRows}' columns. */
	private final int actualColumn;

	private final int targetColumn;

	private final int growthColumn;

	private final int codeColumn;

	private final int remarkColumn;

	private final int completionColumn;

	/** The growth column's declaration: its header's unit when that says %, else nothing. */
	private final DeclaredUnit growthDeclared;

	/**
	 * The value fields whose unit neither their header nor a unit line states: only a row's 单位 cell
	 * can, and where the sheet has no 单位 column or the row leaves it empty their numbers are read in
	 * the catalog unit, which one warning per sheet says (spec §2 does not let that pass silently).
	 */
	private final List<String> undeclaredFields = new ArrayList<>();

	/** Indicators of this sheet with a number read in the catalog unit because nothing stated one: name to unit. */
	private final Map<String, String> assumedUnits = new LinkedHashMap<>();

	/** Indicators named in the {@value Rules#UNIT_ASSUMED} warning at most; the rest are counted. */
	private static final int ASSUMED_LISTED = 10;

	/** Rows named in the {@value Rules#UNIT_ASSUMED} warning about empty 单位 cells at most; the rest are counted. */
	private static final int EMPTY_UNIT_ROWS_LISTED = 5;

	/** The first rows whose empty 单位 cell left a number read in its catalog unit. */
	private final int[] emptyUnitRows = new int[EMPTY_UNIT_ROWS_LISTED];

	/** How many rows had an empty 单位 cell that left a number read in its catalog unit. */
	private int emptyUnitRowCount;

	IndicatorRows(FileCollector collector, ValidationContext context, String sheet, HeaderMatch header) {
		super(collector, context, sheet, header);
		this.indicatorResolver = context.indicators::resolve;
		this.unitCheck = context.values::checkDeclaredUnits;
		this.actualColumn = column(SheetKind.Fields.ACTUAL);
		this.targetColumn = column(SheetKind.Fields.TARGET);
		this.growthColumn = column(SheetKind.Fields.GROWTH);
		this.codeColumn = column(SheetKind.Fields.CODE);
		this.remarkColumn = column(SheetKind.Fields.REMARK);
		this.completionColumn = column(SheetKind.Fields.COMPLETION_RATE);
		DeclaredUnit growthHeader = new DeclaredUnit("", header.headerUnits().getOrDefault(SheetKind.Fields.GROWTH, ""), "");
		this.growthDeclared = "%".equals(growthHeader.effective()) ? growthHeader : DeclaredUnit.NONE;
		for (String field : List.of(SheetKind.Fields.ACTUAL, SheetKind.Fields.TARGET)) {
			// as the values are read: the unit that holds when the row's 单位 cell says nothing
			if (column(field) >= 0 && new DeclaredUnit("", header.headerUnits().getOrDefault(field, ""), header.sheetUnit())
				.effective()
				.isEmpty()) {
				undeclaredFields.add(field);
			}
		}
		reportUnitConflict();
	}

	private void reportUnitConflict() {
		String actualUnit = header.headerUnits().getOrDefault(SheetKind.Fields.ACTUAL, "");
		String targetUnit = header.headerUnits().getOrDefault(SheetKind.Fields.TARGET, "");
		if (!actualUnit.isEmpty() && !targetUnit.isEmpty() && !actualUnit.equals(targetUnit)) {
			RowFindings f = new RowFindings(collector.fileName(), sheet, header.headerRowNumber());
			f.add(column(SheetKind.Fields.TARGET), SheetKind.Fields.TARGET, targetUnit, "UNIT_CONFLICT", Severity.WARNING,
					"表头中“年度目标”的单位（" + targetUnit + "）与“本期完成”的单位（" + actualUnit + "）不同，已分别换算，请核对");
			collector.fileFindings.addAll(f.findings());
		}
	}

	@Override
	protected boolean isLabel(String foldedName) {
		return super.isLabel(foldedName) || !context.indicators.resolve(stripNumbering(foldedName)).isMatch();
	}

	@Override
	protected boolean hasValues(TableRow row) {
		return !cell(row, actualColumn).isEmpty() || !cell(row, targetColumn).isEmpty() || !cell(row, growthColumn).isEmpty();
	}

	@Override
	protected void subtotal(TableRow row) {
		// different indicators cannot be added up: a subtotal row on an indicator sheet is only a label
	}

	/**
	 * One {@value Rules#UNIT_ASSUMED} warning for the whole sheet when numbers were read in their
	 * catalog unit because the sheet states no unit (spec §2: 单位 is required unless the value
	 * headers name it), naming the indicators and the units assumed; not one per row. In a sheet with
	 * a 单位 column that is the rows whose 单位 cell is empty, which the warning names too.
	 */
	@Override
	public void finish() {
		if (assumedUnits.isEmpty()) {
			return;
		}
		String listed = assumedIndicators();
		if (unitColumn >= 0) {
			reportEmptyUnitCells(listed);
			return;
		}
		String fields = "“" + String.join("”“", undeclaredFields) + "”";
		String first = undeclaredFields.get(0);
		RowFindings f = new RowFindings(collector.fileName(), sheet, header.headerRowNumber());
		f.add(column(first), first, null, Rules.UNIT_ASSUMED, Severity.WARNING, "本表" + fields
				+ "未注明单位（没有“单位”列，表头和表格上方也没有写单位），未写单位的数值已按指标目录的标准单位理解：" + listed
				+ "；请核对，如实际单位不同，请增加“单位”列或在表头注明单位，如“本期完成(万元)”");
		collector.fileFindings.addAll(f.findings());
	}

	/** The indicators of {@link #assumedUnits} with their units, the first {@value #ASSUMED_LISTED} and how many there are. */
	private String assumedIndicators() {
		StringBuilder listed = new StringBuilder();
		int shown = 0;
		for (Map.Entry<String, String> e : assumedUnits.entrySet()) {
			if (shown == ASSUMED_LISTED) {
				break;
			}
			listed.append(shown == 0 ? "" : "、").append(e.getKey()).append("（").append(e.getValue()).append("）");
			shown++;
		}
		if (assumedUnits.size() > shown) {
			listed.append("等").append(assumedUnits.size()).append("个指标");
		}
		return listed.toString();
	}

	/**
	 * The warning about rows whose 单位 cell is empty, at the header of the 单位 column: one for the
	 * sheet however many rows (a long export may leave the column empty throughout), naming the
	 * first {@value #EMPTY_UNIT_ROWS_LISTED} rows and how many there are.
	 */
	private void reportEmptyUnitCells(String listed) {
		StringBuilder rows = new StringBuilder("第");
		int shown = Math.min(emptyUnitRowCount, EMPTY_UNIT_ROWS_LISTED);
		for (int i = 0; i < shown; i++) {
			rows.append(i == 0 ? "" : "、").append(emptyUnitRows[i]);
		}
		rows.append("行");
		if (emptyUnitRowCount > shown) {
			rows.append("等").append(emptyUnitRowCount).append("行");
		}
		RowFindings f = new RowFindings(collector.fileName(), sheet, header.headerRowNumber());
		f.add(unitColumn, SheetKind.Fields.UNIT, null, Rules.UNIT_ASSUMED, Severity.WARNING, "本表" + rows
				+ "“单位”栏为空（表头和表格上方也没有写单位），这些行未写单位的数值已按指标目录的标准单位理解：" + listed
				+ "；请核对并补填单位，如实际单位与此不同，请改正后重新报送");
		collector.fileFindings.addAll(f.findings());
	}

	@Override
	protected boolean data(TableRow row, String name, RowFindings findings, Draft draft) {
		Resolution<Indicator> resolution = cached(resolutions, name, indicatorResolver);
		if (!resolution.isMatch()) {
			boolean ambiguous = resolution.kind() == Resolution.Kind.AMBIGUOUS;
			findings.add(nameColumn, SheetKind.Fields.NAME, name, ambiguous ? Rules.AMBIGUOUS_INDICATOR : Rules.UNKNOWN_INDICATOR,
					Severity.ERROR, (ambiguous ? "指标名称“" + name + "”可对应多个指标" : "未识别的指标名称“" + name + "”")
							+ suggestion(resolution) + "，该行未采用；请使用指标目录中的名称");
			return false;
		}
		Indicator indicator = resolution.match();
		String code = cell(row, codeColumn);
		if (!code.isEmpty() && !CellText.fold(code).equalsIgnoreCase(indicator.code())) {
			findings.add(codeColumn, SheetKind.Fields.CODE, code, Rules.CODE_NAME_MISMATCH, Severity.ERROR,
					"指标编码“" + code + "”与指标名称“" + name + "”（编码" + indicator.code() + "）不一致，该行未采用；请核对编码或名称");
		}
		DeclaredUnit declaredActual = declared(row, SheetKind.Fields.ACTUAL);
		if (declaredActual != lastChecked) {
			lastCheck = cached(unitChecks, declaredActual, unitCheck);
			lastChecked = declaredActual;
		}
		Optional<Issue> unitIssue = lastCheck;
		if (unitIssue.isPresent()) {
			Issue issue = unitIssue.get();
			findings.add(unitColumn, SheetKind.Fields.UNIT, cell(row, unitColumn), issue.code(),
					issue.severity(), issue.message());
		}
		Measure actual = value(row, SheetKind.Fields.ACTUAL, actualColumn, declaredActual, indicator.unit(), findings, true);
		Measure target = value(row, SheetKind.Fields.TARGET, targetColumn, declared(row, SheetKind.Fields.TARGET),
				indicator.unit(), findings, false);
		// a growth column is percent by definition: 0.5 there means 0.5%, never a fraction to multiply
		// (under a header that says %, a growth of at most 1 is pointed out: it may be a fraction)
		Measure growth = value(row, SheetKind.Fields.GROWTH, growthColumn, growthDeclared, "%", findings, false);
		// a few field reads on every row: without a 单位 column an indicator is noted once, with one only a row
		// whose 单位 cell is empty (nearly none) goes further, each such row counted
		if (!undeclaredFields.isEmpty() && (unitColumn < 0 ? !assumedUnits.containsKey(indicator.name())
				: declaredActual.unitColumn().isEmpty())) {
			noteAssumedUnit(row.rowNumber(), indicator, actual, target);
		}
		checkRanges(indicator, actual, target, growth, findings);
		checkCompletion(row, actual, target, findings);
		Integer earlier = draft.rowOf(indicator.code());
		if (earlier != null) {
			findings.add(nameColumn, SheetKind.Fields.NAME, name, Rules.DUPLICATE_INDICATOR, Severity.ERROR,
					"指标“" + indicator.name() + "”在第" + earlier + "行已填报，本行重复，未采用；请删除重复行");
		}
		if (findings.hasError()) {
			return false;
		}
		draft.add(new IndicatorEntry(indicator.code(), target, actual, growth, cell(row, remarkColumn), sheet,
				row.rowNumber()));
		return true;
	}

	/**
	 * Notes {@code indicator}, and with a 单位 column the row, when a number of an undeclared field of a
	 * row that states no unit was read in its catalog unit, not in a unit of its own ({@code 3.2亿元}).
	 */
	private void noteAssumedUnit(int rowNumber, Indicator indicator, Measure actual, Measure target) {
		for (String field : undeclaredFields) {
			Measure m = SheetKind.Fields.ACTUAL.equals(field) ? actual : target;
			if (m.hasNumber() && !context.values.statesItsUnit(m.raw())) {
				// bounded by the catalog: only resolved indicators come here
				assumedUnits.putIfAbsent(indicator.name(), indicator.unit());
				if (unitColumn >= 0) {
					if (emptyUnitRowCount < EMPTY_UNIT_ROWS_LISTED) {
						emptyUnitRows[emptyUnitRowCount] = rowNumber;
					}
					emptyUnitRowCount++;
				}
				return;
			}
		}
	}

	private Measure value(TableRow row, String field, int c, DeclaredUnit declared, String canonicalUnit,
			RowFindings findings, boolean required) {
		String raw = c < 0 ? "" : row.cell(c);
		NormalizedValue normalized = SheetKind.Fields.GROWTH.equals(field) ? context.values.normalizeGrowth(raw, declared)
				: context.values.normalize(raw, declared, canonicalUnit);
		Measure m = normalized.measure();
		List<Issue> issues = normalized.issues();
		// indexed, not for-each: three values a row, nearly all without an issue, and an iterator each is garbage under C1
		for (int i = 0, n = issues.size(); i < n; i++) {
			Issue issue = issues.get(i);
			// a masked value is the sender's deliberate choice: the row stays, the value counts as missing
			Severity severity = m.status() == ValueStatus.MASKED ? Severity.WARNING : issue.severity();
			findings.add(c, field, raw, issue.code(), severity, issue.message());
		}
		if (required && m.status() == ValueStatus.BLANK) {
			findings.add(c, field, raw, Rules.MISSING_VALUE, Severity.ERROR, "“" + field + "”未填写，该行未采用；请填写数值（无数据请填“—”）");
		}
		if (required && m.status() == ValueStatus.NOT_APPLICABLE) {
			// the mark the MISSING_VALUE message asks for when there is no figure: the row stays, the value is none
			findings.add(c, field, raw, Rules.NOT_APPLICABLE, Severity.WARNING, "“" + field + "”填写的是“" + CellText.trim(raw)
					+ "”，表示无数据或不适用，已按无数值处理：不计入汇总，也不按0计算；如有实际数值，请填写数值");
		}
		if (m.status() == ValueStatus.MASKED && normalized.issues().isEmpty()) {
			findings.add(c, field, raw, Rules.MASKED_VALUE, Severity.WARNING, "数值被遮蔽，未计入汇总；请填写实际数值");
		}
		return m;
	}

	private void checkRanges(Indicator indicator, Measure actual, Measure target, Measure growth, RowFindings findings) {
		boolean rate = indicator.isPercent() && !isGrowthRate(indicator);
		checkRange(indicator, rate, SheetKind.Fields.ACTUAL, actual, findings);
		checkRange(indicator, rate, SheetKind.Fields.TARGET, target, findings);
		if (growth.hasNumber() && growth.value().compareTo(MINUS_HUNDRED) <= 0) {
			findings.add(growthColumn, SheetKind.Fields.GROWTH, growth.raw(), Rules.GROWTH_OUT_OF_RANGE,
					Severity.ERROR, "同比增长“" + growth.raw() + "”不可能低于或等于-100%，该行未采用；请核对");
		}
	}

	private void checkRange(Indicator indicator, boolean rate, String field, Measure m, RowFindings findings) {
		if (!m.hasNumber()) {
			return;
		}
		if (rate && (m.value().signum() < 0 || m.value().compareTo(HUNDRED) > 0)) {
			findings.add(column(field), field, m.raw(), Rules.PERCENT_OUT_OF_RANGE, Severity.ERROR,
					"“" + indicator.name() + "”是比率，应在0%～100%之间，实填“" + m.raw() + "”，该行未采用");
		}
		else if (!indicator.isPercent() && m.value().signum() < 0) {
			findings.add(column(field), field, m.raw(), Rules.NEGATIVE_VALUE, Severity.ERROR,
					"“" + indicator.name() + "”不能为负数，实填“" + m.raw() + "”，该行未采用；下降请填在“同比增长”列");
		}
	}

	/** A 完成率 column, where given, should say what target and actual imply (within 1 point). */
	private void checkCompletion(TableRow row, Measure actual, Measure target, RowFindings findings) {
		int c = completionColumn;
		if (c < 0 || !actual.hasNumber() || !target.hasNumber() || target.value().signum() == 0) {
			return;
		}
		NormalizedValue reported = context.values.normalize(row.cell(c), DeclaredUnit.NONE, "%");
		if (!reported.measure().hasNumber()) {
			return;
		}
		BigDecimal implied = actual.value().multiply(HUNDRED).divide(target.value(), 2, java.math.RoundingMode.HALF_UP);
		if (implied.subtract(reported.measure().value()).abs().compareTo(BigDecimal.ONE) > 0) {
			findings.add(c, SheetKind.Fields.COMPLETION_RATE, row.cell(c), Rules.COMPLETION_INCONSISTENT, Severity.WARNING,
					"填报的完成率为" + CellText.trim(row.cell(c)) + "，但本期完成÷年度目标应为" + implied.toPlainString()
							+ "%；汇总按目标和完成值重新计算，请核对");
		}
	}

	/** Growth-rate indicators (增速/增长) may be negative or exceed 100. */
	private static boolean isGrowthRate(Indicator indicator) {
		return indicator.name().contains("增速") || indicator.name().contains("增长");
	}
}
