package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.domain.ValueStatus;
import cn.gov.district.consolidation.validate.FileOutcome;
import cn.gov.district.consolidation.validate.StagedSubmission;
import cn.gov.district.consolidation.validate.StagingBatch;

/**
 * The decision on an accepted file, on the real migrations of both databases: its staged
 * submissions become version 1 and current, with the counts the reading gave and the time the
 * file was discovered as the time they were received.
 */
class SubmissionDecisionTest {

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
	void shouldFinalizeTheStagedSubmissionsOfAnAcceptedFile(String database) throws SQLException {
		db = MigratedDatabase.open(database, dir).migrate("latest");
		Repositories repositories = Repositories.on(db);
		JdbcSubmissionStore store = repositories.store();
		JdbcStagingArea staging = repositories.staging();
		OffsetDateTime discovered = OffsetDateTime.of(2022, 12, 1, 1, 30, 15, 0, ZoneOffset.ofHours(8));
		InputFile file = store.register("导出.csv", dir.resolve("导出.csv"), "a".repeat(64), 100, discovered,
				LocalDate.of(2022, 12, 1));

		ReportingPeriod november = new ReportingPeriod(2022, 11);
		StagingBatch.Provisional dongguan = new StagingBatch.Provisional();
		StagingBatch.Provisional ximen = new StagingBatch.Provisional();
		IndicatorEntry gdp = new IndicatorEntry("GDP", Measure.BLANK, new Measure(new BigDecimal("1744.91"), ValueStatus.VALUE,
				"1744.91"), Measure.BLANK, "", "导出", 2);
		staging.stage(file, List.of(new StagingBatch.Part(dongguan, List.of(gdp), 1, List.of(), List.of()),
				new StagingBatch.Part(ximen, List.of(gdp), 1, List.of(), List.of())));
		store.save(new FileOutcome(file, FileStatus.ACCEPTED, "", List.of(
				new StagedSubmission(dongguan.id(), "东关街道", november, "", "", 3, 2, 2, 1, true, false),
				new StagedSubmission(ximen.id(), "西关街道", november, "", "", 1, 0, 0, 0, true, false)), 4, 2, 2, 1, null, null));

		List<StoredSubmission> current = store.currentSubmissions(november);
		assertThat(current).extracting(StoredSubmission::street).containsExactlyInAnyOrder("东关街道", "西关街道");
		StoredSubmission d = current.stream().filter(s -> s.street().equals("东关街道")).findFirst().orElseThrow();
		assertThat(d.version()).isEqualTo(1);
		assertThat(d.receivedAt().toInstant()).isEqualTo(discovered.toInstant());
		assertThat(new int[] { d.rowsRead(), d.rowsRejected(), d.errors(), d.warnings() }).containsExactly(3, 2, 2, 1);
		assertThat(d.indicators()).containsExactly(gdp);
	}
}
