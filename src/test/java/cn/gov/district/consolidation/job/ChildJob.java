package cn.gov.district.consolidation.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import cn.gov.district.consolidation.ConsolidationApplication;

/**
 * The real application in a child JVM, started as an operator would start the jar, on the
 * folders and H2 file database of a {@link JobHarness}. Its output is collected line by line so
 * a test can wait for the {@link CrashPoint} marker and then kill the process with SIGKILL.
 */
final class ChildJob implements AutoCloseable {

	/** Generous upper bounds so a broken child fails the test instead of hanging the build. */
	static final long MAX_WAIT_SECONDS = 120;

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	/** Notified at every line and when the output ends; guards {@link #ended}. */
	private final Object printed = new Object();

	private boolean ended;

	private final CompletableFuture<String> marker = new CompletableFuture<>();

	private ChildJob(Process process) {
		this.process = process;
		Thread pump = new Thread(this::pump, "child-output-" + process.pid());
		pump.setDaemon(true);
		pump.start();
	}

	/** Starts the job once in a child JVM; {@code haltAt} is a {@link CrashPoint} or {@code null}. */
	static ChildJob start(JobHarness harness, String haltAt, String... extraArgs) throws IOException {
		return startWithJvmOptions(harness, List.of(), haltAt, extraArgs);
	}

	/**
	 * As {@link #start(JobHarness, String, String...)}, with JVM options of its own before the class
	 * path (for instance {@code -XX:ActiveProcessorCount=2}, so that the job sizes its thread pools
	 * as on a machine of two cores whatever this one has).
	 */
	static ChildJob startWithJvmOptions(JobHarness harness, List<String> jvmOptions, String haltAt, String... extraArgs)
			throws IOException {
		List<String> args = new ArrayList<>(harness.withOverrides(extraArgs));
		if (haltAt != null) {
			args.add("--consolidation.test.halt-at=" + haltAt);
		}
		List<String> launch = new ArrayList<>(jvmOptions);
		launch.addAll(List.of("-cp", System.getProperty("java.class.path"), ConsolidationApplication.class.getName()));
		return start(launch, args);
	}

