package cn.gov.district.consolidation.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

	@TempDir
	Path dataDir;

	@Test
	@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void shouldTurnAwayWhileAnotherProcessHoldsTheLockAndTakeItOnceThatProcessIsKilled() throws Exception {
		Path lockFile = dataDir.resolve("consolidation.lock");
		Process child = startChild("hold", lockFile);
		try {
			assertThat(firstLine(child)).isEqualTo("LOCKED");

			assertThat(RunLock.tryAcquire(lockFile)).isEmpty();
			assertThat(RunLock.describeHolder(lockFile))
				.matches("另一个汇总任务正在运行（进程 " + child.pid() + "，开始于 \\d{2}:\\d{2}:\\d{2}），本次退出");
			assertThat(RunLock.tryAcquire(lockFile)).as("asking again does not disturb the holder").isEmpty();
		}
		finally {
			child.destroyForcibly().waitFor();
		}

		Optional<RunLock> lock = RunLock.tryAcquire(lockFile);
		assertThat(lock).isPresent();
		lock.get().close();
	}

	@Test
	@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void shouldKeepHoldingWhenThisProcessAsksAgainAndReleaseOnClose() throws Exception {
		Path lockFile = dataDir.resolve("consolidation.lock");
		RunLock lock = RunLock.tryAcquire(lockFile).orElseThrow();
		try {
			assertThat(RunLock.tryAcquire(lockFile)).isEmpty();
			assertThat(RunLock.tryAcquire(dataDir.resolve("./consolidation.lock"))).isEmpty();
			assertThat(RunLock.describeHolder(lockFile)).contains("进程 " + ProcessHandle.current().pid() + "，");

			assertThat(runChild("try", lockFile)).as("the second try in this JVM must not drop the OS lock")
				.isEqualTo("BUSY");
		}
		finally {
			lock.close();
		}

		assertThat(runChild("try", lockFile)).isEqualTo("ACQUIRED");
		RunLock again = RunLock.tryAcquire(lockFile).orElseThrow();
		again.close();
	}

	@Test
	void shouldWritePidAndStartTimeIntoTheLockFileInShanghaiTime() throws IOException {
		Path lockFile = dataDir.resolve("data/consolidation.lock");
		Clock clock = Clock.fixed(Instant.parse("2026-11-21T18:00:03Z"), ZoneOffset.UTC);

		RunLock lock = RunLock.tryAcquire(lockFile, clock).orElseThrow();
		assertThat(RunLock.describeHolder(lockFile))
			.isEqualTo("另一个汇总任务正在运行（进程 " + ProcessHandle.current().pid() + "，开始于 02:00:03），本次退出");
		lock.close();

		assertThat(Files.readAllLines(lockFile, StandardCharsets.UTF_8))
			.containsExactly("pid=" + ProcessHandle.current().pid(), "started=2026-11-22T02:00:03+08:00");
	}

	@Test
	void shouldDescribeHolderFromTheFileWrittenByAnotherProcess() throws IOException {
		Path lockFile = Files.writeString(dataDir.resolve("consolidation.lock"),
				"pid=1234\nstarted=2026-11-22T02:00:03+08:00\n", StandardCharsets.UTF_8);

		assertThat(RunLock.describeHolder(lockFile)).isEqualTo("另一个汇总任务正在运行（进程 1234，开始于 02:00:03），本次退出");
	}

	@Test
	void shouldDescribeHolderWithoutDetailsWhenTheFileSaysNothingUseful() throws IOException {
		Path lockFile = Files.writeString(dataDir.resolve("consolidation.lock"), "pid=12", StandardCharsets.UTF_8);
		Path missing = dataDir.resolve("missing.lock");

		assertThat(RunLock.describeHolder(lockFile)).startsWith("另一个汇总任务正在运行（锁文件 ")
			.endsWith("进程信息暂时读不到），本次退出");
		assertThat(RunLock.describeHolder(missing)).contains("进程信息暂时读不到");
	}

	@Test
	void shouldAllowCloseTwiceAndTakingTheLockAgain() throws IOException {
		Path lockFile = dataDir.resolve("consolidation.lock");
		RunLock lock = RunLock.tryAcquire(lockFile).orElseThrow();
		lock.close();
		lock.close();

		RunLock again = RunLock.tryAcquire(lockFile).orElseThrow();
		again.close();
	}

	private static Process startChild(String mode, Path lockFile) throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		return new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
				RunLockChildMain.class.getName(), mode, lockFile.toString()))
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
	}

	private static String runChild(String mode, Path lockFile) throws Exception {
		Process child = startChild(mode, lockFile);
		try {
			return firstLine(child);
		}
		finally {
			child.waitFor();
		}
	}

	private static String firstLine(Process child) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		return reader.readLine();
	}
}
