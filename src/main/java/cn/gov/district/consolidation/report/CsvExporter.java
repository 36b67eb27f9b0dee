package cn.gov.district.consolidation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.domain.FileNames;

/**
 * Exports the five tables of the district workbook as UTF-8 CSV files with a byte order mark (so
 * that Excel on a Chinese Windows opens them as UTF-8): the header row, then every body row as
 * on the sheet. Numbers are plain decimals; a text that a spreadsheet would run as a formula is
 * prefixed with {@code '}. Stateless and thread-safe.
 */
public class CsvExporter {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

	/**
	 * Writes {@code <district>_<period key>_<table>.csv} for {@code 汇总}, {@code 目标完成},
	 * {@code 重点项目}, {@code 报送情况} and {@code 校验问题} into {@code dir}, each replaced atomically.
	 * @param report the figures; not {@code null}
	 * @param dir the folder; created when missing
	 * @return the written files in sheet order
	 * @throws UncheckedIOException when a file cannot be written
	 */
	public List<Path> export(DistrictReport report, Path dir) {
		List<Path> files = new ArrayList<>();
		for (ReportTable table : ReportTables.of(report)) {
			Path target = FileNames.resolve(dir, report.district() + "_" + report.period().key() + "_" + table.name() + ".csv");
			try {
				files.add(AtomicFiles.write(target, out -> {
					// a few characters per call from the printer: no lock and no encoding per call
					Writer writer = new Utf8Writer(out);
					writer.write('\ufeff');
					CSVPrinter printer = new CSVPrinter(writer, FORMAT);
					printer.printRecord(table.headers().stream().map(CsvExporter::neutralise).toList());
					for (ReportRow row : table.rows()) {
						printer.printRecord(record(row, table.columnCount()));
					}
					printer.flush();
				}));
			}
			catch (IOException e) {
				throw new UncheckedIOException("CSV导出失败：" + target + "（" + e.getMessage() + "），请检查输出目录是否可写、磁盘空间是否充足", e);
			}
		}
		return files;
	}

	static List<String> record(ReportRow row, int columns) {
		List<String> values = new ArrayList<>(columns);
		for (int c = 0; c < columns; c++) {
			ReportCell cell = row.cell(c);
			values.add(cell.isNumber() ? cell.plain() : neutralise(cell.text()));
		}
		return values;
	}

	/**
	 * A text that starts like a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR) gets a
	 * leading {@code '}: the file names and raw values in it come from outside and must not run as
	 * formulas when someone opens the CSV in a spreadsheet. Numbers never pass through here.
	 */
	static String neutralise(String text) {
		if (text.isEmpty()) {
			return text;
		}
		char c = text.charAt(0);
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
	}
}
