package cn.gov.district.consolidation.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.district.consolidation.config.IndicatorCatalog;
import cn.gov.district.consolidation.domain.FileNames;
import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.ProjectEntry;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.validate.FileOutcome;
import cn.gov.district.consolidation.validate.StagedSubmission;

/**
 * The JDBC repository of input files, submissions, values, projects and findings. Every write
 * is idempotent for its file, so a chunk that is retried after a crash stores the same rows
 * once. Thread-safe (state lives in the database).
 */
@Repository
public class JdbcSubmissionStore {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * Marks as current, for one 街道 and period (the parameters: street, period three times), the
	 * latest version carrying indicators and the latest carrying projects (they may be two files:
	 * spec section 3's CSV pair). Where no version carries one of the two, its maximum is NULL and the
	 * comparison with it unknown, which must count as false: an older version of a 街道 that only ever
	 * sent indicators would otherwise get a NULL current flag (and the decision fail on the column's
	 * NOT NULL).
	 */
	private static final String REFRESH_CURRENT = """
			update submission set is_current = (
			    coalesce(version = (select max(version) from submission where street = ? and period_key = ? and has_indicators = true), false)
			 or coalesce(version = (select max(version) from submission where street = ? and period_key = ? and has_projects = true), false))
			where street = ? and period_key = ?""";

	private final JdbcClient jdbc;

	/** For batch statements, which {@link JdbcClient} does not offer. */
	private final JdbcTemplate batch;

	private final IndicatorCatalog catalog;

	public JdbcSubmissionStore(JdbcClient jdbc, JdbcTemplate batch, IndicatorCatalog catalog) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.catalog = catalog;
	}

	// ---------------------------------------------------------------- input files

	/** Registers a newly discovered file, or returns the row of the same file left by a crashed run. */
	@Transactional
	public InputFile register(String fileName, Path path, String sha256, long size, OffsetDateTime discoveredAt,
			LocalDate runDate) {
		Optional<InputFile> leftover = jdbc
			.sql("select * from input_file where sha256 = ? and file_name = ? and (status = 'DISCOVERED' or moved = false) order by id")
			.params(sha256, fileName)
			.query((rs, n) -> file(rs, path))
			.list()
			.stream()
			.findFirst();
		if (leftover.isPresent()) {
			return leftover.get();
		}
		// a 问题清单 this job wrote, come back unchanged: not a submission (an edited one is read like any file)
		Optional<String> workbookOf = jdbc
			.sql("select file_name from input_file where error_workbook_sha256 = ? order by id")
			.param(sha256)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
		if (workbookOf.isPresent()) {
			return insert(fileName, path, sha256, size, discoveredAt, runDate, FileStatus.REJECTED,
					"这是本程序为“" + workbookOf.get() + "”生成的问题清单（原样未改），不是报送文件，未读取；请按问题清单修改原报表，把改好的报表放入输入目录",
					null);
		}
		// A duplicate is a copy of a file still in flight or of one whose every submission is still current. A copy
		// of a rejected file is read again: nothing of the first was counted, and what rejected it may since have
		// changed (the roster, the catalog, consolidation.max-file-chars). A copy of an accepted file that a later
		// version superseded is read again too: it is a correction back to that version, and becomes the current one.
		Optional<Long> earlier = jdbc
			.sql("""
					select id from input_file i where sha256 = ? and (status = 'DISCOVERED' or (status = 'ACCEPTED'
					    and not exists (select 1 from submission s where s.file_id = i.id and s.is_current = false)))
					order by id""")
			.param(sha256)
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
		FileStatus status = earlier.isPresent() ? FileStatus.DUPLICATE : FileStatus.DISCOVERED;
		String reason = earlier.map(id -> "与此前已处理的文件内容完全相同（" + originalName(id) + "），不重复计入").orElse(null);
		return insert(fileName, path, sha256, size, discoveredAt, runDate, status, reason, earlier.orElse(null));
	}

