package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The raw text of a value is stored only when it says more than the value's own text. */
class StoredValuesTest {

	@ParameterizedTest
	@CsvSource({ "1744.91, 1744.91, true", "1744.910, 1744.91, false", "007, 7, false", "0, 0, true", "-0, 0, false",
			"0.50, 0.50, true", ".5, 0.5, false", "5., 5, false", "-1.9, -1.9, true", "1e3, 1000, false",
			"1.6万, 16000, false", "16000, 16000.0, false", "0.000000000001, 0.000000000001, true",
			"123456789012345678901, 123456789012345678901, true", "-0.0, 0.0, false", "1-2, 12, false" })
	void shouldTellAWrittenValueFromItsOwnText(String raw, String value, boolean same) {
		assertThat(StoredValues.isPlainTextOf(raw, new BigDecimal(value))).isEqualTo(same);
	}

	@Property(tries = 3000)
	void shouldAgreeWithThePlainTextOfTheValue(@ForAll("decimalTexts") String raw, @ForAll("values") BigDecimal other) {
		BigDecimal parsed = new BigDecimal(raw);
		assertThat(StoredValues.isPlainTextOf(raw, parsed)).isEqualTo(raw.equals(parsed.toPlainString()));
		assertThat(StoredValues.isPlainTextOf(raw, other)).isEqualTo(raw.equals(other.toPlainString()));
	}

	@Property(tries = 1000)
	void shouldNeverMistakeOtherTextForAValue(@ForAll @StringLength(max = 20) String raw, @ForAll("values") BigDecimal value) {
		assertThat(StoredValues.isPlainTextOf(raw, value)).isEqualTo(raw.equals(value.toPlainString()));
	}

	/** Plain decimals as people and exports write them: signs, leading zeros, short and long. */
	@Provide
	Arbitrary<String> decimalTexts() {
		Arbitrary<String> sign = Arbitraries.of("", "", "-");
		Arbitrary<String> integer = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(20);
		Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
				Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(13).map(f -> "." + f));
		return Combinators.combine(sign, integer, fraction).as((s, i, f) -> s + i + f);
	}

	@Provide
	Arbitrary<BigDecimal> values() {
		return Combinators.combine(Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
				Arbitraries.integers().between(-2, 12)).as(BigDecimal::valueOf);
	}
}
