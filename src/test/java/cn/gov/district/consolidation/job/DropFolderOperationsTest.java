package cn.gov.district.consolidation.job;

import static cn.gov.district.consolidation.examples.ExampleFacts.DISTRICT;
import static cn.gov.district.consolidation.examples.ExampleFacts.DONGGUAN;
import static cn.gov.district.consolidation.examples.ExampleFacts.DONGGUAN_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.FILES;
import static cn.gov.district.consolidation.examples.ExampleFacts.IND_OUTPUT_TOTAL;
import static cn.gov.district.consolidation.examples.ExampleFacts.NANMEN;
import static cn.gov.district.consolidation.examples.ExampleFacts.NANMEN_INDICATORS_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.NANMEN_PROJECTS_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.NEW_URBAN_JOBS_ACTUAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.district.consolidation.examples.ExampleSubmissions;

/**
 * The drop folder as operators use it, end to end: a corrected file the next night, Office lock
 * files beside the submissions, a file still being copied when the job looks, and the run report
 * that tells the morning what happened.
 */
class DropFolderOperationsTest {

	private static final String PERIOD_KEY = "2022-11";

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@TempDir
	Path root;

	private JobHarness harness;

	private LocalDate today;

	@BeforeEach
	void setUp() throws IOException {
		harness = new JobHarness(root);
		ExampleSubmissions.writeAll(harness.input());
		today = LocalDate.now(SHANGHAI);
	}

