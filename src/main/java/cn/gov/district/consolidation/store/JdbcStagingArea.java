package cn.gov.district.consolidation.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
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

/**
 * Stages the rows and findings of the file being read with JDBC batch inserts, under provisional
 * submissions (street, period and version null) that {@link JdbcSubmissionStore#save} finalizes
 * or discards. Every call commits on its own (a new transaction): a file of a million rows must
 * not become one transaction that the embedded database holds in memory, and provisional rows are
 * invisible to everything else until the decision, and reset when the file is read again.
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
	public long begin(InputFile file) {
		return ownTransaction.execute(status -> insertSubmission(file));
	}

	private long insertSubmission(InputFile file) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement("insert into submission (file_id) values (?)", new String[] { "id" });
			ps.setLong(1, file.id());
			return ps;
		}, key);
		return key.getKey().longValue();
	}

	@Override
	public void indicators(long draftId, List<IndicatorEntry> entries) {
		ownTransaction.executeWithoutResult(status -> insertIndicators(draftId, entries));
	}

	private void insertIndicators(long draftId, List<IndicatorEntry> entries) {
		List<Object[]> batch = new ArrayList<>(entries.size());
		for (IndicatorEntry e : entries) {
			List<Object> row = new ArrayList<>(17);
			row.add(draftId);
			row.add(e.indicatorCode());
			for (Measure m : List.of(e.target(), e.actual(), e.growth())) {
				BigDecimal v = storable(m.value());
				row.add(v);
				row.add(StoredValues.scaleOf(v));
				row.add(m.status().name());
				row.add(truncate(StoredValues.rawToStore(m, v), 400));
			}
			row.add(truncate(e.remark(), 2000));
			row.add(e.sheet());
			row.add(e.sourceRow());
			batch.add(row.toArray());
		}
		jdbc.batchUpdate("""
				insert into indicator_value (submission_id, indicator_code,
				target_value, target_scale, target_status, target_raw,
				actual_value, actual_scale, actual_status, actual_raw,
				growth_value, growth_scale, growth_status, growth_raw,
				remark, sheet_name, source_row) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
	}

	@Override
	public void projects(long draftId, int firstSeq, List<ProjectEntry> projects) {
		ownTransaction.executeWithoutResult(status -> insertProjects(draftId, firstSeq, projects));
	}

	private void insertProjects(long draftId, int firstSeq, List<ProjectEntry> projects) {
		List<Object[]> batch = new ArrayList<>(projects.size());
		int seq = firstSeq;
		for (ProjectEntry p : projects) {
			BigDecimal total = storable(p.totalInvestment());
			BigDecimal plan = storable(p.annualPlan());
			BigDecimal cumulative = storable(p.cumulative());
			batch.add(new Object[] { draftId, seq++, truncate(p.name(), 500), p.type(), total, StoredValues.scaleOf(total),
					plan, StoredValues.scaleOf(plan), cumulative, StoredValues.scaleOf(cumulative), truncate(p.status(), 50),
					truncate(p.plannedCompletion(), 50), truncate(p.remark(), 2000), p.sheet(), p.sourceRow() });
		}
		jdbc.batchUpdate("""
				insert into project (submission_id, seq, name, project_type, total_investment, total_scale, annual_plan,
				plan_scale, cumulative, cumulative_scale, status, planned_completion, remark, sheet_name, source_row)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
	}

	@Override
	public void dropIndicator(long draftId, String indicatorCode) {
		ownTransaction.executeWithoutResult(status -> jdbc
			.update("delete from indicator_value where submission_id = ? and indicator_code = ?", draftId, indicatorCode));
	}

	@Override
	public void findings(InputFile file, Long draftId, List<Finding> findings) {
		if (!findings.isEmpty()) {
			ownTransaction.executeWithoutResult(status -> insertFindings(file, draftId, findings));
		}
	}

	private void insertFindings(InputFile file, Long draftId, List<Finding> findings) {
		List<Object[]> batch = new ArrayList<>(findings.size());
		for (Finding f : findings) {
			batch.add(new Object[] { file.id(), draftId, truncate(f.sheet(), 200), f.row(), f.column(), truncate(f.field(), 100),
					truncate(f.rawValue(), 400), f.code(), f.severity().name(), truncate(f.message(), 2000) });
		}
		jdbc.batchUpdate("""
				insert into finding (file_id, submission_id, sheet_name, row_number, column_letter, field_name, raw_value,
				code, severity, message) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
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
