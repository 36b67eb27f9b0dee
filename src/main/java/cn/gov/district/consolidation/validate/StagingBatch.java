package cn.gov.district.consolidation.validate;

import java.util.List;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.ProjectEntry;

/** The types of one {@link StagingArea#stage} call. */
public final class StagingBatch {

	private StagingBatch() {
	}

	/**
	 * A provisional submission: created by the staging area the first time rows or findings are
	 * staged for it, which gives it its id. Created by the thread that stores its first batch, read
	 * by the file's reading thread after {@link StagingArea#awaitStaged()}.
	 */
	public static final class Provisional {

		/** Set by the thread that stores the batch, read by the reading thread once it is stored. */
		private volatile long id;

		/** Whether the staging area created it already. */
		public boolean created() {
			return id != 0;
		}

		/** Its id; only once {@link #created()}. */
		public long id() {
			if (id == 0) {
				throw new IllegalStateException("provisional submission not created yet");
			}
			return id;
		}

		/** Called by the staging area when it created the submission. */
		public void created(long assigned) {
			if (assigned <= 0 || id != 0) {
				throw new IllegalStateException("provisional submission id " + id + " -> " + assigned);
			}
			this.id = assigned;
		}
	}

	/**
	 * What one provisional submission (or, with {@code submission} null, the file itself) adds.
	 *
	 * @param submission the provisional submission, or {@code null} for findings nobody speaks for
	 * @param indicators accepted indicator rows
	 * @param firstProjectSeq the sequence number of the first of {@code projects} (1-based within
	 *     the submission)
	 * @param projects accepted project rows
	 * @param findings findings
	 */
	public record Part(Provisional submission, List<IndicatorEntry> indicators, int firstProjectSeq,
			List<ProjectEntry> projects, List<Finding> findings) {

		public Part {
			if (submission == null && (!indicators.isEmpty() || !projects.isEmpty())) {
				throw new IllegalArgumentException("rows need a submission");
			}
		}

		/** Findings about the file as a whole. */
		public static Part ofFile(List<Finding> findings) {
			return new Part(null, List.of(), 1, List.of(), List.copyOf(findings));
		}
	}
}
