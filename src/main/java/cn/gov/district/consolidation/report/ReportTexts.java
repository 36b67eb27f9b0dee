package cn.gov.district.consolidation.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.domain.Measure;

/** Texts shared by the report tables. Stateless and thread-safe. */
final class ReportTexts {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private static final String[] DIGITS = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private ReportTexts() {
	}

	/** {@code 2022-11-30 02:00} in Asia/Shanghai, whatever offset the time was recorded with; {@code ""} for null. */
	static String minutes(OffsetDateTime time) {
		return time == null ? "" : MINUTES.format(time.atZoneSameInstant(ZONE));
	}

	/** {@code 河西区2022年1-11月}: the start of every title. */
	static String titlePrefix(DistrictReport report) {
		return report.district() + report.period().label();
	}

	/** {@code 数据截至：2022-11-30 02:00}. */
	static String asOf(DistrictReport report) {
		return "数据截至：" + minutes(report.generatedAt());
	}

	/** Chinese numeral for a section number, 1..99: {@code 一}, {@code 十}, {@code 十二}, {@code 二十一}. */
	static String numeral(int n) {
		if (n < 1 || n > 99) {
			return Integer.toString(n);
		}
		if (n < 10) {
			return DIGITS[n];
		}
		return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
	}

	/**
	 * The cell of a 街道 value: the number when there is one (an approximate one with a comment
	 * {@code 约数}), otherwise a text that says why there is none, never a zero.
	 */
	static ReportCell measure(Measure m) {
		return switch (m.status()) {
			case VALUE -> ReportCell.number(m.value());
			case APPROXIMATE -> ReportCell.number(m.value())
				.withComment(m.raw().isEmpty() ? "约数" : "约数（原文：" + m.raw() + "）");
			case MASKED -> ReportCell.text("已遮蔽");
			case BLANK -> ReportCell.EMPTY;
			case NOT_APPLICABLE -> ReportCell.text("—");
			case INVALID -> ReportCell.text("无效").withComment("原文“" + m.raw() + "”不是数字，请与该街道核实");
		};
	}
}
