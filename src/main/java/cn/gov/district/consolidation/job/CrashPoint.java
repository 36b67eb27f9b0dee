package cn.gov.district.consolidation.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A test hook that stops the job at a named point so a test can kill the process there with
 * SIGKILL, instead of guessing the moment by timing. Off unless
 * {@code consolidation.test.halt-at} names a point; in production the property is empty and
 * {@link #reached} does nothing.
 * <p>
 * At the named point the process prints {@value #MARKER}{@code <point>} on standard output
 * and waits: the test either kills it ({@code Process.destroyForcibly()}) or releases it by
 * writing a line to its standard input (to hold a run while another one starts). When standard
 * input is closed the process halts at once with exit code 137, as if killed, so a forgotten
 * property never leaves a process hanging.
 * <p>
 * The points, in the order the job reaches them: {@code after-discover} (discover committed,
 * ingest not begun), {@code read:<file name>} (that file's partition about to read it, the other
 * partitions going on), {@code staged:N} (the N-th staging batch of the run committed, its file
 * not yet decided: see {@link CrashPointStagingArea}), {@code before-decide} (every file read
 * and its outcome kept, none decided), {@code stored:N} (the N-th decision of the
 * decide step committed),
 * {@code before-report} (consolidated, no workbook yet), {@code after-workbook} (the workbook
 * and its CSV files written, nothing archived), {@code archive-moved-unrecorded} (the first
 * file moved but its move not yet recorded). Thread-safe.
 */
@Component
class CrashPoint {

	/** What the process prints when it reaches the configured point. */
	static final String MARKER = "CRASH-POINT-REACHED ";

	private final String haltAt;

	CrashPoint(@Value("${consolidation.test.halt-at:}") String haltAt) {
		this.haltAt = haltAt == null ? "" : haltAt.trim();
	}

	/** Stops here when {@code point} is the configured one; returns at once otherwise. */
	void reached(String point) {
		if (haltAt.isEmpty() || !haltAt.equals(point)) {
			return;
		}
		PrintStream out = System.out;
		out.println(MARKER + point);
		out.flush();
		try {
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			if (in.readLine() != null) {
				return;
			}
		}
		catch (IOException e) {
			// no usable stdin: behave as a kill, below
		}
		Runtime.getRuntime().halt(137);
	}
}
