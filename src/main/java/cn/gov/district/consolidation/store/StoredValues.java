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
		return new Measure(status.hasNumber() ? value : null, status, rs.getString(prefix + "_raw"));
	}
}
