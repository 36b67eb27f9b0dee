package cn.gov.district.consolidation.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ProjectEntry;

/**
 * What a file says for one 街道 and period while it is being read. Accepted rows and findings
 * wait in the file's {@link Backlog}, which stages them in batches, so a draft holds only counts,
 * the indicator codes seen (for duplicates) and the few values cross-row checks still wait for
 * ({@link RateChecks}): a long export keeps a draft per 街道 and period to its end, about 370 bytes
 * each once its rows are staged (jmap, bench/RESULTS.md). Not thread-safe (one file, one thread).
 */
final class Draft {

	private final StagingArea staging;

	private final ValidationContext context;

	/** Drafts of the same file with rows waiting to be staged, shared so memory is bounded per file. */
	private final Backlog backlog;

	/** Whether the draft speaks for a submission (false: rows of a long export nobody can be attributed to). */
	private final boolean holdsRows;

	/** The provisional submission, or {@code null} for rows nobody can be attributed to. */
	private final StagingBatch.Provisional submission;

	/** Row number of every indicator accepted, by catalog position (0 when not seen): a few ints, not a map. */
	private final int[] indicatorRows;

	/**
	 * The accepted entries (their actual values only) of the indicators that cross-row checks
	 * still wait to compare, by code; {@code null} when none wait.
	 */
	private Map<String, IndicatorEntry> kept;

	/** The rates ({@link ValidationContext#rates}) whose checks are done; {@code null} until one is. */
	private boolean[] ratesDone;

	/*
	 * What waits to be staged: the shared empty list until something is added, and again once
	 * takeWaiting() has handed it over. A long export keeps thousands of finished drafts, and three
	 * empty ArrayLists each were 72 of their bytes.
	 */
	private List<IndicatorEntry> indicators = List.of();

	private List<ProjectEntry> projects = List.of();

	private List<Finding> findings = List.of();

	int rowsRead;

	int rowsRejected;

	int errors;

	int warnings;

	int indicatorCount;

	int projectCount;

	Draft(StagingArea staging, ValidationContext context, Backlog backlog, boolean holdsRows) {
		this.staging = staging;
		this.context = context;
		this.backlog = backlog;
		this.holdsRows = holdsRows;
		this.submission = holdsRows ? new StagingBatch.Provisional() : null;
		this.indicatorRows = new int[context.catalog.all().size()];
	}

	/** The row where {@code code} was accepted before, or {@code null}. */
	Integer rowOf(String code) {
		int row = indicatorRows[context.indexOf(code)];
		return row == 0 ? null : row;
	}

	/** The provisional submission's id; stages what waits (creating the submission) if need be. */
	long id() {
		if (!holdsRows) {
			throw new IllegalStateException("unattributed rows have no submission");
		}
		backlog.flush();
		staging.awaitStaged();
		if (!submission.created()) {
			// nothing of it was waiting: create the submission alone
			staging.stage(backlog.file(), List.of(new StagingBatch.Part(submission, List.of(), 1, List.of(), List.of())));
			staging.awaitStaged();
		}
		return submission.id();
	}

	void add(IndicatorEntry entry) {
		indicators = growable(indicators);
		indicators.add(entry);
		indicatorCount++;
		indicatorRows[context.indexOf(entry.indicatorCode())] = entry.sourceRow();
		backlog.add(this);
		int[] rates = context.ratesOf(entry.indicatorCode());
		if (rates != null && holdsRows) {
			check(entry, rates);
		}
	}

	/**
	 * Keeps {@code entry} for the cross-row checks of {@code rates} it takes part in, makes those
	 * now possible, and lets go of what none waits for.
	 */
	private void check(IndicatorEntry entry, int[] rates) {
		if (kept == null) {
			kept = new HashMap<>(8);
		}
		// only the actual is compared: keep nothing else of the row
		kept.put(entry.indicatorCode(), new IndicatorEntry(entry.indicatorCode(), Measure.BLANK, entry.actual(), Measure.BLANK, "",
				entry.sheet(), entry.sourceRow()));
		for (int r : rates) {
			if ((ratesDone == null || !ratesDone[r]) && RateChecks.check(this, kept, context.rates.get(r), context.catalog,
					backlog.file().fileName())) {
				if (ratesDone == null) {
					ratesDone = new boolean[context.rates.size()];
				}
				ratesDone[r] = true;
			}
		}
		if (ratesDone != null) {
			kept.keySet().removeIf(code -> allDone(context.ratesOf(code)));
			if (kept.isEmpty()) {
				kept = null;
			}
		}
	}

	private boolean allDone(int[] rates) {
		for (int r : rates) {
			if (!ratesDone[r]) {
				return false;
			}
		}
		return true;
	}

	/** The accepted entries still kept for cross-row checks, by code (tests: what a draft holds on to). */
	Map<String, IndicatorEntry> keptForChecks() {
		return kept == null ? Map.of() : Map.copyOf(kept);
	}

	void add(ProjectEntry project) {
		projects = growable(projects);
		projects.add(project);
		projectCount++;
		backlog.add(this);
	}

	void addFindings(List<Finding> rowFindings) {
		if (rowFindings.isEmpty()) {
			// every row asks, nearly every row has none
			return;
		}
		for (Finding f : rowFindings) {
			if (f.isError()) {
				errors++;
			}
			else {
				warnings++;
			}
			if (backlog.keepFinding()) {
				findings = growable(findings);
				findings.add(f);
				backlog.add(this);
			}
		}
	}

	/** Takes back an accepted indicator row (a cross-row check failed). */
	void drop(String code) {
		if (indicators.isEmpty() || !indicators.removeIf(e -> e.indicatorCode().equals(code))) {
			staging.dropIndicator(id(), code);
		}
		if (kept != null) {
			kept.remove(code);
		}
		indicatorCount--;
		rowsRejected++;
	}

	/**
	 * Hands over what waits in this draft, to be staged by the caller; the draft then holds
	 * nothing but its counts.
	 */
	StagingBatch.Part takeWaiting() {
		int firstProject = projectCount - projects.size() + 1;
		StagingBatch.Part part = new StagingBatch.Part(submission, List.copyOf(indicators), firstProject,
				List.copyOf(projects), List.copyOf(findings));
		indicators = List.of();
		projects = List.of();
		findings = List.of();
		return part;
	}

	/** {@code list} itself once it can take elements, else a new list for them. */
	private static <T> List<T> growable(List<T> list) {
		return list instanceof ArrayList ? list : new ArrayList<>();
	}

}
