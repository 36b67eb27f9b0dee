package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderFinderTest {

	private static final List<HeaderField> INDICATOR_FIELDS = List.of(
			HeaderField.of("name", true, "指标名称", "指标", "项目"), HeaderField.of("code", false, "指标编码"),
			HeaderField.of("unit", false, "单位"), HeaderField.of("target", false, "年度目标", "全年目标", "目标任务"),
			HeaderField.of("actual", true, "本期完成", "完成值", "累计完成", "完成"),
			HeaderField.of("growth", false, "同比增长(%)", "同比", "增速(%)", "同比增长"), HeaderField.of("note", false, "备注"));

	private final HeaderFinder finder = new HeaderFinder();

	@Test
	void shouldFindTheHeaderUnderAMergedTitleAndAUnitLine() {
		String title = "东关街道2022年1-11月主要指标完成情况表";
		List<TableRow> rows = List.of(row(1, title, title, title, title, title), row(2, "填报单位：东关街道办事处", "", "", "", "单位：万元"),
				row(4, "序号", "指 标 名 称", "年度目标", "本期完成（亿元）", "同比增长（％）"), row(5, "1", "规模以上工业总产值", "100", "92.5", "3.2"));
		HeaderMatch match = finder.find(rows, INDICATOR_FIELDS).orElseThrow();
		assertThat(match.headerRowNumber()).isEqualTo(4);
		assertThat(match.headerRowCount()).isEqualTo(1);
		assertThat(match.lastHeaderRowNumber()).isEqualTo(4);
		assertThat(match.columns()).containsExactly(entry("name", 1), entry("target", 2), entry("actual", 3), entry("growth", 4));
		assertThat(match.headerUnits()).containsExactly(entry("actual", "亿元"), entry("growth", "%"));
		assertThat(match.sheetUnit()).isEqualTo("万元");
		assertThat(match.score()).isEqualTo(4);
	}

	@Test
	void shouldNotTakeATitleThatRepeatsAFieldNameForTheHeader() {
		List<TableRow> rows = List.of(row(1, "指标", "指标", "指标"), row(2, "指标名称", "单位", "完成值"));
		HeaderMatch match = finder.find(rows, INDICATOR_FIELDS).orElseThrow();
		assertThat(match.headerRowNumber()).isEqualTo(2);
		assertThat(match.columns()).containsExactly(entry("name", 0), entry("unit", 1), entry("actual", 2));
		assertThat(match.sheetUnit()).isNull();
	}

	@Test
	void shouldRequireEveryRequiredField() {
		List<TableRow> rows = List.of(row(1, "指标名称", "单位", "年度目标", "备注"));
		assertThat(finder.find(rows, INDICATOR_FIELDS)).isEmpty();
	}

	@Test
	void shouldPreferTheRowThatNamesMoreFieldsAndTheEarliestOnATie() {
		List<TableRow> rows = List.of(row(1, "项目", "完成"), row(2, "指标名称", "单位", "本期完成", "备注"), row(3, "指标名称", "单位", "本期完成", "备注"));
		HeaderMatch match = finder.find(rows, INDICATOR_FIELDS).orElseThrow();
		assertThat(match.headerRowNumber()).isEqualTo(2);
		assertThat(match.score()).isEqualTo(4);
	}

	@Test
	void shouldReadATwoRowHeaderWithAMergedUpperRow() {
		List<HeaderField> fields = List.of(HeaderField.of("name", true, "指标名称"), HeaderField.of("actual", true, "本期完成"),
				HeaderField.of("growth", false, "本期同比"), HeaderField.of("target", false, "年度目标"));
		List<TableRow> rows = List.of(row(1, "单位：亿元、%"), row(2, "指标名称", "年度目标", "本期", "本期"),
				row(3, "指标名称", "年度目标", "完成", "同比（%）"), row(4, "地区生产总值", "120", "110", "5.1"));
		HeaderMatch match = finder.find(rows, fields).orElseThrow();
		assertThat(match.headerRowNumber()).isEqualTo(2);
		assertThat(match.headerRowCount()).isEqualTo(2);
		assertThat(match.lastHeaderRowNumber()).isEqualTo(3);
		assertThat(match.columns()).containsExactly(entry("name", 0), entry("target", 1), entry("actual", 2), entry("growth", 3));
		assertThat(match.headerUnits()).containsExactly(entry("growth", "%"));
		assertThat(match.sheetUnit()).isEqualTo("亿元、%");
	}

	@Test
	void shouldTakeAUnitWrittenUnderTheHeaderOfATwoRowHeader() {
		List<HeaderField> fields = List.of(HeaderField.of("name", true, "项目名称"), HeaderField.of("plan", true, "年度计划投资"));
		List<TableRow> rows = List.of(row(3, "项目名称", "年度计划投资"), row(4, "", "（万元）"), row(5, "道路改造", "300"));
		HeaderMatch match = finder.find(rows, fields).orElseThrow();
		assertThat(match.headerRowNumber()).isEqualTo(3);
		assertThat(match.headerRowCount()).isEqualTo(1);
		assertThat(match.columns()).containsExactly(entry("name", 0), entry("plan", 1));
	}

	@Test
	void shouldLookOnlyAtTheFirstThirtyRows() {
		List<TableRow> rows = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			rows.add(row(i, "说明第" + i + "行"));
		}
		rows.add(row(31, "指标名称", "本期完成"));
		assertThat(finder.find(rows, INDICATOR_FIELDS)).isEmpty();
		assertThat(finder.find(rows.subList(1, 31), INDICATOR_FIELDS)).map(HeaderMatch::headerRowNumber).hasValue(31);
	}

	@Test
	void shouldMatchSynonymsWrittenWithFullWidthBracketsAndSpaces() {
		List<TableRow> rows = List.of(row(1, "指标名称", "本期完成", "增 速（％）"));
		HeaderMatch match = finder.find(rows, INDICATOR_FIELDS).orElseThrow();
		assertThat(match.columns()).containsEntry("growth", 2);
		assertThat(match.headerUnits()).containsExactly(entry("growth", "%"));
	}

	static TableRow row(int number, String... cells) {
		return new TableRow(number, List.of(cells), false);
	}
}
