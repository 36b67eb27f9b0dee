package cn.gov.district.consolidation.normalize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.read.CellText;

/**
 * Reads a reporting period as spec §1 lists it: a year ({@code 2022年}, {@code 2022年度},
 * {@code 二〇二二年}, {@code 2022}, {@code 全年}, {@code 下半年}), a cumulative month range from
 * January ({@code 2022年1-11月}, {@code 1—11月}, {@code 1～11月}, {@code 1至11月},
 * {@code 1-11月份}), a month ({@code 2022-11}, {@code 2022.11}, {@code 2022/11},
 * {@code 2022年11月}, {@code 截至2022年11月底}, {@code 202211}), a quarter cumulative from January
 * ({@code 2022年第三季度}, {@code 2022Q3}, {@code 2022年前三季度}) or the first half
 * ({@code 2022年上半年}). Full-width digits and Chinese numerals are read. A range that does not
 * start in January ({@code 2022年3-5月}) is not a reporting period and gives empty.
 * <p>
 * Stateless and thread-safe; never throws on any input.
 */
public final class PeriodParser {

	private static final int MAX_TEXT_LENGTH = 60;

	private static final int MAX_FILE_NAME_LENGTH = 255;

	private static final String PERIOD = "(?<year>\\d{4})(?:年度|年)?(?:" + "(?:第|前)?(?<q>[1-4])季度?"
			+ "|[Qq](?<q2>[1-4])" + "|(?<h1>上半年)" + "|(?<h2>下半年|全年)"
			+ "|(?<from>\\d{1,2})月?[-—–―~〜至到]+(?<to>\\d{1,2})月" + "|(?<month>\\d{1,2})月(?:\\d{1,2}日)?"
			+ "|[-./](?<month2>\\d{1,2})" + ")?" + "|(?<year6>\\d{4})(?<month6>0[1-9]|1[0-2])";

	private static final Pattern WHOLE = Pattern.compile(PERIOD);

	private static final Pattern IN_NAME = Pattern.compile("(?<!\\d)(?:" + PERIOD + ")(?!\\d)");

	private static final Pattern LEADING = Pattern.compile("^(?:报送期间|统计期间|期间|截至到|截止到|截至|截止|累计)[:]?");

	private static final Pattern TRAILING = Pattern.compile("(?:底|末|止|份|累计|以来)+$");

	/**
	 * Reads {@code text} as one period.
	 * @param text a cell such as {@code 报送期间}'s value; {@code null} gives empty
	 * @return the period, or empty when the text is not a cumulative period of spec §1
	 */
	public Optional<ReportingPeriod> parse(String text) {
		String s = CellText.fold(text);
		if (s.isEmpty() || s.length() > MAX_TEXT_LENGTH) {
			return Optional.empty();
		}
		s = arabic(s);
		s = LEADING.matcher(s).replaceFirst("");
		s = TRAILING.matcher(s).replaceFirst("");
		Matcher m = WHOLE.matcher(s);
		return m.matches() ? interpret(m) : Optional.empty();
	}

	/**
	 * Finds the period in a file name such as {@code 东关街道_2022年1-11月_指标.csv} or
	 * {@code 东关街道2022年11月报表.xlsx}. When the name holds several periods, the longest
	 * written one counts; when that one is not a cumulative period ({@code 3-5月}) there is none.
	 * @param fileName a file name, with or without folders and extension; {@code null} gives empty
	 * @return the period, or empty when the name holds none
	 */
	public Optional<ReportingPeriod> findInFileName(String fileName) {
		String s = CellText.fold(fileName);
		if (s.isEmpty() || s.length() > MAX_FILE_NAME_LENGTH) {
			return Optional.empty();
		}
		s = arabic(s);
		Matcher m = IN_NAME.matcher(s);
		String best = null;
		while (m.find()) {
			if (best == null || m.group().length() > best.length()) {
				best = m.group();
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		Matcher whole = WHOLE.matcher(best);
		return whole.matches() ? interpret(whole) : Optional.empty();
	}

	private static Optional<ReportingPeriod> interpret(Matcher m) {
		if (m.group("year6") != null) {
			return period(m.group("year6"), Integer.parseInt(m.group("month6")));
		}
		String year = m.group("year");
		if (m.group("q") != null || m.group("q2") != null) {
			String q = m.group("q") != null ? m.group("q") : m.group("q2");
			return period(year, Integer.parseInt(q) * 3);
		}
		if (m.group("h1") != null) {
			return period(year, 6);
		}
		if (m.group("from") != null) {
			// 3-5月 is a slice of the year, not a cumulative period: nothing to consolidate it with.
			return Integer.parseInt(m.group("from")) == 1 ? period(year, Integer.parseInt(m.group("to")))
					: Optional.empty();
		}
		if (m.group("month") != null) {
			return period(year, Integer.parseInt(m.group("month")));
		}
		if (m.group("month2") != null) {
			return period(year, Integer.parseInt(m.group("month2")));
		}
		return period(year, 12);
	}

	private static Optional<ReportingPeriod> period(String year, int endMonth) {
		int y = Integer.parseInt(year);
		if (y < 1900 || y > 2999 || endMonth < 1 || endMonth > 12) {
			return Optional.empty();
		}
		return Optional.of(new ReportingPeriod(y, endMonth));
	}

	/** Replaces every run of Chinese numerals ({@code 二〇二二}, {@code 十一}) by its digits. */
	private static String arabic(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		int i = 0;
		while (i < s.length()) {
			int j = i;
			while (j < s.length() && ChineseNumerals.SMALL_NUMERAL_CHARS.indexOf(s.charAt(j)) >= 0) {
				j++;
			}
			if (j > i) {
				String run = s.substring(i, j);
				sb.append(ChineseNumerals.parse(run).map(v -> v.toPlainString()).orElse(run));
				i = j;
			}
			else {
				sb.append(s.charAt(i));
				i++;
			}
		}
		return sb.toString();
	}
}
