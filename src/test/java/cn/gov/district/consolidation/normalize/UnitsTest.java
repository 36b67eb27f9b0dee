package cn.gov.district.consolidation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

	private final Units units = new Units();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			㎡      | 平方米
			m²     | 平方米
			m2     | 平方米
			平米     | 平方米
			万㎡     | 万平方米
			hm²    | 公顷
			％      | %
			美金     | 美元
			万美金    | 万美元
			名      | 人
			' 万元 ' | 万元
			斤      | 斤
			""")
	void shouldSpellUnitsTheUsualWay(String written, String canonical) {
		assertThat(units.canonicalSpelling(written)).isEqualTo(canonical);
	}

	@Test
	void shouldKnowTheUnitsOfTheCatalogAndBareMultipliers() {
		for (String u : new String[] { "亿元", "万元", "元", "万美元", "亿美元", "平方米", "万平方米", "亩", "公顷", "%", "人",
				"万人", "件", "万件", "人次", "万人次", "针次", "万针次", "万支", "个", "家", "处", "张", "座", "次", "家次", "户",
				"万", "亿", "千", "百", "万亿" }) {
			assertThat(units.isKnown(u)).as(u).isTrue();
		}
		assertThat(units.isKnown("斤")).isFalse();
		assertThat(units.isKnown("万%")).isFalse();
		assertThat(units.isKnown("")).isFalse();
		assertThat(units.isKnown(null)).isFalse();
		assertThat(units.isBareMultiplier("万")).isTrue();
		assertThat(units.isBareMultiplier("万元")).isFalse();
	}

	@Test
	void shouldConvertMoneyExactlyInStepsOfTenThousand() {
		assertThat(units.convert(new BigDecimal("3.2"), "亿元", "万元").value()).isEqualTo(new BigDecimal("32000"));
		assertThat(units.convert(new BigDecimal("1234"), "元", "亿元").value()).isEqualTo(new BigDecimal("0.00001234"));
		assertThat(units.convert(new BigDecimal("666666.10001"), "万元", "万元").value())
			.isEqualTo(new BigDecimal("666666.10001"));
	}

	@Test
	void shouldConvertAreasWithFifteenMuToTheHectare() {
		assertThat(units.convert(new BigDecimal("15"), "亩", "公顷").value()).isEqualByComparingTo("1");
		assertThat(units.convert(new BigDecimal("1"), "公顷", "亩").value()).isEqualByComparingTo("15");
		assertThat(units.convert(new BigDecimal("1"), "亩", "平方米").value()).isEqualTo(new BigDecimal("666.6666666667"));
		assertThat(units.convert(new BigDecimal("3"), "亩", "万平方米").value()).isEqualTo(new BigDecimal("0.2"));
	}

	@Test
	void shouldCountABareMultiplierInTheTargetsBaseUnit() {
		assertThat(units.convert(new BigDecimal("1.6"), "万", "人").value()).isEqualByComparingTo("16000");
		assertThat(units.convert(new BigDecimal("1.6"), "万", "万元").value()).isEqualByComparingTo("1.6");
		assertThat(units.convert(new BigDecimal("3"), "千", "人次").value()).isEqualByComparingTo("3000");
	}

	@Test
	void shouldNeverMixCurrencies() {
		Conversion c = units.convert(new BigDecimal("300"), "万美元", "亿元");

		assertThat(c.ok()).isFalse();
		assertThat(c.value()).isNull();
		assertThat(c.code()).isEqualTo(Units.UNIT_MISMATCH);
		assertThat(c.message()).contains("币种不同").contains("请按“亿元”填写");
	}

	@Test
	void shouldNeverConvertBetweenDimensions() {
		assertThat(units.convert(BigDecimal.ONE, "人", "亿元").code()).isEqualTo(Units.UNIT_MISMATCH);
		assertThat(units.convert(BigDecimal.ONE, "人次", "人").code()).isEqualTo(Units.UNIT_MISMATCH);
		assertThat(units.convert(BigDecimal.ONE, "万", "%").code()).isEqualTo(Units.UNIT_MISMATCH);
		assertThat(units.convert(BigDecimal.ONE, "亩", "人").message()).contains("不是同一类计量单位");
	}

	@Test
	void shouldReportAnUnknownUnitByName() {
		Conversion c = units.convert(BigDecimal.ONE, "斤", "人");

		assertThat(c.code()).isEqualTo(Units.UNIT_UNKNOWN);
		assertThat(c.message()).contains("“斤”");
	}
}
