package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

import org.junit.jupiter.api.Test;

class CellValuesTest {

	@Test
	void shouldCutFractionalZerosAsTheFullReadingDoes() {
		// the short path for "9019.0" and "14.50" against the reading through BigDecimal, on texts around it
		Random random = new Random(3);
		String alphabet = "0000123456789.-";
		int cut = 0;
		for (int k = 0; k < 200_000; k++) {
			StringBuilder s = new StringBuilder();
			for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
				s.append(alphabet.charAt(random.nextInt(random.nextInt(3) == 0 ? alphabet.length() : 13)));
			}
			if (random.nextBoolean()) {
				s.append(".0".repeat(1 + random.nextInt(2)).substring(random.nextInt(2)));
			}
			String raw = s.toString();
			BigDecimal value;
			try {
				value = new BigDecimal(raw);
			}
			catch (NumberFormatException notANumber) {
				value = null;
			}
			String expected = value == null ? null : CellValues.plain(value);
			String actual = CellValues.plainNumber(raw);
			// not a number: null, as the full reading says (not "1.2" for "1.2.0")
			assertThat(actual).as(raw).isEqualTo(expected);
			if (expected != null) {
				cut += raw.endsWith("0") && raw.contains(".") ? 1 : 0;
			}
		}
		assertThat(cut).isGreaterThan(10_000);
		assertThat(CellValues.plainNumber("9019.0")).isEqualTo("9019");
		assertThat(CellValues.plainNumber("14.50")).isEqualTo("14.5");
		assertThat(CellValues.plainNumber("-0.00")).isEqualTo("0");
		assertThat(CellValues.plainNumber("100.000")).isEqualTo("100");
		assertThat(CellValues.plainNumber("1.2.0")).isNull();
		assertThat(CellValues.plainNumber("4.9406564584124654E-324")).startsWith("0.000").endsWith("494065645841247");
	}

	@Test
	void shouldWriteNumbersAsPlainExactDecimals() {
		assertThat(CellValues.plainNumber("666666.10001")).isEqualTo("666666.10001");
		assertThat(CellValues.plainNumber("3.2000000000000002")).isEqualTo("3.2");
		assertThat(CellValues.plainNumber("0.30000000000000004")).isEqualTo("0.3");
		assertThat(CellValues.plainNumber("1.5E-3")).isEqualTo("0.0015");
		assertThat(CellValues.plainNumber("1E+20")).isEqualTo("100000000000000000000");
		assertThat(CellValues.plainNumber("3.0")).isEqualTo("3");
		assertThat(CellValues.plainNumber("-0.0")).isEqualTo("0");
		assertThat(CellValues.plainNumber("1200")).isEqualTo("1200");
		assertThat(CellValues.plainNumber("007")).isEqualTo("7");
		assertThat(CellValues.plainNumber(".5")).isEqualTo("0.5");
		assertThat(CellValues.plainNumber("abc")).isNull();
	}

	@Test
	void shouldWritePercentFormattedNumbersAsPercent() {
		assertThat(CellValues.percent("0.125")).isEqualTo("12.5%");
		assertThat(CellValues.percent("-0.032")).isEqualTo("-3.2%");
		assertThat(CellValues.percent("1")).isEqualTo("100%");
	}

	@Test
	void shouldWriteDateSerialsAsIsoText() {
		assertThat(CellValues.date("44895", false)).isEqualTo("2022-11-30");
		assertThat(CellValues.date("44895.5", false)).isEqualTo("2022-11-30 12:00:00");
		assertThat(CellValues.date("0.25", false)).isEqualTo("06:00:00");
		assertThat(CellValues.date("-1", false)).isNull();
	}

	/** Up to 15 significant digits (what Excel keeps), the text is the exact decimal. */
	@Property
	void fastPathAgreesWithBigDecimal(@ForAll @BigRange(min = "-99999999", max = "99999999") @Scale(6) BigDecimal value) {
		String text = value.toPlainString();
		String expected = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
		assertThat(CellValues.plainNumber(text)).isEqualTo(expected);
	}
}
