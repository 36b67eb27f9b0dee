package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReadAheadReaderTest {

	@TempDir
	Path dir;

	private static final Path ANY = Path.of("any.xlsx");

	@Test
	void deliversAWorkbookExactlyAsTheReaderItWrapsOnTheCallingThread() throws Exception {
		Path file = dir.resolve("big.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			for (String name : List.of("基本信息", "指标完成情况", "重点项目")) {
				Sheet sheet = wb.createSheet(name);
				// more rows than one hand-over holds, so several batches cross
				for (int r = 0; r < ReadAheadReader.BATCH * 5 + 17; r++) {
					Row row = sheet.createRow(r);
					row.createCell(0).setCellValue(name + r);
					row.createCell(2).setCellValue(r * 1.25);
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				wb.write(out);
			}
		}
		RecordingSink direct = new RecordingSink();
		new XlsxStreamingReader().read(file, direct);

		ThreadCheckingSink ahead = new ThreadCheckingSink();
		new ReadAheadReader(new XlsxStreamingReader(), "parse-test").read(file, ahead);

		assertThat(ahead.events).isEqualTo(direct.events);
		assertThat(ahead.sheets).isEqualTo(direct.sheets);
		assertThat(ahead.rows("指标完成情况")).hasSize(ReadAheadReader.BATCH * 5 + 17);
		assertThat(ahead.otherThreads).as("events delivered on a thread other than the caller's").isZero();
	}

	@Test
	void throwsTheReadersFailureAfterTheRowsItDeliveredBeforeIt() throws Exception {
		Path whole = dir.resolve("whole.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("指标");
			for (int i = 0; i < 5000; i++) {
				sheet.createRow(i).createCell(0).setCellValue("行" + i);
			}
			try (OutputStream out = Files.newOutputStream(whole)) {
				wb.write(out);
			}
		}
		byte[] bytes = Files.readAllBytes(whole);
		Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
		RecordingSink sink = new RecordingSink();
		assertThatThrownBy(() -> new ReadAheadReader(new XlsxStreamingReader(), "parse-test").read(cut, sink))
			.isInstanceOf(TableReadException.class)
			.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"));

		TableReadException failure = new TableReadException("CORRUPT_FILE", "文件已损坏");
		RecordingSink before = new RecordingSink();
		TableReader failing = reader((path, s) -> {
			s.startSheet("指标", false);
			for (int i = 1; i <= 1000; i++) {
				s.row(row(i));
			}
			throw failure;
		});
		assertThatThrownBy(() -> new ReadAheadReader(failing, "parse-test").read(ANY, before)).isSameAs(failure);
		assertThat(before.rows("指标")).hasSize(1000).last().satisfies(r -> assertThat(r.rowNumber()).isEqualTo(1000));
	}

	@Test
	void passesAnUnexpectedErrorOfTheReaderOnUnchanged() {
		IllegalStateException bug = new IllegalStateException("bug");
		TableReader broken = reader((path, s) -> {
			throw bug;
		});
		assertThatThrownBy(() -> new ReadAheadReader(broken, "parse-test").read(ANY, new RecordingSink())).isSameAs(bug);
	}

	@Test
	void aFailingSinkStopsTheParsingThreadAndIsThrownUnchanged() throws Exception {
		AtomicBoolean parserEnded = new AtomicBoolean();
		AtomicInteger produced = new AtomicInteger();
		TableReader endless = reader((path, s) -> {
			try {
				s.startSheet("指标", false);
				for (int i = 1;; i++) {
					s.row(row(i));
					produced.incrementAndGet();
				}
			}
			finally {
				parserEnded.set(true);
			}
		});
		IllegalArgumentException sinkFailure = new IllegalArgumentException("sink");
		RowSink failingAtRow10 = new RecordingSink() {
			@Override
			public void row(TableRow row) {
				if (row.rowNumber() == 10) {
					throw sinkFailure;
				}
				super.row(row);
			}
		};
		assertThatThrownBy(() -> new ReadAheadReader(endless, "parse-test").read(ANY, failingAtRow10)).isSameAs(sinkFailure);
		assertThat(parserEnded).as("the parsing thread has ended when read() returns").isTrue();
		assertThat(produced.get()).as("rows parsed ahead are bounded").isLessThanOrEqualTo(
				ReadAheadReader.BATCH * (ReadAheadReader.IN_FLIGHT + 2));
	}

	@Test
	void parsesAtMostAFewBatchesAheadOfASlowSink() throws Exception {
		int rows = ReadAheadReader.BATCH * (ReadAheadReader.IN_FLIGHT + 10);
		SlowSinkRun run = readIntoASinkHoldingItsFirstRow(rows, i -> row(i));

		assertThat(run.consumed).isEqualTo(rows);
		assertThat(run.aheadWhileHeld).isLessThanOrEqualTo(ReadAheadReader.BATCH * (ReadAheadReader.IN_FLIGHT + 2))
			.isLessThan(rows);
		assertThat(run.maxAhead).isLessThanOrEqualTo(ReadAheadReader.BATCH * (ReadAheadReader.IN_FLIGHT + 2));
	}

	@Test
	void parsesAtMostAFewMegabytesOfLongTextsAheadOfASlowSink() throws Exception {
		String longText = "长".repeat(10_000);
		SlowSinkRun run = readIntoASinkHoldingItsFirstRow(5000, i -> new TableRow(i, List.of(longText), false));

		assertThat(run.consumed).isEqualTo(5000);
		// by rows alone 8,000 rows (80 million characters) could wait; by characters a few hundred
		assertThat((long) run.aheadWhileHeld * longText.length()).isLessThanOrEqualTo(
				(long) (ReadAheadReader.IN_FLIGHT + 2) * (ReadAheadReader.BATCH_CHARS + longText.length()));
	}

	/** What {@link #readIntoASinkHoldingItsFirstRow} saw: rows parsed while the sink held row 1, at most ahead, taken. */
	private record SlowSinkRun(int aheadWhileHeld, int maxAhead, int consumed) {
	}

	/**
	 * Waits until the thread of that name is parked (the parser offers a full queue its batch, 100 ms
	 * at a time: blocked by the bound on what it may hand over) or has ended; fails after 30 s.
	 */
	private static void awaitParkedOrEnded(String name) {
		Thread thread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
			.orElse(null);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (true) {
			Thread.State state = thread == null ? Thread.State.TERMINATED : thread.getState();
			if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.TERMINATED) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError(name + " neither waits nor has ended after 30 s: " + thread.getState());
			}
			Thread.yield();
		}
	}

	/**
	 * Reads {@code rows} rows made by {@code rowOf} into a sink that holds its first row until the
	 * parser waits, counting how far the parser ran ahead meanwhile and afterwards.
	 */
	private static SlowSinkRun readIntoASinkHoldingItsFirstRow(int rows, IntFunction<TableRow> rowOf)
			throws InterruptedException {
		AtomicInteger produced = new AtomicInteger();
		TableReader counting = reader((path, s) -> {
			s.startSheet("指标", false);
			for (int i = 1; i <= rows; i++) {
				s.row(rowOf.apply(i));
				produced.incrementAndGet();
			}
			s.endSheet();
		});
		CountDownLatch firstRow = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger maxAhead = new AtomicInteger();
		AtomicInteger consumed = new AtomicInteger();
		RowSink slow = new RecordingSink() {
			@Override
			public void row(TableRow row) {
				firstRow.countDown();
				if (row.rowNumber() == 1) {
					await(release);
				}
				maxAhead.accumulateAndGet(produced.get() - consumed.incrementAndGet(), Math::max);
				super.row(row);
			}
		};
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread caller = new Thread(() -> {
			try {
				new ReadAheadReader(counting, "parse-test").read(ANY, slow);
			}
			catch (Throwable e) {
				failure.set(e);
			}
		});
		caller.start();
		assertThat(firstRow.await(30, TimeUnit.SECONDS)).as("the sink got its first row").isTrue();
		// the sink holds its first row: the parser fills what it may hand over and waits (or, were
		// there no bound, parses to the end)
		awaitParkedOrEnded("parse-test");
		int aheadWhileHeld = produced.get();
		release.countDown();
		caller.join();
		assertThat(failure.get()).isNull();
		return new SlowSinkRun(aheadWhileHeld, maxAhead.get(), consumed.get());
	}

	@Test
	void anInterruptedCallerStopsTakingRowsAndStopsTheParser() throws Exception {
		AtomicBoolean parserEnded = new AtomicBoolean();
		TableReader endless = reader((path, s) -> {
			try {
				s.startSheet("指标", false);
				for (int i = 1;; i++) {
					s.row(row(i));
				}
			}
			finally {
				parserEnded.set(true);
			}
		});
		CountDownLatch reading = new CountDownLatch(1);
		RowSink sink = new RecordingSink() {
			@Override
			public void row(TableRow row) {
				reading.countDown();
				super.row(row);
			}
		};
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean stillInterrupted = new AtomicBoolean();
		Thread caller = new Thread(() -> {
			try {
				new ReadAheadReader(endless, "parse-test").read(ANY, sink);
			}
			catch (Throwable e) {
				failure.set(e);
				stillInterrupted.set(Thread.currentThread().isInterrupted());
			}
		});
		caller.start();
		reading.await();
		caller.interrupt();
		caller.join(TimeUnit.SECONDS.toMillis(30));
		assertThat(caller.isAlive()).isFalse();
		assertThat(failure.get()).isInstanceOf(CancellationException.class);
		assertThat(stillInterrupted).as("the interrupt is kept for the caller's caller").isTrue();
		assertThat(parserEnded).isTrue();
	}

	@Test
	void supportsWhatTheWrappedReaderSupports() {
		ReadAheadReader ahead = new ReadAheadReader(new CsvTableReader(), "parse-test");
		assertThat(ahead.supports(FileFormat.CSV)).isTrue();
		assertThat(ahead.supports(FileFormat.XLSX)).isFalse();
	}

	private static TableRow row(int number) {
		return new TableRow(number, List.of("街道" + number, "指标", String.valueOf(number)), false);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@FunctionalInterface
	private interface Body {

		void read(Path file, RowSink sink) throws TableReadException;
	}

	private static TableReader reader(Body body) {
		return new TableReader() {
			@Override
			public boolean supports(FileFormat format) {
				return true;
			}

			@Override
			public void read(Path file, RowSink sink) throws TableReadException {
				body.read(file, sink);
			}
		};
	}

	/** Records, and counts events that arrive on a thread other than the one that created it. */
	private static final class ThreadCheckingSink extends RecordingSink {

		private final Thread owner = Thread.currentThread();

		int otherThreads;

		@Override
		public void startSheet(String sheetName, boolean hiddenSheet) {
			check();
			super.startSheet(sheetName, hiddenSheet);
		}

		@Override
		public void row(TableRow row) {
			check();
			super.row(row);
		}

		@Override
		public void endSheet() {
			check();
			super.endSheet();
		}

		private void check() {
			if (Thread.currentThread() != owner) {
				otherThreads++;
			}
		}
	}
}
