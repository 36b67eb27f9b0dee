package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ProjectEntry;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.domain.ValueStatus;
import cn.gov.district.consolidation.validate.FileOutcome;
import cn.gov.district.consolidation.validate.StagedSubmission;
import cn.gov.district.consolidation.validate.StagingBatch;

/**
 * Drafts and submissions (migration V12), on the real migrations of both databases: a file's
 * rows are staged under drafts, its decision inserts a submission for each draft its outcome
 * names and discards every other draft with what was staged under it; and a database of the
 * former layout, where the decision updated the provisional rows, keeps its versions and can
 * still decide a file that was read before the upgrade.
 */
class SubmissionDraftsTest {

	private static final ReportingPeriod NOVEMBER = new ReportingPeriod(2022, 11);

	@TempDir
	Path dir;

	private MigratedDatabase db;

	@AfterEach
	void tearDown() throws SQLException {
		if (db != null) {
			db.close();
		}
	}

	private InputFile register(JdbcSubmissionStore store, String name) {
		return store.register(name, dir.resolve(name), Integer.toHexString(name.hashCode()).repeat(16).substring(0, 64), 100,
				OffsetDateTime.of(2022, 12, 1, 1, 0, 0, 0, ZoneOffset.ofHours(8)), LocalDate.of(2022, 12, 1));
	}

	/**
	 * {@link #register} on a database of an earlier layout, as the job of that time registered files: by the columns
	 * it had (today's store names columns added since).
	 */
	private InputFile registerInFormerLayout(JdbcTemplate jdbc, String name) {
		String sha = Integer.toHexString(name.hashCode()).repeat(16).substring(0, 64);
		OffsetDateTime discovered = OffsetDateTime.of(2022, 12, 1, 1, 0, 0, 0, ZoneOffset.ofHours(8));
		LocalDate night = LocalDate.of(2022, 12, 1);
		jdbc.update("""
				insert into input_file (sha256, file_name, size_bytes, discovered_at, run_date, status)
				values (?, ?, 100, ?, ?, 'DISCOVERED')""", sha, name, Timestamp.from(discovered.toInstant()), night);
		long id = jdbc.queryForObject("select max(id) from input_file", Long.class);
		return new InputFile(id, name, dir.resolve(name), sha, 100, discovered, night, FileStatus.DISCOVERED);
	}

	private static IndicatorEntry gdp(String actual) {
		return new IndicatorEntry("GDP", Measure.BLANK, new Measure(new BigDecimal(actual), ValueStatus.VALUE, actual),
				Measure.BLANK, "", "指标", 2);
	}

	private static ProjectEntry project(String name) {
		return new ProjectEntry(name, "新建", new BigDecimal("12000"), null, null, "在建", "2023年", "", "项目", 3);
	}

	private static StagedSubmission staged(StagingBatch.Provisional draft, String street, boolean indicators, boolean projects) {
		return new StagedSubmission(draft.id(), street, NOVEMBER, "", "", 1, 0, 0, 0, indicators, projects);
	}

