package cn.gov.district.consolidation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

	@Test
	void keyIsFourDigitYearAndTwoDigitMonthForEveryPeriodAndParsesBack() {
		for (int year = 1900; year <= 2999; year++) {
			for (int month = 1; month <= 12; month++) {
				ReportingPeriod period = new ReportingPeriod(year, month);
				assertThat(period.key()).isEqualTo(String.format("%04d-%02d", year, month));
				assertThat(ReportingPeriod.ofKey(period.key())).isEqualTo(period);
			}
		}
	}

	@Test
	void keysSortAsThePeriodsDo() {
		assertThat(new ReportingPeriod(2022, 9).key()).isLessThan(new ReportingPeriod(2022, 10).key());
		assertThat(new ReportingPeriod(2021, 12).key()).isLessThan(new ReportingPeriod(2022, 1).key());
	}

	@Test
	void labelsAsPrintedInTitles() {
		assertThat(new ReportingPeriod(2022, 12).label()).isEqualTo("2022年");
		assertThat(new ReportingPeriod(2022, 1).label()).isEqualTo("2022年1月");
		assertThat(new ReportingPeriod(2022, 11).label()).isEqualTo("2022年1-11月");
	}

	@Test
	void rejectsMonthsAndYearsOutOfRange() {
		assertThatThrownBy(() -> new ReportingPeriod(2022, 13)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReportingPeriod(1899, 1)).isInstanceOf(IllegalArgumentException.class);
	}
}
