package cn.gov.district.consolidation.store;

import java.math.BigDecimal;

/**
 * The unscaled digits of a decimal of at most 18 digits as a {@code long}, without the objects
 * {@link BigDecimal} makes for them ({@link BigDecimal#unscaledValue()} a {@code BigInteger},
 * {@link BigDecimal#scaleByPowerOfTen} a {@code BigDecimal}): staging asks it of every value it
 * packs or compares with its cell text, three a row of a million-row export.
 * <p>
 * For at most 15 digits and a positive scale the digits come from {@link BigDecimal#doubleValue()}
 * (which for such a value divides its unscaled {@code long} by an exact power of ten, correctly
 * rounded, and makes nothing) multiplied back by the same power: both roundings together are off
 * by less than {@code 2^-52 × 10^15 < 0.23}, so the nearest integer is the unscaled value exactly.
 */
final class Unscaled {

	/** Exact powers of ten as doubles (10^22 is the last one a double holds exactly). */
	private static final double[] POWERS = new double[23];

	static {
		double p = 1;
		for (int i = 0; i < POWERS.length; i++) {
			POWERS[i] = p;
			p *= 10;
		}
	}

	/** The most digits whose value the double route gives exactly. */
	private static final int DOUBLE_DIGITS = 15;

	/** The most digits a {@code long} always holds. */
	static final int LONG_DIGITS = 18;

	private Unscaled() {
	}

	/**
	 * The unscaled value of {@code v}: {@code v × 10^scale}.
	 * @param v a decimal of at most {@value #LONG_DIGITS} digits and a scale of at least 0
	 * @throws IllegalArgumentException otherwise
	 */
	static long of(BigDecimal v) {
		int scale = v.scale();
		int precision = v.precision();
		if (scale < 0 || precision > LONG_DIGITS) {
			throw new IllegalArgumentException("not a decimal of at most " + LONG_DIGITS + " digits and a scale of 0 or more: " + v);
		}
		if (scale == 0) {
			// a compact value of scale 0 hands out its long as it is
			return v.longValue();
		}
		if (precision <= DOUBLE_DIGITS && scale < POWERS.length) {
			return Math.round(v.doubleValue() * POWERS[scale]);
		}
		return v.scaleByPowerOfTen(scale).longValue();
	}
}
