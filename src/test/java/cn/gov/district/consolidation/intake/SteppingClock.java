package cn.gov.district.consolidation.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock for tests that moves only when told to, so waits can be simulated without sleeping.
 * Not thread-safe.
 */
final class SteppingClock extends Clock {

	private Instant now;

	SteppingClock(Instant start) {
		this.now = start;
	}

	void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return RunDate.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("not needed by the tests");
	}

	@Override
	public Instant instant() {
		return now;
	}
}
