package cn.gov.district.consolidation.job;

import static cn.gov.district.consolidation.examples.ExampleFacts.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gov.district.consolidation.examples.ExampleSubmissions;

/**
 * The whole job on the shipped example submissions, against a real H2 file database and again
 * against PostgreSQL (the {@code postgres} profile, a fresh database per test): the district
 * workbook's figures are checked against values worked out by hand.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ConsolidationJobFunctionalTest {

	private static final String PERIOD_KEY = "2022-11";

	@Parameter
	TestDatabase database;

	@TempDir
	Path root;

	private JobHarness harness;

	private Path workbook;

	private LocalDate today;

	@BeforeEach
	void setUp() throws IOException {
		harness = new JobHarness(root, database);
		ExampleSubmissions.writeAll(harness.input());
		workbook = harness.output().resolve(PERIOD_KEY).resolve(DISTRICT + "_" + PERIOD_KEY + "_汇总.xlsx");
		today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		if (harness != null) {
			harness.close();
		}
	}

	@Test
	void shouldConsolidateTheExamplesIntoTheDistrictWorkbook() throws Exception {
		assertThat(harness.run("--consolidation.feedback-contact=请发至区统计科（0931-8000000）")).isZero();

		assertThat(workbook).exists();
		try (SummaryWorkbook wb = new SummaryWorkbook(workbook)) {
			// SUM: 86.42 + 53.17 + 128.6 + 41.05; 北城 masked its figure
			assertThat(wb.number("汇总", "规模以上工业总产值", "全区合计")).isEqualByComparingTo(IND_OUTPUT_TOTAL);
			assertThat(wb.text("汇总", "规模以上工业总产值", "北城街道")).isEqualTo("已遮蔽");
			assertThat(wb.text("汇总", "规模以上工业总产值", "备注")).contains("仅含4/8个街道");
			assertThat(wb.number("汇总", "固定资产投资", "全区合计")).isEqualByComparingTo(FAI_ACTUAL_TOTAL);
			assertThat(wb.number("汇总", "新增城镇就业", "全区合计")).isEqualByComparingTo(NEW_URBAN_JOBS_ACTUAL_TOTAL);
			assertThat(wb.number("汇总", "财政收入", "全区合计")).isEqualByComparingTo(FISCAL_REVENUE_TOTAL);
			assertThat(wb.number("汇总", "财政收入", "新华街道")).isEqualByComparingTo("32000");
			assertThat(wb.number("汇总", "实际利用外资", "全区合计")).isEqualByComparingTo(FOREIGN_CAPITAL_TOTAL);
			assertThat(wb.number("汇总", "12345热线诉求受理", "全区合计")).isEqualByComparingTo(HOTLINE_REQUESTS_TOTAL);
			// RATIO recomputed from the summed parts, never an average of the 街道 rates: 1597 / 1635
			assertThat(wb.number("汇总", "隐患整改率", "全区合计"))
				.isEqualByComparingTo(SAFETY_FIX_RATE_DISTRICT.setScale(2, RoundingMode.HALF_UP));
			assertThat(wb.number("汇总", "网格事件办结率", "全区合计"))
				.isEqualByComparingTo(GRID_CLOSE_RATE_DISTRICT.setScale(2, RoundingMode.HALF_UP));
			// WEIGHTED_AVG: growth weighted by output over the 街道 that gave both
			assertThat(wb.number("汇总", "规模以上工业增加值增速", "全区合计"))
				.isEqualByComparingTo(IND_VA_GROWTH_DISTRICT.setScale(2, RoundingMode.HALF_UP));
			assertThat(wb.number("汇总", "热线满意率", "全区合计"))
				.isEqualByComparingTo(HOTLINE_SATISFACTION_DISTRICT.setScale(2, RoundingMode.HALF_UP));
			assertThat(wb.text("汇总", "热线满意率", "备注")).contains("按“12345热线诉求受理”加权平均");
			// NONE: no district figure for an unemployment rate
			assertThat(wb.text("汇总", "城镇登记失业率", "全区合计")).isEqualTo("—");

			// completion against targets: 西关 is behind 序时进度; the district completes over the 街道 with targets only
			assertThat(wb.numberInBlock("目标完成", "固定资产投资", XIGUAN, 5)).isEqualByComparingTo("82.08");
			assertThat(wb.numberInBlock("目标完成", "固定资产投资", "全区合计", 5)).isEqualByComparingTo("95.81");
			assertThat(wb.numberInBlock("目标完成", "实际利用外资", "全区合计", 5)).isEqualByComparingTo("96.15");

			// a block of 目标完成 that fits on a page is not split across two: the fourth starts a page
			org.apache.poi.ss.usermodel.Sheet targets = wb.sheet("目标完成");
			assertThat(java.util.Arrays.stream(targets.getRowBreaks())
				.filter(b -> targets.getRow(b + 1) != null)
				.mapToObj(b -> targets.getRow(b + 1).getCell(0).getStringCellValue())).containsExactly("城镇登记失业率");

			assertThat(wb.text("报送情况", TAIPING, "报送状态")).isEqualTo("未报送");
			for (String street : SUBMITTING) {
				assertThat(wb.text("报送情况", street, "报送状态")).as(street).isEqualTo("已报送");
			}
			assertThat(wb.text("报送情况", NANMEN, "文件名")).contains(NANMEN_INDICATORS_FILE).contains(NANMEN_PROJECTS_FILE);
		}

		// every input file ended in exactly one place
		assertThat(JobHarness.filesIn(harness.input())).isEmpty();
		Path archived = harness.archive().resolve(today.toString());
		Path rejected = harness.rejected().resolve(today.toString());
		for (String file : ACCEPTED_FILES) {
			assertThat(archived.resolve(file)).as(file).exists();
		}
		assertThat(JobHarness.filesIn(rejected)).containsExactlyInAnyOrder(HEDONG_FILE, "河东街道2022年1-11月_问题清单.xlsx");
		// the error workbook names the channel configured for corrected files
		try (SummaryWorkbook errors = new SummaryWorkbook(rejected.resolve("河东街道2022年1-11月_问题清单.xlsx"))) {
			assertThat(errors.sheet("问题清单").getRow(1).getCell(0).getStringCellValue())
				.contains("改好后送到哪里：请发至区统计科（0931-8000000）。");
		}
		assertThat(harness.output().resolve("运行报告_" + today + ".txt")).exists();
		assertThat(workbook.resolveSibling(DISTRICT + "_" + PERIOD_KEY + "_校验报告.json")).content()
			.contains("\"type\" : \"UNKNOWN_STREET\"").contains(HEDONG_FILE);
	}

	@Test
	void shouldNotCountAnythingTwiceWhenTheSameFilesComeAgain() throws Exception {
		assertThat(harness.run()).isZero();
		Map<String, Long> before = tableCounts();
		BigDecimal totalBefore;
		int findingRowsBefore;
		try (SummaryWorkbook wb = new SummaryWorkbook(workbook)) {
			totalBefore = wb.number("汇总", "固定资产投资", "全区合计");
			findingRowsBefore = wb.sheet("校验问题").getLastRowNum();
		}

		// an operator drops the same files again, some under other names
		Path archived = harness.archive().resolve(today.toString());
		for (String file : ACCEPTED_FILES) {
			Files.copy(archived.resolve(file), harness.input().resolve("再次报送_" + file), StandardCopyOption.REPLACE_EXISTING);
		}
		Files.copy(harness.rejected().resolve(today.toString()).resolve(HEDONG_FILE), harness.input().resolve(HEDONG_FILE));
		assertThat(harness.run()).isZero();
		// and runs the job once more with nothing new
		assertThat(harness.run()).isZero();

		Map<String, Long> after = tableCounts();
		assertThat(after.get("submission")).isEqualTo(before.get("submission"));
		assertThat(after.get("indicator_value")).isEqualTo(before.get("indicator_value"));
		assertThat(after.get("project")).isEqualTo(before.get("project"));
		try (SummaryWorkbook wb = new SummaryWorkbook(workbook)) {
			assertThat(wb.number("汇总", "固定资产投资", "全区合计")).isEqualByComparingTo(totalBefore);
			assertThat(wb.sheet("校验问题").getLastRowNum()).as("a file read again shows its findings once")
				.isEqualTo(findingRowsBefore);
		}
		assertThat(JobHarness.filesIn(harness.input())).isEmpty();
		// the accepted files' copies are duplicates; the rejected one is read again (nothing of it was counted, and
		// what rejected it, a 街道 missing from the roster, may have been put right), and rejected again
		try (Connection c = harness.connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select file_name, status from input_file order by id")) {
			List<String> files = new ArrayList<>();
			while (rs.next()) {
				files.add(rs.getString(1) + "|" + rs.getString(2));
			}
			assertThat(files).filteredOn(f -> f.startsWith("再次报送_")).hasSize(ACCEPTED_FILES.size())
				.allMatch(f -> f.endsWith("|DUPLICATE"));
			assertThat(files).filteredOn(f -> f.startsWith(HEDONG_FILE + "|"))
				.containsExactly(HEDONG_FILE + "|REJECTED", HEDONG_FILE + "|REJECTED");
		}
	}

	@Test
	void shouldRaiseExactlyTheFindingsTheMessyExamplesCallFor() throws Exception {
		assertThat(harness.run()).isZero();

		List<String> expected = QUIRKS.stream()
			.filter(q -> q.findingCode() != null)
			.map(q -> q.file() + "|" + q.row() + "|" + q.findingCode())
			.toList();
		List<String> actual = new ArrayList<>();
		try (Connection c = harness.connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						select i.file_name, f.row_number, f.code, f.message from finding f
						join input_file i on i.id = f.file_id order by f.id""")) {
			while (rs.next()) {
				actual.add(rs.getString(1) + "|" + rs.getObject(2) + "|" + rs.getString(3));
				assertThat(rs.getString(4)).as("message in Chinese").containsPattern("\\p{IsHan}");
			}
		}
		assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void shouldShowAStreetWhoseOnlyFileWasRejectedAsRejectedNotAsMissing() throws Exception {
		String file = TAIPING + "_2022年1-11月_指标.csv";
		Files.writeString(harness.input().resolve(file), "指标名称,单位,本期完成\n经济发张,亿元,3\n民生保帐,人,5\n",
				java.nio.charset.StandardCharsets.UTF_8);

		assertThat(harness.run()).isZero();

		try (SummaryWorkbook wb = new SummaryWorkbook(workbook)) {
			assertThat(wb.text("报送情况", TAIPING, "报送状态")).isEqualTo("已退回，待重报");
			assertThat(wb.text("报送情况", TAIPING, "文件名")).isEqualTo(file);
		}
		Path rejected = harness.rejected().resolve(today.toString()).resolve(file);
		assertThat(rejected).exists();

		// dropped again unchanged: read and rejected again, and still shown once
		Files.copy(rejected, harness.input().resolve(file));
		assertThat(harness.run()).isZero();

		try (SummaryWorkbook wb = new SummaryWorkbook(workbook)) {
			assertThat(wb.text("报送情况", TAIPING, "报送状态")).isEqualTo("已退回，待重报");
			assertThat(wb.text("报送情况", TAIPING, "文件名")).isEqualTo(file);
		}
	}

	private Map<String, Long> tableCounts() throws SQLException {
		try (Connection c = harness.connect(); Statement s = c.createStatement()) {
			Map<String, Long> counts = new java.util.LinkedHashMap<>();
			for (String table : new String[] { "submission", "indicator_value", "project", "finding", "input_file" }) {
				try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
			return counts;
		}
	}
}
