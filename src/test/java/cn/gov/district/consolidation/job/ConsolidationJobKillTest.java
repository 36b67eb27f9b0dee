package cn.gov.district.consolidation.job;

import static cn.gov.district.consolidation.examples.ExampleFacts.DISTRICT;
import static cn.gov.district.consolidation.examples.ExampleFacts.FILES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.district.consolidation.examples.ExampleSubmissions;

/**
 * A run killed with SIGKILL at a chosen point (a {@link CrashPoint}, not timing luck) in a child
 * JVM is finished by the next run exactly as if nothing had happened: the same workbook cell by
 * cell, every input file in exactly one place, and no row stored twice.
 */
class ConsolidationJobKillTest {

	private static final String PERIOD_KEY = "2022-11";

	private static final String[] TABLES = { "input_file", "submission", "indicator_value", "project", "finding" };

	/** What an uninterrupted run of the examples produces. */
	private static List<String> expectedCells;

	private static Map<String, Long> expectedCounts;

	@BeforeAll
	static void runUninterrupted(@TempDir Path root) throws Exception {
		JobHarness harness = new JobHarness(root);
		writeExamples(harness);
		assertThat(harness.run()).isZero();
		expectedCells = cells(workbookOf(harness));
		expectedCounts = tableCounts(harness);
	}

	@ParameterizedTest(name = "killed at {0}")
	@ValueSource(strings = { "after-discover", "staged:3", "before-decide", "stored:3", "before-report", "after-workbook",
			"archive-moved-unrecorded" })
	void shouldFinishAKilledRunAsIfItHadNeverBeenKilled(String point, @TempDir Path root) throws Exception {
		JobHarness harness = new JobHarness(root);
		writeExamples(harness);

		try (ChildJob child = ChildJob.start(harness, point)) {
			assertThat(child.awaitCrashPoint()).isEqualTo(point);
			assertThat(child.kill()).as("killed, not exited").isNotZero();
		}

		assertNextRunFinishesAsIfNeverInterrupted(harness);
	}

	@Test
	void shouldDecideWhatAKilledRunHadReadWithoutReadingItAgain(@TempDir Path root) throws Exception {
		JobHarness harness = new JobHarness(root);
		writeExamples(harness);

		try (ChildJob child = ChildJob.start(harness, "before-decide")) {
			assertThat(child.awaitCrashPoint()).isEqualTo("before-decide");
			// every file was read (SubmissionFileProcessor logs each one) and none decided
			assertThat(child.output().split("，数据行 ", -1)).hasSize(FILES.size() + 1);
			assertThat(child.kill()).as("killed, not exited").isNotZero();
		}

		String next = assertNextRunFinishesAsIfNeverInterrupted(harness);
		assertThat(next).as("the next run read no file again").doesNotContain("，数据行 ");
	}

	@Test
	void shouldStopAfterTheCurrentChunkOnSigtermInTheMiddleOfTheDecisionsAndFinishOnTheNextRun(@TempDir Path root)
			throws Exception {
		JobHarness harness = new JobHarness(root);
		writeExamples(harness);

		// the scheduled run has read every file and committed its first chunk of decisions
		stopOnSigtermAt(harness, "stored:2");

		assertNextRunFinishesAsIfNeverInterrupted(harness);
	}

	@Test
	void shouldStopReadingOnSigtermAndReadOnlyTheRestOnTheNextRun(@TempDir Path root) throws Exception {
		JobHarness harness = new JobHarness(root);
		writeExamples(harness);

		// one partition about to read its file, the other thread reading the others
		String read = stopOnSigtermAt(harness, "read:" + FILES.get(0));

		String next = assertNextRunFinishesAsIfNeverInterrupted(harness);
		int readBefore = read.split("，数据行 ", -1).length - 1;
		int readAfter = next.split("，数据行 ", -1).length - 1;
		assertThat(readBefore).as("the held file, at least, was read before the stop").isPositive();
		assertThat(readBefore + readAfter).as("every file read once:\n" + read + "\n---\n" + next).isEqualTo(FILES.size());
	}

