package cn.gov.district.consolidation.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Draws the chart under the {@code 目标完成} table: completion % by 街道 of 固定资产投资 and
 * 新增城镇就业 as bars, 序时进度 as a line on the same axes. The series point at the table's own
 * cells and carry their values as a cache, so the chart is right when opened and follows an edit.
 * Stateless.
 */
final class TargetChart {

	/** The indicators the district office compares at a glance, in bar order. */
	static final List<String> CODES = List.of("FAI", "NEW_URBAN_JOBS");

	static final String TITLE = "重点指标完成率与序时进度";

	static final String SCHEDULE_SERIES = "序时进度(%)";

	/** Rows the chart takes below the table. */
	static final int HEIGHT_ROWS = 22;

	/** Blue and green: told apart in print, also in grey. */
	private static final byte[][] BAR_COLOURS = { { (byte) 0x44, (byte) 0x72, (byte) 0xC4 },
			{ (byte) 0x70, (byte) 0xAD, (byte) 0x47 } };

	private static final int STREET_COLUMN = 2;

	private static final int COMPLETION_COLUMN = 5;

	private static final int SCHEDULE_COLUMN = 6;

	private TargetChart() {
	}

	/**
	 * Where a block of the target table lies on the sheet.
	 * @param name the indicator name, the bar series title
	 * @param firstRow the sheet row (0-based) of its first 街道
	 * @param streets the 街道 in row order, the categories
	 * @param completions completion % per 街道, {@code null} where there is none
	 * @param schedule 序时进度 % per row
	 */
	record Block(String name, int firstRow, List<String> streets, List<BigDecimal> completions,
			List<BigDecimal> schedule) {
	}

	/** The blocks of {@link #CODES} found in the target table, in that order; none when no indicator has a target. */
	static List<Block> blocks(ReportTable table, List<String> names) {
		List<Block> blocks = new ArrayList<>();
		for (String name : names) {
			List<ReportRow> rows = table.rows();
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).kind() == ReportRow.Kind.BLOCK_HEADER && rows.get(i).cell(0).text().equals(name)) {
					blocks.add(block(table, name, i + 1));
					break;
				}
			}
		}
		return blocks;
	}

	private static Block block(ReportTable table, String name, int first) {
		List<String> streets = new ArrayList<>();
		List<BigDecimal> completions = new ArrayList<>();
		List<BigDecimal> schedule = new ArrayList<>();
		for (int i = first; i < table.rows().size() && table.rows().get(i).kind() == ReportRow.Kind.DATA; i++) {
			ReportRow row = table.rows().get(i);
			streets.add(row.cell(STREET_COLUMN).text());
			completions.add(row.cell(COMPLETION_COLUMN).number());
			schedule.add(row.cell(SCHEDULE_COLUMN).number());
		}
		return new Block(name, ReportTable.HEADER_ROW + 1 + first, streets, completions, schedule);
	}

	/**
	 * Draws the chart into {@code drawing} below {@code lastRow}; does nothing without blocks.
	 * @return the chart, or {@code null} when there was nothing to draw
	 */
	static XSSFChart draw(XSSFDrawing drawing, String sheetName, List<Block> blocks, int lastRow, int lastColumn) {
		if (blocks.isEmpty()) {
			return null;
		}
		int top = lastRow + 2;
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, lastColumn + 1, top + HEIGHT_ROWS);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(TITLE);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis streets = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis percent = chart.createValueAxis(AxisPosition.LEFT);
		percent.setTitle("完成率(%)");
		// whole percents on the axis; the bars' exact values are in the table above
		percent.setNumberFormat("0");
		percent.setMinimum(0);
		percent.setCrosses(AxisCrosses.AUTO_ZERO);
		percent.setCrossBetween(AxisCrossBetween.BETWEEN);

		Block first = blocks.get(0);
		XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(first.streets().toArray(String[]::new),
				range(sheetName, first, STREET_COLUMN));
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, streets, percent);
		bars.setBarDirection(BarDirection.COL);
		bars.setVaryColors(false);
		for (int i = 0; i < blocks.size(); i++) {
			Block b = blocks.get(i);
			XDDFChartData.Series s = bars.addSeries(categories,
					numbers(b.completions(), range(sheetName, b, COMPLETION_COLUMN)));
			s.setTitle(b.name() + "完成率(%)", null);
			// an explicit fill: LibreOffice draws a bar series without one as invisible
			s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOURS[i % BAR_COLOURS.length])));
		}
		chart.plot(bars);

		XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, streets, percent);
		line.setVaryColors(false);
		XDDFLineChartData.Series schedule = (XDDFLineChartData.Series) line.addSeries(categories,
				numbers(first.schedule(), range(sheetName, first, SCHEDULE_COLUMN)));
		schedule.setTitle(SCHEDULE_SERIES, null);
		schedule.setSmooth(false);
		schedule.setMarkerStyle(MarkerStyle.NONE);
		XDDFLineProperties red = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.RED)));
		red.setWidth(2.0);
		XDDFShapeProperties shape = new XDDFShapeProperties();
		shape.setLineProperties(red);
		schedule.setShapeProperties(shape);
		chart.plot(line);
		return chart;
	}

	/** The values as doubles, the way Excel stores them; a 街道 without a completion is a gap. */
	private static XDDFNumericalDataSource<Double> numbers(List<BigDecimal> values, String range) {
		Double[] doubles = values.stream().map(v -> v == null ? null : v.doubleValue()).toArray(Double[]::new);
		return XDDFDataSourcesFactory.fromArray(doubles, range);
	}

	private static String range(String sheetName, Block block, int column) {
		CellRangeAddress cells = new CellRangeAddress(block.firstRow(), block.firstRow() + block.streets().size() - 1,
				column, column);
		return "'" + sheetName + "'!" + cells.formatAsString(null, true);
	}
}
