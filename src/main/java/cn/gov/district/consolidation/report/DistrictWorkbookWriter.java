package cn.gov.district.consolidation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.consolidate.IndicatorLine;
import cn.gov.district.consolidation.domain.FileNames;

/**
 * Writes the consolidated district workbook (spec §6) of one district and period: sheets
 * {@code 汇总}, {@code 目标完成}, {@code 重点项目}, {@code 报送情况}, {@code 校验问题}, streamed with
 * SXSSF, and a sixth, {@value CommentOverflow#SHEET}, when a sheet has more notes than it can carry
 * as comments ({@link TablePainter#MAX_COMMENTS}). The same report always gives the same cells and
 * styles. Immutable and thread-safe.
 */
public class DistrictWorkbookWriter {

	/** Rows kept in memory per sheet while streaming. */
	static final int WINDOW = 100;

	private final int maxComments;

	public DistrictWorkbookWriter() {
		this(TablePainter.MAX_COMMENTS);
	}

	/** A writer whose sheets carry at most {@code maxComments} comments each; the rest are listed in {@value CommentOverflow#SHEET}. */
	DistrictWorkbookWriter(int maxComments) {
		this.maxComments = maxComments;
	}

	/**
	 * Writes {@code outputDir/<period key>/<district>_<period key>_汇总.xlsx}, replacing an older one
	 * atomically so that a reader never opens half a workbook.
	 * @param report the figures; not {@code null}
	 * @param outputDir the output root; created when missing
	 * @return the path of the written workbook
	 * @throws UncheckedIOException when the workbook cannot be written
	 */
	public Path write(DistrictReport report, Path outputDir) {
		String key = report.period().key();
		Path target = FileNames.resolve(periodDir(report, outputDir), report.district() + "_" + key + "_汇总.xlsx");
		try {
			return AtomicFiles.write(target, out -> {
				try (SXSSFWorkbook workbook = new FastZipWorkbook(WINDOW)) {
					CommentOverflow overflow = new CommentOverflow();
					TablePainter painter = new TablePainter(new StyleCache(workbook), maxComments, overflow);
					for (ReportTable table : ReportTables.of(report)) {
						Sheet sheet = workbook.createSheet(table.name());
						painter.paint(sheet, table);
						if (table.name().equals(TargetTable.NAME)) {
							drawChart((SXSSFSheet) sheet, table, report);
						}
					}
					if (!overflow.isEmpty()) {
						painter.paint(workbook.createSheet(CommentOverflow.SHEET),
								overflow.table(ReportTexts.titlePrefix(report), maxComments));
					}
					workbook.write(out);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("汇总表写入失败：" + target + "（" + e.getMessage() + "），请检查输出目录是否可写、磁盘空间是否充足", e);
		}
	}

	/** The folder of a period's workbook and exports: {@code outputDir/<period key>}. */
	public static Path periodDir(DistrictReport report, Path outputDir) {
		return outputDir.resolve(report.period().key());
	}

	/** The chart under the target table; SXSSF keeps drawings in its XSSF sheet, so charts work while rows stream. */
	private static void drawChart(SXSSFSheet sheet, ReportTable table, DistrictReport report) {
		List<String> names = new ArrayList<>();
		for (String code : TargetChart.CODES) {
			report.indicators()
				.stream()
				.map(IndicatorLine::indicator)
				.filter(i -> i.code().equals(code))
				.findFirst()
				.ifPresent(i -> names.add(i.name()));
		}
		List<TargetChart.Block> blocks = TargetChart.blocks(table, names);
		if (!blocks.isEmpty()) {
			// the chart starts a page of its own: cut by a page break, half a chart is no chart
			sheet.setRowBreak(ReportTable.HEADER_ROW + table.rows().size());
			sheet.createDrawingPatriarch();
			TargetChart.draw(sheet.getDrawingPatriarch(), table.name(), blocks,
					ReportTable.HEADER_ROW + table.rows().size(), table.columnCount() - 1);
		}
	}
}