	private InputFile insert(String fileName, Path path, String sha256, long size, OffsetDateTime discoveredAt,
			LocalDate runDate, FileStatus status, String reason, Long duplicateOf) {
		jdbc.sql("""
				insert into input_file (sha256, file_name, raw_name, size_bytes, discovered_at, run_date, status, reason,
				    duplicate_of)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(sha256, fileName, FileNames.rawNameIfNotUtf8(path), size, Timestamp.from(discoveredAt.toInstant()),
					runDate, status.name(), reason, duplicateOf)
			.update();
		long id = jdbc.sql("select max(id) from input_file where sha256 = ? and file_name = ?")
			.params(sha256, fileName)
			.query(Long.class)
			.single();
		return new InputFile(id, fileName, path, sha256, size, discoveredAt, runDate, status);
	}

	private String originalName(long id) {
		return jdbc.sql("select file_name from input_file where id = ?").param(id).query(String.class).single();
	}

	/** Files registered and not yet decided (read or not: see {@link StagedOutcomes}), oldest first. */
	public List<InputFile> pending(Path inputDir) {
		return jdbc.sql("select * from input_file where status = 'DISCOVERED' order by discovered_at, id")
			.query((rs, n) -> file(rs, inputPath(inputDir, rs)))
			.list();
	}

	/** Files decided but not yet moved out of the input folder (this run's, or a crashed run's). */
	public List<InputFile> decidedNotMoved(Path inputDir) {
		return jdbc.sql("select * from input_file where status <> 'DISCOVERED' and moved = false order by id")
			.query((rs, n) -> file(rs, inputPath(inputDir, rs)))
			.list();
	}

	/**
	 * Settles a decided file that is no longer in the input folder nor found already moved: marked moved, so
	 * that it is not looked for again, and lost on {@code night} with {@code note} for that night's run report.
	 */
	public void markLost(long fileId, LocalDate night, String note) {
		jdbc.sql("update input_file set moved = true, final_path = null, lost_on = ?, lost_note = ? where id = ?")
			.params(night, truncate(note, 1000), fileId)
			.update();
	}

	/** Files found lost on {@code night} ({@link #markLost}): id, name, the night they came in and the note. */
	public List<LostFile> lostOn(LocalDate night) {
		return jdbc.sql("select id, file_name, run_date, lost_note from input_file where lost_on = ? order by id")
			.param(night)
			.query((rs, n) -> new LostFile(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
			.list();
	}

	/** A file {@link #markLost settled as lost}. */
	public record LostFile(long id, String fileName, LocalDate runDate, String note) {
	}

	/** Records that the file now lives at {@code finalPath} (its 问题清单, if any, was recorded before). */
	public void markMoved(long fileId, Path finalPath) {
		jdbc.sql("update input_file set moved = true, final_path = ? where id = ?")
			.params(FileNames.display(finalPath), fileId)
			.update();
	}

	/**
	 * Records the 问题清单 of a file before it is written ({@code sha256} null), or once written (its
	 * content hash), so a run interrupted in between finds its own workbook by this path.
	 */
	public void recordErrorWorkbook(long fileId, String errorWorkbook, String sha256) {
		jdbc.sql("update input_file set error_workbook = ?, error_workbook_sha256 = ? where id = ?")
			.params(errorWorkbook, sha256, fileId)
			.update();
	}

	/** The 问题清单 recorded for a file not yet moved, as {@link #recordErrorWorkbook} stored it. */
	public Optional<String> errorWorkbookOf(long fileId) {
		return jdbc.sql("select error_workbook from input_file where id = ? and error_workbook is not null")
			.param(fileId)
			.query(String.class)
			.optional();
	}

	/** The content hash of the 问题清单 written for a file; empty until it was written to the end. */
	public Optional<String> errorWorkbookHashOf(long fileId) {
		return jdbc.sql("select error_workbook_sha256 from input_file where id = ? and error_workbook_sha256 is not null")
			.param(fileId)
			.query(String.class)
			.optional();
	}

	/** The rejection reason or duplicate note of a decided file. */
	public String reasonOf(long fileId) {
		return jdbc.sql("select reason from input_file where id = ?").param(fileId).query(String.class).optional().orElse("");
	}

	/**
	 * The findings a file's 问题清单 lists: its own, or for a copy rejected with the file it duplicates
	 * ({@link #save}), that file's, under the copy's name.
	 */
	public List<Finding> findingsForWorkbook(InputFile file) {
		List<Finding> own = findingsOfFile(file.id());
		if (!own.isEmpty() || file.status() != FileStatus.REJECTED) {
			return own;
		}
		Optional<Long> original = jdbc.sql("select duplicate_of from input_file where id = ? and duplicate_of is not null")
			.param(file.id())
			.query(Long.class)
			.optional();
		return original.map(this::findingsOfFile)
			.orElse(List.of())
			.stream()
			.map(f -> new Finding(file.fileName(), f.sheet(), f.row(), f.column(), f.field(), f.rawValue(), f.code(),
					f.severity(), f.message()))
			.toList();
	}

	/** Findings of one file, in row order. */
	public List<Finding> findingsOfFile(long fileId) {
		return jdbc.sql("""
				select f.*, i.file_name from finding f join input_file i on i.id = f.file_id
				where f.file_id = ? order by f.id""").param(fileId).query((rs, n) -> finding(rs)).list();
	}

	// ---------------------------------------------------------------- outcomes

	/**
	 * Records the decision on one file: an accepted file's staged submissions are finalized
	 * (street, period, next version, current flags), everything else it staged is discarded; its
	 * findings stay either way.
	 */
	@Transactional
	public void save(FileOutcome outcome) {
		long fileId = outcome.file().id();
		if (outcome.accepted()) {
			finalizeSubmissions(outcome.file(), outcome.submissions());
		}
		// what the decision did not make submissions of: every draft of a rejected file
		discardDrafts(draftsLeftOver(fileId, outcome.accepted() ? outcome.submissions() : List.of()));
		// the outcome the ingest step kept for the decision (StagedOutcomes), decided now
		jdbc.sql("delete from staged_outcome where file_id = ?").param(fileId).update();
		if (outcome.decision() == FileStatus.REJECTED) {
			// its copies registered while it was in flight share its fate: rejected, each with its 问题清单
			jdbc.sql("""
					update input_file set status = 'REJECTED', reason = ?
					where duplicate_of = ? and status = 'DUPLICATE' and moved = false""")
				.params(truncate("与文件“" + outcome.file().fileName() + "”内容完全相同，该文件被退回，本文件一并退回："
						+ nz(outcome.reason()), 4000), fileId)
				.update();
		}
		jdbc.sql("""
				update input_file set status = ?, reason = ?, rows_read = ?, rows_rejected = ?, street = ?, period_key = ?
				where id = ?""")
			.params(outcome.decision().name(), truncate(outcome.reason(), 4000), outcome.rowsRead(), outcome.rowsRejected(),
					outcome.street(), outcome.period() == null ? null : outcome.period().key(), fileId)
			.update();
	}

	/**
	 * The drafts of a file other than {@code finalized} (for an accepted file none, unless its
	 * reading dropped a submission after staging rows for it): found by their ids, not by a query
	 * per draft, as an accepted long export has 25,000 drafts and every one of them is finalized.
	 */
	private List<Long> draftsLeftOver(long fileId, List<StagedSubmission> finalized) {
		Set<Long> kept = new HashSet<>();
		for (StagedSubmission s : finalized) {
			kept.add(s.draftId());
		}
		List<Long> leftOver = new ArrayList<>();
		jdbc.sql("select id from submission_draft where file_id = ?").param(fileId).query((ResultSet rs) -> {
			if (!kept.contains(rs.getLong(1))) {
				leftOver.add(rs.getLong(1));
			}
		});
		return leftOver;
	}

	/** Deletes {@code drafts} with what was staged under them, a few hundred per statement. */
	private void discardDrafts(List<Long> drafts) {
		for (int i = 0; i < drafts.size(); i += 500) {
			List<Long> some = drafts.subList(i, Math.min(drafts.size(), i + 500));
			jdbc.sql("delete from indicator_block where submission_id in (:ids)").param("ids", some).update();
			jdbc.sql("delete from project where submission_id in (:ids)").param("ids", some).update();
			jdbc.sql("delete from submission_draft where id in (:ids)").param("ids", some).update();
		}
	}

	/**
	 * Makes submissions of the staged drafts of one file, with their 街道, period and next version,
	 * in a few batch statements whatever their number (a long export brings thousands). Each is
	 * inserted with its draft's id, which its staged values and projects carry (migration V12: an
	 * insert, where updating the drafts cost H2 every index entry twice).
	 */
	private void finalizeSubmissions(InputFile file, List<StagedSubmission> submissions) {
		long fileId = file.id();
		if (submissions.isEmpty()) {
			return;
		}
		Map<String, Integer> latest = latestVersions(submissions);
		// the file's discovery time, written as register wrote it (not a subquery per submission: a long export brings 25,000)
		Timestamp receivedAt = Timestamp.from(file.discoveredAt().toInstant());
		List<NewSubmission> inserts = new ArrayList<>(submissions.size());
		List<Object[]> current = new ArrayList<>(submissions.size());
		for (StagedSubmission s : submissions) {
			String period = s.period().key();
			Integer maxVersion = latest.get(pairKey(s.street(), period));
			int version = maxVersion == null ? 1 : maxVersion + 1;
			// compared with the version current before this file: a file names each 街道 and period once
			String changes = maxVersion == null || !s.hasIndicators() ? "" : describeChanges(s.draftId(), s.street(), period);
			// the first version of a 街道 and period is current; a later one is sorted out below
			inserts.add(new NewSubmission(s, period, version, maxVersion == null, truncate(changes, 4000)));
			if (maxVersion != null) {
				current.add(new Object[] { s.street(), period, s.street(), period, s.street(), period });
			}
		}
		// typed setters, not the template's guess at each of 16 parameters of 25,000 rows (a long export)
		batch.batchUpdate("""
				insert into submission (id, file_id, street, period_key, version, is_current, has_indicators, has_projects,
				reporter, phone, received_at, rows_read, rows_rejected, errors, warnings, changes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				NewSubmission n = inserts.get(i);
				StagedSubmission s = n.staged();
				ps.setLong(1, s.draftId());
				ps.setLong(2, fileId);
				ps.setString(3, s.street());
				ps.setString(4, n.period());
				ps.setInt(5, n.version());
				ps.setBoolean(6, n.current());
				ps.setBoolean(7, s.hasIndicators());
				ps.setBoolean(8, s.hasProjects());
				ps.setString(9, truncate(s.reporter(), 200));
				ps.setString(10, truncate(s.phone(), 100));
				ps.setTimestamp(11, receivedAt);
				ps.setInt(12, s.rowsRead());
				ps.setInt(13, s.rowsRejected());
				ps.setInt(14, s.errors());
				ps.setInt(15, s.warnings());
				ps.setString(16, n.changes());
			}

			@Override
			public int getBatchSize() {
				return inserts.size();
			}
		});
		jdbc.sql("""
				update finding set
				    street = (select s.street from submission s where s.id = finding.submission_id),
				    period_key = (select s.period_key from submission s where s.id = finding.submission_id)
				where file_id = ? and submission_id is not null""").param(fileId).update();
		if (!current.isEmpty()) {
			batch.batchUpdate(REFRESH_CURRENT, current);
		}
	}

	/**
	 * A submission the decision inserts.
	 *
	 * @param staged what the file's reading staged
	 * @param period its period key
	 * @param version its version
	 * @param current whether it is current as inserted (the first version of its 街道 and period)
	 * @param changes what changed against the version current before, or {@code ""}
	 */
	private record NewSubmission(StagedSubmission staged, String period, int version, boolean current, String changes) {
	}

	/** The highest version stored so far for each 街道 and period of {@code submissions}. */
	private Map<String, Integer> latestVersions(List<StagedSubmission> submissions) {
		Map<String, Integer> latest = new HashMap<>();
		List<String> periods = submissions.stream().map(s -> s.period().key()).distinct().toList();
		List<String> streets = submissions.stream().map(StagedSubmission::street).distinct().toList();
		// the periods lead the version constraint's index; the 街道 too, or a night of 500 files (one 街道 and period
		// each) would read every 街道 of the period 500 times. A few hundred of each per statement, so the list of
		// parameters stays short: one statement for a night's file, one for a long export of 200 街道 and 125 months.
		for (int p = 0; p < periods.size(); p += 500) {
			for (int s = 0; s < streets.size(); s += 500) {
				jdbc.sql("""
						select street, period_key, max(version) from submission
						where period_key in (:periods) and street in (:streets)
						group by street, period_key""")
					.param("periods", periods.subList(p, Math.min(periods.size(), p + 500)))
					.param("streets", streets.subList(s, Math.min(streets.size(), s + 500)))
					.query((ResultSet rs) -> {
						latest.put(pairKey(rs.getString(1), rs.getString(2)), rs.getInt(3));
					});
			}
		}
		return latest;
	}

	private static String pairKey(String street, String period) {
		return street + "\n" + period;
	}

	/** Names the indicators whose actual value differs from the current version's. */
	private String describeChanges(long draftId, String street, String period) {
		Map<String, BigDecimal> before = new LinkedHashMap<>();
		jdbc.sql("""
				select v.indicator_code, v.actual_value from indicator_value v join submission s on s.id = v.submission_id
				where s.street = ? and s.period_key = ? and s.is_current = true and s.has_indicators = true""")
			.params(street, period)
			.query((ResultSet rs) -> {
				before.put(rs.getString(1), rs.getBigDecimal(2));
			});
		List<String> changed = new ArrayList<>();
		jdbc.sql("select indicator_code, actual_value from indicator_value where submission_id = ? order by source_row")
			.param(draftId)
			.query((ResultSet rs) -> {
				BigDecimal old = before.remove(rs.getString(1));
				BigDecimal now = rs.getBigDecimal(2);
				if (!sameNumber(old, now)) {
					changed.add(nameOf(rs.getString(1)) + "（" + shown(old) + "→" + shown(now) + "）");
				}
			});
		before.forEach((code, old) -> changed.add(nameOf(code) + "（" + shown(old) + "→未报）"));
		return changed.isEmpty() ? "数值无变化" : "变更指标：" + String.join("、", changed);
	}

	/** The name a clerk knows the indicator by; the code only when the catalog no longer has it. */
	private String nameOf(String code) {
		return catalog.byCode(code).map(Indicator::name).orElse(code);
	}

	private static String shown(BigDecimal value) {
		return value == null ? "空" : value.stripTrailingZeros().toPlainString();
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		if (a == null || b == null) {
			return Objects.equals(a, b);
		}
		return a.compareTo(b) == 0;
	}

	// ---------------------------------------------------------------- reading for consolidation

	/** Periods that files of {@code runDate} contributed to, oldest first. */
	public List<ReportingPeriod> periodsTouchedOn(LocalDate runDate) {
		return jdbc.sql("""
				select distinct s.period_key from submission s join input_file f on f.id = s.file_id
				where f.run_date = ? and s.period_key is not null order by s.period_key""")
			.param(runDate)
			.query(String.class)
			.list()
			.stream()
			.map(ReportingPeriod::ofKey)
			.toList();
	}

	/**
	 * The current submission of every 街道 of a period, with its values and projects. When the
	 * indicators and the projects came in two files (a CSV pair), both are current and merged here.
	 */
	public List<StoredSubmission> currentSubmissions(ReportingPeriod period) {
		Map<String, List<CurrentRow>> byStreet = new LinkedHashMap<>();
		jdbc.sql("""
				select s.*, f.file_name from submission s join input_file f on f.id = s.file_id
				where s.period_key = ? and s.is_current = true order by s.street, s.version""")
			.param(period.key())
			.query((ResultSet rs) -> {
				byStreet.computeIfAbsent(rs.getString("street"), k -> new ArrayList<>())
					.add(new CurrentRow(rs.getLong("id"), rs.getInt("version"), rs.getString("file_name"),
							rs.getTimestamp("received_at").toInstant().atZone(ZONE).toOffsetDateTime(),
							rs.getBoolean("has_indicators"), rs.getBoolean("has_projects"), rs.getInt("rows_read"),
							rs.getInt("rows_rejected"), rs.getInt("errors"), rs.getInt("warnings"), rs.getString("changes")));
			});
		// a few queries per period, not a few per 街道: a city has hundreds of them
		// the blocks themselves, expanded here as the view indicator_value would: a row per block, not one per value
		// through the view's join with a range (a backfill's publish step read a million values that way, a tenth of its CPU)
		Map<Long, List<IndicatorEntry>> values = new HashMap<>();
		jdbc.sql("select b.submission_id, " + IndicatorBlock.storedColumns("b") + """
				 from indicator_block b join submission s on s.id = b.submission_id
				where s.period_key = ? and s.is_current = true and s.has_indicators = true
				order by b.submission_id, b.id""")
			.param(period.key())
			.query((ResultSet rs) -> {
				values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).addAll(IndicatorBlock.read(rs, 2));
			});
		// in the order the view was read in: by row, then code
		values.values().forEach(entries -> entries.sort(BY_ROW_THEN_CODE));
		Map<Long, List<ProjectEntry>> projects = new HashMap<>();
		jdbc.sql("""
				select p.* from project p join submission s on s.id = p.submission_id
				where s.period_key = ? and s.is_current = true and s.has_projects = true order by p.submission_id, p.seq""")
			.param(period.key())
			.query((ResultSet rs) -> {
				projects.computeIfAbsent(rs.getLong("submission_id"), k -> new ArrayList<>()).add(projectEntry(rs));
			});
		Map<String, List<String>> superseded = new HashMap<>();
		jdbc.sql("""
				select s.street, f.file_name from submission s join input_file f on f.id = s.file_id
				where s.period_key = ? and s.is_current = false order by s.street, s.version""")
			.param(period.key())
			.query((ResultSet rs) -> {
				superseded.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		List<StoredSubmission> result = new ArrayList<>();
		for (Map.Entry<String, List<CurrentRow>> e : byStreet.entrySet()) {
			result.add(merge(e.getKey(), period, e.getValue(), values, projects,
					superseded.getOrDefault(e.getKey(), List.of())));
		}
		return result;
	}

	private StoredSubmission merge(String street, ReportingPeriod period, List<CurrentRow> rows,
			Map<Long, List<IndicatorEntry>> values, Map<Long, List<ProjectEntry>> projectsById, List<String> superseded) {
		CurrentRow last = rows.get(rows.size() - 1);
		List<IndicatorEntry> indicators = new ArrayList<>();
		List<ProjectEntry> projects = new ArrayList<>();
		List<String> files = new ArrayList<>();
		String changes = "";
		int read = 0;
		int rejected = 0;
		int errors = 0;
		int warnings = 0;
		for (CurrentRow r : rows) {
			if (r.hasIndicators()) {
				indicators.addAll(values.getOrDefault(r.id(), List.of()));
				changes = nz(r.changes());
			}
			if (r.hasProjects()) {
				projects.addAll(projectsById.getOrDefault(r.id(), List.of()));
			}
			files.add(r.fileName());
			read += r.rowsRead();
			rejected += r.rowsRejected();
			errors += r.errors();
			warnings += r.warnings();
		}
		return new StoredSubmission(last.id(), street, period, last.version(), String.join("、", files), last.receivedAt(),
				read, rejected, errors, warnings, superseded, changes, indicators, projects);
	}

	private record CurrentRow(long id, int version, String fileName, OffsetDateTime receivedAt, boolean hasIndicators,
			boolean hasProjects, int rowsRead, int rowsRejected, int errors, int warnings, String changes) {
	}

	private static final Comparator<IndicatorEntry> BY_ROW_THEN_CODE = Comparator.comparingInt(IndicatorEntry::sourceRow)
		.thenComparing(IndicatorEntry::indicatorCode);

	private static ProjectEntry projectEntry(ResultSet rs) throws SQLException {
		return new ProjectEntry(rs.getString("name"), nz(rs.getString("project_type")),
				StoredValues.read(rs, "total_investment", "total_scale"), StoredValues.read(rs, "annual_plan", "plan_scale"),
				StoredValues.read(rs, "cumulative", "cumulative_scale"), nz(rs.getString("status")),
				nz(rs.getString("planned_completion")), nz(rs.getString("remark")), rs.getString("sheet_name"),
				rs.getInt("source_row"));
	}

	/**
	 * A file not read again later: a rejected file dropped again unchanged is read again ({@link #register}), and
	 * then that reading speaks for it. A copy rejected with it unread ({@link #save}: it keeps {@code duplicate_of})
	 * does not.
	 */
	private static final String NOT_READ_AGAIN = " not exists (select 1 from input_file later where later.sha256 = i.sha256"
			+ " and later.id > i.id and later.status <> 'DUPLICATE' and later.duplicate_of is null) ";

	/**
	 * Which findings a period shows: those of files attributed to it, and those of the night's files attributed to
	 * none; of a file read again, those of its last reading.
	 */
	private static final String FINDINGS_OF_PERIOD = """
			from finding f join input_file i on i.id = f.file_id
			where (f.period_key = ?
			   or (f.period_key is null and (i.run_date = ? or exists (
			        select 1 from submission s where s.file_id = i.id and s.period_key = ?))))
			  and """ + NOT_READ_AGAIN;

	/**
	 * Findings to show for a period, in file then row order, at most {@code limit}: those of files
	 * attributed to it, and those of files of {@code runDate} that could not be attributed to any
	 * period.
	 */
	public List<Finding> findingsFor(ReportingPeriod period, LocalDate runDate, int limit) {
		return jdbc.sql("select f.*, i.file_name " + FINDINGS_OF_PERIOD + " order by i.id, f.id fetch first ? rows only")
			.params(period.key(), runDate, period.key(), limit)
			.query((rs, n) -> finding(rs))
			.list();
	}

	/** How many findings {@link #findingsFor} has for the period, without a limit. */
	public int countFindingsFor(ReportingPeriod period, LocalDate runDate) {
		return jdbc.sql("select count(*) " + FINDINGS_OF_PERIOD)
			.params(period.key(), runDate, period.key())
			.query(Integer.class)
			.single();
	}

	/**
	 * Rejected files of a period by the roster 街道 they were attributed to (by content or name), oldest first; a
	 * file read again, once, as its last reading has it.
	 */
	public Map<String, List<String>> rejectedFilesFor(ReportingPeriod period) {
		Map<String, List<String>> byStreet = new LinkedHashMap<>();
		jdbc.sql("""
				select street, file_name from input_file i
				where status = 'REJECTED' and period_key = ? and street is not null and """ + NOT_READ_AGAIN + " order by id")
			.param(period.key())
			.query((ResultSet rs) -> {
				byStreet.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return byStreet;
	}

	/** Counts of this night's files by status, for the run report. */
	public Map<FileStatus, Integer> countByStatus(LocalDate runDate) {
		Map<FileStatus, Integer> counts = new LinkedHashMap<>();
		for (FileStatus s : FileStatus.values()) {
			counts.put(s, 0);
		}
		jdbc.sql("select status, count(*) from input_file where run_date = ? group by status")
			.param(runDate)
			.query((ResultSet rs) -> {
				counts.put(FileStatus.valueOf(rs.getString(1)), rs.getInt(2));
			});
		return counts;
	}

	/**
	 * The files whose submissions a file of {@code runDate} superseded (a resubmission for the
	 * same 街道 and period made them history), for the run report.
	 */
	public List<String> supersededOn(LocalDate runDate) {
		return jdbc.sql("""
				select distinct f.file_name, f.id from submission old join input_file f on f.id = old.file_id
				where old.is_current = false and exists (
				    select 1 from submission s join input_file nf on nf.id = s.file_id
				    where nf.run_date = ? and s.street = old.street and s.period_key = old.period_key
				      and s.version > old.version and s.is_current = true)
				order by f.id""")
			.param(runDate)
			.query((rs, n) -> rs.getString(1))
			.list();
	}

	/** Rows read and rows rejected by the files of {@code runDate}. */
	public int[] rowCounts(LocalDate runDate) {
		return jdbc.sql("select coalesce(sum(rows_read), 0), coalesce(sum(rows_rejected), 0) from input_file where run_date = ?")
			.param(runDate)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
	}

	/** Files of {@code runDate} with their status, for the run report and error workbooks. */
	public List<InputFile> filesOn(LocalDate runDate, Path inputDir) {
		return jdbc.sql("select * from input_file where run_date = ? order by id")
			.param(runDate)
			.query((rs, n) -> file(rs, rs.getString("final_path") != null ? FileNames.parse(rs.getString("final_path"))
					: inputPath(inputDir, rs)))
			.list();
	}

	private static Finding finding(ResultSet rs) throws SQLException {
		Integer row = rs.getObject("row_number") == null ? null : rs.getInt("row_number");
		return new Finding(rs.getString("file_name"), rs.getString("sheet_name"), row, rs.getString("column_letter"),
				rs.getString("field_name"), rs.getString("raw_value"), rs.getString("code"),
				Severity.valueOf(rs.getString("severity")), rs.getString("message"));
	}

	/**
	 * Where a registered file is in the input folder: by the bytes of its name where they are not the UTF-8 of the
	 * name stored (raw_name, V16), so a GBK name, or any name under an ASCII name encoding, is found again.
	 */
	static Path inputPath(Path inputDir, ResultSet rs) throws SQLException {
		return FileNames.resolveStored(inputDir, rs.getString("file_name"), rs.getString("raw_name"));
	}

	static InputFile file(ResultSet rs, Path path) throws SQLException {
		return new InputFile(rs.getLong("id"), rs.getString("file_name"), path, rs.getString("sha256"),
				rs.getLong("size_bytes"), rs.getTimestamp("discovered_at").toInstant().atZone(ZONE).toOffsetDateTime(),
				rs.getObject("run_date", LocalDate.class), FileStatus.valueOf(rs.getString("status")));
	}

	private static String truncate(String s, int max) {
		return JdbcStagingArea.truncate(s, max);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
