package cn.gov.district.consolidation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A reporting period: a year, cumulative from January to {@code endMonth}.
 *
 * @param year the calendar year, e.g. 2022
 * @param endMonth the last month covered, 1..12 (12 means the whole year)
 */
public record ReportingPeriod(int year, int endMonth) implements Comparable<ReportingPeriod> {

	public ReportingPeriod {
		if (endMonth < 1 || endMonth > 12) {
			throw new IllegalArgumentException("endMonth must be 1..12: " + endMonth);
		}
		if (year < 1900 || year > 2999) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
	}

	/** Stable machine key, e.g. {@code 2022-11}; used in folder names and the database. */
	public String key() {
		// not String.format: deciding a long export's 25,000 submissions spent a third of its time formatting keys
		return year + (endMonth < 10 ? "-0" : "-") + endMonth;
	}

	/** Parses {@link #key()} back. */
	public static ReportingPeriod ofKey(String key) {
		return new ReportingPeriod(Integer.parseInt(key.substring(0, 4)), Integer.parseInt(key.substring(5, 7)));
	}

	/** Chinese label as printed in titles: {@code 2022年}, {@code 2022年1月}, {@code 2022年1-11月}. */
	public String label() {
		if (endMonth == 12) {
			return year + "年";
		}
		if (endMonth == 1) {
			return year + "年1月";
		}
		return year + "年1-" + endMonth + "月";
	}

	/** 序时进度: the share of the year elapsed, {@code endMonth / 12}, as a fraction with 4 decimals. */
	public BigDecimal scheduleProgress() {
		return BigDecimal.valueOf(endMonth).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
	}

	/** The same period one year earlier. */
	public ReportingPeriod previousYear() {
		return new ReportingPeriod(year - 1, endMonth);
	}

	@Override
	public int compareTo(ReportingPeriod o) {
		return year != o.year ? Integer.compare(year, o.year) : Integer.compare(endMonth, o.endMonth);
	}
}
