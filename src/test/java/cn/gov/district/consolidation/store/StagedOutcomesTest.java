package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.springframework.jdbc.core.JdbcTemplate;

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
 * What the ingest step keeps for the decide step, on the real migrations of both databases: an
 * outcome comes back as it was kept (a long export's thousands of submissions too), a file with
 * a kept outcome is no longer unread but waiting, in discovery order, and the decision or a
 * second reading of the file removes it.
 */
class StagedOutcomesTest {

	@TempDir
	Path dir;

	private MigratedDatabase db;

	private JdbcSubmissionStore store;

	private JdbcStagingArea staging;

	private StagedOutcomes outcomes;

	@AfterEach
	void tearDown() throws SQLException {
		if (db != null) {
			db.close();
		}
	}

	private void open(String database) throws SQLException {
		db = MigratedDatabase.open(database, dir).migrate("latest");
		Repositories repositories = Repositories.on(db);
		store = repositories.store();
		staging = repositories.staging();
		outcomes = repositories.outcomes();
	}

	private InputFile register(String name, int minute) {
		OffsetDateTime discovered = OffsetDateTime.of(2022, 12, 1, 1, minute, 0, 0, ZoneOffset.ofHours(8));
		return store.register(name, dir.resolve(name), name.hashCode() + "a".repeat(50), 100, discovered, LocalDate.of(2022, 12, 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldGiveBackALongExportsOutcomeAsItWasKept(String database) throws SQLException {
		open(database);
		InputFile file = register("导出.csv", 1);
		List<StagedSubmission> submissions = new ArrayList<>();
		for (int i = 0; i < 25_000; i++) {
			submissions.add(new StagedSubmission(i + 1, i % 2 == 0 ? "东关街道" : "西关街道", new ReportingPeriod(2000 + i / 12 % 30, i % 12 + 1),
					i == 7 ? "张三" : "", i == 7 ? "0931-1234567" : "", 40, i % 3, i % 5, i % 7, i % 4 != 0, i % 4 == 0));
		}
		FileOutcome kept = new FileOutcome(file, FileStatus.ACCEPTED, "", submissions, 1_000_000, 12, 34, 56, null, null);

		outcomes.keep(kept);

		assertThat(outcomes.of(file)).contains(kept);
		FileOutcome rejected = new FileOutcome(file, FileStatus.REJECTED, "超过一半的数据行有错误，整份文件退回", List.of(), 3, 3, 3, 0,
				"东关街道", new ReportingPeriod(2022, 11));
		outcomes.keep(rejected);
		assertThat(outcomes.of(file)).as("kept again: replaced").contains(rejected);
	}

	/**
	 * A run of the version before V20 stopped between reading a file and deciding it: its outcome was
	 * kept as JSON, and the upgraded job decides it from that.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldReadAnOutcomeKeptAsJsonBeforeTheUpgrade(String database) throws SQLException {
		db = MigratedDatabase.open(database, dir).migrate("19");
		JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
		jdbc.update("""
				insert into input_file (sha256, file_name, size_bytes, discovered_at, run_date, status)
				values ('x', '东关街道2022年1-11月.xlsx', 1, current_timestamp, current_date, 'DISCOVERED')""");
		long fileId = jdbc.queryForObject("select max(id) from input_file", Long.class);
		// as StagedOutcomes.keep wrote it then: a JSON array per submission, no field names
		jdbc.update("""
				insert into staged_outcome (file_id, decision, reason, rows_read, rows_rejected, errors, warnings, street,
				    period_key, submissions) values (?, 'ACCEPTED', '', 41, 1, 2, 3, '东关街道', '2022-11', ?)""", fileId,
				"[[17,\"东关街道\",\"2022-11\",\"张三\",\"0931-1234567\",40,1,2,3,true,false],"
						+ "[18,\"东关街道\",\"2022-10\",\"\",\"\",1,0,0,0,false,true]]");
		db.migrate("latest");
		outcomes = Repositories.on(db).outcomes();
		InputFile file = outcomes.waiting(dir).get(0);

		assertThat(outcomes.of(file)).map(FileOutcome::submissions).contains(List.of(
				new StagedSubmission(17, "东关街道", new ReportingPeriod(2022, 11), "张三", "0931-1234567", 40, 1, 2, 3, true, false),
				new StagedSubmission(18, "东关街道", new ReportingPeriod(2022, 10), "", "", 1, 0, 0, 0, false, true)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldMoveAFileFromUnreadToWaitingAndOutWithItsDecision(String database) throws SQLException {
		open(database);
		InputFile later = register("西关街道2022年1-11月.xlsx", 5);
		InputFile first = register("东关街道2022年1-11月.xlsx", 1);
		InputFile third = register("南门街道2022年1-11月.xlsx", 9);
		assertThat(outcomes.unread(dir)).extracting(InputFile::id).containsExactly(first.id(), later.id(), third.id());

		StagingBatch.Provisional draft = new StagingBatch.Provisional();
		IndicatorEntry output = new IndicatorEntry("IND_OUTPUT", Measure.BLANK, new Measure(new BigDecimal("86.42"),
				ValueStatus.VALUE, "86.42"), Measure.BLANK, "", "指标完成情况", 5);
		staging.stage(later, List.of(new StagingBatch.Part(draft, List.of(output), 1, List.of(), List.of())));
		ReportingPeriod november = new ReportingPeriod(2022, 11);
		FileOutcome laterOutcome = new FileOutcome(later, FileStatus.ACCEPTED, "", List.of(new StagedSubmission(draft.id(),
				"西关街道", november, "", "", 1, 0, 0, 0, true, false)), 1, 0, 0, 0, "西关街道", november);
		outcomes.keep(laterOutcome);
		outcomes.keep(new FileOutcome(first, FileStatus.REJECTED, "无法识别", List.of(), 0, 0, 1, 0, null, null));

		assertThat(outcomes.unread(dir)).extracting(InputFile::id).containsExactly(third.id());
		assertThat(outcomes.unreadFile(later.id(), dir)).isEmpty();
		assertThat(outcomes.unreadFile(third.id(), dir)).map(InputFile::fileName).contains(third.fileName());
		assertThat(outcomes.waiting(dir)).as("in discovery order").extracting(InputFile::id).containsExactly(first.id(), later.id());

		store.save(laterOutcome);
		assertThat(outcomes.waiting(dir)).extracting(InputFile::id).containsExactly(first.id());
		assertThat(outcomes.of(later)).isEmpty();
		assertThat(store.currentSubmissions(november)).extracting(StoredSubmission::street).containsExactly("西关街道");

		// read again (a reset before a second reading): what was kept of the first reading goes with its rows
		staging.reset(first);
		assertThat(outcomes.of(first)).isEmpty();
		assertThat(outcomes.unread(dir)).extracting(InputFile::id).containsExactly(first.id(), third.id());
	}
}
