package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** The repositories on a freshly migrated database of kind {@code database}, closed after the test. */
	private Repositories open(String database) throws SQLException {
		db = MigratedDatabase.open(database, dir).migrate("latest");
		return Repositories.on(db);
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldFinalizeTheStagedSubmissionsOfAnAcceptedFile(String database) throws SQLException {
		Repositories repositories = open(database);
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

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldDescribeWhatChangedForEach街道OfAResubmittedExport(String database) throws SQLException {
		Repositories repositories = open(database);
		JdbcSubmissionStore store = repositories.store();
		JdbcStagingArea staging = repositories.staging();
		ReportingPeriod november = new ReportingPeriod(2022, 11);
		ReportingPeriod october = new ReportingPeriod(2022, 10);
		// an export of three 街道 × two periods, then its correction: 东关 November changes GDP (not in the catalog,
		// so named by its code) and leaves out FAI (固定资产投资),
		// 西关 October adds FAI, the rest is as before
		export(store, staging, "导出.csv", List.of(
				new Row("东关街道", november, "GDP", "100"), new Row("东关街道", november, "FAI", "20"),
				new Row("西关街道", november, "GDP", "50"), new Row("西关街道", october, "GDP", "40"),
				new Row("南门街道", october, "GDP", "30")));
		export(store, staging, "导出（更正）.csv", List.of(
				new Row("东关街道", november, "GDP", "101.5"),
				new Row("西关街道", november, "GDP", "50.00"), new Row("西关街道", october, "GDP", "40"),
				new Row("西关街道", october, "FAI", "7"), new Row("南门街道", october, "GDP", "30")));

		assertThat(current(store, november, "东关街道").changes()).isEqualTo("变更指标：GDP（100→101.5）、固定资产投资（20→未报）");
		assertThat(current(store, november, "西关街道").changes()).isEqualTo("数值无变化");
		assertThat(current(store, october, "西关街道").changes()).isEqualTo("变更指标：固定资产投资（空→7）");
		assertThat(current(store, october, "南门街道").changes()).isEqualTo("数值无变化");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldShortenTheChangeDescriptionOfACorrectionThatChangesHundredsOfValues(String database) throws SQLException {
		Repositories repositories = open(database);
		ReportingPeriod november = new ReportingPeriod(2022, 11);
		// a catalog extended in configuration may hold hundreds of indicators; each named change takes some 30 characters
		List<Row> first = new java.util.ArrayList<>();
		List<Row> second = new java.util.ArrayList<>();
		for (int i = 0; i < 300; i++) {
			first.add(new Row("东关街道", november, "EXTRA_INDICATOR_" + i, "1234567.89"));
			second.add(new Row("东关街道", november, "EXTRA_INDICATOR_" + i, "9876543.21"));
		}
		export(repositories.store(), repositories.staging(), "一.csv", first);
		export(repositories.store(), repositories.staging(), "二.csv", second);

		StoredSubmission corrected = current(repositories.store(), november, "东关街道");
		assertThat(corrected.version()).isEqualTo(2);
		assertThat(corrected.changes()).hasSize(4000).startsWith("变更指标：EXTRA_INDICATOR_0（1234567.89→9876543.21）").endsWith("…");
	}

	/** One value of a long export: 街道, period, indicator code, actual value. */
	private record Row(String street, ReportingPeriod period, String code, String actual) {
	}

	/** Stages and accepts one export whose rows are {@code rows}, a submission per 街道 and period. */
	private void export(JdbcSubmissionStore store, JdbcStagingArea staging, String name, List<Row> rows) {
		InputFile file = store.register(name, dir.resolve(name), Integer.toHexString(name.hashCode()).repeat(16).substring(0, 64),
				100, OffsetDateTime.now(), LocalDate.of(2022, 12, 1));
		Map<String, List<IndicatorEntry>> entries = new LinkedHashMap<>();
		Map<String, Row> first = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			String pair = r.street() + "/" + r.period().key();
			first.putIfAbsent(pair, r);
			entries.computeIfAbsent(pair, k -> new java.util.ArrayList<>())
				.add(new IndicatorEntry(r.code(), Measure.BLANK, new Measure(new BigDecimal(r.actual()), ValueStatus.VALUE,
						r.actual()), Measure.BLANK, "", name, 2 + i));
		}
		List<StagingBatch.Part> parts = new java.util.ArrayList<>();
		List<StagingBatch.Provisional> provisional = new java.util.ArrayList<>();
		for (List<IndicatorEntry> e : entries.values()) {
			StagingBatch.Provisional p = new StagingBatch.Provisional();
			provisional.add(p);
			parts.add(new StagingBatch.Part(p, e, 1, List.of(), List.of()));
		}
		staging.stage(file, parts);
		List<StagedSubmission> submissions = new java.util.ArrayList<>();
		int k = 0;
		for (Row r : first.values()) {
			submissions.add(new StagedSubmission(provisional.get(k++).id(), r.street(), r.period(), "", "", 1, 0, 0, 0, true,
					false));
		}
		store.save(new FileOutcome(file, FileStatus.ACCEPTED, "", submissions, rows.size(), 0, 0, 0, null, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldGiveEveryPairOfALongResubmittedExportItsNextVersion(String database) throws SQLException {
		Repositories repositories = open(database);
		JdbcSubmissionStore store = repositories.store();
		// more 街道 and more periods than one statement asks for (500 of each), so the versions stored so far are
		// looked up in several statements; a third 街道 only in the second export
		List<String> streets = java.util.stream.IntStream.range(0, 520).mapToObj(i -> "第" + i + "街道").toList();
		List<ReportingPeriod> periods = java.util.stream.IntStream.range(0, 502)
			.mapToObj(i -> new ReportingPeriod(1980 + i / 12, 1 + i % 12))
			.toList();
		List<String[]> first = List.of(new String[] { streets.get(0), "0" }, new String[] { streets.get(519), "501" },
				new String[] { streets.get(7), "250" });
		List<String[]> second = List.of(new String[] { streets.get(0), "0" }, new String[] { streets.get(519), "501" },
				new String[] { streets.get(7), "250" }, new String[] { streets.get(8), "250" });
		decide(store, repositories.staging(), "一.csv", first, streets, periods);
		decide(store, repositories.staging(), "二.csv", second, streets, periods);

		assertThat(current(store, periods.get(0), streets.get(0)).version()).isEqualTo(2);
		assertThat(current(store, periods.get(501), streets.get(519)).version()).isEqualTo(2);
		assertThat(current(store, periods.get(250), streets.get(7)).version()).isEqualTo(2);
		assertThat(current(store, periods.get(250), streets.get(8)).version()).isEqualTo(1);
	}

	/**
	 * Stages and accepts one export naming every period once under a 街道 of its own, more 街道 and periods than
	 * one statement asks for, and then {@code pairs} (街道 and the index of its period): their 街道, and the last
	 * periods, come after the first 500 of the file, so their versions are looked up by a later statement.
	 */
	private void decide(JdbcSubmissionStore store, JdbcStagingArea staging, String name, List<String[]> pairs,
			List<String> streets, List<ReportingPeriod> periods) {
		List<Row> rows = new java.util.ArrayList<>();
		for (int i = 0; i < Math.max(streets.size(), periods.size()); i++) {
			rows.add(new Row("另" + name + i + "街道", periods.get(i % periods.size()), "GDP", "1"));
		}
		for (String[] pair : pairs) {
			rows.add(new Row(pair[0], periods.get(Integer.parseInt(pair[1])), "GDP", "1"));
		}
		export(store, staging, name, rows);
	}

	/** The current submission of {@code street} for {@code period}. */
	private static StoredSubmission current(JdbcSubmissionStore store, ReportingPeriod period, String street) {
		return store.currentSubmissions(period).stream().filter(s -> s.street().equals(street)).findFirst().orElseThrow();
	}
}