	/**
	 * Starts the job in schedule mode, held at {@code point}; sends SIGTERM as a service manager
	 * would, checks that the process waits for the running job, lets it go on and checks that it
	 * stopped ({@code STOPPED}) with files left for later; returns what it printed.
	 */
	private static String stopOnSigtermAt(JobHarness harness, String point) throws Exception {
		String output;
		try (ChildJob child = ChildJob.start(harness, point, "--schedule", "--consolidation.schedule.cron=*/2 * * * * *")) {
			assertThat(child.awaitCrashPoint()).isEqualTo(point);
			// a service manager stops the service: the shutdown asks the job to stop and waits for it
			child.signalTerm();
			child.awaitLines("收到停止信号", 1);
			assertThat(child.isAlive()).as("waits for the running job:\n" + child.output()).isTrue();
			child.release();
			child.awaitExit();
			output = child.output();
			// the job went on to its end after the signal: the process waited for it
			assertThat(output).contains("汇总任务结束：STOPPED");
		}
		try (Connection c = DriverManager.getConnection(harness.jdbcUrl(), "sa", ""); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select status from batch_job_execution order by job_execution_id")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).as("stopped, not left running:\n" + output).isEqualTo("STOPPED");
		}
		assertThat(JobHarness.filesIn(harness.input())).as("files the stopped run did not get to:\n" + output).isNotEmpty();
		return output;
	}

	/**
	 * Runs the job again and checks the night ends as an uninterrupted one: the same workbook cell
	 * by cell, the same row counts, nothing twice, every file once in the archive or rejected;
	 * returns what the run printed.
	 */
	private String assertNextRunFinishesAsIfNeverInterrupted(JobHarness harness) throws Exception {
		String output;
		try (ChildJob again = ChildJob.start(harness, null)) {
			assertThat(again.awaitExit()).as(again.output()).isZero();
			output = again.output();
		}

		assertThat(cells(workbookOf(harness))).containsExactlyElementsOf(expectedCells);
		assertThat(tableCounts(harness)).isEqualTo(expectedCounts);
		assertThat(duplicateRows(harness)).isEmpty();
		assertThat(JobHarness.filesIn(harness.input())).as("input folder").isEmpty();
		List<String> placed = new ArrayList<>(submittedFilesBelow(harness.archive()));
		placed.addAll(submittedFilesBelow(harness.rejected()));
		assertThat(placed).as("archive + rejected").containsExactlyInAnyOrderElementsOf(FILES);
		return output;
	}

	/**
	 * The examples with one modification time, so that both runs process them in the same order
	 * (by name) and list their findings alike, however fast the files were written.
	 */
	private static void writeExamples(JobHarness harness) throws IOException {
		FileTime written = FileTime.from(Instant.parse("2022-12-01T01:00:00Z"));
		for (Path file : ExampleSubmissions.writeAll(harness.input())) {
			Files.setLastModifiedTime(file, written);
		}
	}

	private static Path workbookOf(JobHarness harness) {
		return harness.output().resolve(PERIOD_KEY).resolve(DISTRICT + "_" + PERIOD_KEY + "_汇总.xlsx");
	}

	/** Every cell of every sheet as {@code sheet!A1=value}, with the run's own clock times masked. */
	static List<String> cells(Path workbook) throws IOException {
		List<String> cells = new ArrayList<>();
		try (InputStream in = Files.newInputStream(workbook); Workbook wb = WorkbookFactory.create(in)) {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						String value = switch (cell.getCellType()) {
							case NUMERIC -> Double.toString(cell.getNumericCellValue());
							case STRING -> cell.getStringCellValue();
							case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
							case FORMULA -> "=" + cell.getCellFormula();
							default -> "";
						};
						if (cell.getCellType() != CellType.BLANK) {
							// the subtitle's "as of" and the receipt times are wall-clock times of the run
							cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "="
									+ value.replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}", "<time>"));
						}
					}
				}
			}
		}
		return cells;
	}

	static Map<String, Long> tableCounts(JobHarness harness) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection c = DriverManager.getConnection(harness.jdbcUrl(), "sa", ""); Statement s = c.createStatement()) {
			for (String table : TABLES) {
				try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
		}
		return counts;
	}

	/** Files registered twice, submissions stored twice for the same file, street and period. */
	private static List<String> duplicateRows(JobHarness harness) throws SQLException {
		List<String> duplicates = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(harness.jdbcUrl(), "sa", ""); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select file_name from input_file group by sha256, file_name having count(*) > 1")) {
				while (rs.next()) {
					duplicates.add("input_file " + rs.getString(1));
				}
			}
			try (ResultSet rs = s.executeQuery(
					"select street, period_key from submission group by file_id, street, period_key having count(*) > 1")) {
				while (rs.next()) {
					duplicates.add("submission " + rs.getString(1) + " " + rs.getString(2));
				}
			}
		}
		return duplicates;
	}

	/** The submitted files below an archive or rejected folder, leaving out the error workbooks written beside them. */
	private static List<String> submittedFilesBelow(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile)
				.map(p -> p.getFileName().toString())
				.filter(name -> !name.endsWith("_问题清单.xlsx"))
				.toList();
		}
	}
}
