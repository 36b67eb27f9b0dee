package cn.gov.district.consolidation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.domain.ValueStatus;

class ValueNormalizerTest {

	private final ValueNormalizer normalizer = new ValueNormalizer();

	@Test
	void shouldExplainAMaskedValueAsAnError() {
		NormalizedValue v = normalizer.normalize("**", DeclaredUnit.NONE, "亿元");

		assertThat(v.measure().status()).isEqualTo(ValueStatus.MASKED);
		assertThat(v.hasError()).isTrue();
		assertThat(v.issues()).containsExactly(new Issue("MASKED_VALUE", Severity.ERROR,
				"该单元格数值被遮蔽（*、X 等），未计入汇总；请填写实际数值"));
	}

	@Test
	void shouldKeepAnApproximateValueWithAWarningThatSaysWhatWasCounted() {
		NormalizedValue v = normalizer.normalize("500余家次", DeclaredUnit.NONE, "家次");

		assertThat(v.measure().value()).isEqualByComparingTo("500");
		assertThat(v.hasError()).isFalse();
		assertThat(v.issues()).singleElement().satisfies(i -> {
			assertThat(i.severity()).isEqualTo(Severity.WARNING);
			assertThat(i.message()).contains("500余家次").contains("500家次");
		});
	}

	@Test
	void shouldLeaveBlankAndNotApplicableToTheCaller() {
		assertThat(normalizer.normalize(null, null, "人").measure().status()).isEqualTo(ValueStatus.BLANK);
		assertThat(normalizer.normalize("—", null, "人").issues()).isEmpty();
		assertThat(normalizer.normalize("—", null, "人").measure().raw()).isEqualTo("—");
	}

	@Test
	void shouldKeepTheRawCellTextInTheMeasure() {
		NormalizedValue v = normalizer.normalize(" 3.2亿元 ", DeclaredUnit.ofColumn("万元"), "万元");

		assertThat(v.measure().raw()).isEqualTo(" 3.2亿元 ");
		assertThat(v.measure().value()).isEqualByComparingTo("32000");
	}

	@Test
	void shouldRejectANumberTooLargeToStoreAfterItsConversion() {
		String digits26 = "9".repeat(26);
		assertThat(normalizer.normalize(digits26 + ".5", DeclaredUnit.NONE, "万元").issues()).isEmpty();

		NormalizedValue v = normalizer.normalize("1" + "0".repeat(26), DeclaredUnit.NONE, "万元");
		assertThat(v.measure().status()).isEqualTo(ValueStatus.INVALID);
		assertThat(v.measure().value()).isNull();
		assertThat(v.issues()).singleElement().satisfies(i -> {
			assertThat(i.code()).isEqualTo(ValueNormalizer.NUMBER_TOO_LARGE);
			assertThat(i.severity()).isEqualTo(cn.gov.district.consolidation.domain.Severity.ERROR);
			assertThat(i.message()).contains("过大").contains("万元").contains("26位");
		});
		// the limit holds for the value in the indicator's unit: 26 digits of 亿元 are 30 digits of 万元
		assertThat(normalizer.normalize(digits26 + "亿元", DeclaredUnit.NONE, "万元").issues()).extracting(Issue::code)
			.containsExactly(ValueNormalizer.NUMBER_TOO_LARGE);
	}

	@Test
	void shouldReportAnUnknownCatalogUnitAsAnError() {
		NormalizedValue v = normalizer.normalize("12", DeclaredUnit.NONE, "斤");

		assertThat(v.measure().status()).isEqualTo(ValueStatus.INVALID);
		assertThat(v.issues()).extracting(Issue::code).containsExactly("UNIT_UNKNOWN");
	}

	@Test
	void shouldWarnWhenTheUnitColumnAndTheHeaderDisagree() {
		assertThat(normalizer.checkDeclaredUnits(new DeclaredUnit("万元", "亿元", null))).hasValueSatisfying(i -> {
			assertThat(i.code()).isEqualTo("UNIT_CONFLICT");
			assertThat(i.severity()).isEqualTo(Severity.WARNING);
			assertThat(i.message()).contains("万元").contains("亿元");
		});
	}

