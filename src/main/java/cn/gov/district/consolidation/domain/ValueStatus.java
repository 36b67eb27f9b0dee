package cn.gov.district.consolidation.domain;

/** What a value cell held. Only {@code VALUE} and {@code APPROXIMATE} carry a number. */
public enum ValueStatus {
	/** An exact number as written. */
	VALUE,
	/** A number written as approximate ({@code 500余}, {@code 约500}); kept, flagged. */
	APPROXIMATE,
	/** Masked by the sender ({@code *}, {@code **}, {@code X}); never a zero. */
	MASKED,
	/** Empty cell. */
	BLANK,
	/** Explicitly not applicable ({@code -}, {@code —}, {@code /}, {@code 无}). */
	NOT_APPLICABLE,
	/** Text that could not be read as a number. */
	INVALID;

	public boolean hasNumber() {
		return this == VALUE || this == APPROXIMATE;
	}
}
