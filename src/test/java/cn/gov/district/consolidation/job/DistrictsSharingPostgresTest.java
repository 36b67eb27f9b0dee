package cn.gov.district.consolidation.job;

import static cn.gov.district.consolidation.examples.ExampleFacts.DISTRICT;
import static cn.gov.district.consolidation.examples.ExampleFacts.FAI_ACTUAL_TOTAL;
import static cn.gov.district.consolidation.examples.ExampleFacts.IND_OUTPUT_TOTAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.district.consolidation.examples.ExampleSubmissions;

/**
 * The README's city deployment: one instance per district on one PostgreSQL database, each in a
 * schema of its own ({@code currentSchema} on the URL, {@code spring.flyway.default-schema}).
 * Both districts receive the very same files: in each they are that district's submissions, not
 * duplicates of the other's, and neither district's tables or job repository see the other's.
 */
class DistrictsSharingPostgresTest {

	private static final String PERIOD_KEY = "2022-11";

	@TempDir
	Path root;

	@Test
	void shouldKeepTwoDistrictsOnOneDatabaseApartInSchemasOfTheirOwn() throws Exception {
		try (PostgresTestDatabase shared = PostgresTestDatabase.create()) {
			JobHarness east = new JobHarness(root.resolve("east"), shared, "district_east");
			JobHarness west = new JobHarness(root.resolve("west"), shared, "district_west");
			ExampleSubmissions.writeAll(east.input());
			ExampleSubmissions.writeAll(west.input());

			assertThat(east.run()).isZero();
			Map<String, Long> eastAlone = counts(east);
			assertThat(west.run()).isZero();

			assertThat(counts(east)).isEqualTo(eastAlone);
			assertThat(counts(west)).isEqualTo(eastAlone);
			assertThat(eastAlone.get("submission")).isPositive();
			assertThat(eastAlone.get("batch_job_execution")).isEqualTo(1);
			try (Connection c = west.connect(); Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select count(*) from input_file where status = 'DUPLICATE'")) {
				rs.next();
				assertThat(rs.getLong(1)).as("the other district's identical files are not duplicates here").isZero();
			}
			for (JobHarness district : new JobHarness[] { east, west }) {
				Path workbook = district.output().resolve(PERIOD_KEY).resolve(DISTRICT + "_" + PERIOD_KEY + "_汇总.xlsx");
				try (SummaryWorkbook wb = new SummaryWorkbook(workbook)) {
					assertThat(wb.number("汇总", "规模以上工业总产值", "全区合计")).isEqualByComparingTo(IND_OUTPUT_TOTAL);
					assertThat(wb.number("汇总", "固定资产投资", "全区合计")).isEqualByComparingTo(FAI_ACTUAL_TOTAL);
				}
			}
			try (Connection c = shared.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
					select count(*) from information_schema.tables where table_schema = 'public'""")) {
				rs.next();
				assertThat(rs.getLong(1)).as("nothing outside the districts' schemas").isZero();
			}
		}
	}

	private static Map<String, Long> counts(JobHarness district) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection c = district.connect(); Statement s = c.createStatement()) {
			for (String table : new String[] { "input_file", "submission", "indicator_value", "project", "finding",
					"batch_job_execution" }) {
				try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
		}
		return counts;
	}
}
