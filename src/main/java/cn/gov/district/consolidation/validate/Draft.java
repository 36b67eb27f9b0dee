package cn.gov.district.consolidation.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.ProjectEntry;

/**
 * What a file says for one 街道 and period while it is being read: accepted rows, findings and
 * counts. Not thread-safe (one file, one thread).
 */
final class Draft {

	final Map<String, IndicatorEntry> indicators = new LinkedHashMap<>();

	final Map<String, Integer> indicatorRows = new LinkedHashMap<>();

	final List<ProjectEntry> projects = new ArrayList<>();

	final List<Finding> findings = new ArrayList<>();

	int rowsRead;

	int rowsRejected;
}
