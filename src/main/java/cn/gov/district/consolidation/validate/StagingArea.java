package cn.gov.district.consolidation.validate;

import java.util.List;

import cn.gov.district.consolidation.domain.InputFile;

/**
 * Where the accepted rows and the findings of a file go while the file is being read, so that
 * memory does not grow with the file: rows are staged under provisional submissions that the
 * file's decision later finalizes or discards. Implemented by the store; the staging of one file
 * is used by one thread.
 */
public interface StagingArea {

	/** Discards whatever an interrupted earlier attempt staged for {@code file}. */
	void reset(InputFile file);

	/**
	 * Stages, all at once, what several provisional submissions of {@code file} gathered: creates
	 * the submissions not yet created (giving them their ids) and stores their rows and findings.
	 * One call is one unit of work: it is stored whole or not at all.
	 */
	void stage(InputFile file, List<StagingBatch.Part> parts);

	/**
	 * Waits until everything handed to {@link #stage} so far is stored (and the submissions it
	 * created have their ids). Nothing to wait for where staging is synchronous.
	 */
	default void awaitStaged() {
	}

	/** Takes back a staged indicator row that a cross-row check rejected. */
	void dropIndicator(long draftId, String indicatorCode);
}
