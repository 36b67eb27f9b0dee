package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ProjectEntry;
import cn.gov.district.consolidation.domain.ValueStatus;
import cn.gov.district.consolidation.validate.StagingBatch;

/**
 * Indicator values stored as blocks (migration V5) and read through the view {@code indicator_value}
 * (V6), on the real migrations of both databases: what is staged comes back exactly, a row taken
 * back leaves its block, and a database of the former layout keeps its values across the upgrade.
 */
class IndicatorBlocksTest {

	@TempDir
	Path dir;

	private MigratedDatabase db;

	private Connection con;

	@AfterEach
	void tearDown() throws SQLException {
		if (db != null) {
			db.close();
		}
	}

	private DataSource open(String database) throws SQLException {
		db = MigratedDatabase.open(database, dir);
		con = db.connection();
		return db.dataSource();
	}

	private void migrate(String target) {
		db.migrate(target);
	}

	/** A migrated database with a registered file, and the staging area under test on it. */
	private record Staging(JdbcTemplate jdbc, JdbcStagingArea area, InputFile file) {
	}

	private Staging staging(String database, String fileName) throws SQLException {
		DataSource ds = open(database);
		migrate("latest");
		JdbcTemplate jdbc = new JdbcTemplate(ds);
		InputFile file = new InputFile(insertFile(jdbc), fileName, dir.resolve("f"), "x", 1, OffsetDateTime.now(),
				LocalDate.now(), FileStatus.DISCOVERED);
		return new Staging(jdbc, new JdbcStagingArea(jdbc, new DataSourceTransactionManager(ds)), file);
	}

