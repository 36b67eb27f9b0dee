package cn.gov.district.consolidation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.Severity;

/**
 * A real spreadsheet application opens what POI wrote: LibreOffice ({@code soffice --headless},
 * installed by {@code .ci/setup.d/20-libreoffice.sh}) converts the district workbook and an error
 * workbook to PDF and to CSV; the PDF has the pages expected, all A4 landscape, and the CSV that
 * LibreOffice computed from the cells shows the totals POI wrote. Under {@code CI=true} a missing
 * soffice fails; elsewhere the test is skipped with a message on stderr.
 */
class LibreOfficeConversionTest {

	/** LibreOffice 7.2+: UTF-8, raw values (not as shown), every sheet to its own file. */
	private static final String CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

	private static Path soffice;

	@TempDir
	Path dir;

	@BeforeAll
	static void findSoffice() {
		Optional<Path> found = onPath("soffice");
		if (found.isEmpty()) {
			String message = "LibreOffice (soffice) 不在 PATH 中：请先运行 .ci/setup.d/20-libreoffice.sh";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message);
			}
			System.err.println("*** SKIPPED LibreOfficeConversionTest: " + message + " ***");
			Assumptions.abort(message);
		}
		soffice = found.get();
	}

	@Test
	void shouldOpenTheDistrictWorkbookInLibreOfficeWithTheSameTotalsOnLandscapePages() throws Exception {
		Path workbook = new DistrictWorkbookWriter().write(ReportFixture.report(), dir.resolve("out"));

		Path pdf = convert(workbook, "pdf").resolve(baseName(workbook) + ".pdf");
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			// one page per sheet (the fixture's tables are short, each fitted to one page wide), and the
			// target chart on a page of its own after its table rather than cut in two
			assertThat(doc.getNumberOfPages()).isEqualTo(6);
			assertLandscape(doc);
			assertThat(page(doc, 1)).contains("河西区2022年1-11月主要指标汇总表").contains("第 1 页 / 共 6 页");
			assertThat(page(doc, 2)).contains("河西区2022年1-11月目标任务完成情况表").doesNotContain("重点指标完成率与序时进度");
			assertThat(page(doc, 3)).contains("重点指标完成率与序时进度").contains("序时进度(%)").doesNotContain("全区合计");
			assertThat(page(doc, 4)).contains("重点项目进展情况表");
			assertThat(page(doc, 6)).contains("数据校验问题清单");
		}

		Path csvDir = convert(workbook, CSV_ALL_SHEETS);
		List<CSVRecord> summary = csv(csvDir.resolve(baseName(workbook) + "-汇总.csv"));
		int total = column(summary, "全区合计");
		// the figures POI wrote as doubles, read back by LibreOffice at full precision
		assertThat(number(row(summary, "固定资产投资").get(total))).isEqualByComparingTo("666678.60001");
		assertThat(number(row(summary, "隐患整改率").get(total))).isEqualByComparingTo("96.25");
		assertThat(number(row(summary, "热线满意率").get(total))).isEqualByComparingTo("97.6");
		assertThat(number(row(summary, "新增城镇就业").get(total))).isEqualByComparingTo("1200");
		assertThat(row(summary, "城镇登记失业率").get(total)).isEqualTo("—");
		assertThat(number(row(summary, "固定资产投资").get(column(summary, "南湖街道")))).isEqualByComparingTo("666666.10001");

		List<CSVRecord> target = csv(csvDir.resolve(baseName(workbook) + "-目标完成.csv"));
		CSVRecord faiTotal = target.stream()
			.filter(r -> r.size() > 4 && r.get(0).equals("固定资产投资") && r.get(2).equals("全区合计"))
			.findFirst()
			.orElseThrow();
		assertThat(number(faiTotal.get(3))).isEqualByComparingTo("600030");
		assertThat(number(faiTotal.get(4))).isEqualByComparingTo("666678.60001");
	}

	@Test
	void shouldOpenTheErrorWorkbookInLibreOfficeWithTheFindingsAndTheCopiedValues() throws Exception {
		Path original = dir.resolve("西城街道_2022-11.csv");
		Files.writeString(original, String.join("\n", "指标名称,单位,本期完成,同比增长(%)", "固定资产投资,亿元,666666.10001,5.5",
				"财政收入,万元,*,", "新增城镇就业,人,-5,"), StandardCharsets.UTF_8);
		List<Finding> findings = List.of(
				new Finding(original.getFileName().toString(), null, 3, "C", "本期完成", "*", "MASKED_VALUE", Severity.ERROR,
						"“本期完成”被遮蔽（*）：请填写实际数值"),
				new Finding(original.getFileName().toString(), null, 4, "C", "本期完成", "-5", "NEGATIVE_VALUE",
						Severity.WARNING, "“本期完成”为负数：请核对后如实填写"));
		Path workbook = new ErrorWorkbookWriter().write(original, new TestTableReader(), findings,
				dir.resolve("rejected/西城街道_2022-11_问题清单.xlsx"));

		Path pdf = convert(workbook, "pdf").resolve(baseName(workbook) + ".pdf");
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			// the list of findings, then the copy of the CSV's rows
			assertThat(doc.getNumberOfPages()).isEqualTo(2);
			assertLandscape(doc);
			assertThat(new PDFTextStripper().getText(doc)).contains("校验问题清单").contains("改好后送到哪里");
		}

		Path csvDir = convert(workbook, CSV_ALL_SHEETS);
		List<CSVRecord> list = csv(csvDir.resolve(baseName(workbook) + "-问题清单.csv"));
		assertThat(list.stream().map(r -> r.get(r.size() - 1)))
			.contains("“本期完成”被遮蔽（*）：请填写实际数值", "“本期完成”为负数：请核对后如实填写");
		List<CSVRecord> copy = csv(csvDir.resolve(baseName(workbook) + "-西城街道_2022-11.csv"));
		assertThat(number(copy.get(1).get(2))).isEqualByComparingTo("666666.10001");
		assertThat(copy.get(2).get(2)).isEqualTo("*");
		assertThat(number(copy.get(3).get(2))).isEqualByComparingTo("-5");
	}

	/** Runs soffice with a profile of its own (a shared one locks and breaks parallel runs); returns the output folder. */
	private Path convert(Path file, String target) throws IOException, InterruptedException {
		Path out = Files.createTempDirectory(dir, "lo-out");
		Path profile = Files.createTempDirectory(dir, "lo-profile");
		Path log = dir.resolve("soffice-" + out.getFileName() + ".log");
		Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--norestore", "--convert-to", target, "--outdir", out.toString(), file.toString()).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!p.waitFor(180, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			fail("soffice did not finish within 180 s: " + Files.readString(log));
		}
		String output = Files.readString(log);
		assertThat(p.exitValue()).as(output).isZero();
		try (var files = Files.list(out)) {
			assertThat(files.toList()).as("soffice wrote nothing: " + output).isNotEmpty();
		}
		return out;
	}

	private static String page(PDDocument doc, int number) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(number);
		stripper.setEndPage(number);
		return stripper.getText(doc);
	}

	private static void assertLandscape(PDDocument doc) {
		for (PDPage page : doc.getPages()) {
			PDRectangle box = page.getMediaBox();
			assertThat(page.getRotation()).isZero();
			assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
			// A4: 297 × 210 mm = 841.9 × 595.3 pt
			assertThat(Math.round(box.getWidth())).isEqualTo(842);
			assertThat(Math.round(box.getHeight())).isEqualTo(595);
		}
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		assertThat(file).exists();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT)) {
			return new ArrayList<>(parser.getRecords());
		}
	}

	private static int column(List<CSVRecord> records, String header) {
		for (CSVRecord r : records) {
			for (int c = 0; c < r.size(); c++) {
				if (r.get(c).equals(header)) {
					return c;
				}
			}
		}
		throw new AssertionError("no column " + header);
	}

	private static CSVRecord row(List<CSVRecord> records, String label) {
		return records.stream().filter(r -> r.size() > 1 && r.get(1).equals(label)).findFirst().orElseThrow(
				() -> new AssertionError("no row " + label));
	}

	private static BigDecimal number(String text) {
		return new BigDecimal(text);
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.lastIndexOf('.'));
	}

	private static Optional<Path> onPath(String command) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String d : path.split(File.pathSeparator)) {
			Path candidate = Path.of(d).resolve(command);
			if (Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}
}
