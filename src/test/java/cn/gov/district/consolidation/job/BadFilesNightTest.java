package cn.gov.district.consolidation.job;

import static cn.gov.district.consolidation.examples.ExampleFacts.ACCEPTED_FILES;
import static cn.gov.district.consolidation.examples.ExampleFacts.DISTRICT;
import static cn.gov.district.consolidation.examples.ExampleFacts.FAI_ACTUAL_TOTAL;
import static cn.gov.district.consolidation.examples.ExampleFacts.FILES;
import static cn.gov.district.consolidation.examples.ExampleFacts.IND_OUTPUT_TOTAL;
import static cn.gov.district.consolidation.examples.ExampleFacts.NANMEN;
import static cn.gov.district.consolidation.examples.ExampleFacts.NANMEN_INDICATORS_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.NANMEN_PROJECTS_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.NEW_URBAN_JOBS_ACTUAL;
import static cn.gov.district.consolidation.examples.ExampleFacts.NEW_URBAN_JOBS_ACTUAL_TOTAL;
import static cn.gov.district.consolidation.examples.ExampleFacts.REJECTED_FILES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.district.consolidation.examples.ExampleSubmissions;

/**
 * One night's input holding the good examples and every bad file of issue 4's list: the good
 * ones are consolidated as usual, each bad one is rejected with a reason naming its problem (or
 * read, where reading it is right), nothing escapes, and the run report's counts reconcile. The
 * large file is 20 MB, or 200 MB with {@code -Dconsolidation.bigfiles=true}.
 */
class BadFilesNightTest {

	private static final long BIG_FILE_BYTES = Boolean.getBoolean("consolidation.bigfiles") ? 200L << 20 : 20L << 20;

	@TempDir
	Path root;

