package cn.gov.district.consolidation.validate;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The drafts of one file that hold rows not yet staged. A long export spreads its rows over
 * thousands of drafts (街道 × period), each holding few: when the rows waiting across all of them
 * pass {@link #LIMIT}, every waiting draft is staged, so memory stays bounded whatever the file's
 * size. Not thread-safe (one file, one thread).
 */
final class Backlog {

	/** Rows and findings that may wait in memory across the drafts of a file. */
	static final int LIMIT = 5_000;

	private final Set<Draft> waiting = new LinkedHashSet<>();

	private int count;

	/** One more row or finding waits in {@code draft}. */
	void add(Draft draft) {
		waiting.add(draft);
		if (++count >= LIMIT) {
			flush();
		}
	}

	/** Stages everything waiting. */
	void flush() {
		for (Draft d : waiting) {
			d.flush();
		}
		waiting.clear();
		count = 0;
	}
}
