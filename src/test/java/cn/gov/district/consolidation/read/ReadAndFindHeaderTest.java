package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers and the header finder together, on a workbook laid out as 街道 send them. */
class ReadAndFindHeaderTest {

	@TempDir
	Path dir;

	@Test
	void shouldFindTheHeaderOfATypicalIndicatorSheet() throws Exception {
		Path file = dir.resolve("东关街道.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("指标完成情况");
			sheet.createRow(0).createCell(0).setCellValue("东关街道2022年1-11月主要指标完成情况表");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
			sheet.createRow(2).createCell(5).setCellValue("单位：万元");
			Row header = sheet.createRow(3);
			String[] names = { "序号", "指标名称", "单位", "年度目标", "本期完成", "同比增长（%）" };
			for (int c = 0; c < names.length; c++) {
				header.createCell(c).setCellValue(names[c]);
			}
			Row data = sheet.createRow(4);
			data.createCell(0).setCellValue(1);
			data.createCell(1).setCellValue("规模以上工业总产值");
			data.createCell(2).setCellValue("亿元");
			data.createCell(4).setCellValue(92.5);
			XlsxStreamingReaderTest.save(wb, file);
		}
		RecordingSink sink = new RecordingSink();
		new XlsxStreamingReader().read(file, sink);
		List<HeaderField> fields = List.of(HeaderField.of("name", true, "指标名称", "指标", "项目"), HeaderField.of("unit", false, "单位"),
				HeaderField.of("target", false, "年度目标"), HeaderField.of("actual", true, "本期完成", "完成值"),
				HeaderField.of("growth", false, "同比增长(%)", "同比"));
		HeaderMatch match = new HeaderFinder().find(sink.rows("指标完成情况"), fields).orElseThrow();
		assertThat(match.headerRowNumber()).isEqualTo(4);
		assertThat(match.columns()).containsExactly(entry("name", 1), entry("unit", 2), entry("target", 3), entry("actual", 4),
				entry("growth", 5));
		assertThat(match.headerUnits()).containsExactly(entry("growth", "%"));
		assertThat(match.sheetUnit()).isEqualTo("万元");
		assertThat(sink.row("指标完成情况", 5).get(match.columns().get("actual"))).isEqualTo("92.5");
	}
}
