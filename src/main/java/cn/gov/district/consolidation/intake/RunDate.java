package cn.gov.district.consolidation.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The date a run belongs to: the calendar date in {@code Asia/Shanghai}, whatever zone the host or
 * the JVM is set to, so that a run at 02:00 Beijing time files its archive under that day even on a
 * server kept in UTC. Stateless and thread-safe.
 */
public final class RunDate {

	/** The zone of the district office; every date and time the operators see is in it. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private RunDate() {
	}

	/**
	 * The run date for the instant {@code clock} says it is now.
	 * @param clock the clock; must not be {@code null} (its own zone is ignored)
	 * @return the date in {@link #ZONE}, never {@code null}
	 */
	public static LocalDate of(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}
}
