package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.validate.StagedSubmission;

/** A kept outcome's submissions packed (V20): every field comes back; anything else is refused. */
class SubmissionListTest {

	@Property(tries = 300)
	void shouldGiveBackEverySubmissionAsPacked(@ForAll @Size(max = 300) List<@From("submissions") StagedSubmission> submissions) {
		assertThat(SubmissionList.unpack(SubmissionList.pack(submissions))).isEqualTo(submissions);
	}

	@Provide
	Arbitrary<StagedSubmission> submissions() {
		// few distinct texts, as in a long export, and any text, null included
		Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of("东关街道", "西关街道", "", "张三"),
				Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(300)).injectNull(0.1);
		Arbitrary<ReportingPeriod> period = Combinators.combine(Arbitraries.integers().between(1990, 2100),
				Arbitraries.integers().between(1, 12)).as(ReportingPeriod::new).injectNull(0.05);
		Arbitrary<Integer> count = Arbitraries.oneOf(Arbitraries.integers().between(0, 100), Arbitraries.integers());
		return Combinators.combine(Arbitraries.longs(), text, period, text, text, count, count, count)
			.flatAs((id, street, p, reporter, phone, read, rejected, errors) -> Combinators
				.combine(count, Arbitraries.of(true, false), Arbitraries.of(true, false))
				.as((warnings, indicators, projects) -> new StagedSubmission(id, street, p, reporter, phone, read, rejected,
						errors, warnings, indicators, projects)));
	}

	@Test
	void shouldRefuseEveryCutAndAnythingAfterTheEnd() {
		byte[] packed = SubmissionList.pack(List.of(
				new StagedSubmission(25_001, "东关街道", new ReportingPeriod(2022, 11), "张三", "0931-1234567", 40, 1, 2, 3, true, false),
				new StagedSubmission(25_002, "东关街道", new ReportingPeriod(2022, 10), "", "", 40, 0, 0, 0, true, true)));
		for (int len = 0; len < packed.length; len++) {
			byte[] cut = Arrays.copyOf(packed, len);
			assertThatThrownBy(() -> SubmissionList.unpack(cut)).as("cut at %d", len)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("staged submission list");
		}
		byte[] longer = Arrays.copyOf(packed, packed.length + 1);
		assertThatThrownBy(() -> SubmissionList.unpack(longer)).isInstanceOf(IllegalArgumentException.class);
	}

	@org.junit.jupiter.api.Test
	void shouldRefuseATextIndexThatReadsAsNegative() {
		// version, one submission, draft +0, then a street index of ten varint bytes: -1 as a long
		byte[] packed = { 1, 1, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
				(byte) 0xFF, (byte) 0xFF, 0x01 };
		assertThatThrownBy(() -> SubmissionList.unpack(packed)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("staged submission list");
	}

	@Property(tries = 2000)
	void shouldNeverFailOtherwiseOnNoise(@ForAll @Size(max = 60) byte[] noise) {
		try {
			SubmissionList.unpack(noise);
		}
		catch (IllegalArgumentException expected) {
			assertThat(expected).hasMessageContaining("staged submission list");
		}
	}
}
