package cn.gov.district.consolidation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class CellFormatsTest {

	@Test
	void shouldShowTheDecimalsTheValueWasGivenWith() {
		assertThat(CellFormats.numberFormat(new BigDecimal("12"))).isEqualTo("#,##0");
		assertThat(CellFormats.numberFormat(new BigDecimal("12.5"))).isEqualTo("#,##0.0");
		assertThat(CellFormats.numberFormat(new BigDecimal("12.50"))).isEqualTo("#,##0.00");
		assertThat(CellFormats.numberFormat(new BigDecimal("666666.10001"))).isEqualTo("#,##0.00000");
	}

	@Test
	void shouldCapDecimalsAtSixAndTreatNegativeScaleAsWhole() {
		assertThat(CellFormats.numberFormat(new BigDecimal("0.123456789"))).isEqualTo("#,##0.000000");
		assertThat(CellFormats.numberFormat(new BigDecimal("1E+3"))).isEqualTo("#,##0");
	}

	@Test
	void shouldMeasureNumbersAsShownWithGrouping() {
		assertThat(CellFormats.numberWidth(new BigDecimal("666666.10001"))).isEqualTo("666,666.10001".length());
		assertThat(CellFormats.numberWidth(new BigDecimal("-3.2"))).isEqualTo(4);
	}

	@Property
	void shouldMeasureAnyNumberAsWideAsItsFormattedText(
			@ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(9) BigDecimal value) {
		// the measure is arithmetic; the text the format gives is the oracle
		String shown = new DecimalFormat(CellFormats.numberFormat(value), DecimalFormatSymbols.getInstance(Locale.ROOT))
			.format(value);

		assertThat(CellFormats.numberWidth(value)).as(shown).isEqualTo(shown.length());
	}

	@Test
	void shouldCountChineseAndFullWidthCharactersAsTwo() {
		assertThat(CellFormats.textWidth("东关街道")).isEqualTo(8);
		assertThat(CellFormats.textWidth("完成率(%)")).isEqualTo(9);
		assertThat(CellFormats.textWidth("完成率（％）")).isEqualTo(12);
		assertThat(CellFormats.textWidth("abc")).isEqualTo(3);
	}

	@Test
	void shouldWriteSectionNumbersInChinese() {
		assertThat(ReportTexts.numeral(1)).isEqualTo("一");
		assertThat(ReportTexts.numeral(10)).isEqualTo("十");
		assertThat(ReportTexts.numeral(12)).isEqualTo("十二");
		assertThat(ReportTexts.numeral(21)).isEqualTo("二十一");
		assertThat(ReportTexts.numeral(100)).isEqualTo("100");
	}
}
