package cn.gov.district.consolidation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;

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
	void shouldReadPlainDecimalsAsBigDecimalReadsThemAndNothingElse() {
		// the fast path of most cells against the constructor it stands for, on texts near and far from plain decimals
		Random random = new Random(7);
		String alphabet = "0123456789012345678901234567890123456789.-+ eE万,";
		Pattern plain = Pattern.compile("-?([0-9]+)(\\.([0-9]+))?");
		int plainSeen = 0;
		for (int k = 0; k < 200_000; k++) {
			StringBuilder s = new StringBuilder();
			int length = random.nextInt(k % 10 == 0 ? 45 : 22);
			for (int i = 0; i < length; i++) {
				s.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 41)));
			}
			String text = s.toString();
			Matcher m = plain.matcher(text);
			boolean isPlain = m.matches()
					&& m.group(1).length() + (m.group(3) == null ? 0 : m.group(3).length()) <= 40;
			BigDecimal expected = isPlain ? new BigDecimal(text) : null;
			assertThat(NumberParser.plainDecimal(text)).as(text).isEqualTo(expected);
			plainSeen += isPlain ? 1 : 0;
		}
		assertThat(plainSeen).isGreaterThan(20_000);
		assertThat(NumberParser.plainDecimal("-0.50")).isEqualTo(new BigDecimal("-0.50")).hasScaleOf(2);
		assertThat(NumberParser.plainDecimal("999999999999999999")).isEqualTo(new BigDecimal("999999999999999999"));
		assertThat(NumberParser.plainDecimal("9999999999999999999.5")).isEqualTo(new BigDecimal("9999999999999999999.5"));
		assertThat(NumberParser.plainDecimal("-")).isNull();
		assertThat(NumberParser.plainDecimal(".5")).isNull();
		assertThat(NumberParser.plainDecimal("5.")).isNull();
	}

	@Test
	void shouldGiveSpreadsheetExponentsAPlainNonNegativeScale() {
		assertThat(parser.parse("1.5E3").value()).isEqualTo(new BigDecimal("1500")).hasScaleOf(0);
		assertThat(parser.parse("1E+2").value()).hasScaleOf(0);
	}

	@Test
	void shouldRejectAHugeCellByItsLengthAloneWithAReason() {
		String huge = "1".repeat(100_000);

		ParsedNumber p = parser.parse(huge);

		assertThat(p.status()).isEqualTo(ValueStatus.INVALID);
		assertThat(p.problem()).contains("过长").contains("100000");
		assertThat(p.raw()).isSameAs(huge);
	}

	@Test
	void shouldLookAtNothingButTheLengthOfACellLongerThanTheLimit() {
		// what keeps a huge cell cheap is that no folding, matching or reading starts: white space,
		// which any reading would fold away to a blank cell, is refused by its length alone
		String limit = " ".repeat(NumberParser.MAX_RAW_LENGTH);
		assertThat(parser.parse(limit).status()).isEqualTo(ValueStatus.BLANK);
		assertThat(parser.parse(limit + " ").status()).isEqualTo(ValueStatus.INVALID);
		assertThat(parser.parse(limit + " ").problem()).contains("过长").contains(String.valueOf(NumberParser.MAX_RAW_LENGTH + 1));
		// and so is a text of digits and separators that the reading would have to work through
		String grouped = "1,000".repeat(NumberParser.MAX_RAW_LENGTH / 5) + ",";
		assertThat(parser.parse(grouped).problem()).contains("过长");
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
