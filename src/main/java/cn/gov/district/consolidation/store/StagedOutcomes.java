package cn.gov.district.consolidation.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonFormat;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.validate.FileOutcome;
import cn.gov.district.consolidation.validate.StagedSubmission;

/**
 * The outcomes of files read and not yet decided (table {@code staged_outcome}, migration V10):
 * a partition of the ingest step reads one file, stages its rows and keeps its outcome here; the
 * decide step takes the outcomes in discovery order and finalizes them
 * ({@link JdbcSubmissionStore#save}, which deletes the row in the same transaction). So the order
 * of the decisions never depends on which partition finished first, and a run that stops between
 * reading and deciding does not read the file again once its partition has committed. Thread-safe (state lives in the database).
 */
@Repository
public class StagedOutcomes {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Submission>> SUBMISSIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	public StagedOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One provisional submission as versions before V20 kept it: a JSON array per submission, no field names. */
	@JsonFormat(shape = JsonFormat.Shape.ARRAY)
	record Submission(long draftId, String street, String period, String reporter, String phone, int rowsRead,
			int rowsRejected, int errors, int warnings, boolean hasIndicators, boolean hasProjects) {

		StagedSubmission staged() {
			return new StagedSubmission(draftId, street, ReportingPeriod.ofKey(period), reporter, phone, rowsRead,
					rowsRejected, errors, warnings, hasIndicators, hasProjects);
		}
	}

	/** Keeps the outcome of reading {@code outcome.file()}, replacing one kept before. */
	@Transactional
	public void keep(FileOutcome outcome) {
		long fileId = outcome.file().id();
		byte[] submissions = SubmissionList.pack(outcome.submissions());
		jdbc.sql("delete from staged_outcome where file_id = ?").param(fileId).update();
		jdbc.sql("""
				insert into staged_outcome (file_id, decision, reason, rows_read, rows_rejected, errors, warnings, street,
				    period_key, submission_list) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(fileId, outcome.decision().name(), JdbcStagingArea.truncate(outcome.reason(), 4000), outcome.rowsRead(),
					outcome.rowsRejected(), outcome.errors(), outcome.warnings(), outcome.street(),
					outcome.period() == null ? null : outcome.period().key(), submissions)
			.update();
	}

	private static RowMapper<InputFile> files(Path inputDir) {
		return (rs, n) -> JdbcSubmissionStore.file(rs, JdbcSubmissionStore.inputPath(inputDir, rs));
	}

	/** Files registered and not yet read (no outcome kept), oldest first. */
	public List<InputFile> unread(Path inputDir) {
		return jdbc.sql("""
				select * from input_file f where f.status = 'DISCOVERED'
				and not exists (select 1 from staged_outcome o where o.file_id = f.id) order by f.discovered_at, f.id""")
			.query(files(inputDir))
			.list();
	}

	/** The file {@code fileId} if it is still registered and unread; empty once it was read or decided. */
	public Optional<InputFile> unreadFile(long fileId, Path inputDir) {
		return jdbc.sql("""
				select * from input_file f where f.id = ? and f.status = 'DISCOVERED'
				and not exists (select 1 from staged_outcome o where o.file_id = f.id)""")
			.param(fileId)
			.query(files(inputDir))
			.optional();
	}

	/** Files read and waiting for their decision, in discovery order (the order they are decided in). */
	public List<InputFile> waiting(Path inputDir) {
		return jdbc.sql("""
				select f.* from input_file f join staged_outcome o on o.file_id = f.id
				where f.status = 'DISCOVERED' order by f.discovered_at, f.id""")
			.query(files(inputDir))
			.list();
	}

	/**
	 * The submissions of the outcome in the current row: packed ({@link SubmissionList}), or as the
	 * JSON text an earlier version kept (an outcome kept before an upgrade and decided after it).
	 */
	private static List<StagedSubmission> submissions(ResultSet rs) throws SQLException {
		byte[] packed = rs.getBytes("submission_list");
		if (packed != null) {
			return SubmissionList.unpack(packed);
		}
		return JSON.readValue(rs.getString("submissions"), SUBMISSIONS).stream().map(Submission::staged).toList();
	}

	/** The outcome kept for {@code file}, if any. */
	public Optional<FileOutcome> of(InputFile file) {
		return jdbc.sql("select * from staged_outcome where file_id = ?")
			.param(file.id())
			.query((rs, n) -> {
				String period = rs.getString("period_key");
				return new FileOutcome(file, FileStatus.valueOf(rs.getString("decision")), rs.getString("reason"),
						submissions(rs),
						rs.getInt("rows_read"), rs.getInt("rows_rejected"), rs.getInt("errors"), rs.getInt("warnings"),
						rs.getString("street"), period == null ? null : ReportingPeriod.ofKey(period));
			})
			.optional();
	}
}
