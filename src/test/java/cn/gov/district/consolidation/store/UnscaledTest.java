package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;

class UnscaledTest {

	/** Unscaled values of 1 to 18 digits, the edges of each number of digits among them. */
	@Provide
	Arbitrary<Long> unscaled() {
		Arbitrary<Integer> digits = Arbitraries.integers().between(1, 18);
		return digits.flatMap(d -> {
			long low = d == 1 ? 0 : BigInteger.TEN.pow(d - 1).longValueExact();
			long high = BigInteger.TEN.pow(d).longValueExact() - 1;
			Arbitrary<Long> any = Arbitraries.longs().between(low, high);
			return Arbitraries.oneOf(any, Arbitraries.of(low, high, low + 1, high - 1)).flatMap(
					u -> Arbitraries.of(u, -u));
		});
	}

	@Property(tries = 5_000)
	void shouldGiveTheUnscaledDigitsExactly(@ForAll("unscaled") long u, @ForAll @IntRange(min = 0, max = 30) int scale) {
		BigDecimal compact = BigDecimal.valueOf(u, scale);
		assertThat(Unscaled.of(compact)).as(compact.toString()).isEqualTo(u);
		// the same value made the long way (through a BigInteger and its text): the same answer
		BigDecimal parsed = new BigDecimal(compact.toString());
		assertThat(Unscaled.of(parsed)).isEqualTo(u);
		BigDecimal fromBigInteger = new BigDecimal(BigInteger.valueOf(u), scale);
		assertThat(Unscaled.of(fromBigInteger)).isEqualTo(u);
	}

	@Test
	void shouldRefuseWhatALongDoesNotHoldAndNegativeScales() {
		assertThatThrownBy(() -> Unscaled.of(new BigDecimal("1234567890123456789"))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Unscaled.of(new BigDecimal("1E+3"))).isInstanceOf(IllegalArgumentException.class);
		assertThat(Unscaled.of(new BigDecimal("999999999999999999"))).isEqualTo(999_999_999_999_999_999L);
		assertThat(Unscaled.of(new BigDecimal("-0.000000000000000001"))).isEqualTo(-1);
		assertThat(Unscaled.of(new BigDecimal("0.000"))).isZero();
	}
}