	@Test
	void shouldNotWarnWhenTheUnitColumnAndTheHeaderAreTheSameUnitSpelledDifferently() {
		assertThat(normalizer.checkDeclaredUnits(new DeclaredUnit("㎡", "（平方米）", null))).isEmpty();
		assertThat(normalizer.checkDeclaredUnits(new DeclaredUnit("万元", "", "亿元"))).isEmpty();
		assertThat(normalizer.checkDeclaredUnits(null)).isEmpty();
	}

	@Test
	void shouldPreferTheUnitColumnThenTheHeaderThenTheSheet() {
		assertThat(new DeclaredUnit("元", "万元", "亿元").effective()).isEqualTo("元");
		assertThat(new DeclaredUnit(null, "(万元)", "单位：亿元").effective()).isEqualTo("万元");
		assertThat(new DeclaredUnit("", " ", "单位：亿元").effective()).isEqualTo("亿元");
		assertThat(DeclaredUnit.NONE.effective()).isEmpty();
	}

	@Test
	void shouldTakeTheUnitOutOfAWholeHeader() {
		assertThat(new DeclaredUnit(null, "本期完成（亿元）", null).effective()).isEqualTo("亿元");
		assertThat(new DeclaredUnit(null, "同比增长(%)", null).effective()).isEqualTo("%");
		assertThat(normalizer.normalize("0.125", new DeclaredUnit(null, "完成率（％）", null), "%").issues())
			.extracting(Issue::code)
			.containsExactly("PERCENT_AS_FRACTION");
	}

	@Test
	void shouldPlaceAnIssueAsAFindingOfTheInputFile() {
		Issue issue = normalizer.normalize("X", DeclaredUnit.NONE, "人").issues().get(0);

		Finding f = issue.at("东关街道.xlsx", "指标完成情况", 7, "E", "本期完成", "X");

		assertThat(f).isEqualTo(new Finding("东关街道.xlsx", "指标完成情况", 7, "E", "本期完成", "X", "MASKED_VALUE",
				Severity.ERROR, issue.message()));
	}

	@Test
	void shouldTakeFromAUnitListTheUnitOfTheIndicatorsKind() {
		DeclaredUnit line = DeclaredUnit.ofSheet("亿元、%");
		assertThat(normalizer.normalize("3", line, "亿元").measure().value()).isEqualByComparingTo("3");
		assertThat(normalizer.normalize("1.5", line, "万元").measure().value()).isEqualByComparingTo("15000");
		assertThat(normalizer.normalize("96.5", line, "%").measure().value()).isEqualByComparingTo("96.5");
		assertThat(normalizer.normalize("0.9", line, "%").issues()).extracting(Issue::code).containsExactly("PERCENT_AS_FRACTION");
		assertThat(normalizer.normalize("0.9", line, "%").measure().value()).isEqualByComparingTo("90");
		assertThat(normalizer.normalize("3", DeclaredUnit.ofSheet("万元，%"), "亿元").measure().value()).isEqualByComparingTo("0.0003");
		assertThat(normalizer.normalize("3", DeclaredUnit.ofSheet("万元／％"), "%").measure().value()).isEqualByComparingTo("3");
		assertThat(normalizer.normalize("12", DeclaredUnit.ofSheet("万元、%、人"), "人").measure().value()).isEqualByComparingTo("12");
		assertThat(normalizer.normalize("1.2", new DeclaredUnit(null, "本期完成（万人、%）", null), "人").measure().value())
			.isEqualByComparingTo("12000");
		// a unit written in the cell needs no list
		assertThat(normalizer.normalize("120人", line, "人").issues()).isEmpty();
	}

