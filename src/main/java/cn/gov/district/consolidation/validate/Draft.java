package cn.gov.district.consolidation.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ProjectEntry;

/**
 * What a file says for one 街道 and period while it is being read. Accepted rows and findings
 * are buffered and handed to the {@link StagingArea} in batches, so a draft holds only counts,
 * the indicator codes seen (for duplicates) and the few values cross-row checks need. Not
 * thread-safe (one file, one thread).
 */
final class Draft {

	/** Rows handed to the staging area at once. */
	static final int BATCH = 500;

	private final StagingArea staging;

	private final ValidationContext context;

	/** Drafts of the same file with rows waiting to be staged, shared so memory is bounded per file. */
	private final Backlog backlog;

	private final InputFile file;

	/** Whether the draft speaks for a submission (false: rows of a long export nobody can be attributed to). */
	private final boolean holdsRows;

	private Long id;

	/** Row number of every indicator accepted, by catalog position (0 when not seen): a few ints, not a map. */
	private final int[] indicatorRows;

	/** The accepted entries of the indicators that cross-row checks compare, by code. */
	final Map<String, IndicatorEntry> checked = new HashMap<>();

	private final List<IndicatorEntry> indicators = new ArrayList<>();

	private final List<ProjectEntry> projects = new ArrayList<>();

	private final List<Finding> findings = new ArrayList<>();

	int rowsRead;

	int rowsRejected;

	int errors;

	int warnings;

	int indicatorCount;

	int projectCount;

	Draft(StagingArea staging, ValidationContext context, Backlog backlog, InputFile file, boolean holdsRows) {
		this.staging = staging;
		this.context = context;
		this.backlog = backlog;
		this.file = file;
		this.holdsRows = holdsRows;
		this.indicatorRows = new int[context.catalog.all().size()];
	}

	/** The row where {@code code} was accepted before, or {@code null}. */
	Integer rowOf(String code) {
		int row = indicatorRows[context.indexOf(code)];
		return row == 0 ? null : row;
	}

	/** The provisional submission's id, created on first use. */
	long id() {
		if (id == null) {
			id = staging.begin(file);
		}
		return id;
	}

	void add(IndicatorEntry entry, boolean keepForChecks) {
		indicators.add(entry);
		indicatorCount++;
		indicatorRows[context.indexOf(entry.indicatorCode())] = entry.sourceRow();
		if (keepForChecks) {
			// only the actual is compared: keep nothing else of the row
			checked.put(entry.indicatorCode(), new IndicatorEntry(entry.indicatorCode(), Measure.BLANK, entry.actual(),
					Measure.BLANK, "", entry.sheet(), entry.sourceRow()));
		}
		waiting();
		if (indicators.size() >= BATCH) {
			flushIndicators();
		}
	}

	void add(ProjectEntry project) {
		projects.add(project);
		projectCount++;
		waiting();
		if (projects.size() >= BATCH) {
			flushProjects();
		}
	}

	private void waiting() {
		backlog.add(this);
	}

	void addFindings(List<Finding> rowFindings) {
		for (Finding f : rowFindings) {
			if (f.isError()) {
				errors++;
			}
			else {
				warnings++;
			}
			findings.add(f);
		}
		if (!rowFindings.isEmpty()) {
			waiting();
		}
		if (findings.size() >= BATCH) {
			flushFindings();
		}
	}

	/** Takes back an accepted indicator row (a cross-row check failed). */
	void drop(String code) {
		if (!indicators.removeIf(e -> e.indicatorCode().equals(code))) {
			staging.dropIndicator(id(), code);
		}
		checked.remove(code);
		indicatorCount--;
		rowsRejected++;
	}

	void flush() {
		flushIndicators();
		flushProjects();
		flushFindings();
	}

	/** Rows and findings waiting in this draft. */
	int waitingCount() {
		return indicators.size() + projects.size() + findings.size();
	}

	private void flushIndicators() {
		if (!indicators.isEmpty()) {
			staging.indicators(id(), List.copyOf(indicators));
			indicators.clear();
		}
	}

	private void flushProjects() {
		if (!projects.isEmpty()) {
			int first = projectCount - projects.size() + 1;
			staging.projects(id(), first, List.copyOf(projects));
			projects.clear();
		}
	}

	private void flushFindings() {
		if (!findings.isEmpty()) {
			staging.findings(file, holdsRows ? id() : null, List.copyOf(findings));
			findings.clear();
		}
	}

}
