package cn.gov.district.consolidation.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;

import cn.gov.district.consolidation.intake.RunLock;

/**
 * Takes the run lock ({@code <data-dir>/consolidation.lock}) as soon as the configuration is
 * known, before the embedded H2 database is opened, and holds it until the application ends.
 * Taken any later, a second process would fail on H2's own file lock with a database error
 * instead of the operator's message; so a process that finds the lock held stops here with
 * {@link RunLockRefusedException} (exit code 3, the holder's pid and start time). The operating
 * system drops the lock with the process, so a killed run never leaves it stuck.
 * <p>
 * Registered in {@code META-INF/spring.factories} because it must run before the application
 * context exists. One instance per application start; events arrive on one thread at a time.
 */
public class ProcessRunLock implements ApplicationListener<ApplicationEvent>, Ordered {

	/** The lock file's name in the data folder. */
	static final String LOCK_FILE = "consolidation.lock";

	private RunLock held;

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			Path dataDir = Binder.get(prepared.getEnvironment())
				.bind("consolidation.data-dir", Path.class)
				.orElse(Path.of("data"));
			acquire(dataDir.resolve(LOCK_FILE));
		}
		else if (event instanceof ContextClosedEvent || event instanceof ApplicationFailedEvent) {
			release();
		}
	}

	private synchronized void acquire(Path lockFile) {
		if (held != null) {
			return;
		}
		try {
			Optional<RunLock> lock = RunLock.tryAcquire(lockFile);
			if (lock.isEmpty()) {
				throw new RunLockRefusedException(RunLock.describeHolder(lockFile));
			}
			held = lock.get();
		}
		catch (IOException e) {
			throw new UncheckedIOException("运行锁文件 " + lockFile + " 无法创建：" + e.getMessage(), e);
		}
	}

	private synchronized void release() {
		if (held == null) {
			return;
		}
		try {
			held.close();
		}
		catch (IOException e) {
			// the operating system releases it when the process ends
		}
		held = null;
	}

	@Override
	public int getOrder() {
		// after the logging system is set up, so the refusal is logged like everything else
		return Ordered.LOWEST_PRECEDENCE;
	}
}