	/**
	 * Starts the job once as it is deployed (README): the extracted {@code jar} with the class data
	 * sharing archive {@code classes}, which the JVM must be able to map ({@code -Xshare:on}: it
	 * refuses to start otherwise).
	 */
	static ChildJob startDeployed(JobHarness harness, Path jar, Path classes, String... extraArgs) throws IOException {
		return start(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + classes, "-jar", jar.toString()),
				harness.withOverrides(extraArgs));
	}

	private static ChildJob start(List<String> launch, List<String> args) throws IOException {
		return start(List.of(), launch, args, false);
	}

	/**
	 * Starts the job once in a child JVM that obeys file permissions as an operator's account does:
	 * when the tests run as root, under {@code setpriv} without the capabilities that let root read any
	 * file ({@code CAP_DAC_OVERRIDE}, {@code CAP_DAC_READ_SEARCH}); root still owns the build's files.
	 */
	static ChildJob startObeyingFilePermissions(JobHarness harness, String... extraArgs) throws IOException {
		List<String> prefix = "root".equals(System.getProperty("user.name"))
				? List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search") : List.of();
		return start(prefix, List.of("-cp", System.getProperty("java.class.path"), ConsolidationApplication.class.getName()),
				harness.withOverrides(extraArgs), false);
	}

	/**
	 * Starts the job once as cron starts it: no {@code LANG}, {@code LC_ALL=C}, no encoding options, so
	 * the JVM's file name encoding ({@code sun.jnu.encoding}) and {@code file.encoding} are ASCII.
	 */
	static ChildJob startInPosixLocale(JobHarness harness, String... extraArgs) throws IOException {
		return start(List.of(), List.of("-cp", System.getProperty("java.class.path"), ConsolidationApplication.class.getName()),
				harness.withOverrides(extraArgs), true);
	}

	private static ChildJob start(List<String> prefix, List<String> launch, List<String> args, boolean posixLocale)
			throws IOException {
		List<String> command = new ArrayList<>(prefix);
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// the JVM options the job ships with (an unknown option there fails every child, so these tests)
		command.addAll(List.of("@" + Path.of("config", "jvm.options").toAbsolutePath(), "-Xmx512m"));
		if (!posixLocale) {
			command.addAll(List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
		}
		command.addAll(launch);
		command.addAll(args);
		// the working directory holds config/application.yml with the roster, as beside the jar
		ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
			.redirectErrorStream(true);
		if (posixLocale) {
			builder.environment().keySet().removeIf(k -> k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("LC_"));
			builder.environment().put("LC_ALL", "C");
		}
		return new ChildJob(builder.start());
	}

	private void pump() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				synchronized (printed) {
					lines.add(line);
					printed.notifyAll();
				}
				if (line.startsWith(CrashPoint.MARKER)) {
					marker.complete(line.substring(CrashPoint.MARKER.length()).trim());
				}
			}
		}
		catch (IOException e) {
			// the process died: what it said so far is in lines
		}
		synchronized (printed) {
			ended = true;
			printed.notifyAll();
		}
		marker.completeExceptionally(new AssertionError("child ended without reaching a crash point:\n" + output()));
	}

	/** Waits until the child stops at its crash point and returns the point's name. */
	String awaitCrashPoint() throws Exception {
		return marker.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
	}

	/**
	 * Completes with the name of the crash point when the child stops there, or exceptionally when
	 * its output ends first.
	 */
	CompletableFuture<String> crashPoint() {
		return marker;
	}

	/**
	 * Waits until the child has printed {@code count} lines containing {@code text}. Fails, with
	 * what the child printed, when its output ends first or after {@value #MAX_WAIT_SECONDS} s.
	 */
	void awaitLines(String text, int count) throws InterruptedException {
		awaitOutput(count + " lines with \"" + text + "\"", () -> linesWith(text) >= count);
	}

	/**
	 * Waits until the child has printed a line containing each of {@code texts}, each line after
	 * the one before. Fails as {@link #awaitLines}.
	 */
	void awaitLinesInOrder(String... texts) throws InterruptedException {
		awaitOutput("lines with " + String.join(", then ", texts), () -> {
			int next = 0;
			for (String line : lines) {
				if (next < texts.length && line.contains(texts[next])) {
					next++;
				}
			}
			return next == texts.length;
		});
	}

	private void awaitOutput(String what, BooleanSupplier printedYet) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_WAIT_SECONDS);
		synchronized (printed) {
			while (!printedYet.getAsBoolean()) {
				if (ended) {
					throw new AssertionError("child ended before printing " + what + ":\n" + output());
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError("child did not print " + what + " within " + MAX_WAIT_SECONDS + " s:\n" + output());
				}
				TimeUnit.NANOSECONDS.timedWait(printed, left);
			}
		}
	}

	/** How many lines containing {@code text} the child has printed so far. */
	int linesWith(String text) {
		return (int) lines.stream().filter(l -> l.contains(text)).count();
	}

	/** Whether the child has stopped at its crash point by now. */
	boolean atCrashPoint() {
		return marker.isDone() && !marker.isCompletedExceptionally();
	}

	/** SIGKILL, as {@code kill -9}: no shutdown hook, no finally block runs. */
	int kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
			throw new AssertionError("child did not die");
		}
		return process.exitValue();
	}

	/** SIGTERM, as {@code kill} or a service manager stopping it: shutdown hooks run. */
	int terminate() throws InterruptedException {
		signalTerm();
		if (!process.waitFor(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("child did not stop on SIGTERM:\n" + output());
		}
		return process.exitValue();
	}

	/**
	 * Sends SIGTERM, as a service manager stopping the service would, and returns at once. Through
	 * the process handle: {@link Process#destroy()} would also close the child's pipes, which a
	 * real SIGTERM does not.
	 */
	void signalTerm() {
		process.toHandle().destroy();
	}

	/** Lets a child waiting at its crash point go on. */
	void release() throws IOException {
		OutputStream in = process.getOutputStream();
		in.write("\n".getBytes(StandardCharsets.UTF_8));
		in.flush();
	}

	/** Waits for the child to exit and returns its exit code. */
	int awaitExit() throws InterruptedException {
		if (!process.waitFor(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("child did not finish:\n" + output());
		}
		return process.exitValue();
	}

	long pid() {
		return process.pid();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** Everything the child printed so far (stdout and stderr). */
	String output() {
		return String.join("\n", lines);
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroyForcibly();
		}
	}
}
