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
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.ProjectEntry;
import cn.gov.district.consolidation.validate.StagingArea;
import cn.gov.district.consolidation.validate.StagingBatch;

/**
 * Stages the rows and findings of the file being read, under provisional submissions (rows of
 * {@code submission_draft}) that {@link JdbcSubmissionStore#save} finalizes or discards: JDBC batch
 * inserts, and on PostgreSQL COPY. Every call commits on its own (a new transaction):
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

	/**
	 * Clears what an earlier reading of {@code file} staged. Most files are read once and have
	 * nothing staged: one query finds that out, where the five deletes and their commit were five
	 * round trips and a transaction for each of a night's 500 files on PostgreSQL. Every row
	 * {@link #discard} deletes hangs off a draft, a finding or a kept outcome of the file, so
	 * where there is none of these there is nothing to clear.
	 */
	@Override
	public void reset(InputFile file) {
		if (anythingStaged(file)) {
			ownTransaction.executeWithoutResult(status -> discard(file));
		}
	}

	private boolean anythingStaged(InputFile file) {
		long id = file.id();
		return Boolean.TRUE.equals(jdbc.queryForObject("""
				select exists (select 1 from submission_draft where file_id = ?)
				    or exists (select 1 from finding where file_id = ?)
				    or exists (select 1 from staged_outcome where file_id = ?)""", Boolean.class, id, id, id));
	}

	private void discard(InputFile file) {
		jdbc.update("delete from staged_outcome where file_id = ?", file.id());
		jdbc.update("delete from indicator_block where submission_id in (select id from submission_draft where file_id = ?)", file.id());
		jdbc.update("delete from project where submission_id in (select id from submission_draft where file_id = ?)", file.id());
		jdbc.update("delete from submission_draft where file_id = ?", file.id());
		jdbc.update("delete from finding where file_id = ?", file.id());
	}

	@Override
	public void stage(InputFile file, List<StagingBatch.Part> parts) {
		ownTransaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) con -> {
			boolean copy = PostgresCopy.supported(con);
			createSubmissions(con, copy, file, parts);
			// a block per submission, a few hundred per batch
			stageRows(con, copy, INDICATOR_BLOCKS, rows -> addIndicatorBlocks(con, rows, parts));
			stageRows(con, copy, PROJECTS, rows -> addProjects(rows, parts));
			stageRows(con, copy, FINDINGS, rows -> addFindings(rows, file, parts));
			return null;
		}));
	}

	/** Adds rows to a {@link StagedRows}. */
	@FunctionalInterface
	private interface RowSource {

		void addTo(StagedRows rows) throws SQLException;
	}

	/** Sends the rows {@code source} gives to {@code table}: by COPY if {@code copy}, else as one JDBC batch. */
	private static void stageRows(Connection con, boolean copy, StagedRows.Table table, RowSource source)
			throws SQLException {
		StagedRows rows = copy ? new PostgresCopy(con, table) : new BatchRows(con, table);
		source.addTo(rows);
		rows.send();
	}

	/**
	 * Creates the provisional submissions of {@code parts} not yet created, in one statement (a JDBC
	 * batch that returns generated keys is not rewritten into multi-row inserts on PostgreSQL: one
	 * round trip per draft, 25,000 for a long export; H2 executes it row by row). Which new id goes
	 * to which draft does not matter: they are fresh keys.
	 */
	private static void createSubmissions(Connection con, boolean postgres, InputFile file, List<StagingBatch.Part> parts)
			throws SQLException {
		List<StagingBatch.Provisional> missing = new ArrayList<>();
		for (StagingBatch.Part p : parts) {
			if (p.submission() != null && !p.submission().created() && !missing.contains(p.submission())) {
				missing.add(p.submission());
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		// H2 gives the new rows' ids from its data change delta table: it ran a batch asking for generated
		// keys row by row (a long export's 25,000 drafts: 0.17 s of the storing thread's CPU, 0.13 s so)
		String insert = postgres ? "insert into submission_draft (file_id) select ? from generate_series(1, ?) returning id"
				: "select id from final table (insert into submission_draft (file_id) select ? from system_range(1, ?))";
		try (PreparedStatement ps = con.prepareStatement(insert)) {
			ps.setLong(1, file.id());
			ps.setInt(2, missing.size());
			try (ResultSet ids = ps.executeQuery()) {
				handOut(ids, missing);
			}
		}
	}

	/**
	 * Gives each of {@code missing} one of the new draft ids in {@code ids}, once all of them are
	 * read: a failed call leaves none half-created.
	 */
	private static void handOut(ResultSet ids, List<StagingBatch.Provisional> missing) throws SQLException {
		long[] read = new long[missing.size()];
		int n = 0;
		while (ids.next()) {
			if (n == read.length) {
				throw new SQLException("more drafts inserted than asked for");
			}
			read[n++] = ids.getLong(1);
		}
		if (n != read.length) {
			throw new SQLException(n + " drafts inserted for " + read.length + " asked for");
		}
		for (int i = 0; i < read.length; i++) {
			missing.get(i).created(read[i]);
		}
	}

	/** One row per submission and batch, one array per column, sparse: see migrations V5 and V8; on H2 the dense columns packed (V18, {@link PackedBlock}). */
	static final StagedRows.Table INDICATOR_BLOCKS = new StagedRows.Table("indicator_block",
			List.of("submission_id", "indicator_code", "target_value", "target_scale", "target_status", "target_raw",
					"actual_value", "actual_scale", "actual_status", "actual_raw", "growth_value", "growth_scale",
					"growth_status", "growth_raw", "remark", "sheet_name", "source_row", "sheet", "first_row", "packed"),
			new int[] { Types.BIGINT, Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.ARRAY,
					Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.ARRAY,
					Types.ARRAY, Types.ARRAY, Types.VARCHAR, Types.INTEGER, Types.VARBINARY });

	static final StagedRows.Table PROJECTS = new StagedRows.Table("project",
			List.of("submission_id", "seq", "name", "project_type", "total_investment", "total_scale", "annual_plan",
					"plan_scale", "cumulative", "cumulative_scale", "status", "planned_completion", "remark", "sheet_name",
					"source_row"),
			new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.INTEGER,
					Types.NUMERIC, Types.INTEGER, Types.NUMERIC, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
					Types.VARCHAR, Types.INTEGER });

	static final StagedRows.Table FINDINGS = new StagedRows.Table("finding",
			List.of("file_id", "submission_id", "sheet_name", "row_number", "column_letter", "field_name", "raw_value",
					"code", "severity", "message"),
			new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
					Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR });

	/** Adds the blocks of {@code parts}. */
	private static void addIndicatorBlocks(Connection con, StagedRows rows, List<StagingBatch.Part> parts)
			throws SQLException {
		// COPY takes the arrays as literals; a batch of inserts the database's own encoding
		IndicatorBlock.Encoding encoding = rows instanceof PostgresCopy ? IndicatorBlock.Encoding.COPY
				: IndicatorBlock.Encoding.of(con);
		for (StagingBatch.Part p : parts) {
			if (!p.indicators().isEmpty()) {
				rows.add(IndicatorBlock.of(p.indicators()).row(encoding, p.submission().id()));
			}
		}
	}

	private static void addProjects(StagedRows rows, List<StagingBatch.Part> parts) throws SQLException {
		for (StagingBatch.Part part : parts) {
			int seq = part.firstProjectSeq();
			for (ProjectEntry p : part.projects()) {
				BigDecimal total = storable(p.totalInvestment());
				BigDecimal plan = storable(p.annualPlan());
				BigDecimal cumulative = storable(p.cumulative());
				rows.add(part.submission().id(), seq++, truncate(p.name(), 500), truncate(p.type(), 50),
						total, StoredValues.scaleOf(total), plan, StoredValues.scaleOf(plan),
						cumulative, StoredValues.scaleOf(cumulative), truncate(p.status(), 50),
						truncate(p.plannedCompletion(), 50), truncate(p.remark(), 2000), truncate(p.sheet(), 200), p.sourceRow());
			}
		}
	}

	private static void addFindings(StagedRows rows, InputFile file, List<StagingBatch.Part> parts) throws SQLException {
		for (StagingBatch.Part part : parts) {
			Long submission = part.submission() == null ? null : part.submission().id();
			for (Finding f : part.findings()) {
				rows.add(file.id(), submission, truncate(f.sheet(), 200), f.row(), f.column(), truncate(f.field(), 100),
						truncate(f.rawValue(), 400), f.code(), f.severity().name(), truncate(f.message(), 2000));
			}
		}
	}

	@Override
	public void dropIndicator(long draftId, String indicatorCode) {
		ownTransaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) con -> {
			IndicatorBlock.drop(con, draftId, indicatorCode);
			return null;
		}));
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
