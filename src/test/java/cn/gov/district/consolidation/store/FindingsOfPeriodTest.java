package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.validate.FileOutcome;
import cn.gov.district.consolidation.validate.StagingBatch;

/** The findings a period's report lists: the first ones in file and row order, and how many there are in all. */
class FindingsOfPeriodTest {

	@TempDir
	Path dir;

	private MigratedDatabase db;

	@AfterEach
	void tearDown() throws SQLException {
		if (db != null) {
			db.close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldListTheFirstFindingsAndCountThemAll(String database) throws SQLException {
		db = MigratedDatabase.open(database, dir).migrate("latest");
		Repositories repositories = Repositories.on(db);
		JdbcSubmissionStore store = repositories.store();
		JdbcStagingArea staging = repositories.staging();
		LocalDate night = LocalDate.of(2022, 12, 1);
		List<String> rows = new ArrayList<>();
		for (String name : List.of("导出一.csv", "导出二.csv")) {
			InputFile file = store.register(name, dir.resolve(name), name.hashCode() + "b".repeat(50), 100,
					OffsetDateTime.of(2022, 12, 1, 1, rows.size() / 10, 0, 0, ZoneOffset.ofHours(8)), night);
			List<Finding> findings = new ArrayList<>();
			for (int row = 2; row < 17; row++) {
				findings.add(new Finding(name, "导出", row, "E", "本期完成", "已完成", "UNPARSEABLE_NUMBER", Severity.ERROR, "无法识别的数值"));
				rows.add(name + ":" + row);
			}
			staging.stage(file, List.of(StagingBatch.Part.ofFile(findings)));
			store.save(new FileOutcome(file, FileStatus.REJECTED, "无法识别", List.of(), 15, 15, 15, 0, null, null));
		}
		ReportingPeriod november = new ReportingPeriod(2022, 11);

		List<Finding> first = store.findingsFor(november, night, 20);

		assertThat(first).extracting(f -> f.file() + ":" + f.row()).containsExactlyElementsOf(rows.subList(0, 20));
		assertThat(store.countFindingsFor(november, night)).isEqualTo(30);
		assertThat(store.findingsFor(november, night, 100)).hasSize(30);
		assertThat(store.countFindingsFor(november, night.plusDays(1))).as("another night's period view").isZero();
	}
}
