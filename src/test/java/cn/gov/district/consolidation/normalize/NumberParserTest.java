package cn.gov.district.consolidation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.gov.district.consolidation.domain.ValueStatus;

class NumberParserTest {

	private final NumberParser parser = new NumberParser();

	@Test
	void shouldKeepTheExactDecimalAndScaleAsWritten() {
		assertThat(parser.parse("666666.10001").value()).isEqualTo(new BigDecimal("666666.10001"));
		assertThat(parser.parse("0.1").value()).isEqualTo(new BigDecimal("0.1"));
		assertThat(parser.parse("12.50").value()).isEqualTo(new BigDecimal("12.50")).hasScaleOf(2);
		assertThat(parser.parse("１２.５０").value()).hasScaleOf(2);
	}

	@Test
	void shouldGiveSpreadsheetExponentsAPlainNonNegativeScale() {
		assertThat(parser.parse("1.5E3").value()).isEqualTo(new BigDecimal("1500")).hasScaleOf(0);
		assertThat(parser.parse("1E+2").value()).hasScaleOf(0);
	}

	@Test
	void shouldRejectAHugeCellQuicklyWithAReason() {
		String huge = "1".repeat(100_000);

		ParsedNumber p = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> parser.parse(huge));

		assertThat(p.status()).isEqualTo(ValueStatus.INVALID);
		assertThat(p.problem()).contains("过长").contains("100000");
		assertThat(p.raw()).isSameAs(huge);
	}

	@Test
	void shouldRejectAbsurdExponentsAndDigitCountsWithoutThrowing() {
		for (String s : new String[] { "1e999999999", "1E-99999", "9".repeat(45), "1.0e41" }) {
			assertThatCode(() -> parser.parse(s)).doesNotThrowAnyException();
			assertThat(parser.parse(s).status()).as(s).isEqualTo(ValueStatus.INVALID);
		}
	}

	@Test
	void shouldTreatNullAsABlankCell() {
		ParsedNumber p = parser.parse(null);

		assertThat(p.status()).isEqualTo(ValueStatus.BLANK);
		assertThat(p.raw()).isEmpty();
		assertThat(p.unit()).isEmpty();
	}

	@Test
	void shouldNeverReturnTheVisibleDigitsOfAPartlyMaskedFigure() {
		ParsedNumber p = parser.parse("1**万元");

		assertThat(p.status()).isEqualTo(ValueStatus.MASKED);
		assertThat(p.value()).isNull();
		assertThat(p.unit()).isEqualTo("万元");
	}

	@Test
	void shouldSayInChineseWhatToWriteForText() {
		ParsedNumber p = parser.parse("待定");

		assertThat(p.status()).isEqualTo(ValueStatus.INVALID);
		assertThat(p.problem()).startsWith("“待定”不是数值").contains("请填写阿拉伯数字");
	}
}