	private static long count(JdbcTemplate jdbc, String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldDiscardTheDraftsAnAcceptedFileDoesNotSubmit(String database) throws SQLException {
		db = MigratedDatabase.open(database, dir).migrate("latest");
		Repositories r = Repositories.on(db);
		JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
		InputFile file = register(r.store(), "导出.csv");
		StagingBatch.Provisional dongguan = new StagingBatch.Provisional();
		StagingBatch.Provisional ximen = new StagingBatch.Provisional();
		// every row of 南门 was rejected after some of them had been staged: the outcome does not name it
		StagingBatch.Provisional nanmen = new StagingBatch.Provisional();
		Finding nanmenFinding = new Finding("导出.csv", "指标", 4, "C", "本年实际", "abc", "INVALID_NUMBER", Severity.ERROR, "不是数字");
		r.staging().stage(file, List.of(new StagingBatch.Part(dongguan, List.of(gdp("1")), 1, List.of(), List.of()),
				new StagingBatch.Part(ximen, List.of(), 1, List.of(project("西关路")), List.of()),
				new StagingBatch.Part(nanmen, List.of(gdp("3")), 1, List.of(project("南门桥")), List.of(nanmenFinding))));

		r.store().save(new FileOutcome(file, FileStatus.ACCEPTED, "",
				List.of(staged(dongguan, "东关街道", true, false), staged(ximen, "西关街道", false, true)), 3, 1, 1, 0, null, null));

		assertThat(jdbc.queryForList("select id from submission order by id", Long.class)).containsExactly(dongguan.id(), ximen.id());
		assertThat(jdbc.queryForList("select id from submission_draft order by id", Long.class))
			.containsExactly(dongguan.id(), ximen.id());
		assertThat(count(jdbc, "select count(*) from indicator_block where submission_id = ?", nanmen.id())).isZero();
		assertThat(count(jdbc, "select count(*) from project where submission_id = ?", nanmen.id())).isZero();
		assertThat(count(jdbc, "select count(*) from indicator_block where submission_id = ?", dongguan.id())).isEqualTo(1);
		assertThat(count(jdbc, "select count(*) from project where submission_id = ?", ximen.id())).isEqualTo(1);
		// the findings of a file stay whatever its decision
		assertThat(r.store().findingsOfFile(file.id())).extracting(Finding::code).containsExactly("INVALID_NUMBER");
		assertThat(r.store().currentSubmissions(NOVEMBER)).extracting(StoredSubmission::street)
			.containsExactlyInAnyOrder("东关街道", "西关街道");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldDiscardEveryDraftOfARejectedFileAndNoneOfAnother(String database) throws SQLException {
		db = MigratedDatabase.open(database, dir).migrate("latest");
		Repositories r = Repositories.on(db);
		JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
		InputFile accepted = register(r.store(), "东关.xlsx");
		StagingBatch.Provisional kept = new StagingBatch.Provisional();
		r.staging().stage(accepted, List.of(new StagingBatch.Part(kept, List.of(gdp("1")), 1, List.of(project("东关路")), List.of())));
		r.store().save(new FileOutcome(accepted, FileStatus.ACCEPTED, "", List.of(staged(kept, "东关街道", true, true)), 2, 0, 0,
				0, "东关街道", NOVEMBER));
		InputFile rejected = register(r.store(), "西关.xlsx");
		StagingBatch.Provisional a = new StagingBatch.Provisional();
		StagingBatch.Provisional b = new StagingBatch.Provisional();
		r.staging().stage(rejected, List.of(new StagingBatch.Part(a, List.of(gdp("2")), 1, List.of(project("西关路")), List.of()),
				new StagingBatch.Part(b, List.of(gdp("3")), 1, List.of(), List.of())));

		r.store().save(new FileOutcome(rejected, FileStatus.REJECTED, "错误行过多（2/2）",
				List.of(staged(a, "西关街道", true, true), staged(b, "西关街道", true, false)), 2, 2, 2, 0, "西关街道", NOVEMBER));

		assertThat(jdbc.queryForList("select id from submission_draft", Long.class)).containsExactly(kept.id());
		assertThat(jdbc.queryForList("select id from submission", Long.class)).containsExactly(kept.id());
		assertThat(jdbc.queryForList("select distinct submission_id from indicator_block", Long.class)).containsExactly(kept.id());
		assertThat(jdbc.queryForList("select distinct submission_id from project", Long.class)).containsExactly(kept.id());
		assertThat(jdbc.queryForObject("select status from input_file where id = ?", String.class, rejected.id()))
			.isEqualTo("REJECTED");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldKeepTheVersionsAndThePendingFilesOfADatabaseOfTheFormerLayout(String database) throws SQLException {
		db = MigratedDatabase.open(database, dir).migrate("11");
		JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
		Repositories r = Repositories.on(db);
		// decided before the upgrade: version 1 of 东关, with a project
		InputFile first = registerInFormerLayout(jdbc, "东关（一）.xlsx");
		jdbc.update("update input_file set status = 'ACCEPTED', moved = true where id = ?", first.id());
		Timestamp received = Timestamp.from(first.discoveredAt().toInstant());
		jdbc.update("""
				insert into submission (file_id, street, period_key, version, is_current, has_indicators, has_projects,
				reporter, phone, received_at, rows_read, rows_rejected, errors, warnings, changes)
				values (?, '东关街道', '2022-11', 1, true, false, true, '张三', '0931-1234567', ?, 4, 1, 1, 2, '')""",
				first.id(), received);
		long decided = count(jdbc, "select max(id) from submission");
		jdbc.update("""
				insert into project (submission_id, seq, name, project_type, total_investment, total_scale, status, sheet_name,
				source_row) values (?, 1, '东关路改造', '新建', 12000, 0, '在建', '项目', 3)""", decided);
		// read but not decided when the job stopped: its provisional submission (all NULL) and its kept outcome
		InputFile second = registerInFormerLayout(jdbc, "东关（二）.xlsx");
		jdbc.update("insert into submission (file_id) values (?)", second.id());
		long pending = count(jdbc, "select max(id) from submission");
		jdbc.update("""
				insert into project (submission_id, seq, name, project_type, total_investment, total_scale, status, sheet_name,
				source_row) values (?, 1, '东关路改造（续建）', '续建', 15000, 0, '在建', '项目', 3)""", pending);
		// kept as that version kept it: its submissions as JSON (V20 packs them)
		jdbc.update("""
				insert into staged_outcome (file_id, decision, reason, rows_read, rows_rejected, errors, warnings, street,
				    period_key, submissions) values (?, 'ACCEPTED', '', 1, 0, 0, 0, '东关街道', '2022-11', ?)""", second.id(),
				"[[" + pending + ",\"东关街道\",\"2022-11\",\"李四\",\"\",1,0,0,0,false,true]]");

		db.migrate("latest");

		StoredSubmission before = r.store().currentSubmissions(NOVEMBER).get(0);
		assertThat(before.id()).isEqualTo(decided);
		assertThat(before.version()).isEqualTo(1);
		assertThat(before.receivedAt().toInstant()).isEqualTo(first.discoveredAt().toInstant());
		assertThat(new int[] { before.rowsRead(), before.rowsRejected(), before.errors(), before.warnings() })
			.containsExactly(4, 1, 1, 2);
		assertThat(before.projects()).extracting(ProjectEntry::name).containsExactly("东关路改造");
		assertThat(jdbc.queryForList("select id from submission_draft order by id", Long.class)).containsExactly(decided, pending);
		assertThat(jdbc.queryForObject("select reporter from submission where id = ?", String.class, decided)).isEqualTo("张三");

		// the file read before the upgrade is decided after it, as the next version
		r.store().save(r.outcomes().of(second).orElseThrow());
		StoredSubmission after = r.store().currentSubmissions(NOVEMBER).get(0);
		assertThat(after.id()).isEqualTo(pending);
		assertThat(after.version()).isEqualTo(2);
		assertThat(after.projects()).extracting(ProjectEntry::name).containsExactly("东关路改造（续建）");
		assertThat(after.superseded()).containsExactly("东关（一）.xlsx");

		// drafts staged after the upgrade take ids after those the former table handed out
		InputFile third = register(r.store(), "西关.xlsx");
		StagingBatch.Provisional next = new StagingBatch.Provisional();
		r.staging().stage(third, List.of(new StagingBatch.Part(next, List.of(gdp("5")), 1, List.of(), List.of())));
		assertThat(next.id()).isGreaterThan(pending);
	}
	/**
	 * A reset clears whatever an earlier reading left, each kind of it alone too: only drafts with
	 * their rows (a reading broken off before its first finding), only a finding (a file rejected
	 * unread), only a kept outcome; a reset finds each of them by itself before deleting, and
	 * leaves another file's staging alone.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldResetEachKindOfStagingAloneAndNoOtherFile(String database) throws SQLException {
		db = MigratedDatabase.open(database, dir).migrate("latest");
		Repositories r = Repositories.on(db);
		JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
		InputFile other = register(r.store(), "南门.xlsx");
		StagingBatch.Provisional othersDraft = new StagingBatch.Provisional();
		Finding othersFinding = new Finding("南门.xlsx", "指标", 4, "C", "本年实际", "abc", "INVALID_NUMBER", Severity.ERROR, "不是数字");
		r.staging().stage(other, List.of(new StagingBatch.Part(othersDraft, List.of(gdp("9")), 1, List.of(project("南门桥")),
				List.of(othersFinding))));
		r.outcomes().keep(new FileOutcome(other, FileStatus.ACCEPTED, "", List.of(staged(othersDraft, "南门街道", true, true)), 2,
				0, 1, 0, "南门街道", NOVEMBER));

		InputFile draftsOnly = register(r.store(), "东关.xlsx");
		StagingBatch.Provisional draft = new StagingBatch.Provisional();
		r.staging().stage(draftsOnly, List.of(new StagingBatch.Part(draft, List.of(gdp("1")), 1, List.of(project("东关路")), List.of())));
		InputFile findingOnly = register(r.store(), "西关.xlsx");
		r.staging().stage(findingOnly, List.of(StagingBatch.Part.ofFile(List.of(Finding.ofFile("西关.xlsx", "UNREADABLE_FILE",
				Severity.ERROR, "文件无法打开")))));
		InputFile outcomeOnly = register(r.store(), "北关.xlsx");
		r.outcomes().keep(new FileOutcome(outcomeOnly, FileStatus.REJECTED, "空文件", List.of(), 0, 0, 1, 0, null, null));
		InputFile fresh = register(r.store(), "新城.xlsx");

		for (InputFile f : List.of(draftsOnly, findingOnly, outcomeOnly, fresh)) {
			r.staging().reset(f);
		}

		assertThat(jdbc.queryForList("select id from submission_draft", Long.class)).containsExactly(othersDraft.id());
		assertThat(jdbc.queryForList("select distinct submission_id from indicator_block", Long.class))
			.containsExactly(othersDraft.id());
		assertThat(jdbc.queryForList("select distinct submission_id from project", Long.class)).containsExactly(othersDraft.id());
		assertThat(jdbc.queryForList("select distinct file_id from finding", Long.class)).containsExactly(other.id());
		assertThat(jdbc.queryForList("select file_id from staged_outcome", Long.class)).containsExactly(other.id());

		r.staging().reset(other);
		for (String table : List.of("submission_draft", "indicator_block", "project", "finding", "staged_outcome")) {
			assertThat(count(jdbc, "select count(*) from " + table)).as(table).isZero();
		}
	}
}
