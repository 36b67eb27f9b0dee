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
		if (v == null) {
			return null;
		}
		int scale = rs.getInt(scaleColumn);
		// the column pads to 12 decimals; the written scale is restored exactly (never rounds: it was the scale written)
		return v.setScale(scale, java.math.RoundingMode.UNNECESSARY);
	}

	static Measure measure(ResultSet rs, String prefix) throws SQLException {
		ValueStatus status = ValueStatus.valueOf(rs.getString(prefix + "_status"));
		BigDecimal value = read(rs, prefix + "_value", prefix + "_scale");
		String raw = rs.getString(prefix + "_raw");
		if (raw == null) {
			raw = value == null ? "" : value.toPlainString();
		}
		return new Measure(status.hasNumber() ? value : null, status, raw);
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
		return canonical && scale == value.scale()
				&& value.equals(BigDecimal.valueOf(negative ? -unscaled : unscaled, scale));
	}
}
