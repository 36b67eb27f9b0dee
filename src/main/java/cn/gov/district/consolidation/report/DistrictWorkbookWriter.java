package cn.gov.district.consolidation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.gov.district.consolidation.consolidate.DistrictReport;

/**
 * Writes the consolidated district workbook (spec §6) of one district and period: sheets
 * {@code 汇总}, {@code 目标完成}, {@code 重点项目}, {@code 报送情况}, {@code 校验问题}, streamed with
 * SXSSF. The same report always gives the same cells and styles. Stateless and thread-safe.
 */
public class DistrictWorkbookWriter {

	/** Rows kept in memory per sheet while streaming. */
	static final int WINDOW = 100;

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
		Path target = outputDir.resolve(key).resolve(report.district() + "_" + key + "_汇总.xlsx");
		try {
			return AtomicFiles.write(target, out -> {
				try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
					workbook.setCompressTempFiles(true);
					TablePainter painter = new TablePainter(new StyleCache(workbook));
					for (ReportTable table : ReportTables.of(report)) {
						Sheet sheet = workbook.createSheet(table.name());
						painter.paint(sheet, table);
					}
					workbook.write(out);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("汇总表写入失败：" + target + "（" + e.getMessage() + "），请检查输出目录是否可写、磁盘空间是否充足", e);
		}
	}
}