	private long insertFile(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into input_file (sha256, file_name, size_bytes, discovered_at, run_date, status)
				values ('x', '东关街道_2022年11月.xlsx', 1, current_timestamp, current_date, 'DISCOVERED')""");
		return jdbc.queryForObject("select max(id) from input_file", Long.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldGiveBackEveryStagedRowExactlyOneRowPerValue(String database) throws SQLException {
		Staging s = staging(database, "东关街道_2022年11月.xlsx");
		JdbcTemplate jdbc = s.jdbc();
		StagingBatch.Provisional dongguan = new StagingBatch.Provisional();
		StagingBatch.Provisional ximen = new StagingBatch.Provisional();
		List<IndicatorEntry> first = List.of(
				entry("GDP", m("1744.91", ValueStatus.VALUE, "1744.91"), m("16000", ValueStatus.VALUE, "1.6万"),
						m("-1.90", ValueStatus.VALUE, "-1.90"), "含,逗号与\"引号\"", 5),
				entry("JOBS", Measure.BLANK, m("500", ValueStatus.APPROXIMATE, "500余"), new Measure(null, ValueStatus.MASKED, "*"),
						"", 6),
				entry("RATE", m("0.000000000001", ValueStatus.VALUE, "1E-12"), new Measure(null, ValueStatus.INVALID, "见附件"),
						new Measure(null, ValueStatus.NOT_APPLICABLE, "—"), "两行\n备注 含\\反斜杠、{花括号}与 NULL", 7));
		List<IndicatorEntry> second = List.of(entry("FAI", Measure.BLANK, m("32000", ValueStatus.VALUE, "3.2亿元"),
				Measure.BLANK, "", 9));
		List<IndicatorEntry> other = List.of(entry("GDP", Measure.BLANK, m("12.5", ValueStatus.VALUE, "１２.５"), Measure.BLANK,
				"", 5));

		s.area().stage(s.file(), List.of(part(dongguan, first), part(ximen, other)));
		s.area().stage(s.file(), List.of(part(dongguan, second)));

		assertThat(jdbc.queryForObject("select count(*) from indicator_block", Long.class)).isEqualTo(3);
		List<IndicatorEntry> all = new ArrayList<>(first);
		all.addAll(second);
		assertThat(entries(jdbc, dongguan.id())).containsExactlyElementsOf(all);
		assertThat(entries(jdbc, ximen.id())).containsExactlyElementsOf(other);

		// taken back from the middle of the first block, then the only row of the second
		s.area().dropIndicator(dongguan.id(), "JOBS");
		s.area().dropIndicator(dongguan.id(), "FAI");
		assertThat(entries(jdbc, dongguan.id())).containsExactly(first.get(0), first.get(2));
		assertThat(jdbc.queryForObject("select count(*) from indicator_block", Long.class)).isEqualTo(2);
		assertThat(entries(jdbc, ximen.id())).containsExactlyElementsOf(other);

		s.area().reset(s.file());
		assertThat(jdbc.queryForObject("select count(*) from indicator_value", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from indicator_block", Long.class)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldStoreAsNullTheColumnsTheViewCanFillIn(String database) throws SQLException {
		Staging s = staging(database, "export.csv");
		JdbcTemplate jdbc = s.jdbc();
		// a block as a long export gives it: plain numbers, blanks, no remark, one sheet, consecutive rows
		StagingBatch.Provisional plain = new StagingBatch.Provisional();
		List<IndicatorEntry> plainRows = List.of(
				entry("GDP", m("1900.50", ValueStatus.VALUE, "1900.50"), m("1744.91", ValueStatus.VALUE, "1744.91"),
						m("-1.9", ValueStatus.VALUE, "-1.9"), "", 11),
				entry("JOBS", Measure.BLANK, m("500", ValueStatus.VALUE, "500"), Measure.BLANK, "", 12),
				entry("FAI", m("0", ValueStatus.VALUE, "0"), m("32000", ValueStatus.VALUE, "32000"), Measure.BLANK, "", 13));
		// each column a block may not leave out, once: a status that is not what its value implies,
		// a raw text, a remark, a second sheet, a gap in the rows
		StagingBatch.Provisional mixed = new StagingBatch.Provisional();
		List<IndicatorEntry> mixedRows = List.of(
				entry("GDP", Measure.BLANK, m("500", ValueStatus.APPROXIMATE, "500余"), Measure.BLANK, "", 5),
				new IndicatorEntry("JOBS", Measure.BLANK, m("1", ValueStatus.VALUE, "1"), new Measure(null, ValueStatus.MASKED, "*"),
						"见附件", "指标（续）", 9));
		s.area().stage(s.file(), List.of(part(plain, plainRows), part(mixed, mixedRows)));

		assertThat(entries(jdbc, plain.id())).containsExactlyElementsOf(plainRows);
		assertThat(entries(jdbc, mixed.id())).containsExactlyElementsOf(mixedRows);
		String sparseColumns = """
				select target_status, target_raw, actual_status, actual_raw, growth_status, growth_raw, remark, sheet_name,
				source_row, sheet, first_row from indicator_block where submission_id = ?""";
		assertThat(jdbc.queryForList(sparseColumns, plain.id()).get(0)).containsOnly(
				entry("TARGET_STATUS", null), entry("TARGET_RAW", null), entry("ACTUAL_STATUS", null), entry("ACTUAL_RAW", null),
				entry("GROWTH_STATUS", null), entry("GROWTH_RAW", null), entry("REMARK", null), entry("SHEET_NAME", null),
				entry("SOURCE_ROW", null), entry("SHEET", "指标"), entry("FIRST_ROW", 11));
		// in the mixed block only the target's status and raw text follow from the rest (and no one sheet, no first row)
		assertThat(jdbc.queryForList(sparseColumns, mixed.id()).get(0).values()).filteredOn(v -> v == null).hasSize(4);
		// the dense columns: packed into one value on H2 (V18), arrays on PostgreSQL
		String dense = """
				select case when packed is null then 0 else 1 end as packed, case when indicator_code is null then 0 else 1 end as codes,
				case when target_value is null and target_scale is null and actual_value is null and actual_scale is null
				and growth_value is null and growth_scale is null then 0 else 1 end as numbers
				from indicator_block where submission_id in (?, ?)""";
		assertThat(jdbc.queryForList(dense, plain.id(), mixed.id())).allSatisfy(row -> assertThat(row.values())
			.containsExactly("h2".equals(database) ? new Object[] { 1, 0, 0 } : new Object[] { 0, 1, 1 }));

		// taking a row out of a sparse block keeps the others exact, rows no longer consecutive included
		s.area().dropIndicator(plain.id(), "JOBS");
		assertThat(entries(jdbc, plain.id())).containsExactly(plainRows.get(0), plainRows.get(2));
		s.area().dropIndicator(mixed.id(), "GDP");
		assertThat(entries(jdbc, mixed.id())).containsExactly(mixedRows.get(1));
	}

	private static java.util.Map.Entry<String, Object> entry(String column, Object value) {
		return new java.util.AbstractMap.SimpleEntry<>(column, value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldGiveBackEveryNumberAsWrittenAtTheEdgesOfTheColumnType(String database) throws SQLException {
		Staging s = staging(database, "x.csv");
		// 26 integer digits and 12 decimals fill NUMERIC(38, 12); 1E+3 (a negative scale) comes back as 1000; 13
		// decimals are rounded to 12
		String[] written = { "99999999999999999999999999.999999999999", "-0.000000000001", "1E+3", "0", "0.00", "-16000",
				"123.4567890123456" };
		String[] stored = { "99999999999999999999999999.999999999999", "-0.000000000001", "1000", "0", "0.00", "-16000",
				"123.456789012346" };
		StagingBatch.Provisional submission = new StagingBatch.Provisional();
		List<IndicatorEntry> entries = new ArrayList<>();
		for (int i = 0; i < written.length; i++) {
			entries.add(entry("I" + i, m(written[i], ValueStatus.VALUE, written[i]), Measure.BLANK,
					m(written[written.length - 1 - i], ValueStatus.VALUE, null), "", 2 + i));
		}
		s.area().stage(s.file(), List.of(part(submission, entries)));

		List<IndicatorEntry> back = entries(s.jdbc(), submission.id());
		assertThat(back).hasSize(written.length);
		for (int i = 0; i < written.length; i++) {
			// as written: the same digits and the same scale, not the column's 12 decimals
			assertThat(back.get(i).target().value()).hasToString(new BigDecimal(stored[i]).toString());
			assertThat(back.get(i).growth().value()).hasToString(new BigDecimal(stored[written.length - 1 - i]).toString());
			assertThat(back.get(i).actual().value()).isNull();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldStoreRowsWhoseTextsAreLongerThanTheirColumns(String database) throws SQLException {
		Staging s = staging(database, "x.csv");
		JdbcTemplate jdbc = s.jdbc();
		// a CSV's sheet is its file name, which may be 255 characters long; an unknown project type is
		// kept as written (with a warning), however long
		String sheet = "东关街道2022年1-11月".repeat(20);
		String type = "新建及改扩建".repeat(20);
		StagingBatch.Provisional submission = new StagingBatch.Provisional();
		s.area().stage(s.file(), List.of(new StagingBatch.Part(submission,
				List.of(new IndicatorEntry("GDP", Measure.BLANK, m("1", ValueStatus.VALUE, "1"), Measure.BLANK, "", sheet, 2)), 1,
				List.of(new ProjectEntry("东关路改造", type, null, null, null, "", "", "", sheet, 3)), List.of())));
		assertThat(jdbc.queryForObject("select sheet_name from indicator_value", String.class)).hasSize(200)
			.startsWith("东关街道2022年1-11月")
			.endsWith("…");
		assertThat(jdbc.queryForObject("select sheet_name from project", String.class)).hasSize(200).endsWith("…");
		assertThat(jdbc.queryForObject("select project_type from project", String.class)).hasSize(50)
			.startsWith("新建及改扩建")
			.endsWith("…");
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void shouldKeepTheValuesOfADatabaseOfTheFormerLayoutAcrossTheUpgrade(String database) throws SQLException {
		DataSource ds = open(database);
		migrate("4");
		JdbcTemplate jdbc = new JdbcTemplate(ds);
		long file = insertFile(jdbc);
		jdbc.update("insert into submission (file_id, street, period_key, version, is_current, has_indicators) values (?, '东关街道', '2022-11', 1, true, true)", file);
		long submission = jdbc.queryForObject("select max(id) from submission", Long.class);
		String insert = """
				insert into indicator_value (submission_id, indicator_code, target_value, target_scale, target_status,
				target_raw, actual_value, actual_scale, actual_status, actual_raw, growth_value, growth_scale, growth_status,
				growth_raw, remark, sheet_name, source_row) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
		// rows inserted out of their sheet order: the upgrade keeps them in sheet order
		jdbc.update(insert, submission, "JOBS", null, null, "BLANK", null, new BigDecimal("500"), 0, "APPROXIMATE", "500余",
				null, null, "MASKED", "*", "", "指标", 6);
		jdbc.update(insert, submission, "GDP", new BigDecimal("1744.91"), 2, "VALUE", null, new BigDecimal("16000"), 0, "VALUE",
				"1.6万", new BigDecimal("-1.9"), 1, "VALUE", null, "备注", "指标", 5);

		migrate("latest");

		assertThat(entries(jdbc, submission)).containsExactly(
				entry("GDP", m("1744.91", ValueStatus.VALUE, "1744.91"), m("16000", ValueStatus.VALUE, "1.6万"),
						m("-1.9", ValueStatus.VALUE, "-1.9"), "备注", 5),
				entry("JOBS", Measure.BLANK, m("500", ValueStatus.APPROXIMATE, "500余"), new Measure(null, ValueStatus.MASKED, "*"),
						"", 6));
		assertThat(jdbc.queryForObject("select count(*) from indicator_block", Long.class)).isEqualTo(1);
		try (Statement s = con.createStatement();
				ResultSet rs = s.executeQuery("select position from indicator_value order by position")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getInt(1)).isEqualTo(1);
			assertThat(rs.next()).isTrue();
			assertThat(rs.getInt(1)).isEqualTo(2);
		}

