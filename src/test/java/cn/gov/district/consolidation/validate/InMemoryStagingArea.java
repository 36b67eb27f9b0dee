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
	public void stage(InputFile file, List<StagingBatch.Part> parts) {
		for (StagingBatch.Part p : parts) {
			if (p.submission() != null && !p.submission().created()) {
				long id = next++;
				indicators.put(id, new ArrayList<>());
				projects.put(id, new ArrayList<>());
				p.submission().created(id);
			}
			if (p.submission() != null) {
				long id = p.submission().id();
				indicators.get(id).addAll(p.indicators());
				if (!p.projects().isEmpty() && p.firstProjectSeq() != projects.get(id).size() + 1) {
					throw new AssertionError("projects out of sequence: " + p.firstProjectSeq());
				}
				projects.get(id).addAll(p.projects());
			}
			findings.addAll(p.findings());
		}
	}

	@Override
	public void dropIndicator(long draftId, String indicatorCode) {
		indicators.get(draftId).removeIf(e -> e.indicatorCode().equals(indicatorCode));
	}

	List<IndicatorEntry> indicatorsOf(StagedSubmission s) {
		return indicators.get(s.draftId());
	}

	List<ProjectEntry> projectsOf(StagedSubmission s) {
		return projects.get(s.draftId());
	}
}
