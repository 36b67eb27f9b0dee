package cn.gov.district.consolidation.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

import cn.gov.district.consolidation.domain.Measure;
import cn.gov.district.consolidation.domain.ValueStatus;

/** Conversion of exact decimals to and from a NUMERIC column plus its written scale. */
final class StoredValues {

	private StoredValues() {
	}

	static Integer scaleOf(BigDecimal value) {
		return value == null ? null : Math.max(value.scale(), 0);
	}

	static BigDecimal read(ResultSet rs, String valueColumn, String scaleColumn) throws SQLException {
		BigDecimal v = rs.getBigDecimal(valueColumn);
		return v == null ? null : restore(v, rs.getInt(scaleColumn));
	}

	/** {@code stored} back at the scale it was written with: the column pads to 12 decimals; never rounds. */
	private static BigDecimal restore(BigDecimal stored, int scale) {
		return stored.setScale(scale, java.math.RoundingMode.UNNECESSARY);
	}

	/**
	 * The measure of a stored value: {@code stored} and its written {@code scale} (both {@code null}
	 * for no value), its status name, and its raw text, {@code null} where it said nothing the value
	 * does not ({@link #rawToStore}).
	 */
	static Measure measure(String status, BigDecimal stored, Integer scale, String raw) {
		ValueStatus s = ValueStatus.valueOf(status);
		BigDecimal value = stored == null ? null : restore(stored, scale);
		String text = raw != null ? raw : value == null ? "" : value.toPlainString();
		return new Measure(s.hasNumber() ? value : null, s, text);
	}

	/**
	 * The raw text worth storing: {@code null} when it says nothing the value does not (an empty
	 * cell, or a number written exactly as its value), which is most cells of a long export.
	 */
	static String rawToStore(Measure m, BigDecimal storedValue) {
		String raw = m.raw();
		if (raw.isEmpty() && storedValue == null) {
			return null;
		}
		return storedValue != null && isPlainTextOf(raw, storedValue) ? null : raw;
	}

	/**
	 * Whether {@code raw} is exactly {@code value.toPlainString()}: decided from the text for the
	 * short plain decimals of most cells, without building the value's text for every value stored.
	 */
	static boolean isPlainTextOf(String raw, BigDecimal value) {
		int n = raw.length();
		if (n == 0 || n > 18 || value.scale() < 0) {
			return raw.equals(value.toPlainString());
		}
		boolean negative = raw.charAt(0) == '-';
		int integerStart = negative ? 1 : 0;
		long unscaled = 0;
		int integerDigits = 0;
		int fractionDigits = -1;
		for (int i = integerStart; i < n; i++) {
			char c = raw.charAt(i);
			if (c == '.' && fractionDigits < 0) {
				fractionDigits = 0;
				continue;
			}
			if (c < '0' || c > '9') {
				return false;
			}
			unscaled = unscaled * 10 + (c - '0');
			if (fractionDigits < 0) {
				integerDigits++;
			}
			else {
				fractionDigits++;
			}
		}
		// toPlainString writes one integer digit at least, no leading zero, no "-" before zero and
		// as many decimals as the scale (none, and no point, for scale 0)
		boolean canonical = integerDigits > 0 && fractionDigits != 0
				&& (integerDigits == 1 || raw.charAt(integerStart) != '0') && !(negative && unscaled == 0);
		int scale = Math.max(fractionDigits, 0);
		// the same unscaled digits at the same scale: equal as BigDecimal.equals has it, without making one to compare
		return canonical && scale == value.scale() && value.precision() <= Unscaled.LONG_DIGITS
				&& Unscaled.of(value) == (negative ? -unscaled : unscaled);
	}
}
