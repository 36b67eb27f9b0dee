package cn.gov.district.consolidation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.district.consolidation.domain.Street;

class NameResolverTest {

	@Test
	void shouldNotTakeAShortNameThatTwoStreetsShare() {
		StreetResolver r = new StreetResolver(List.of(new Street("城关街道", List.of()),
				new Street("城关街道办事处", List.of())));

		assertThat(r.resolve("城关街道").kind()).isEqualTo(Resolution.Kind.EXACT);
		assertThat(r.resolve("城关").kind()).isEqualTo(Resolution.Kind.AMBIGUOUS);
	}

	@Test
	void shouldPreferAnOfficialNameOverAnotherStreetsDerivedForm() {
		Street dongguan = new Street("东关街道", List.of());
		Street shortName = new Street("东关", List.of());
		StreetResolver r = new StreetResolver(List.of(dongguan, shortName));

		assertThat(r.resolve("东关").match()).isEqualTo(shortName);
		assertThat(r.resolve("东关街道").match()).isEqualTo(dongguan);
	}

	@Test
	void shouldNotFindAStreetInAFileNameThatNamesTwo() {
		StreetResolver r = new StreetResolver(TestCatalog.ROSTER);

		assertThat(r.findInFileName("东关街道与西关街道联合报表.xlsx")).isEmpty();
		assertThat(r.findInFileName(null)).isEmpty();
	}

	@Test
	void shouldFindAStreetInBracketsOrInALongFileName() {
		StreetResolver r = new StreetResolver(TestCatalog.ROSTER);

		assertThat(r.findInFileName("2022年1-11月主要指标（东关街道）.xlsx")).map(Street::name).contains("东关街道");
		assertThat(r.findInFileName("附件".repeat(60) + "西关街道.xlsx")).map(Street::name).contains("西关街道");
	}

	@Test
	void shouldNeverSilentlyMatchANearMiss() {
		IndicatorResolver r = new IndicatorResolver(TestCatalog.INDICATORS);

		Resolution<?> near = r.resolve("固定资产投姿");

		assertThat(near.isMatch()).isFalse();
		assertThat(near.match()).isNull();
		assertThat(near.closest()).isEqualTo("固定资产投资");
	}

	@Test
	void shouldOfferTheClosestNameForAnUnknownNameOnlyWhenReasonablyClose() {
		IndicatorResolver r = new IndicatorResolver(TestCatalog.INDICATORS);

		assertThat(r.resolve("城镇新增就业人员").closest()).isEqualTo("新增城镇就业");
		assertThat(r.resolve("天气晴朗").closest()).isNull();
		assertThat(r.resolve("天".repeat(500)).kind()).isEqualTo(Resolution.Kind.UNKNOWN);
	}
}