		// a block of arrays that loses a row is written again as this version writes blocks (packed on H2)
		IndicatorBlock.drop(con, submission, "JOBS");
		assertThat(entries(jdbc, submission)).containsExactly(entry("GDP", m("1744.91", ValueStatus.VALUE, "1744.91"),
				m("16000", ValueStatus.VALUE, "1.6万"), m("-1.9", ValueStatus.VALUE, "-1.9"), "备注", 5));
		assertThat(jdbc.queryForObject("select count(*) from indicator_block where packed is not null", Long.class))
			.isEqualTo("h2".equals(database) ? 1 : 0);
	}

	/**
	 * The entries of {@code submission} through the view, in block order; checked on every call to be
	 * what reading the blocks themselves gives ({@link IndicatorBlock#read}, as the consolidation reads
	 * them), both by row, then code, as the view was read there.
	 */
	private static List<IndicatorEntry> entries(JdbcTemplate jdbc, long submission) {
		List<IndicatorEntry> viewed = jdbc.query("select * from indicator_value where submission_id = ? order by source_row, indicator_code",
				(rs, n) -> viewed(rs), submission);
		List<IndicatorEntry> read = new ArrayList<>();
		jdbc.query("select " + IndicatorBlock.storedColumns("b") + " from indicator_block b where b.submission_id = ? order by b.id",
				(java.sql.ResultSet rs) -> {
					read.addAll(IndicatorBlock.read(rs, 1));
				}, submission);
		read.sort(java.util.Comparator.comparingInt(IndicatorEntry::sourceRow).thenComparing(IndicatorEntry::indicatorCode));
		assertThat(read).as("the blocks read directly").isEqualTo(viewed);
		return jdbc.query("select * from indicator_value where submission_id = ? order by block_id, position",
				(rs, n) -> viewed(rs), submission);
	}

	/** A row of the view {@code indicator_value} as the entry it stands for. */
	private static IndicatorEntry viewed(java.sql.ResultSet rs) throws SQLException {
		return new IndicatorEntry(rs.getString("indicator_code"), viewedMeasure(rs, "target"), viewedMeasure(rs, "actual"),
				viewedMeasure(rs, "growth"), rs.getString("remark"), rs.getString("sheet_name"), rs.getInt("source_row"));
	}

	private static Measure viewedMeasure(java.sql.ResultSet rs, String prefix) throws SQLException {
		BigDecimal stored = rs.getBigDecimal(prefix + "_value");
		return StoredValues.measure(rs.getString(prefix + "_status"), stored,
				stored == null ? null : rs.getInt(prefix + "_scale"), rs.getString(prefix + "_raw"));
	}

	private static StagingBatch.Part part(StagingBatch.Provisional submission, List<IndicatorEntry> indicators) {
		return new StagingBatch.Part(submission, indicators, 1, List.of(), List.of());
	}

	private static IndicatorEntry entry(String code, Measure target, Measure actual, Measure growth, String remark, int row) {
		return new IndicatorEntry(code, target, actual, growth, remark, "指标", row);
	}

	private static Measure m(String value, ValueStatus status, String raw) {
		return new Measure(new BigDecimal(value), status, raw);
	}
}
