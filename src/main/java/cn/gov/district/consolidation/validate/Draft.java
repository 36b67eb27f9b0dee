package cn.gov.district.consolidation.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.InputFile;
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

	private final InputFile file;

	/** Whether the draft speaks for a submission (false: rows of a long export nobody can be attributed to). */
	private final boolean holdsRows;

	private Long id;

	/** Row number of every indicator seen, by code. */
	final Map<String, Integer> indicatorRows = new HashMap<>();

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

	Draft(StagingArea staging, InputFile file, boolean holdsRows) {
		this.staging = staging;
		this.file = file;
		this.holdsRows = holdsRows;
	}

	/** The provisional submission's id, created on first use. */
	long id() {
		if (id == null) {
			id = staging.begin(file);
		}
		return id;
	}

	boolean started() {
		return id != null;
	}

	void add(IndicatorEntry entry, boolean keepForChecks) {
		indicators.add(entry);
		indicatorCount++;
		if (keepForChecks) {
			checked.put(entry.indicatorCode(), entry);
		}
		if (indicators.size() >= BATCH) {
			flushIndicators();
		}
	}

	void add(ProjectEntry project) {
		projects.add(project);
		projectCount++;
		if (projects.size() >= BATCH) {
			flushProjects();
		}
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
