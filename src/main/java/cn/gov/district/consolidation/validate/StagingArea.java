package cn.gov.district.consolidation.validate;

import java.util.List;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.ProjectEntry;

/**
 * Where the accepted rows and the findings of a file go while the file is being read, so that
 * memory does not grow with the file: rows are staged under provisional submissions that the
 * file's decision later finalizes or discards. Implemented by the store; the staging of one file
 * is used by one thread.
 */
public interface StagingArea {

	/** Discards whatever an interrupted earlier attempt staged for {@code file}. */
	void reset(InputFile file);

	/** Starts a provisional submission of {@code file}; returns its id. */
	long begin(InputFile file);

	/** Stages accepted indicator rows of a provisional submission. */
	void indicators(long draftId, List<IndicatorEntry> entries);

	/**
	 * Stages accepted project rows of a provisional submission.
	 * @param firstSeq the sequence number of the first project (1-based within the submission)
	 */
	void projects(long draftId, int firstSeq, List<ProjectEntry> entries);

	/** Takes back a staged indicator row that a cross-row check rejected. */
	void dropIndicator(long draftId, String indicatorCode);

	/**
	 * Stages findings of {@code file}.
	 * @param draftId the provisional submission they concern, or {@code null} for the file
	 */
	void findings(InputFile file, Long draftId, List<Finding> findings);
}
