package cn.gov.district.consolidation.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two years of the same period in the store: the 2022 workbook compares the district with its
 * 2021 figures recomputed from the stored 2021 submissions, and flags a 街道 whose reported 同比
 * its own 2021 value contradicts.
 */
class ConsolidationHistoryFunctionalTest {

	private static final String HEADER = "指标编码,指标名称,单位,年度目标,本期完成,同比增长(%),备注";

	private static final String NANMEN_2022 = "南门街道_2022年1-11月_指标.csv";

	@TempDir
	Path root;

	private JobHarness harness;

	@BeforeEach
	void setUp() throws IOException {
		harness = new JobHarness(root);
		Files.createDirectories(harness.input());
		// 南门 FAI 7.92 over 7.44 = +6.45%, reported 6.5: agrees; 内资 3.65 over 3.00 = +21.67%, reported 12.4: does not
		csv(NANMEN_2022, "FAI,固定资产投资,亿元,8,7.92,6.5,", "DOMESTIC_CAPITAL,招商引资内资到位,亿元,,3.65,12.4,",
				"SAFETY_HAZARDS_FOUND,安全隐患排查,处,,200,,", "SAFETY_HAZARDS_FIXED,安全隐患整改,处,,190,,");
		// 文昌 FAI 4.08 over 4.00 = +2.00%, reported 2.0: agrees
		csv("文昌街道_2022年1-11月_指标.csv", "FAI,固定资产投资,亿元,5,4.08,2.0,", "SAFETY_HAZARDS_FOUND,安全隐患排查,处,,100,,",
				"SAFETY_HAZARDS_FIXED,安全隐患整改,处,,100,,");
		csv("南门街道_2021年1-11月_指标.csv", "FAI,固定资产投资,亿元,8,7.44,,", "DOMESTIC_CAPITAL,招商引资内资到位,亿元,,3.00,,",
				"SAFETY_HAZARDS_FOUND,安全隐患排查,处,,160,,", "SAFETY_HAZARDS_FIXED,安全隐患整改,处,,144,,");
		csv("文昌街道_2021年1-11月_指标.csv", "FAI,固定资产投资,亿元,5,4.00,,", "SAFETY_HAZARDS_FOUND,安全隐患排查,处,,90,,",
				"SAFETY_HAZARDS_FIXED,安全隐患整改,处,,90,,");
	}

	private void csv(String name, String... rows) throws IOException {
		String text = "\uFEFF" + HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
		Files.writeString(harness.input().resolve(name), text, StandardCharsets.UTF_8);
	}

	private Path workbook(String key) {
		return harness.output().resolve(key).resolve("河西区_" + key + "_汇总.xlsx");
	}

	@Test
	void shouldShowTheDistrictChangeAgainstLastYearsStoredFigures() throws Exception {
		assertThat(harness.run()).isZero();

		try (SummaryWorkbook wb = new SummaryWorkbook(workbook("2022-11"))) {
			// (7.92 + 4.08) / (7.44 + 4.00) − 1 = 12 / 11.44 − 1 = 4.895…%
			assertThat(wb.number("汇总", "固定资产投资", "较上年同期(%)")).isEqualByComparingTo("4.90");
			Cell fai = wb.cell("汇总", "固定资产投资", "较上年同期(%)");
			assertThat(fai.getCellComment().getString().getString()).contains("上年同期全区：11.44亿元（2/8个街道）");
			// a rate changes in percentage points: 290/300 = 96.67% against 234/250 = 93.60%
			assertThat(wb.number("汇总", "隐患整改率", "较上年同期(%)")).isEqualByComparingTo("3.07");
			assertThat(wb.cell("汇总", "隐患整改率", "较上年同期(%)").getCellComment().getString().getString())
				.contains("百分点");
			assertThat(wb.number("汇总", "招商引资内资到位", "较上年同期(%)")).isEqualByComparingTo("21.67");
			// the 街道 value whose 同比 disagrees carries the reason
			assertThat(wb.cell("汇总", "招商引资内资到位", "南门街道").getCellComment().getString().getString())
				.contains("报送同比12.4%").contains("21.67%");
			assertThat(wb.cell("汇总", "固定资产投资", "南门街道").getCellComment()).isNull();

			List<String> history = findings(wb.sheet("校验问题"));
			assertThat(history).hasSize(1);
			assertThat(history.get(0)).startsWith(NANMEN_2022 + "|").contains("招商引资内资到位").contains("警告");
		}
		// the year before has no history of its own, so no column
		try (SummaryWorkbook wb = new SummaryWorkbook(workbook("2021-11"))) {
			assertThat(headers(wb.sheet("汇总"))).doesNotContain("较上年同期(%)").contains("全区合计");
		}
	}

	/** Rows of the findings sheet with code GROWTH_DISAGREES_WITH_HISTORY, as file|severity|message. */
	private static List<String> findings(Sheet sheet) {
		List<String> result = new ArrayList<>();
		for (Row row : sheet) {
			Cell code = row.getCell(6);
			if (code != null && "GROWTH_DISAGREES_WITH_HISTORY".equals(code.getStringCellValue())) {
				result.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(7).getStringCellValue() + "|"
						+ row.getCell(8).getStringCellValue());
			}
		}
		return result;
	}

	private static List<String> headers(Sheet sheet) {
		List<String> result = new ArrayList<>();
		for (Cell c : sheet.getRow(2)) {
			if (c.getCellType() == CellType.STRING) {
				result.add(c.getStringCellValue());
			}
		}
		return result;
	}
}
