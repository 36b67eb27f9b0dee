package cn.gov.district.consolidation.job;

import static cn.gov.district.consolidation.examples.ExampleFacts.ACCEPTED_FILES;
import static cn.gov.district.consolidation.examples.ExampleFacts.DISTRICT;
import static cn.gov.district.consolidation.examples.ExampleFacts.DONGGUAN_FILE;
import static cn.gov.district.consolidation.examples.ExampleFacts.HEDONG_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.district.consolidation.examples.ExampleSubmissions;

/**
 * The intake defects of the review of 2026-12-03, each on the real job over real files: a folder
 * dropped into the input folder, names too long for a 问题清单, a file named like a 问题清单, copies
 * and earlier versions sent again, a file that vanished or was replaced after its decision.
 */
class IntakeDefectsTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@TempDir
	Path root;

	private JobHarness harness;

	private LocalDate today;

	private Path examples;

	@BeforeEach
	void setUp() throws Exception {
		harness = new JobHarness(root);
		examples = Files.createDirectories(root.resolve("examples"));
		ExampleSubmissions.writeAll(examples);
		Files.createDirectories(harness.input());
		today = LocalDate.now(SHANGHAI);
	}

	private Path example(String name) {
		return examples.resolve(name);
	}

	private String report(LocalDate night) throws Exception {
		return Files.readString(harness.output().resolve("运行报告_" + night + ".txt"), StandardCharsets.UTF_8);
	}

	private List<String> rows(String sql) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection c = harness.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder sb = new StringBuilder();
				for (int i = 1; i <= n; i++) {
					sb.append(i > 1 ? "|" : "").append(rs.getString(i));
				}
				rows.add(sb.toString());
			}
		}
		return rows;
	}

	@Test
	void shouldReportAFolderDroppedIntoTheInputFolderAndLeaveItAlone() throws Exception {
		Path folder = Files.createDirectories(harness.input().resolve("东关街道11月报表"));
		Files.copy(example(DONGGUAN_FILE), folder.resolve(DONGGUAN_FILE));

		assertThat(harness.run()).isZero();

		assertThat(folder.resolve(DONGGUAN_FILE)).exists();
		assertThat(report(today)).contains("暂不处理  东关街道11月报表（子文件夹，其中的文件未处理：请将其中的报送文件直接放入输入目录（input））")
			// the job's own folders are not reported
			.doesNotContain("暂不处理  archive").doesNotContain("暂不处理  rejected");
	}

	@Test
	void shouldSendBackAFileWhoseNameLeavesNoRoomForTheSuffixOfItsErrorWorkbook() throws Exception {
		// 80 Chinese characters: 240 bytes and ".xlsx", so "<base>_问题清单.xlsx" would be 258 bytes
		String name = "河东街道" + "二〇二二年一至十一月主要指标完成情况".repeat(4) + "报表".repeat(2) + ".xlsx";
		assertThat(name.getBytes(StandardCharsets.UTF_8).length).isBetween(238, 255);
		Files.copy(example(HEDONG_FILE), harness.input().resolve(name));

		assertThat(harness.run()).isZero();

		Path rejected = harness.rejected().resolve(today.toString());
		assertThat(rejected.resolve(name)).exists();
		assertThat(JobHarness.filesIn(rejected)).hasSize(2).anySatisfy(workbook -> {
			assertThat(workbook).startsWith("河东街道二〇二二年").endsWith("_问题清单.xlsx");
			assertThat(workbook.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
		});
		assertThat(rows("select status, moved from input_file")).containsExactly("REJECTED|TRUE");
		// and the next night has nothing left to fail on
		assertThat(harness.runDaysLater(1)).isZero();
	}

	@Test
	void shouldNeverTakeASubmittedFileForTheErrorWorkbookOfAnother() throws Exception {
		// night 1: 河东's file is rejected; its 问题清单 lies beside it
		String hedong = "河东街道11月.xlsx";
		Files.copy(example(HEDONG_FILE), harness.input().resolve(hedong));
		assertThat(harness.run()).isZero();
		Path night1 = harness.rejected().resolve(today.toString());
		Path workbook = night1.resolve("河东街道11月_问题清单.xlsx");
		assertThat(workbook).exists();

		// night 2: the same file again (read again, rejected again) and, found before it, a file named like its
		// 问题清单 that is rejected too (not a workbook at all)
		Path nightTwo = harness.rejected().resolve(today.plusDays(1).toString());
		byte[] impostor = "这不是表格".getBytes(StandardCharsets.UTF_8);
		Path sent = Files.write(harness.input().resolve("河东街道11月_问题清单.xlsx"), impostor);
		Files.setLastModifiedTime(sent, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
		Files.copy(example(HEDONG_FILE), harness.input().resolve(hedong));
		assertThat(harness.runDaysLater(1)).isZero();

		String ownWorkbook = rows("select error_workbook from input_file where run_date = '" + today.plusDays(1)
				+ "' and file_name = '" + hedong + "'").get(0);
		assertThat(Path.of(ownWorkbook)).exists().isNotEqualTo(nightTwo.resolve("河东街道11月_问题清单.xlsx"));
		assertThat(textOf(Path.of(ownWorkbook))).contains(hedong);
		// the file sent in under that name is a submission of its own, kept whole, with its own 问题清单
		assertThat(nightTwo.resolve("河东街道11月_问题清单.xlsx")).hasBinaryContent(impostor);
		assertThat(JobHarness.filesIn(nightTwo)).hasSize(4);
	}

	/** The texts of the first sheet of a workbook. */
	private static String textOf(Path workbook) throws Exception {
		StringBuilder sb = new StringBuilder();
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
			assertThat(wb.getSheetName(0)).isEqualTo("问题清单");
			for (Row row : wb.getSheetAt(0)) {
				for (Cell cell : row) {
					sb.append(cell.toString()).append('\n');
				}
			}
		}
		return sb.toString();
	}

	@Test
	void shouldRejectAnErrorWorkbookComeBackUnchangedWithoutReadingItAsASubmission() throws Exception {
		Files.copy(example(HEDONG_FILE), harness.input().resolve("河东街道11月.xlsx"));
		assertThat(harness.run()).isZero();
		Path workbook = harness.rejected().resolve(today.toString()).resolve("河东街道11月_问题清单.xlsx");
		Files.copy(workbook, harness.input().resolve("河东街道11月_问题清单.xlsx"));

		assertThat(harness.runDaysLater(1)).isZero();

		assertThat(rows("select status, rows_read, reason from input_file where file_name = '河东街道11月_问题清单.xlsx'"))
			.singleElement()
			.satisfies(r -> assertThat(r).startsWith("REJECTED|0|这是本程序为“河东街道11月.xlsx”生成的问题清单（原样未改），不是报送文件"));
		assertThat(harness.rejected().resolve(today.plusDays(1).toString()).resolve("河东街道11月_问题清单.xlsx")).exists();
		assertThat(JobHarness.filesIn(harness.input())).isEmpty();
	}

	@Test
	void shouldMakeAnEarlierVersionSentAgainTheCurrentOneAndIgnoreOnlyACopyOfTheCurrent() throws Exception {
		Files.copy(example(DONGGUAN_FILE), harness.input().resolve(DONGGUAN_FILE));
		assertThat(harness.run()).isZero();
		// night 2: a correction
		DropFolderOperationsTest.correctIndustrialOutput(example(DONGGUAN_FILE), harness.input().resolve("东关更正.xlsx"), "90.5");
		assertThat(harness.runDaysLater(1)).isZero();
		// night 3: the first version again, exactly: the correction is withdrawn
		Files.copy(example(DONGGUAN_FILE), harness.input().resolve("东关恢复原报.xlsx"));
		assertThat(harness.runDaysLater(2)).isZero();

		assertThat(rows("select status from input_file where file_name = '东关恢复原报.xlsx'")).containsExactly("ACCEPTED");
		assertThat(rows("""
				select s.version, s.is_current, f.file_name from submission s join input_file f on f.id = s.file_id
				where s.street = '东关街道' order by s.version""")).containsExactly("1|FALSE|" + DONGGUAN_FILE,
				"2|FALSE|东关更正.xlsx", "3|TRUE|东关恢复原报.xlsx");
		try (SummaryWorkbook wb = new SummaryWorkbook(
				harness.output().resolve("2022-11").resolve(DISTRICT + "_2022-11_汇总.xlsx"))) {
			assertThat(wb.number("汇总", "规模以上工业总产值", "东关街道")).isEqualByComparingTo("86.42");
		}

		// night 4: a copy of the current version is a duplicate
		Files.copy(example(DONGGUAN_FILE), harness.input().resolve("东关再次报送.xlsx"));
		assertThat(harness.runDaysLater(3)).isZero();
		assertThat(rows("select status from input_file where file_name = '东关再次报送.xlsx'")).containsExactly("DUPLICATE");
		assertThat(rows("select count(*) from submission where street = '东关街道'")).containsExactly("3");
	}

	@Test
	void shouldRejectACopyOfAFileRejectedTheSameNightWithItsOwnErrorWorkbook() throws Exception {
		Files.copy(example(HEDONG_FILE), harness.input().resolve("河东街道11月.xlsx"));
		Files.copy(example(HEDONG_FILE), harness.input().resolve("河东街道11月（副本）.xlsx"));

		assertThat(harness.run()).isZero();

		Path rejected = harness.rejected().resolve(today.toString());
		assertThat(JobHarness.filesIn(rejected)).containsExactlyInAnyOrder("河东街道11月.xlsx", "河东街道11月_问题清单.xlsx",
				"河东街道11月（副本）.xlsx", "河东街道11月（副本）_问题清单.xlsx");
		assertThat(JobHarness.filesBelow(harness.archive())).isEmpty();
		assertThat(rows("select status from input_file order by id")).containsExactly("REJECTED", "REJECTED");
		// the copy's 问题清单 lists the same problem as the original's
		List<String> messages = rows("select f.message from finding f join input_file i on i.id = f.file_id"
				+ " where i.file_name = '河东街道11月.xlsx'");
		assertThat(messages).isNotEmpty();
		assertThat(textOf(rejected.resolve("河东街道11月（副本）_问题清单.xlsx"))).contains("河东街道11月（副本）.xlsx")
			.contains(messages);
		assertThat(report(today)).contains("退回 2 个 + 重复 0 个");
	}

	/** Runs {@code sql} on the job's database. */
	private void execute(String sql) throws Exception {
		try (Connection c = harness.connect(); Statement s = c.createStatement()) {
			s.executeUpdate(sql);
		}
	}

	@Test
	void shouldNeverMoveAnotherFileOfTheSameNameUnderTheDecisionOfOneThatVanished() throws Exception {
		// night 1: 河东's file is rejected; then, as a run that crashed between the decision and the move leaves it
		// when the file vanished in between, its row is decided and unmoved and the file is gone
		String name = "河东街道11月.xlsx";
		Files.copy(example(HEDONG_FILE), harness.input().resolve(name));
		assertThat(harness.run()).isZero();
		execute("update input_file set moved = false, final_path = null, error_workbook = null");
		for (String f : JobHarness.filesIn(harness.rejected().resolve(today.toString()))) {
			Files.delete(harness.rejected().resolve(today.toString()).resolve(f));
		}

		// night 2: another file, of other content, under the same name: a submission of its own (accepted)
		Files.copy(example(DONGGUAN_FILE), harness.input().resolve(name));
		assertThat(harness.runDaysLater(1)).isZero();

		LocalDate night2 = today.plusDays(1);
		assertThat(harness.archive().resolve(night2.toString()).resolve(name)).exists();
		assertThat(JobHarness.filesBelow(harness.rejected())).isEmpty();
		assertThat(rows("select status, moved, lost_on from input_file order by id")).containsExactly(
				"REJECTED|TRUE|" + night2, "ACCEPTED|TRUE|null");
		assertThat(report(night2)).contains("文件缺失 1 个").contains("文件缺失  " + name + "（" + today + " 放入的文件；");

		// night 3: settled once, not looked for again
		assertThat(harness.runDaysLater(2)).isZero();
		assertThat(report(today.plusDays(2))).doesNotContain("缺失");
		assertThat(rows("select count(*) from input_file")).containsExactly("2");
	}

	@Test
	void shouldNotReadUnderAnEarlierRowAFileThatReplacedTheOneItRegistered() throws Exception {
		// a run that crashed after discovering 河东's file left its row pending; the file was then replaced by another
		// of the same name and other content (东关's)
		String name = "东关街道11月.xlsx";
		Files.copy(example(HEDONG_FILE), harness.input().resolve(name));
		assertThat(harness.run()).isZero();
		execute("delete from finding");
		execute("update input_file set status = 'DISCOVERED', moved = false, final_path = null, error_workbook = null,"
				+ " error_workbook_sha256 = null, reason = null, street = null, period_key = null");
		for (String f : JobHarness.filesIn(harness.rejected().resolve(today.toString()))) {
			Files.delete(harness.rejected().resolve(today.toString()).resolve(f));
		}
		Files.copy(example(DONGGUAN_FILE), harness.input().resolve(name));

		assertThat(harness.runDaysLater(1)).isZero();

		// 东关's file is read once, under its own row, and archived; the old row reads nothing and is settled as lost
		assertThat(rows("select status, rows_read > 0, lost_on is not null from input_file order by id"))
			.containsExactly("REJECTED|FALSE|TRUE", "ACCEPTED|TRUE|FALSE");
		assertThat(rows("select count(*) from submission where street = '东关街道'")).containsExactly("1");
		assertThat(harness.archive().resolve(today.plusDays(1).toString()).resolve(name)).exists();
		assertThat(JobHarness.filesBelow(harness.rejected())).isEmpty();
	}

	/** A file in {@code dir} named by the GBK bytes of {@code name}, as unpacked from a Windows zip. */
	private static Path gbkNamed(Path dir, String name) {
		StringBuilder escaped = new StringBuilder();
		for (byte b : name.getBytes(Charset.forName("GBK"))) {
			escaped.append('%').append(String.format("%02X", b & 0xff));
		}
		String base = dir.toAbsolutePath().toUri().toString();
		// a path of exactly these bytes, whatever the JVM's name encoding (its String would be mojibake)
		return Path.of(URI.create((base.endsWith("/") ? base : base + "/") + escaped));
	}

	@Test
	void shouldReadAndMoveFilesWhoseNamesAreGbkBytes() throws Exception {
		Files.copy(example(DONGGUAN_FILE), gbkNamed(harness.input(), "东关街道11月.xlsx"));
		Files.copy(example(HEDONG_FILE), gbkNamed(harness.input(), "河东街道11月.xlsx"));

		assertThat(harness.run()).isZero();

		assertThat(rows("select file_name, status, rows_read > 0 from input_file order by file_name")).containsExactly(
				"东关街道11月.xlsx|ACCEPTED|TRUE", "河东街道11月.xlsx|REJECTED|TRUE");
		// moved under their names decoded, in UTF-8, as every other name in the folders
		assertThat(harness.archive().resolve(today.toString()).resolve("东关街道11月.xlsx")).exists();
		assertThat(JobHarness.filesIn(harness.rejected().resolve(today.toString())))
			.containsExactlyInAnyOrder("河东街道11月.xlsx", "河东街道11月_问题清单.xlsx");
		assertThat(JobHarness.filesIn(harness.input())).isEmpty();
		assertThat(report(today)).contains("采用  东关街道11月.xlsx").contains("退回  河东街道11月.xlsx");
	}

	@Test
	void shouldRunAsFromCronWithNoLocaleWhereTheJvmCannotNameAChineseFile() throws Exception {
		// every example (Chinese names in UTF-8) and, instead of 河东's, a copy of it named in GBK
		ExampleSubmissions.writeAll(harness.input());
		Files.move(harness.input().resolve(HEDONG_FILE), gbkNamed(harness.input(), "河东街道11月.xlsx"));

		try (ChildJob child = ChildJob.startInPosixLocale(harness)) {
			assertThat(child.awaitExit()).as(child.output()).isZero();
		}

		Path archived = harness.archive().resolve(today.toString());
		for (String accepted : ACCEPTED_FILES) {
			assertThat(archived.resolve(accepted)).as(accepted).exists();
		}
		assertThat(JobHarness.filesIn(harness.rejected().resolve(today.toString())))
			.containsExactlyInAnyOrder("河东街道11月.xlsx", "河东街道11月_问题清单.xlsx");
		assertThat(JobHarness.filesIn(harness.input())).isEmpty();
		assertThat(harness.output().resolve("2022-11").resolve(DISTRICT + "_2022-11_汇总.xlsx")).exists();
		assertThat(report(today)).contains("采用  " + DONGGUAN_FILE).contains("退回  河东街道11月.xlsx");
	}

	@Test
	void shouldLeaveAFileItMayNotReadWhereItIsAndSaySoWhileTheOthersGoOn() throws Exception {
		ExampleSubmissions.writeAll(harness.input());
		Path locked = harness.input().resolve(DONGGUAN_FILE);
		Files.setPosixFilePermissions(locked, Set.of());

		try (ChildJob child = ChildJob.startObeyingFilePermissions(harness)) {
			assertThat(child.awaitExit()).as(child.output()).isZero();
		}

		assertThat(JobHarness.filesIn(harness.input())).containsExactly(DONGGUAN_FILE);
		Path archived = harness.archive().resolve(today.toString());
		for (String accepted : ACCEPTED_FILES) {
			if (!accepted.equals(DONGGUAN_FILE)) {
				assertThat(archived.resolve(accepted)).as(accepted).exists();
			}
		}
		assertThat(report(today)).contains("暂不处理  " + DONGGUAN_FILE + "（无法读取：本程序没有读取该文件的权限");
		assertThat(rows("select count(*) from input_file where file_name = '" + DONGGUAN_FILE + "'")).containsExactly("0");

		// readable again, it is taken the next night like any other file
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(harness.runDaysLater(1)).isZero();
		assertThat(harness.archive().resolve(today.plusDays(1).toString()).resolve(DONGGUAN_FILE)).exists();
		assertThat(JobHarness.filesIn(harness.input())).isEmpty();
	}
}
