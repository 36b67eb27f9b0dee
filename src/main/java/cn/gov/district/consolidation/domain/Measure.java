package cn.gov.district.consolidation.domain;

import java.math.BigDecimal;

/**
 * A value as the sender wrote it and as understood, in the indicator's canonical unit.
 *
 * @param value the exact decimal; {@code null} unless {@link ValueStatus#hasNumber()}
 * @param status what the cell held
 * @param raw the cell text as read; {@code ""} for an empty cell, never {@code null}
 */
public record Measure(BigDecimal value, ValueStatus status, String raw) {

	public static final Measure BLANK = new Measure(null, ValueStatus.BLANK, "");

	public Measure {
		raw = raw == null ? "" : raw;
		if (status.hasNumber() && value == null) {
			throw new IllegalArgumentException("a " + status + " needs a value");
		}
		if (!status.hasNumber()) {
			value = null;
		}
	}

	public boolean hasNumber() {
		return status.hasNumber();
	}
}
