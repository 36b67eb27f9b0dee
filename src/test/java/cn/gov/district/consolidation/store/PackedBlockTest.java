package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

/**
 * The packed dense columns of an H2 indicator block (V18): every code and every value comes back
 * exactly, at its written scale, whatever its size; a value is packed as the {@code NUMERIC(38, 12)}
 * column stored it; a byte string that is not a packed block is refused, never misread.
 */
class PackedBlockTest {

	@Property(tries = 200)
	void shouldGiveBackEveryCodeAndValueAtItsWrittenScale(@ForAll @Size(min = 1, max = 60) List<@From("codes") String> codes,
			@ForAll @Size(min = 180, max = 180) List<@From("values") BigDecimal> pool) {
		int n = codes.size();
		Object[][] values = new Object[PackedBlock.MEASURES][n];
		for (int m = 0; m < PackedBlock.MEASURES; m++) {
			for (int i = 0; i < n; i++) {
				values[m][i] = pool.get(m * 60 + i);
			}
		}
		byte[] packed = PackedBlock.pack(codes.toArray(), values);

		assertThat(PackedBlock.codes(packed)).containsExactlyElementsOf(codes);
		PackedBlock.Unpacked whole = PackedBlock.unpack(packed);
		assertThat(whole.codes()).containsExactlyElementsOf(codes);
		for (int m = 0; m < PackedBlock.MEASURES; m++) {
			BigDecimal[] back = PackedBlock.values(packed, m);
			Integer[] scales = PackedBlock.scales(packed, m);
			assertThat(back).hasSize(n);
			for (int i = 0; i < n; i++) {
				BigDecimal written = (BigDecimal) values[m][i];
				if (written == null) {
					assertThat(back[i]).isNull();
					assertThat(whole.values()[m][i]).isNull();
					assertThat(scales[i]).isNull();
				}
				else {
					// the same digits and scale (BigDecimal.equals), not only the same number
					assertThat(back[i]).isEqualTo(written);
					assertThat(scales[i]).isEqualTo(written.scale());
					assertThat(whole.values()[m][i]).isEqualTo(written);
				}
			}
		}
	}

	@Provide
	Arbitrary<String> codes() {
		return Arbitraries.oneOf(Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(20),
				// any text without lone surrogates (a code is the catalog's, read as text)
				Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF').ofMaxLength(64), Arbitraries.of("IND_OUTPUT", "FAI", "规上工业产值", "😀指标"));
	}

	/** Values as staging stores them: scale 0 to 12, up to 38 digits, small and around the limits of a long. */
	@Provide
	Arbitrary<BigDecimal> values() {
		Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(38).negate(),
				BigInteger.TEN.pow(38)), Arbitraries.longs().map(BigInteger::valueOf),
				Arbitraries.integers().between(-1000, 1000).map(BigInteger::valueOf),
				Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 2 + 1, Long.MIN_VALUE / 2 - 1, 999_999_999_999_999_999L,
						-999_999_999_999_999_999L, 0L)
					.map(BigInteger::valueOf),
				Arbitraries.of(BigInteger.TEN.pow(18), BigInteger.TEN.pow(37).subtract(BigInteger.ONE)));
		Arbitrary<BigDecimal> number = unscaled.flatMap(u -> Arbitraries.integers().between(0, 12).map(s -> new BigDecimal(u, s)));
		return number.injectNull(0.15);
	}

	@Test
	void shouldPackAValueAsTheNumericColumnStoredIt() {
		// a negative scale is written out (1E+3 is 1000), as NUMERIC(38, 12) and its scale column gave it back
		byte[] packed = PackedBlock.pack(new Object[] { "GDP", "FAI" }, new Object[][] {
				{ new BigDecimal("1E+3"), new BigDecimal("0.00") }, { null, new BigDecimal("-16000") }, { BigDecimal.ZERO, null } });

		assertThat(PackedBlock.values(packed, 0)).extracting(BigDecimal::toString).containsExactly("1000", "0.00");
		assertThat(PackedBlock.scales(packed, 0)).containsExactly(0, 2);
		assertThat(PackedBlock.values(packed, 1)).containsExactly(null, new BigDecimal("-16000"));
		assertThat(PackedBlock.values(packed, 2)).containsExactly(BigDecimal.ZERO, null);
		assertThatThrownBy(() -> PackedBlock.pack(new Object[] { "GDP" },
				new Object[][] { { new BigDecimal("0.0000000000001") }, { null }, { null } }))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PackedBlock.values(packed, 3)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldGiveNullForNull() {
		assertThat(PackedBlock.codes(null)).isNull();
		assertThat(PackedBlock.values(null, 1)).isNull();
		assertThat(PackedBlock.scales(null, 2)).isNull();
	}

	@Property(tries = 2000)
	void shouldRefuseWhatIsNotAPackedBlock(@ForAll @Size(max = 40) byte[] bytes) {
		byte[] packed = PackedBlock.pack(new Object[] { "GDP", "规上工业产值" },
				new Object[][] { { new BigDecimal("1744.91"), null }, { new BigDecimal(BigInteger.TEN.pow(30), 2), BigDecimal.ONE },
						{ new BigDecimal("-1.9"), new BigDecimal("12.50") } });
		// noise, and every cut of a real block: refused with IllegalArgumentException, or read as something, never another exception
		for (byte[] b : List.of(bytes, Arrays.copyOf(packed, Math.min(bytes.length, packed.length - 1)))) {
			for (int m = 0; m < PackedBlock.MEASURES; m++) {
				int measure = m;
				try {
					PackedBlock.codes(b);
				}
				catch (IllegalArgumentException expected) {
					assertThat(expected).hasMessageContaining("packed indicator block");
				}
				// the scales, read from the numbers' headers alone, refuse exactly what the values refuse
				BigDecimal[] values = refusedOrRead(() -> PackedBlock.values(b, measure));
				Integer[] scales = refusedOrRead(() -> PackedBlock.scales(b, measure));
				assertThat(scales == null).isEqualTo(values == null);
				if (values != null) {
					for (int i = 0; i < values.length; i++) {
						assertThat(scales[i]).isEqualTo(values[i] == null ? null : values[i].scale());
					}
				}
			}
		}
	}

	/** What {@code read} gives, or {@code null} where it refuses the bytes as a packed block should. */
	private static <T> T refusedOrRead(java.util.function.Supplier<T> read) {
		try {
			return read.get();
		}
		catch (IllegalArgumentException expected) {
			assertThat(expected).hasMessageContaining("packed indicator block");
			return null;
		}
	}

	@Test
	void shouldRefuseALongNumberOfNoBytesInTheScalesAsInTheValues() {
		// version 1, one entry coded "A", its target a number beyond 18 digits (header 64) of zero bytes
		byte[] packed = { 1, 1, 1, 'A', 64, 0 };
		assertThatThrownBy(() -> PackedBlock.values(packed, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PackedBlock.scales(packed, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldRefuseEveryCutOfABlock() {
		byte[] packed = PackedBlock.pack(new Object[] { "GDP", "JOBS" },
				new Object[][] { { new BigDecimal("1744.91"), null }, { new BigDecimal(BigInteger.TEN.pow(30), 2), BigDecimal.ONE },
						{ new BigDecimal("-1.9"), new BigDecimal("12.50") } });
		for (int len = 0; len < packed.length; len++) {
			byte[] cut = Arrays.copyOf(packed, len);
			assertThatThrownBy(() -> PackedBlock.values(cut, 2)).as("cut at %d", len).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> PackedBlock.scales(cut, 2)).as("cut at %d", len).isInstanceOf(IllegalArgumentException.class);
		}
	}
}
