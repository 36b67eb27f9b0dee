package cn.gov.district.consolidation.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.ProjectEntry;

/** A staging area in memory, to look at what validation staged without a database. */
final class InMemoryStagingArea implements StagingArea {

	private long next = 1;

	final Map<Long, List<IndicatorEntry>> indicators = new LinkedHashMap<>();

	final Map<Long, List<ProjectEntry>> projects = new LinkedHashMap<>();

	final List<Finding> findings = new ArrayList<>();

	@Override
	public void reset(InputFile file) {
		indicators.clear();
		projects.clear();
		findings.clear();
	}

	@Override
	public long begin(InputFile file) {
		long id = next++;
		indicators.put(id, new ArrayList<>());
		projects.put(id, new ArrayList<>());
		return id;
	}

	@Override
	public void indicators(long draftId, List<IndicatorEntry> entries) {
		indicators.get(draftId).addAll(entries);
	}

	@Override
	public void projects(long draftId, int firstSeq, List<ProjectEntry> entries) {
		if (firstSeq != projects.get(draftId).size() + 1) {
			throw new AssertionError("projects out of sequence: " + firstSeq);
		}
		projects.get(draftId).addAll(entries);
	}

	@Override
	public void dropIndicator(long draftId, String indicatorCode) {
		indicators.get(draftId).removeIf(e -> e.indicatorCode().equals(indicatorCode));
	}

	@Override
	public void findings(InputFile file, Long draftId, List<Finding> staged) {
		findings.addAll(staged);
	}

	List<IndicatorEntry> indicatorsOf(StagedSubmission s) {
		return indicators.get(s.draftId());
	}

	List<ProjectEntry> projectsOf(StagedSubmission s) {
		return projects.get(s.draftId());
	}
}