	@Test
	void shouldRefuseAValueForWhichAUnitListNamesNoUnitOrSeveral() {
		NormalizedValue none = normalizer.normalize("1250", DeclaredUnit.ofSheet("亿元、%"), "万美元");
		assertThat(none.measure().status()).isEqualTo(ValueStatus.INVALID);
		assertThat(none.issues()).singleElement().satisfies(i -> {
			assertThat(i.code()).isEqualTo("UNIT_MISMATCH");
			assertThat(i.severity()).isEqualTo(Severity.ERROR);
			assertThat(i.message()).contains("表格上方的单位说明", "亿元、%", "万美元", "“单位”列");
		});
		assertThat(normalizer.normalize("5", DeclaredUnit.ofSheet("万元、亿元"), "亿元").issues()).singleElement()
			.satisfies(i -> assertThat(i.message()).contains("万元").contains("亿元").contains("无法确定"));
		assertThat(normalizer.normalize("5", DeclaredUnit.ofSheet("万元、吨"), "人").issues()).extracting(Issue::code)
			.containsExactly("UNIT_UNKNOWN");
		assertThat(normalizer.normalize("5", DeclaredUnit.ofColumn("万元/%"), "人").issues()).singleElement()
			.satisfies(i -> assertThat(i.message()).startsWith("“单位”列"));
	}

	@Test
	void shouldNotCallAUnitColumnInConflictWithAHeaderThatListsItsUnit() {
		assertThat(normalizer.checkDeclaredUnits(new DeclaredUnit("万元", "本期完成（万元/%）", null))).isEmpty();
		assertThat(normalizer.checkDeclaredUnits(new DeclaredUnit("亿元", "本期完成（万元/%）", null))).isPresent();
	}

	@Test
	void shouldKeepAGrowthAsWrittenAndWarnOnlyWhenThePercentHeaderMakesASmallOneLookLikeAFraction() {
		DeclaredUnit percentHeader = new DeclaredUnit(null, "同比增长(%)", null);
		NormalizedValue fraction = normalizer.normalizeGrowth("0.125", percentHeader);
		assertThat(fraction.measure().value()).isEqualByComparingTo("0.125");
		assertThat(fraction.hasError()).isFalse();
		assertThat(fraction.issues()).singleElement().satisfies(i -> {
			assertThat(i.code()).isEqualTo("PERCENT_AS_FRACTION");
			assertThat(i.severity()).isEqualTo(Severity.WARNING);
			assertThat(i.message()).contains("0.125%").contains("12.5%").contains("“12.5”");
		});
		assertThat(normalizer.normalizeGrowth("-1", percentHeader).issues()).extracting(Issue::code)
			.containsExactly("PERCENT_AS_FRACTION");
		assertThat(normalizer.normalizeGrowth("1.5", percentHeader).issues()).isEmpty();
		assertThat(normalizer.normalizeGrowth("0", percentHeader).issues()).isEmpty();
		assertThat(normalizer.normalizeGrowth("0.5%", percentHeader).issues()).isEmpty();
		assertThat(normalizer.normalizeGrowth("0.125", DeclaredUnit.NONE).issues()).isEmpty();
		assertThat(normalizer.normalizeGrowth("下降0.3", percentHeader).measure().value()).isEqualByComparingTo("-0.3");
	}

	@Test
	void shouldTellWhetherACellWritesItsOwnUnit() {
		assertThat(normalizer.statesItsUnit("3.2亿元")).isTrue();
		assertThat(normalizer.statesItsUnit("96%")).isTrue();
		assertThat(normalizer.statesItsUnit("500余家次")).isTrue();
		assertThat(normalizer.statesItsUnit("1.6万")).isFalse();
		assertThat(normalizer.statesItsUnit("24.36")).isFalse();
		assertThat(normalizer.statesItsUnit(null)).isFalse();
		assertThat(normalizer.statesItsUnit(" 12,345.6 ")).isFalse();
		assertThat(normalizer.statesItsUnit("-3")).isFalse();
		assertThat(normalizer.statesItsUnit("")).isFalse();
		assertThat(normalizer.statesItsUnit("1950人")).isTrue();
	}
}
