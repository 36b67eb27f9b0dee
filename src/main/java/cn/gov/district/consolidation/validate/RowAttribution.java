package cn.gov.district.consolidation.validate;

import cn.gov.district.consolidation.domain.ReportingPeriod;

/**
 * Who a row speaks for: either the file as a whole ({@link #FILE}, resolved from 基本信息 or the
 * file name at the end), or a 街道 and period named on the row itself (a long export).
 *
 * @param street roster name, or {@code null} for the file
 * @param period period, or {@code null} for the file
 */
record RowAttribution(String street, ReportingPeriod period) {

	static final RowAttribution FILE = new RowAttribution(null, null);

	/** Rows of a long export whose 街道 or period could not be resolved: counted, never used. */
	static final RowAttribution UNATTRIBUTED = new RowAttribution("", null);

	/** Whether every row of this key takes its 街道 and period from the file. */
	boolean isFile() {
		return street == null && period == null;
	}

	boolean isUnattributed() {
		return period == null && "".equals(street);
	}
}
