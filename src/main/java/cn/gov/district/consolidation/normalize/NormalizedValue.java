package cn.gov.district.consolidation.normalize;

import java.util.List;

import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.Severity;

/**
 * One value cell after {@link ValueNormalizer}: the measure in the indicator's canonical unit and
 * the issues found on the way. Immutable and thread-safe.
 *
 * @param measure the value and its status; a cell whose unit cannot be converted is
 * {@code INVALID}; never {@code null}
 * @param issues what the operator should know, in the order found; never {@code null}, often empty
 */
public record NormalizedValue(Measure measure, List<Issue> issues) {

	public NormalizedValue {
		if (measure == null) {
			throw new IllegalArgumentException("measure is required");
		}
		// nearly every value has none: no copy made of an empty list
		issues = issues == null || issues.isEmpty() ? List.of() : List.copyOf(issues);
	}

	/** True when an issue rejects the cell. */
	public boolean hasError() {
		// asked of every value, nearly always of none: no stream for that
		for (int i = 0, n = issues.size(); i < n; i++) {
			if (issues.get(i).severity() == Severity.ERROR) {
				return true;
			}
		}
		return false;
	}
}
