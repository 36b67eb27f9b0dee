package cn.gov.district.consolidation.job;

import org.springframework.boot.ExitCodeGenerator;

/**
 * Another consolidation process holds the run lock: this one stops before it opens the database
 * and exits with {@link ConsolidationRunner#EXIT_LOCKED}. The message is the Chinese sentence of
 * {@code RunLock.describeHolder}. Immutable.
 */
public class RunLockRefusedException extends RuntimeException implements ExitCodeGenerator {

	public RunLockRefusedException(String message) {
		super(message);
	}

	@Override
	public int getExitCode() {
		return ConsolidationRunner.EXIT_LOCKED;
	}
}