	@Test
	void shouldRejectEveryBadFileWithItsReasonAndStillConsolidateTheGoodOnes() throws Exception {
		JobHarness harness = new JobHarness(root);
		ExampleSubmissions.writeAll(harness.input());
		List<HostileFiles.Expected> bad = HostileFiles.writeAll(harness.input(), BIG_FILE_BYTES);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

		assertThat(harness.run()).as("no exception escapes the night").isZero();

		Map<String, String> status = new HashMap<>();
		Map<String, Integer> rowsRejected = new HashMap<>();
		Map<String, List<String>> findings = new HashMap<>();
		try (Connection c = DriverManager.getConnection(harness.jdbcUrl(), "sa", ""); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select file_name, status, rows_rejected from input_file")) {
				while (rs.next()) {
					status.put(rs.getString(1), rs.getString(2));
					rowsRejected.put(rs.getString(1), rs.getInt(3));
				}
			}
			try (ResultSet rs = s.executeQuery("select i.file_name, f.code, f.message from finding f join input_file i on i.id = f.file_id")) {
				while (rs.next()) {
					findings.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2) + "|" + rs.getString(3));
				}
			}
		}
		for (String good : ACCEPTED_FILES) {
			assertThat(status.get(good)).as(good).isEqualTo("ACCEPTED");
		}
		for (String rejected : REJECTED_FILES) {
			assertThat(status.get(rejected)).as(rejected).isEqualTo("REJECTED");
		}
		Path rejectedDir = harness.rejected().resolve(today.toString());
		for (HostileFiles.Expected e : bad) {
			if (e.accepted()) {
				assertThat(status.get(e.name())).as(e.name() + " " + findings.get(e.name())).isEqualTo("ACCEPTED");
				// every row understood: GBK, UTF-16 and full-width names decoded, not guessed into mojibake
				assertThat(rowsRejected.get(e.name())).as(e.name() + " " + findings.get(e.name())).isZero();
				assertThat(harness.archive().resolve(today.toString()).resolve(e.name())).as(e.name()).exists();
				continue;
			}
			assertThat(status.get(e.name())).as(e.name()).isEqualTo("REJECTED");
			assertThat(findings.get(e.name())).as(e.name())
				.anySatisfy(f -> assertThat(f).startsWith(e.code() + "|").contains(e.messagePart()));
			assertThat(rejectedDir.resolve(e.name())).as(e.name()).exists();
			assertThat(ArchiveTasklet.errorWorkbookFor(rejectedDir, e.name()))
				.as("error workbook beside " + e.name())
				.exists();
		}
		assertThat(JobHarness.filesIn(harness.input())).as("every file left the input folder").isEmpty();

		// the examples' district figures are untouched by the night's junk
		Path workbook = harness.output().resolve("2022-11").resolve(DISTRICT + "_2022-11_汇总.xlsx");
		try (SummaryWorkbook wb = new SummaryWorkbook(workbook)) {
			assertThat(wb.number("汇总", "规模以上工业总产值", "全区合计")).isEqualByComparingTo(IND_OUTPUT_TOTAL);
			assertThat(wb.number("汇总", "固定资产投资", "全区合计")).isEqualByComparingTo(FAI_ACTUAL_TOTAL);
			assertThat(wb.number("汇总", "新增城镇就业", "全区合计")).isEqualByComparingTo(NEW_URBAN_JOBS_ACTUAL_TOTAL);
			assertThat(wb.text("报送情况", "太平街道", "报送状态")).isEqualTo("未报送");
		}

		String report = Files.readString(harness.output().resolve("运行报告_" + today + ".txt"), StandardCharsets.UTF_8);
		int[] files = DropFolderOperationsTest.numbers(report, "文件：发现 (\\d+) 个 = 采用 (\\d+) 个 \\+ 退回 (\\d+) 个 \\+ 重复 (\\d+) 个");
		long readable = bad.stream().filter(HostileFiles.Expected::accepted).count();
		assertThat(files[0]).isEqualTo(FILES.size() + bad.size()).isEqualTo(files[1] + files[2] + files[3]);
		assertThat(files[1]).isEqualTo(ACCEPTED_FILES.size() + readable);
		int[] rows = DropFolderOperationsTest.numbers(report, "数据行：读取 (\\d+) 行 = 入库 (\\d+) 行 \\+ 拒绝 (\\d+) 行");
		assertThat(rows[0]).isEqualTo(rows[1] + rows[2]);
	}

	@Test
	void shouldRejectAFileAboveTheConfiguredTextLimitAndReadItWhenDroppedAgainUnderARaisedOne() throws Exception {
		// a backfill export the district made: 24 months of 东关街道, some 900 characters of cell text
		JobHarness harness = new JobHarness(root);
		Files.createDirectories(harness.input());
		String name = "东关街道_历史数据.csv";
		StringBuilder csv = new StringBuilder("街道名称,报送期间,指标名称,单位,本期完成\r\n");
		for (int month = 1; month <= 12; month++) {
			for (int year = 2020; year <= 2021; year++) {
				csv.append("东关街道,").append(year).append("年1-").append(month).append("月,规模以上工业总产值,亿元,")
					.append(10 * month + year - 2000).append(".5\r\n");
			}
		}
		Files.writeString(harness.input().resolve(name), csv, StandardCharsets.UTF_8);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

		assertThat(harness.run("--consolidation.max-file-chars=500")).isZero();

		Path rejected = harness.rejected().resolve(today.toString()).resolve(name);
		assertThat(rejected).exists();
		assertThat(filesNamed(harness, name)).containsExactly("REJECTED|FILE_TOO_LARGE");
		try (Connection c = DriverManager.getConnection(harness.jdbcUrl(), "sa", ""); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select message from finding where code = 'FILE_TOO_LARGE'")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).contains("文字总量超过500字符的上限").contains("consolidation.max-file-chars");
		}

		// the operator raises the limit (here: back to the default) and drops the same file again
		Files.copy(rejected, harness.input().resolve(name));
		assertThat(harness.runDaysLater(1)).isZero();

		assertThat(harness.archive().resolve(today.plusDays(1).toString()).resolve(name)).exists();
		assertThat(filesNamed(harness, name)).containsExactly("REJECTED|FILE_TOO_LARGE", "ACCEPTED|24");
	}

	/** Each registration of {@code fileName}, oldest first: its status and its finding codes, or the rows it stored. */
	private static List<String> filesNamed(JobHarness harness, String fileName) throws Exception {
		List<String> files = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(harness.jdbcUrl(), "sa", "");
				java.sql.PreparedStatement s = c.prepareStatement("""
						select i.status, i.rows_read - i.rows_rejected,
						       (select listagg(f.code, ',') within group (order by f.id) from finding f where f.file_id = i.id)
						from input_file i where i.file_name = ? order by i.id""")) {
			s.setString(1, fileName);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					files.add(rs.getString(1) + "|" + (rs.getString(3) != null ? rs.getString(3) : rs.getString(2)));
				}
			}
		}
		return files;
	}

	@Test
	void shouldRejectOnlyTheRowWhoseNumberIsTooLargeToStore() throws Exception {
		// 40 digits run together in 南门's 新增城镇就业 and in a project's 总投资: beyond what is stored exactly
		// (NUMERIC(38, 12)), which once failed the whole file with a database error
		JobHarness harness = new JobHarness(root);
		ExampleSubmissions.writeAll(harness.input());
		String huge = "1234567890123456789012345678901234567890";
		Path indicators = harness.input().resolve(NANMEN_INDICATORS_FILE);
		ExampleSubmissions.correctNanmenCsv(indicators, indicators, "," + NEW_URBAN_JOBS_ACTUAL.get(NANMEN).toPlainString() + ",",
				"," + huge + ",");
		Path projects = harness.input().resolve(NANMEN_PROJECTS_FILE);
		ExampleSubmissions.correctNanmenCsv(projects, projects, "南门停车场建设项目,新建,4200,", "南门停车场建设项目,新建," + huge + ",");

		assertThat(harness.run()).as("no exception escapes the night").isZero();

		assertTooLargeAt(harness, NANMEN_INDICATORS_FILE, 5, "E", huge);
		assertTooLargeAt(harness, NANMEN_PROJECTS_FILE, 4, "C", huge);
	}

	/** {@code file} was accepted without its one row, and has one NUMBER_TOO_LARGE error: on that row's {@code column}. */
	private static void assertTooLargeAt(JobHarness harness, String file, int row, String column, String raw) throws Exception {
		try (Connection c = DriverManager.getConnection(harness.jdbcUrl(), "sa", "");
				java.sql.PreparedStatement s = c.prepareStatement("""
						select i.status, i.rows_rejected, f.severity, f.row_number, f.column_letter, f.raw_value, f.message
						from input_file i join finding f on f.file_id = i.id
						where i.file_name = ? and f.code = 'NUMBER_TOO_LARGE'""")) {
			s.setString(1, file);
			try (ResultSet rs = s.executeQuery()) {
				assertThat(rs.next()).as("a finding for the cell of " + file).isTrue();
				assertThat(rs.getString(1)).isEqualTo("ACCEPTED");
				assertThat(rs.getInt(2)).isEqualTo(1);
				assertThat(rs.getString(3)).isEqualTo("ERROR");
				assertThat(rs.getInt(4)).isEqualTo(row);
				assertThat(rs.getString(5)).isEqualTo(column);
				assertThat(rs.getString(6)).isEqualTo(raw);
				assertThat(rs.getString(7)).contains("过大").contains("请核对数值和单位");
				assertThat(rs.next()).isFalse();
			}
		}
	}
}
