package cn.gov.district.consolidation.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ProjectEntry;
import cn.gov.district.consolidation.validate.StagingArea;
import cn.gov.district.consolidation.validate.StagingBatch;

/**
 * Stages the rows and findings of the file being read, under provisional submissions (street,
 * period and version null) that {@link JdbcSubmissionStore#save} finalizes or discards: JDBC batch
 * inserts, and on PostgreSQL the rows by COPY. Every call commits on its own (a new transaction):
 * a file of a million rows must not become one transaction that the embedded database holds in
 * memory, and provisional rows are invisible to everything else until the decision, and reset
 * when the file is read again.
 * Thread-safe (state lives in the database).
 */
@Repository
public class JdbcStagingArea implements StagingArea {

	/** NUMERIC(38,12): values are stored with at most this many decimals. */
	private static final int MAX_SCALE = 12;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	public JdbcStagingArea(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void reset(InputFile file) {
		ownTransaction.executeWithoutResult(status -> discard(file));
	}

	private void discard(InputFile file) {
		jdbc.update("delete from indicator_value where submission_id in (select id from submission where file_id = ?)", file.id());
		jdbc.update("delete from project where submission_id in (select id from submission where file_id = ?)", file.id());
		jdbc.update("delete from submission where file_id = ?", file.id());
		jdbc.update("delete from finding where file_id = ?", file.id());
	}

	@Override
	public void stage(InputFile file, List<StagingBatch.Part> parts) {
		ownTransaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) con -> {
			createSubmissions(con, file, parts);
			if (PostgresCopy.supported(con)) {
				copyIndicators(con, parts);
				copyProjects(con, parts);
			}
			else {
				insertIndicators(con, parts);
				insertProjects(con, parts);
			}
			insertFindings(con, file, parts);
			return null;
		}));
	}

	/** Creates the provisional submissions of {@code parts} not yet created, in one batch. */
	private static void createSubmissions(Connection con, InputFile file, List<StagingBatch.Part> parts) throws SQLException {
		List<StagingBatch.Provisional> missing = new ArrayList<>();
		for (StagingBatch.Part p : parts) {
			if (p.submission() != null && !p.submission().created() && !missing.contains(p.submission())) {
				missing.add(p.submission());
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		try (PreparedStatement ps = con.prepareStatement("insert into submission (file_id) values (?)", new String[] { "id" })) {
			for (int i = 0; i < missing.size(); i++) {
				ps.setLong(1, file.id());
				ps.addBatch();
			}
			ps.executeBatch();
			long[] ids = new long[missing.size()];
			int n = 0;
			try (ResultSet keys = ps.getGeneratedKeys()) {
				while (keys.next()) {
					if (n == ids.length) {
						throw new SQLException("more generated keys than submissions inserted");
					}
					ids[n++] = keys.getLong(1);
				}
			}
			if (n != ids.length) {
				throw new SQLException(n + " generated keys for " + ids.length + " submissions inserted");
			}
			// ids are handed out only once the statement succeeded, so a failed call leaves none half-created
			for (int i = 0; i < ids.length; i++) {
				missing.get(i).created(ids[i]);
			}
		}
	}

	private static void insertIndicators(Connection con, List<StagingBatch.Part> parts) throws SQLException {
		if (parts.stream().allMatch(p -> p.indicators().isEmpty())) {
			return;
		}
		try (PreparedStatement ps = con.prepareStatement("""
				insert into indicator_value (submission_id, indicator_code,
				target_value, target_scale, target_status, target_raw,
				actual_value, actual_scale, actual_status, actual_raw,
				growth_value, growth_scale, growth_status, growth_raw,
				remark, sheet_name, source_row) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (StagingBatch.Part p : parts) {
				for (IndicatorEntry e : p.indicators()) {
					ps.setLong(1, p.submission().id());
					ps.setString(2, e.indicatorCode());
					setMeasure(ps, 3, e.target());
					setMeasure(ps, 7, e.actual());
					setMeasure(ps, 11, e.growth());
					ps.setString(15, truncate(e.remark(), 2000));
					ps.setString(16, e.sheet());
					ps.setInt(17, e.sourceRow());
					ps.addBatch();
				}
			}
			ps.executeBatch();
		}
	}

	private static final List<String> INDICATOR_COLUMNS = List.of("submission_id", "indicator_code", "target_value",
			"target_scale", "target_status", "target_raw", "actual_value", "actual_scale", "actual_status", "actual_raw",
			"growth_value", "growth_scale", "growth_status", "growth_raw", "remark", "sheet_name", "source_row");

	/** The same rows as {@link #insertIndicators}, loaded with PostgreSQL's COPY. */
	private static void copyIndicators(Connection con, List<StagingBatch.Part> parts) throws SQLException {
		PostgresCopy copy = new PostgresCopy("indicator_value", INDICATOR_COLUMNS);
		for (StagingBatch.Part p : parts) {
			for (IndicatorEntry e : p.indicators()) {
				copy.row().integer(p.submission().id()).text(e.indicatorCode());
				copyMeasure(copy, e.target());
				copyMeasure(copy, e.actual());
				copyMeasure(copy, e.growth());
				copy.text(truncate(e.remark(), 2000)).text(e.sheet()).integer(e.sourceRow());
			}
		}
		copy.send(con);
	}

	private static void copyMeasure(PostgresCopy copy, Measure m) {
		BigDecimal v = storable(m.value());
		copy.number(v).integer(StoredValues.scaleOf(v)).text(m.status().name()).text(truncate(StoredValues.rawToStore(m, v), 400));
	}

	private static final List<String> PROJECT_COLUMNS = List.of("submission_id", "seq", "name", "project_type",
			"total_investment", "total_scale", "annual_plan", "plan_scale", "cumulative", "cumulative_scale", "status",
			"planned_completion", "remark", "sheet_name", "source_row");

	/** The same rows as {@link #insertProjects}, loaded with PostgreSQL's COPY. */
	private static void copyProjects(Connection con, List<StagingBatch.Part> parts) throws SQLException {
		PostgresCopy copy = new PostgresCopy("project", PROJECT_COLUMNS);
		for (StagingBatch.Part part : parts) {
			int seq = part.firstProjectSeq();
			for (ProjectEntry p : part.projects()) {
				copy.row().integer(part.submission().id()).integer(seq++).text(truncate(p.name(), 500)).text(p.type());
				for (BigDecimal amount : new BigDecimal[] { p.totalInvestment(), p.annualPlan(), p.cumulative() }) {
					BigDecimal v = storable(amount);
					copy.number(v).integer(StoredValues.scaleOf(v));
				}
				copy.text(truncate(p.status(), 50))
					.text(truncate(p.plannedCompletion(), 50))
					.text(truncate(p.remark(), 2000))
					.text(p.sheet())
					.integer(p.sourceRow());
			}
		}
		copy.send(con);
	}

	/** Value, scale, status and raw text of one measure, from parameter {@code at} on. */
	private static void setMeasure(PreparedStatement ps, int at, Measure m) throws SQLException {
		BigDecimal v = storable(m.value());
		ps.setBigDecimal(at, v);
		setInteger(ps, at + 1, StoredValues.scaleOf(v));
		ps.setString(at + 2, m.status().name());
		ps.setString(at + 3, truncate(StoredValues.rawToStore(m, v), 400));
	}

	private static void setInteger(PreparedStatement ps, int at, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(at, Types.INTEGER);
		}
		else {
			ps.setInt(at, value);
		}
	}

	private static void insertProjects(Connection con, List<StagingBatch.Part> parts) throws SQLException {
		if (parts.stream().allMatch(p -> p.projects().isEmpty())) {
			return;
		}
		try (PreparedStatement ps = con.prepareStatement("""
				insert into project (submission_id, seq, name, project_type, total_investment, total_scale, annual_plan,
				plan_scale, cumulative, cumulative_scale, status, planned_completion, remark, sheet_name, source_row)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (StagingBatch.Part part : parts) {
				int seq = part.firstProjectSeq();
				for (ProjectEntry p : part.projects()) {
					ps.setLong(1, part.submission().id());
					ps.setInt(2, seq++);
					ps.setString(3, truncate(p.name(), 500));
					ps.setString(4, p.type());
					setAmount(ps, 5, p.totalInvestment());
					setAmount(ps, 7, p.annualPlan());
					setAmount(ps, 9, p.cumulative());
					ps.setString(11, truncate(p.status(), 50));
					ps.setString(12, truncate(p.plannedCompletion(), 50));
					ps.setString(13, truncate(p.remark(), 2000));
					ps.setString(14, p.sheet());
					ps.setInt(15, p.sourceRow());
					ps.addBatch();
				}
			}
			ps.executeBatch();
		}
	}

	private static void setAmount(PreparedStatement ps, int at, BigDecimal amount) throws SQLException {
		BigDecimal v = storable(amount);
		ps.setBigDecimal(at, v);
		setInteger(ps, at + 1, StoredValues.scaleOf(v));
	}

	private static void insertFindings(Connection con, InputFile file, List<StagingBatch.Part> parts) throws SQLException {
		if (parts.stream().allMatch(p -> p.findings().isEmpty())) {
			return;
		}
		try (PreparedStatement ps = con.prepareStatement("""
				insert into finding (file_id, submission_id, sheet_name, row_number, column_letter, field_name, raw_value,
				code, severity, message) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (StagingBatch.Part part : parts) {
				for (Finding f : part.findings()) {
					ps.setLong(1, file.id());
					if (part.submission() == null) {
						ps.setNull(2, Types.BIGINT);
					}
					else {
						ps.setLong(2, part.submission().id());
					}
					ps.setString(3, truncate(f.sheet(), 200));
					setInteger(ps, 4, f.row());
					ps.setString(5, f.column());
					ps.setString(6, truncate(f.field(), 100));
					ps.setString(7, truncate(f.rawValue(), 400));
					ps.setString(8, f.code());
					ps.setString(9, f.severity().name());
					ps.setString(10, truncate(f.message(), 2000));
					ps.addBatch();
				}
			}
			ps.executeBatch();
		}
	}

	@Override
	public void dropIndicator(long draftId, String indicatorCode) {
		ownTransaction.executeWithoutResult(status -> jdbc
			.update("delete from indicator_value where submission_id = ? and indicator_code = ?", draftId, indicatorCode));
	}

	static BigDecimal storable(BigDecimal v) {
		if (v == null) {
			return null;
		}
		return v.scale() > MAX_SCALE ? v.setScale(MAX_SCALE, RoundingMode.HALF_UP) : v;
	}

	static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

}
