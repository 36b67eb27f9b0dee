package cn.gov.district.consolidation.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.gov.district.consolidation.domain.InputFile;

/**
 * The drafts of one file that hold rows not yet staged. A long export spreads its rows over
 * thousands of drafts (街道 × period), each holding few: when the rows and findings waiting
 * across all of them reach {@link #LIMIT}, they are staged together in one call (one
 * transaction), so memory stays bounded whatever the file's size and the database sees a few
 * large batches rather than one small one per 街道. Not thread-safe (one file, one thread).
 */
final class Backlog {

	/**
	 * Rows and findings that may wait in memory across the drafts of a file, and so the size of
	 * one staging transaction. Measured on the 1M-row backfill (H2): 250 to 5,000 stage equally
	 * fast within the noise, 20,000 a third slower (H2's commit grows with the transaction); the
	 * larger end of the plateau means fewer round trips on PostgreSQL.
	 */
	static final int LIMIT = 5_000;

	/**
	 * Findings recorded one by one for a file, at most. Beyond it a file's findings are only
	 * counted: a long export with a mistake in every row would otherwise bring a million findings,
	 * more rows than the district workbook's 校验问题 sheet and the file's 问题清单 can hold
	 * (1,048,576) and more than the publish step can hold in memory; the first ones show the clerk
	 * what to correct throughout.
	 */
	static final int MAX_FINDINGS = 10_000;

	private final StagingArea staging;

	/** Findings of the file recorded, and those counted only. */
	private int findingsKept;

	private int findingsOmitted;

	private final InputFile file;

	private final Set<Draft> waiting = new LinkedHashSet<>();

	private int count;

	Backlog(StagingArea staging, InputFile file) {
		this.staging = staging;
		this.file = file;
	}

	InputFile file() {
		return file;
	}

	/** One more row or finding waits in {@code draft}. */
	void add(Draft draft) {
		waiting.add(draft);
		if (++count >= LIMIT) {
			flush();
		}
	}

	/**
	 * Whether the file's next finding is still recorded ({@link #MAX_FINDINGS}); if not, it is
	 * counted as omitted.
	 */
	boolean keepFinding() {
		if (findingsKept < MAX_FINDINGS) {
			findingsKept++;
			return true;
		}
		findingsOmitted++;
		return false;
	}

	/** Findings of the file counted but not recorded. */
	int findingsOmitted() {
		return findingsOmitted;
	}

	/** Stages everything waiting, in one call. */
	void flush() {
		if (waiting.isEmpty()) {
			return;
		}
		List<StagingBatch.Part> parts = new ArrayList<>(waiting.size());
		for (Draft d : waiting) {
			parts.add(d.takeWaiting());
		}
		waiting.clear();
		count = 0;
		staging.stage(file, parts);
	}
}