	@Test
	void shouldMakeACorrectedFileTheNextNightTheCurrentVersionAndKeepTheFirstAsHistory() throws Exception {
		assertThat(harness.run()).isZero();
		Path original = harness.archive().resolve(today.toString()).resolve(DONGGUAN_FILE);
		String corrected = "东关街道2022年1-11月报表（更正）.xlsx";
		correctIndustrialOutput(original, harness.input().resolve(corrected), "90.5");

		assertThat(harness.runDaysLater(1)).isZero();

		try (SummaryWorkbook wb = new SummaryWorkbook(workbook())) {
			assertThat(wb.number("报送情况", DONGGUAN, "版本")).isEqualByComparingTo("2");
			assertThat(wb.text("报送情况", DONGGUAN, "文件名")).isEqualTo(corrected);
			assertThat(wb.text("报送情况", DONGGUAN, "被替代版本")).isEqualTo(DONGGUAN_FILE);
			assertThat(wb.text("报送情况", DONGGUAN, "变更说明")).isEqualTo("变更指标：规模以上工业总产值（86.42→90.5）");
			// the district total uses the new value only: 309.24 - 86.42 + 90.5
			assertThat(wb.number("汇总", "规模以上工业总产值", "全区合计"))
				.isEqualByComparingTo(IND_OUTPUT_TOTAL.subtract(new BigDecimal("86.42")).add(new BigDecimal("90.5")));
			assertThat(wb.number("汇总", "规模以上工业总产值", DONGGUAN)).isEqualByComparingTo("90.5");
		}
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						select s.version, s.is_current, f.file_name from submission s join input_file f on f.id = s.file_id
						where s.street = '东关街道' order by s.version""")) {
			List<String> versions = new ArrayList<>();
			while (rs.next()) {
				versions.add(rs.getInt(1) + "|" + rs.getBoolean(2) + "|" + rs.getString(3));
			}
			assertThat(versions).containsExactly("1|false|" + DONGGUAN_FILE, "2|true|" + corrected);
		}
		String report = Files.readString(harness.output().resolve("运行报告_" + today.plusDays(1) + ".txt"), StandardCharsets.UTF_8);
		assertThat(report).contains("文件：发现 1 个 = 采用 1 个 + 退回 0 个 + 重复 0 个；暂不处理 0 个（留在输入目录）；被替代 1 个")
			.contains("被替代  " + DONGGUAN_FILE);
	}

	@Test
	void shouldMakeACorrectedIndicatorsFileOfAStreetWithoutProjectsTheCurrentVersion() throws Exception {
		// 南门 sends its indicators CSV and, this month, no projects CSV; the next night a correction of the indicators
		try (var files = Files.list(harness.input())) {
			for (Path f : files.toList()) {
				if (!f.getFileName().toString().equals(NANMEN_INDICATORS_FILE)) {
					Files.delete(f);
				}
			}
		}
		assertThat(harness.run()).isZero();
		String corrected = "南门街道_2022年1-11月_指标（更正）.csv";
		ExampleSubmissions.correctNanmenCsv(harness.archive().resolve(today.toString()).resolve(NANMEN_INDICATORS_FILE),
				harness.input().resolve(corrected), "," + NEW_URBAN_JOBS_ACTUAL.get(NANMEN).toPlainString() + ",", ",1234,");

		assertThat(harness.runDaysLater(1)).isZero();

		try (SummaryWorkbook wb = new SummaryWorkbook(workbook())) {
			assertThat(wb.number("报送情况", NANMEN, "版本")).isEqualByComparingTo("2");
			assertThat(wb.text("报送情况", NANMEN, "文件名")).isEqualTo(corrected);
			assertThat(wb.number("汇总", "新增城镇就业", NANMEN)).isEqualByComparingTo("1234");
		}
		assertThat(nanmenVersions()).containsExactly("1|false|" + NANMEN_INDICATORS_FILE, "2|true|" + corrected);
		assertThat(harness.archive().resolve(today.plusDays(1).toString()).resolve(corrected)).exists();
	}

	@Test
	void shouldKeepEachHalfOfACsvPairCurrentUntilThatHalfIsCorrected() throws Exception {
		assertThat(harness.run()).isZero();
		Path archived = harness.archive().resolve(today.toString());
		// night 2: 南门 corrects its projects CSV only
		String projectsCorrected = "南门街道_2022年1-11月_重点项目（更正）.csv";
		ExampleSubmissions.correctNanmenCsv(archived.resolve(NANMEN_PROJECTS_FILE), harness.input().resolve(projectsCorrected),
				"南门停车场建设项目,新建,4200,3000,1500,", "南门停车场建设项目,新建,4200,3000,2100,");
		assertThat(harness.runDaysLater(1)).isZero();

		BigDecimal jobs = NEW_URBAN_JOBS_ACTUAL.get(NANMEN);
		try (SummaryWorkbook wb = new SummaryWorkbook(workbook())) {
			assertThat(wb.number("重点项目", "南门停车场建设项目", "累计完成投资(万元)")).isEqualByComparingTo("2100");
			assertThat(wb.number("汇总", "新增城镇就业", NANMEN)).isEqualByComparingTo(jobs);
		}
		assertThat(nanmenVersions()).containsExactly("1|true|" + NANMEN_INDICATORS_FILE, "2|false|" + NANMEN_PROJECTS_FILE,
				"3|true|" + projectsCorrected);

		// night 3: and then its indicators CSV
		String indicatorsCorrected = "南门街道_2022年1-11月_指标（更正）.csv";
		ExampleSubmissions.correctNanmenCsv(archived.resolve(NANMEN_INDICATORS_FILE), harness.input().resolve(indicatorsCorrected),
				"," + jobs.toPlainString() + ",", ",1234,");
		assertThat(harness.runDaysLater(2)).isZero();

		try (SummaryWorkbook wb = new SummaryWorkbook(workbook())) {
			assertThat(wb.number("重点项目", "南门停车场建设项目", "累计完成投资(万元)")).isEqualByComparingTo("2100");
			assertThat(wb.number("汇总", "新增城镇就业", NANMEN)).isEqualByComparingTo("1234");
		}
		assertThat(nanmenVersions()).containsExactly("1|false|" + NANMEN_INDICATORS_FILE, "2|false|" + NANMEN_PROJECTS_FILE,
				"3|true|" + projectsCorrected, "4|true|" + indicatorsCorrected);
	}

	/** 南门's versions as version|current|file name. */
	private List<String> nanmenVersions() throws SQLException {
		List<String> versions = new ArrayList<>();
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						select s.version, s.is_current, f.file_name from submission s join input_file f on f.id = s.file_id
						where s.street = '南门街道' order by s.version""")) {
			while (rs.next()) {
				versions.add(rs.getInt(1) + "|" + rs.getBoolean(2) + "|" + rs.getString(3));
			}
		}
		return versions;
	}

	@Test
	void shouldDecideTwoFilesOfOneNightInTheOrderTheyCameInWhicheverWasReadFirst() throws Exception {
		String corrected = "东关街道2022年1-11月报表（更正）.xlsx";
		correctIndustrialOutput(harness.input().resolve(DONGGUAN_FILE), harness.input().resolve(corrected), "90.5");
		for (String name : JobHarness.filesIn(harness.input())) {
			if (!name.equals(corrected)) {
				Files.delete(harness.input().resolve(name));
			}
		}
		// came in first: an export of 东关街道's 2022 so far
		String export = "东关街道2022年指标导出.csv";
		StringBuilder csv = new StringBuilder("街道名称,报送期间,指标名称,单位,本期完成\n");
		for (int month = 10; month <= 11; month++) {
			for (String indicator : List.of("规模以上工业总产值", "固定资产投资", "服务业营业收入", "社会消费品零售总额")) {
				csv.append("东关街道,2022年1-").append(month).append("月,").append(indicator).append(",亿元,")
					.append(month == 11 && indicator.equals("规模以上工业总产值") ? "86.42" : "20").append('\n');
			}
		}
		Files.writeString(harness.input().resolve(export), csv, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(harness.input().resolve(export), FileTime.from(Instant.parse("2022-12-01T01:00:00Z")));
		Files.setLastModifiedTime(harness.input().resolve(corrected), FileTime.from(Instant.parse("2022-12-01T02:00:00Z")));

		// the export's partition held before it reads, until the other one has read the file that came in
		// second: two files read at once, so the job runs as on two cores whatever this machine has
		try (ChildJob child = ChildJob.startWithJvmOptions(harness, List.of("-XX:ActiveProcessorCount=2"), "read:" + export)) {
			assertThat(child.awaitCrashPoint()).isEqualTo("read:" + export);
			child.awaitLines(corrected + "：采用", 1);
			// the premise: the file that came in second has been read, the one that came in first not yet
			assertThat(child.output()).contains(corrected + "：采用").doesNotContain(export + "：");
			child.release();
			assertThat(child.awaitExit()).as(child.output()).isZero();
		}

		try (Connection c = connect(); Statement s = c.createStatement()) {
			List<String> versions = new ArrayList<>();
			try (ResultSet rs = s.executeQuery("""
					select s.version, s.is_current, f.file_name from submission s join input_file f on f.id = s.file_id
					where s.street = '东关街道' and s.period_key = '2022-11' order by s.version""")) {
				while (rs.next()) {
					versions.add(rs.getInt(1) + "|" + rs.getBoolean(2) + "|" + rs.getString(3));
				}
			}
			assertThat(versions).containsExactly("1|false|" + export, "2|true|" + corrected);
		}
		try (SummaryWorkbook wb = new SummaryWorkbook(workbook())) {
			assertThat(wb.number("汇总", "规模以上工业总产值", DONGGUAN)).isEqualByComparingTo("90.5");
		}
	}

	@Test
	void shouldLeaveLockAndTemporaryFilesInTheInputFolderUntouchedAndUncounted() throws Exception {
		Map<String, byte[]> notSubmissions = new LinkedHashMap<>();
		notSubmissions.put("~$" + DONGGUAN_FILE, new byte[] { 0x0b, 'l', 'i', 'm', 'i', 'n', 'g' });
		notSubmissions.put(".~lock.北城街道2022年1-11月.xlsx#", "李明,PC-01,2022-12-01".getBytes(StandardCharsets.UTF_8));
		notSubmissions.put("新华街道指标.xlsx.tmp", new byte[] { 'P', 'K', 3, 4 });
		notSubmissions.put("长乐街道2022年1-11月.xls.part", new byte[] { (byte) 0xd0, (byte) 0xcf });
		FileTime old = FileTime.from(Instant.parse("2022-12-01T01:00:00Z"));
		for (Map.Entry<String, byte[]> e : notSubmissions.entrySet()) {
			Files.write(harness.input().resolve(e.getKey()), e.getValue());
			Files.setLastModifiedTime(harness.input().resolve(e.getKey()), old);
		}

		assertThat(harness.run()).isZero();

		assertThat(JobHarness.filesIn(harness.input())).containsExactlyInAnyOrderElementsOf(notSubmissions.keySet());
		for (Map.Entry<String, byte[]> e : notSubmissions.entrySet()) {
			Path left = harness.input().resolve(e.getKey());
			assertThat(left).hasBinaryContent(e.getValue());
			assertThat(Files.getLastModifiedTime(left)).isEqualTo(old);
		}
		assertThat(registeredFileNames()).containsExactlyInAnyOrderElementsOf(FILES);
		String report = runReport();
		assertThat(report).contains("文件：发现 " + FILES.size() + " 个 = 采用 " + (FILES.size() - 1) + " 个 + 退回 1 个 + 重复 0 个；暂不处理 "
				+ notSubmissions.size() + " 个");
		assertThat(report).contains("暂不处理  ~$" + DONGGUAN_FILE + "（Excel 或 WPS 打开文件时生成的锁文件");
	}

	@Test
	void shouldLeaveAFileStillBeingCopiedForTheNextRunAndReadItThen() throws Exception {
		Path growing = harness.input().resolve("太平街道_2022年1-11月_指标.csv");
		String header = "序号,指标名称,单位,年度目标,本期完成,同比增长(%),备注\r\n";
		Files.writeString(growing, header, StandardCharsets.UTF_8);
		AtomicBoolean copying = new AtomicBoolean(true);
		Thread copier = new Thread(() -> {
			// an operator's copy over a slow share: the file keeps growing while the job looks at it
			int n = 0;
			while (copying.get()) {
				try {
					Files.writeString(growing, (++n) + ",新增城镇就业,人,,1" + n + ",,\r\n", StandardCharsets.UTF_8,
							StandardOpenOption.APPEND);
					Thread.sleep(20);
				}
				catch (IOException | InterruptedException e) {
					return;
				}
			}
		}, "slow-copy");
		copier.start();
		int exit;
		try {
			exit = harness.run("--consolidation.settle=1s");
		}
		finally {
			copying.set(false);
			copier.join();
		}
		assertThat(exit).isZero();
		assertThat(JobHarness.filesIn(harness.input())).containsExactly(growing.getFileName().toString());
		assertThat(registeredFileNames()).doesNotContain(growing.getFileName().toString());
		assertThat(runReport()).contains("暂不处理  " + growing.getFileName() + "（仍在写入，下次运行再处理）");

		// the copy completes; the next run reads it
		Files.writeString(growing, header + "1,新增城镇就业,人,1000,980,2.1,\r\n", StandardCharsets.UTF_8);
		assertThat(harness.run("--consolidation.settle=1s")).isZero();

		assertThat(JobHarness.filesIn(harness.input())).isEmpty();
		assertThat(harness.archive().resolve(today.toString()).resolve(growing.getFileName())).exists();
		try (SummaryWorkbook wb = new SummaryWorkbook(workbook())) {
			assertThat(wb.number("汇总", "新增城镇就业", "太平街道")).isEqualByComparingTo("980");
		}
	}

	@Test
	void shouldPrintARunReportWhoseCountsReconcile() throws Exception {
		assertThat(harness.run()).isZero();

		String report = runReport();
		int[] files = numbers(report, "文件：发现 (\\d+) 个 = 采用 (\\d+) 个 \\+ 退回 (\\d+) 个 \\+ 重复 (\\d+) 个；暂不处理 (\\d+) 个.*被替代 (\\d+) 个");
		assertThat(files[0]).isEqualTo(files[1] + files[2] + files[3]).isEqualTo(FILES.size());
		int[] rows = numbers(report, "数据行：读取 (\\d+) 行 = 入库 (\\d+) 行 \\+ 拒绝 (\\d+) 行");
		assertThat(rows[0]).isPositive().isEqualTo(rows[1] + rows[2]);
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select sum(rows_read), sum(rows_rejected) from input_file")) {
			rs.next();
			assertThat(rows[0]).isEqualTo(rs.getInt(1));
			assertThat(rows[2]).isEqualTo(rs.getInt(2));
		}
	}

	static int[] numbers(String text, String regex) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
		assertThat(m.find()).as(regex + " in\n" + text).isTrue();
		int[] values = new int[m.groupCount()];
		for (int i = 0; i < values.length; i++) {
			values[i] = Integer.parseInt(m.group(i + 1));
		}
		return values;
	}

	private String runReport() throws IOException {
		return Files.readString(harness.output().resolve("运行报告_" + today + ".txt"), StandardCharsets.UTF_8);
	}

	private Path workbook() {
		return harness.output().resolve(PERIOD_KEY).resolve(DISTRICT + "_" + PERIOD_KEY + "_汇总.xlsx");
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(harness.jdbcUrl(), "sa", "");
	}

	private List<String> registeredFileNames() throws SQLException {
		List<String> names = new ArrayList<>();
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select file_name from input_file")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return names;
	}

	/** A copy of {@code original} with a new 本期完成 for 规模以上工业总产值, as a 街道 sends a correction. */
	static void correctIndustrialOutput(Path original, Path target, String value) throws IOException {
		try (InputStream in = Files.newInputStream(original); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet sheet = wb.getSheet("指标完成情况");
			int valueColumn = -1;
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("本期完成")) {
						valueColumn = cell.getColumnIndex();
					}
					else if (valueColumn >= 0 && cell.getCellType() == CellType.STRING
							&& cell.getStringCellValue().equals("规模以上工业总产值")) {
						row.getCell(valueColumn).setCellValue(Double.parseDouble(value));
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				wb.write(out);
			}
		}
	}
}
