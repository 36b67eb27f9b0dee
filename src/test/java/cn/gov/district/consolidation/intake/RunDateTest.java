package cn.gov.district.consolidation.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RunDateTest {

	@Test
	void shouldGiveShanghaiDateWhenUtcIsStillTheDayBefore() {
		Clock utcClock = Clock.fixed(Instant.parse("2026-11-21T18:00:03Z"), ZoneOffset.UTC);

		assertThat(RunDate.of(utcClock)).isEqualTo(LocalDate.of(2026, 11, 22));
	}

	@Test
	void shouldGiveShanghaiDateJustBeforeShanghaiMidnight() {
		Clock utcClock = Clock.fixed(Instant.parse("2026-11-22T15:59:59Z"), ZoneOffset.UTC);

		assertThat(RunDate.of(utcClock)).isEqualTo(LocalDate.of(2026, 11, 22));
	}

	@Test
	void shouldIgnoreTheZoneOfTheClock() {
		Instant instant = Instant.parse("2026-11-22T16:00:00Z");

		assertThat(RunDate.of(Clock.fixed(instant, ZoneOffset.ofHours(-8))))
			.isEqualTo(LocalDate.of(2026, 11, 23));
	}
}
