package cn.gov.district.consolidation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;

import cn.gov.district.consolidation.consolidate.DistrictFigure;
import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.consolidate.IndicatorLine;
import cn.gov.district.consolidation.domain.Measure;

class TargetChartTest {

	@TempDir
	Path dir;

	@Test
	void shouldDrawCompletionBarsOfBothIndicatorsWithTheScheduleAsALine() throws IOException {
		try (XSSFWorkbook wb = DistrictWorkbookWriterTest.open(new DistrictWorkbookWriter().write(withJobTargets(), dir))) {
			XSSFSheet sheet = wb.getSheet("目标完成");
			XSSFDrawing drawing = sheet.getDrawingPatriarch();
			List<XSSFChart> charts = drawing.getCharts();
			assertThat(charts).hasSize(1);
			XSSFChart chart = charts.get(0);
			assertThat(chart.getTitleText().getString()).isEqualTo("重点指标完成率与序时进度");
			CTPlotArea plot = chart.getCTChart().getPlotArea();

			assertThat(plot.sizeOfBarChartArray()).isEqualTo(1);
			CTBarSer[] bars = plot.getBarChartArray(0).getSerArray();
			assertThat(bars).extracting(s -> s.getTx().getV()).containsExactly("固定资产投资完成率(%)", "新增城镇就业完成率(%)");
			// bars point at the table's cells: the FAI block's 街道 rows 5..8 (Excel numbering), columns C and F
			assertThat(bars[0].getCat().getStrRef().getF()).isEqualTo("'目标完成'!$C$5:$C$8");
			assertThat(bars[0].getVal().getNumRef().getF()).isEqualTo("'目标完成'!$F$5:$F$8");
			assertThat(cachedValues(bars[0])).containsExactly("62.5", "111.11");
			assertThat(cachedValues(bars[1])).containsExactly("99.0", "50.0");
			assertThat(sheet.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(62.5);

			assertThat(plot.sizeOfLineChartArray()).isEqualTo(1);
			CTLineSer[] lines = plot.getLineChartArray(0).getSerArray();
			assertThat(lines).extracting(s -> s.getTx().getV()).containsExactly("序时进度(%)");
			// 11/12 = 91.67% on every 街道
			assertThat(lines[0].getVal().getNumRef().getNumCache().getPtArray()).hasSize(4)
				.allSatisfy(p -> assertThat(p.getV()).isEqualTo("91.67"));
			// the line shares the bars' axes
			assertThat(plot.getLineChartArray(0).getAxIdArray()).extracting(a -> a.getVal())
				.containsExactly(plot.getBarChartArray(0).getAxIdArray(0).getVal(),
						plot.getBarChartArray(0).getAxIdArray(1).getVal());
			// whole percents on the value axis, from zero
			assertThat(plot.getValAxArray(0).getNumFmt().getFormatCode()).isEqualTo("0");
			assertThat(plot.getValAxArray(0).getScaling().getMin().getVal()).isZero();
			// below the table, as wide as it
			assertThat(drawing.getCTDrawing().getTwoCellAnchorArray(0).getFrom().getRow())
				.isGreaterThan(sheet.getLastRowNum());
		}
	}

	@Test
	void shouldLeaveOutAnIndicatorWithoutTargets() throws IOException {
		// the fixture's 新增城镇就业 has no targets, so only 固定资产投资 has a block
		try (XSSFWorkbook wb = DistrictWorkbookWriterTest.open(new DistrictWorkbookWriter().write(ReportFixture.report(), dir))) {
			XSSFChart chart = wb.getSheet("目标完成").getDrawingPatriarch().getCharts().get(0);
			CTBarSer[] bars = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray();
			assertThat(bars).extracting(s -> s.getTx().getV()).containsExactly("固定资产投资完成率(%)");
		}
	}

	@Test
	void shouldDrawNoChartWhenNoIndicatorHasATarget() throws IOException {
		DistrictReport full = ReportFixture.report();
		List<IndicatorLine> lines = full.indicators()
			.stream()
			.filter(l -> !l.indicator().code().equals("FAI") && !l.indicator().code().equals("UNEMPLOYMENT_RATE"))
			.toList();
		DistrictReport report = new DistrictReport(full.district(), full.period(), full.generatedAt(), full.streets(),
				lines, full.projects(), full.statuses(), full.findings());
		try (XSSFWorkbook wb = DistrictWorkbookWriterTest.open(new DistrictWorkbookWriter().write(report, dir))) {
			XSSFDrawing drawing = wb.getSheet("目标完成").getDrawingPatriarch();
			assertThat(drawing == null ? List.of() : drawing.getCharts()).isEmpty();
		}
	}

	private static List<String> cachedValues(CTBarSer series) {
		List<String> values = new ArrayList<>();
		for (var p : series.getVal().getNumRef().getNumCache().getPtArray()) {
			values.add(p.getV());
		}
		return values;
	}

	/** The fixture with targets for 新增城镇就业: 东关 1200 of 1212.12 → 99%, 西城 not applicable, 南湖 invalid. */
	private static DistrictReport withJobTargets() {
		DistrictReport full = ReportFixture.report();
		List<IndicatorLine> lines = new ArrayList<>();
		for (IndicatorLine l : full.indicators()) {
			if (!l.indicator().code().equals("NEW_URBAN_JOBS")) {
				lines.add(l);
				continue;
			}
			lines.add(new IndicatorLine(l.indicator(),
					List.of(ReportFixture.figure("东关街道", ReportFixture.v("1212.12"), ReportFixture.v("1200"), "99.00", 1,
							false),
							ReportFixture.figure("西城街道", ReportFixture.v("800"), l.streets().get(1).actual(), null, null,
									false),
							ReportFixture.figure("南湖街道", ReportFixture.v("600"), ReportFixture.v("300"), "50.00", 2, true),
							ReportFixture.figure("北苑街道", Measure.BLANK, Measure.BLANK, null, null, false)),
					l.total(), new DistrictFigure(ReportFixture.d("2612.12"), 3, 4, ""), l.growthTotal()));
		}
		return new DistrictReport(full.district(), full.period(), full.generatedAt(), full.streets(), lines,
				full.projects(), full.statuses(), full.findings());
	}
}
