package cn.gov.district.consolidation.intake;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A second process for {@link RunLockTest}: {@code hold <lockFile>} takes the lock, prints
 * {@code LOCKED} and sleeps until killed; {@code try <lockFile>} prints {@code ACQUIRED} or
 * {@code BUSY} and exits.
 */
final class RunLockChildMain {

	private RunLockChildMain() {
	}

	public static void main(String[] args) throws Exception {
		Optional<RunLock> lock = RunLock.tryAcquire(Path.of(args[1]));
		System.out.println(lock.isPresent() ? (args[0].equals("hold") ? "LOCKED" : "ACQUIRED") : "BUSY");
		System.out.flush();
		if (lock.isPresent() && args[0].equals("hold")) {
			Thread.sleep(600_000);
		}
		if (lock.isPresent()) {
			lock.get().close();
		}
	}
}
