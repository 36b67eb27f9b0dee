package cn.gov.district.consolidation.examples;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.district.consolidation.examples.ExampleFacts.Quirk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExampleSubmissionsTest {

	private static final Date CREATED = Date
		.from(LocalDate.of(2022, 12, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final byte[] UTF16LE_BOM = { (byte) 0xFF, (byte) 0xFE };

	@TempDir
	Path dir;

	@Test
	void shouldWriteEveryListedFileAndNothingElse() throws IOException {
		List<Path> written = ExampleSubmissions.writeAll(dir);

		assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(ExampleFacts.FILES);
		assertThat(written).allSatisfy(p -> assertThat(Files.size(p)).isPositive());
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString()))
				.containsExactlyInAnyOrderElementsOf(ExampleFacts.FILES)
				.noneMatch(name -> name.contains(ExampleFacts.NOT_SUBMITTING));
		}
	}

	@Test
	void shouldWriteWorkbooksThatPoiOpensWithTheirFormatAndBasicInfo() throws IOException {
		ExampleSubmissions.writeAll(dir);

		for (String name : ExampleFacts.FILES) {
			if (name.endsWith(".csv")) {
				continue;
			}
			try (Workbook wb = WorkbookFactory.create(dir.resolve(name).toFile(), null, true)) {
				assertThat(wb).as(name).isInstanceOf(name.endsWith(".xlsx") ? XSSFWorkbook.class : HSSFWorkbook.class);
				Sheet info = wb.getSheet("基本信息");
				assertThat(info).as(name).isNotNull();
				assertThat(raw(info, 1, "A")).isEqualTo("街道名称");
				assertThat(raw(info, 2, "A")).isEqualTo("报送期间");
				assertThat(wb.getNumberOfSheets()).as(name).isGreaterThanOrEqualTo(3);
			}
		}
	}

	@Test
	void shouldEncodeEveryCsvStrictlyInItsCharsetWithTheRightBom() throws IOException {
		ExampleSubmissions.writeAll(dir);

		assertThat(decodeCsv(ExampleFacts.NANMEN_INDICATORS_FILE)).startsWith("指标编码,指标名称,单位,年度目标,本期完成,同比增长(%),备注\r\n");
		assertThat(decodeCsv(ExampleFacts.NANMEN_PROJECTS_FILE)).startsWith("项目名称,项目类型,总投资,年度计划投资,累计完成投资,单位");
		assertThat(decodeCsv(ExampleFacts.WENCHANG_EXPORT_FILE))
			.startsWith("街道名称,报送期间,指标名称,单位,年度目标,本期完成,同比增长(%)\r\n文昌街道,2022年1-11月,");
		assertThat(decodeCsv(ExampleFacts.WENCHANG_PROJECTS_FILE)).startsWith("项目名称,项目类型,");

		byte[] gbk = Files.readAllBytes(dir.resolve(ExampleFacts.NANMEN_INDICATORS_FILE));
		assertThat(Arrays.copyOf(gbk, 3)).isNotEqualTo(UTF8_BOM);
		// a GBK file must really be GBK: as UTF-8 it is malformed
		assertThatThrownBy(() -> strict(StandardCharsets.UTF_8, gbk)).isInstanceOf(CharacterCodingException.class);
		assertThat(Files.readAllBytes(dir.resolve(ExampleFacts.WENCHANG_EXPORT_FILE))).startsWith(UTF8_BOM);
		assertThat(Files.readAllBytes(dir.resolve(ExampleFacts.WENCHANG_PROJECTS_FILE))).startsWith(UTF16LE_BOM);
	}

	@Test
	void shouldWriteByteIdenticalCsvFilesOnEveryRun() throws IOException {
		Path first = Files.createDirectory(dir.resolve("first"));
		Path second = Files.createDirectory(dir.resolve("second"));
		ExampleSubmissions.writeAll(first);
		ExampleSubmissions.writeAll(second);

		for (String name : ExampleFacts.FILES) {
			if (name.endsWith(".csv")) {
				assertThat(Files.readAllBytes(second.resolve(name))).as(name)
					.isEqualTo(Files.readAllBytes(first.resolve(name)));
			}
		}
	}

	@Test
	void shouldStampFixedDocumentPropertiesOnEveryWorkbook() throws IOException {
		ExampleSubmissions.writeAll(dir);

		for (String name : ExampleFacts.FILES) {
			if (name.endsWith(".xlsx")) {
				try (XSSFWorkbook wb = (XSSFWorkbook) WorkbookFactory.create(dir.resolve(name).toFile(), null, true)) {
					assertThat(wb.getProperties().getCoreProperties().getCreator()).as(name).isEqualTo("街道办");
					assertThat(wb.getProperties().getCoreProperties().getCreated()).as(name).isEqualTo(CREATED);
				}
			}
			else if (name.endsWith(".xls")) {
				try (HSSFWorkbook wb = (HSSFWorkbook) WorkbookFactory.create(dir.resolve(name).toFile(), null, true)) {
					assertThat(wb.getSummaryInformation().getAuthor()).as(name).isEqualTo("街道办");
					assertThat(wb.getSummaryInformation().getCreateDateTime()).as(name).isEqualTo(CREATED);
				}
			}
		}
	}

	@Test
	void shouldHoldEveryListedQuirkExactlyWhereTheFactsSay() throws IOException {
		ExampleSubmissions.writeAll(dir);

		for (Quirk q : ExampleFacts.QUIRKS) {
			assertThat(ExampleFacts.FILES).as(q.toString()).contains(q.file());
			if (q.row() == null) {
				if (q.sheet() != null) {
					try (Workbook wb = WorkbookFactory.create(dir.resolve(q.file()).toFile(), null, true)) {
						assertThat(wb.getSheet(q.sheet())).as(q.toString()).isNotNull();
						assertThat(wb.getSheet(q.sheet()).getPhysicalNumberOfRows()).as(q.toString()).isZero();
					}
				}
				continue;
			}
			String actual = q.file().endsWith(".csv") ? csvRaw(q) : excelRaw(q);
			assertThat(actual).as(q.toString()).isEqualTo(q.raw());
		}
	}

	@Test
	void shouldKeepTheShippedInputFolderInStepWithTheGenerator() throws IOException {
		ExampleSubmissions.writeAll(dir);
		Path shipped = Path.of("input");

		// a local run of the job archives the shipped files; only what is still there can be compared
		List<String> present = ExampleFacts.FILES.stream().filter(n -> Files.exists(shipped.resolve(n))).toList();
		// a clean clone (CI) holds them all: there a missing file is a failure, not a reason to skip
		if ("true".equals(System.getenv("CI"))) {
			assertThat(present).as("input/ of a clean clone holds every example file").hasSameSizeAs(ExampleFacts.FILES);
		}
		Assumptions.assumeFalse(present.isEmpty(), "input/ holds none of the example files");

		for (String name : present) {
			if (name.endsWith(".csv")) {
				assertThat(Arrays.equals(Files.readAllBytes(shipped.resolve(name)), Files.readAllBytes(dir.resolve(name))))
					.as("input/%s differs from the generator: run ExampleSubmissions input", name)
					.isTrue();
			}
			else {
				assertThat(cellTexts(shipped.resolve(name)))
					.as("input/%s differs from the generator: run ExampleSubmissions input", name)
					.isEqualTo(cellTexts(dir.resolve(name)));
			}
		}
	}

	@Test
	void shouldCacheTheResultOfEveryFormula() throws IOException {
		ExampleSubmissions.writeAll(dir);

		try (Workbook wb = WorkbookFactory.create(dir.resolve(ExampleFacts.DONGGUAN_FILE).toFile(), null, true)) {
			Sheet projects = wb.getSheet("重点项目");
			for (String column : List.of("D", "E", "F")) {
				BigDecimal above = BigDecimal.ZERO;
				for (int row = 4; row <= 7; row++) {
					above = above.add(new BigDecimal(raw(projects, row, column)));
				}
				Cell total = cell(projects, 8, column);
				assertThat(new BigDecimal(NumberToTextConverter.toText(total.getNumericCellValue()))).as(column)
					.isEqualByComparingTo(above);
			}
		}
		try (Workbook wb = WorkbookFactory.create(dir.resolve(ExampleFacts.XIGUAN_FILE).toFile(), null, true)) {
			assertThat(cell(wb.getSheet("指标完成情况"), 5, "D").getNumericCellValue()).isEqualTo(12.0);
		}
	}

	@Test
	void shouldHideXiguansFixedHazardsRowAndNoOther() throws IOException {
		ExampleSubmissions.writeAll(dir);

		try (Workbook wb = WorkbookFactory.create(dir.resolve(ExampleFacts.XIGUAN_FILE).toFile(), null, true)) {
			Sheet sheet = wb.getSheet("指标完成情况");
			for (Row row : sheet) {
				assertThat(row.getZeroHeight()).as("row " + (row.getRowNum() + 1)).isEqualTo(row.getRowNum() == 12);
			}
		}
	}

	@Test
	void shouldAgreeWithTheHandComputedDistrictFigures() {
		assertThat(sum(ExampleFacts.IND_OUTPUT)).isEqualByComparingTo(ExampleFacts.IND_OUTPUT_TOTAL);
		assertThat(ExampleFacts.IND_OUTPUT).hasSize(ExampleFacts.IND_OUTPUT_COVERED);
		assertThat(sum(ExampleFacts.FAI_ACTUAL)).isEqualByComparingTo(ExampleFacts.FAI_ACTUAL_TOTAL);
		assertThat(sum(ExampleFacts.FAI_TARGET)).isEqualByComparingTo(ExampleFacts.FAI_TARGET_TOTAL);
		assertThat(sum(ExampleFacts.NEW_URBAN_JOBS_ACTUAL)).isEqualByComparingTo(ExampleFacts.NEW_URBAN_JOBS_ACTUAL_TOTAL);
		assertThat(sum(ExampleFacts.NEW_URBAN_JOBS_TARGET)).isEqualByComparingTo(ExampleFacts.NEW_URBAN_JOBS_TARGET_TOTAL);
		assertThat(sum(ExampleFacts.SAFETY_HAZARDS_FOUND)).isEqualByComparingTo(ExampleFacts.SAFETY_HAZARDS_FOUND_TOTAL);
		assertThat(sum(ExampleFacts.SAFETY_HAZARDS_FIXED)).isEqualByComparingTo(ExampleFacts.SAFETY_HAZARDS_FIXED_TOTAL);
		assertThat(sum(ExampleFacts.GRID_EVENTS_REPORTED)).isEqualByComparingTo(ExampleFacts.GRID_EVENTS_REPORTED_TOTAL);
		assertThat(sum(ExampleFacts.GRID_EVENTS_CLOSED)).isEqualByComparingTo(ExampleFacts.GRID_EVENTS_CLOSED_TOTAL);
		assertThat(sum(ExampleFacts.HOTLINE_REQUESTS)).isEqualByComparingTo(ExampleFacts.HOTLINE_REQUESTS_TOTAL);
		assertThat(sum(ExampleFacts.FISCAL_REVENUE)).isEqualTo(ExampleFacts.FISCAL_REVENUE_TOTAL);
		assertThat(sum(ExampleFacts.FOREIGN_CAPITAL)).isEqualByComparingTo(ExampleFacts.FOREIGN_CAPITAL_TOTAL);
		assertThat(sum(ExampleFacts.RETAIL_SALES)).isEqualByComparingTo(ExampleFacts.RETAIL_SALES_TOTAL);

		assertThat(percent(ExampleFacts.SAFETY_HAZARDS_FIXED_TOTAL, ExampleFacts.SAFETY_HAZARDS_FOUND_TOTAL))
			.isEqualTo(ExampleFacts.SAFETY_FIX_RATE_DISTRICT);
		assertThat(percent(ExampleFacts.GRID_EVENTS_CLOSED_TOTAL, ExampleFacts.GRID_EVENTS_REPORTED_TOTAL))
			.isEqualTo(ExampleFacts.GRID_CLOSE_RATE_DISTRICT);
		assertThat(weighted(ExampleFacts.IND_VA_GROWTH, ExampleFacts.IND_OUTPUT))
			.isEqualTo(ExampleFacts.IND_VA_GROWTH_DISTRICT);
		assertThat(weighted(ExampleFacts.HOTLINE_SATISFACTION, ExampleFacts.HOTLINE_REQUESTS))
			.isEqualTo(ExampleFacts.HOTLINE_SATISFACTION_DISTRICT);
	}

	@Test
	void shouldPutExactlyTheListedStreetsBehindSchedule() {
		assertThat(behind(ExampleFacts.FAI_ACTUAL, ExampleFacts.FAI_TARGET))
			.containsExactlyInAnyOrderElementsOf(ExampleFacts.FAI_BEHIND_SCHEDULE);
		assertThat(behind(ExampleFacts.NEW_URBAN_JOBS_ACTUAL, ExampleFacts.NEW_URBAN_JOBS_TARGET))
			.containsExactlyInAnyOrderElementsOf(ExampleFacts.NEW_URBAN_JOBS_BEHIND_SCHEDULE);
		assertThat(ExampleFacts.FAI_TARGET.keySet()).containsExactlyElementsOf(ExampleFacts.SUBMITTING);
		assertThat(ExampleFacts.NEW_URBAN_JOBS_TARGET.keySet()).containsExactlyElementsOf(ExampleFacts.SUBMITTING);
	}

	@Test
	void shouldNeverFixMoreHazardsOrCloseMoreEventsThanReported() {
		ExampleFacts.SAFETY_HAZARDS_FIXED.forEach((street, fixed) -> assertThat(fixed).as(street)
			.isLessThanOrEqualTo(ExampleFacts.SAFETY_HAZARDS_FOUND.get(street)));
		ExampleFacts.GRID_EVENTS_CLOSED.forEach((street, closed) -> assertThat(closed).as(street)
			.isLessThanOrEqualTo(ExampleFacts.GRID_EVENTS_REPORTED.get(street)));
	}

	private List<String> behind(Map<String, BigDecimal> actual, Map<String, BigDecimal> target) {
		return actual.keySet()
			.stream()
			.filter(s -> percent(actual.get(s), target.get(s)).compareTo(ExampleFacts.SCHEDULE_PROGRESS_PERCENT) < 0)
			.toList();
	}

	private static BigDecimal sum(Map<String, BigDecimal> values) {
		return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 4, RoundingMode.HALF_UP);
	}

	private static BigDecimal weighted(Map<String, BigDecimal> rates, Map<String, BigDecimal> weights) {
		BigDecimal products = BigDecimal.ZERO;
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<String, BigDecimal> e : rates.entrySet()) {
			BigDecimal w = weights.get(e.getKey());
			if (w != null) {
				products = products.add(w.multiply(e.getValue()));
				total = total.add(w);
			}
		}
		return products.divide(total, 4, RoundingMode.HALF_UP);
	}

	private String decodeCsv(String name) throws IOException {
		byte[] bytes = Files.readAllBytes(dir.resolve(name));
		if (name.equals(ExampleFacts.WENCHANG_PROJECTS_FILE)) {
			return strict(StandardCharsets.UTF_16LE, Arrays.copyOfRange(bytes, 2, bytes.length));
		}
		if (name.equals(ExampleFacts.WENCHANG_EXPORT_FILE)) {
			return strict(StandardCharsets.UTF_8, Arrays.copyOfRange(bytes, 3, bytes.length));
		}
		return strict(GB18030, bytes);
	}

	private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
	}

	private String csvRaw(Quirk q) throws IOException {
		assertThat(q.sheet()).isEqualTo(q.file().substring(0, q.file().length() - 4));
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(decodeCsv(q.file()))).getRecords();
		return records.get(q.row() - 1).get(CellReference.convertColStringToIndex(q.column()));
	}

	private String excelRaw(Quirk q) throws IOException {
		try (Workbook wb = WorkbookFactory.create(dir.resolve(q.file()).toFile(), null, true)) {
			Sheet sheet = wb.getSheet(q.sheet());
			assertThat(sheet).as(q.toString()).isNotNull();
			return raw(sheet, q.row(), q.column());
		}
	}

	private static List<String> cellTexts(Path workbook) throws IOException {
		List<String> texts = new ArrayList<>();
		try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
			for (Sheet sheet : wb) {
				texts.add("[" + sheet.getSheetName() + "] merged " + sheet.getMergedRegions());
				for (Row row : sheet) {
					for (Cell c : row) {
						texts.add(c.getAddress() + (row.getZeroHeight() ? " hidden " : " ") + raw(sheet,
								c.getRowIndex() + 1, CellReference.convertNumToColString(c.getColumnIndex())));
					}
				}
			}
		}
		return texts;
	}

	private static Cell cell(Sheet sheet, int excelRow, String column) {
		Row row = sheet.getRow(excelRow - 1);
		return row == null ? null : row.getCell(CellReference.convertColStringToIndex(column));
	}

	private static String raw(Sheet sheet, int excelRow, String column) {
		Cell c = cell(sheet, excelRow, column);
		if (c == null) {
			return "";
		}
		return switch (c.getCellType()) {
			case STRING -> c.getStringCellValue();
			case FORMULA -> "=" + c.getCellFormula();
			case NUMERIC -> DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
					: NumberToTextConverter.toText(c.getNumericCellValue());
			case BLANK -> "";
			default -> throw new IllegalStateException("unexpected cell type " + c.getCellType());
		};
	}
}
