package cn.gov.district.consolidation.normalize;

import java.math.BigDecimal;

import cn.gov.district.consolidation.domain.ValueStatus;

/**
 * What {@link NumberParser} read from one cell, before any unit conversion.
 * Immutable and thread-safe.
 *
 * @param value the exact number as written, sign applied, in {@code unit}; {@code null} unless
 * {@code status} carries a number ({@link ValueStatus#hasNumber()})
 * @param status what the cell held
 * @param unit the unit written in the cell after the number, folded ({@code 亿元}, {@code 万},
 * {@code %}, {@code 家次}); {@code ""} when none, never {@code null}
 * @param raw the cell text as given; {@code ""} for {@code null}, never {@code null}
 * @param problem for {@link ValueStatus#INVALID} a Chinese sentence saying what is wrong and what
 * to write instead; otherwise {@code ""}, never {@code null}
 */
public record ParsedNumber(BigDecimal value, ValueStatus status, String unit, String raw, String problem) {

	public ParsedNumber {
		if (status == null) {
			throw new IllegalArgumentException("status is required");
		}
		if (status.hasNumber() && value == null) {
			throw new IllegalArgumentException("a " + status + " needs a value");
		}
		value = status.hasNumber() ? value : null;
		unit = unit == null ? "" : unit;
		raw = raw == null ? "" : raw;
		problem = problem == null ? "" : problem;
	}

	static ParsedNumber of(BigDecimal value, boolean approximate, String unit, String raw) {
		return new ParsedNumber(value, approximate ? ValueStatus.APPROXIMATE : ValueStatus.VALUE, unit, raw, "");
	}

	static ParsedNumber without(ValueStatus status, String unit, String raw) {
		return new ParsedNumber(null, status, unit, raw, "");
	}

	static ParsedNumber invalid(String raw, String problem) {
		return new ParsedNumber(null, ValueStatus.INVALID, "", raw, problem);
	}

	/** True when a number was read ({@code VALUE} or {@code APPROXIMATE}). */
	public boolean hasNumber() {
		return status.hasNumber();
	}
}
