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
		issues = issues == null ? List.of() : List.copyOf(issues);
	}

	/** True when an issue rejects the cell. */
	public boolean hasError() {
		return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
	}
}
