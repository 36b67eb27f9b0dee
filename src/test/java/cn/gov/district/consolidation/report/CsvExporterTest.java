package cn.gov.district.consolidation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {

	@TempDir
	Path dir;

	private final CsvExporter exporter = new CsvExporter();

	@Test
	void shouldWriteTheFiveTablesNamedByDistrictPeriodAndTable() {
		List<Path> files = exporter.export(ReportFixture.report(), dir);
		assertThat(files).extracting(p -> p.getFileName().toString())
			.containsExactly("河西区_2022-11_汇总.csv", "河西区_2022-11_目标完成.csv", "河西区_2022-11_重点项目.csv",
					"河西区_2022-11_报送情况.csv", "河西区_2022-11_校验问题.csv");
		assertThat(files).allMatch(Files::exists);
	}

	@Test
	void shouldStartEveryFileWithAUtf8ByteOrderMark() throws IOException {
		for (Path file : exporter.export(ReportFixture.report(), dir)) {
			byte[] bytes = Files.readAllBytes(file);
			assertThat(bytes).as(file.toString()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		}
	}

	@Test
	void shouldLeaveNoTemporaryFilesAndReplaceOlderExports() throws IOException {
		exporter.export(ReportFixture.report(), dir);
		exporter.export(ReportFixture.report(), dir);
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files).hasSize(5).noneMatch(p -> p.getFileName().toString().startsWith("."));
		}
	}

	@Test
	void shouldWriteSummaryWithHeaderGroupRowsAndPlainDecimals() throws IOException {
		List<CSVRecord> rows = read(exporter.export(ReportFixture.report(), dir).get(0));
		assertThat(rows.get(0).toList()).containsExactly("序号", "指标名称", "单位", "东关街道", "西城街道", "南湖街道", "北苑街道",
				"全区合计", "全区同比增长(%)", "备注");
		assertThat(rows.get(1).get(0)).isEqualTo("一、经济发展");
		assertThat(rows.get(2).toList()).containsExactly("1", "固定资产投资", "亿元", "12.5", "已遮蔽", "666666.10001", "",
				"666678.60001", "-3.2", "仅含2/4个街道；同比仅含2/4个街道");
		assertThat(rows.get(4).get(1)).isEqualTo("城镇登记失业率");
		assertThat(rows.get(4).get(7)).isEqualTo("—");
		assertThat(rows.get(4).get(9)).isEqualTo("不汇总：缺少劳动力人数");
	}

	@Test
	void shouldKeepNegativeNumbersButNeutraliseTextsThatLookLikeFormulas() throws IOException {
		List<CSVRecord> findings = read(exporter.export(ReportFixture.report(), dir).get(4));
		assertThat(findings.get(1).get(5)).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(findings.get(3).get(5)).isEqualTo("'-5");
		assertThat(findings.get(1).get(2)).isEqualTo("7");
		List<CSVRecord> summary = read(dir.resolve("河西区_2022-11_汇总.csv"));
		assertThat(summary.get(2).get(8)).isEqualTo("-3.2");
	}

	@Test
	void shouldNeutraliseEveryFormulaLead() {
		for (String lead : List.of("=", "+", "-", "@", "\t", "\r")) {
			assertThat(CsvExporter.neutralise(lead + "1")).isEqualTo("'" + lead + "1");
		}
		assertThat(CsvExporter.neutralise("—")).isEqualTo("—");
		assertThat(CsvExporter.neutralise("东关街道")).isEqualTo("东关街道");
		assertThat(CsvExporter.neutralise("")).isEmpty();
	}

	@Test
	void shouldWriteNumbersWithoutExponentAndPadShortRows() {
		ReportRow row = ReportRow.data(List.of(ReportCell.number(new BigDecimal("1E+3")),
				ReportCell.number(new BigDecimal("0.0000001")), ReportCell.number(new BigDecimal("-0.50"))));
		assertThat(CsvExporter.record(row, 4)).containsExactly("1000", "0.0000001", "-0.50", "");
	}

	@Test
	void shouldListMissingStreetAndProjectsInTheirFiles() throws IOException {
		List<Path> files = exporter.export(ReportFixture.report(), dir);
		List<CSVRecord> status = read(files.get(3));
		assertThat(status.get(4).get(0)).isEqualTo("北苑街道");
		assertThat(status.get(4).get(1)).isEqualTo("未报送");
		List<CSVRecord> projects = read(files.get(2));
		assertThat(projects.get(projects.size() - 1).get(0)).isEqualTo("全区合计");
		assertThat(projects.get(projects.size() - 1).get(5)).isEqualTo("3250.5");
		List<CSVRecord> targets = read(files.get(1));
		assertThat(targets).anySatisfy(r -> assertThat(r.get(3)).isEqualTo("控制目标(上限)(%)"));
	}

	private static List<CSVRecord> read(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\ufeff");
		try (Reader reader = new java.io.StringReader(text.substring(1));
				CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
			return new ArrayList<>(parser.getRecords());
		}
	}
}
