package cn.gov.district.consolidation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import cn.gov.district.consolidation.consolidate.DistrictFigure;
import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.consolidate.IndicatorLine;
import cn.gov.district.consolidation.consolidate.StreetFigure;
import cn.gov.district.consolidation.domain.Direction;
import cn.gov.district.consolidation.domain.Indicator;

/**
 * Builds the {@code 目标完成} table: one block per indicator with a target, a row per 街道 and a
 * district row. Stateless.
 */
final class TargetTable {

	static final String NAME = "目标完成";

	static final int STATUS_COLUMN = 8;

	private TargetTable() {
	}

	static ReportTable of(DistrictReport report) {
		List<String> headers = List.of("指标名称", "单位", "街道", "年度目标", "本期完成", "完成率(%)", "序时进度(%)", "排名",
				"状态");
		BigDecimal schedule = report.period().scheduleProgress().movePointRight(2);
		List<ReportRow> rows = new ArrayList<>();
		for (IndicatorLine line : report.indicators()) {
			if (line.streets().stream().anyMatch(f -> f.target().hasNumber())) {
				addBlock(rows, line, schedule);
			}
		}
		return new ReportTable(NAME, ReportTexts.titlePrefix(report) + "目标任务完成情况表", ReportTexts.asOf(report),
				headers, rows, 3, STATUS_COLUMN);
	}

	private static void addBlock(List<ReportRow> rows, IndicatorLine line, BigDecimal schedule) {
		Indicator ind = line.indicator();
		String unit = "(" + ind.unit() + ")";
		// A ceiling reads the other way round: the block says so where the reader looks for the target.
		String target = (ind.direction() == Direction.LOWER ? "控制目标(上限)" : "年度目标") + unit;
		rows.add(new ReportRow(ReportRow.Kind.BLOCK_HEADER,
				texts(ind.name(), ind.unit(), "街道", target, "本期完成" + unit, "完成率(%)", "序时进度(%)", "排名", "状态")));
		for (StreetFigure f : line.streets()) {
			List<ReportCell> cells = new ArrayList<>(texts(ind.name(), ind.unit(), f.street()));
			cells.add(ReportTexts.measure(f.target()));
			cells.add(ReportTexts.measure(f.actual()));
			cells.add(ReportCell.number(f.completionPercent()));
			cells.add(ReportCell.number(schedule));
			cells.add(f.rank() == null ? ReportCell.EMPTY : ReportCell.number(f.rank()));
			cells.add(ReportCell.text(status(f.behindSchedule(), f.completionPercent())));
			rows.add(ReportRow.data(cells));
		}
		rows.add(districtRow(ind, line.targetTotal(), line.total(), completionOfPairs(line), schedule));
	}

	/**
	 * The district's completion over the 街道 that have both a target and an actual: a 街道 without a
	 * target must not inflate it (5,790 done against one 街道's target of 1,300 is not 445%).
	 */
	private static BigDecimal completionOfPairs(IndicatorLine line) {
		if (line.targetTotal().value() == null) {
			return null;
		}
		BigDecimal targets = BigDecimal.ZERO;
		BigDecimal actuals = BigDecimal.ZERO;
		for (StreetFigure f : line.streets()) {
			if (f.target().hasNumber() && f.actual().hasNumber()) {
				targets = targets.add(f.target().value());
				actuals = actuals.add(f.actual().value());
			}
		}
		return targets.signum() == 0 ? null : actuals.multiply(BigDecimal.valueOf(100)).divide(targets, 2, RoundingMode.HALF_UP);
	}

	private static ReportRow districtRow(Indicator ind, DistrictFigure target, DistrictFigure actual, BigDecimal completion,
			BigDecimal schedule) {
		BigDecimal t = target == null ? null : target.value();
		BigDecimal a = actual == null ? null : actual.value();
		List<ReportCell> cells = new ArrayList<>(texts(ind.name(), ind.unit(), "全区合计"));
		cells.add(t == null ? ReportCell.text("—") : ReportCell.number(t));
		cells.add(a == null ? ReportCell.text("—") : ReportCell.number(a));
		cells.add(ReportCell.number(completion));
		cells.add(ReportCell.number(schedule));
		cells.add(ReportCell.EMPTY);
		cells.add(ReportCell.EMPTY);
		return new ReportRow(ReportRow.Kind.TOTAL, cells);
	}

	private static String status(boolean behind, BigDecimal completion) {
		if (behind) {
			return ReportTable.BEHIND;
		}
		return completion == null ? "" : "正常";
	}

	private static List<ReportCell> texts(String... texts) {
		List<ReportCell> cells = new ArrayList<>();
		for (String t : texts) {
			cells.add(ReportCell.text(t));
		}
		return cells;
	}
}
