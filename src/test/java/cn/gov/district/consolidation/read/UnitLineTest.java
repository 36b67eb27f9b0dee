package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitLineTest {

	@Test
	void shouldRecogniseTheUsualWaysOfWritingAUnitLine() {
		assertThat(UnitLine.parse("单位：万元")).hasValue("万元");
		assertThat(UnitLine.parse("单位:亿元、%")).hasValue("亿元、%");
		assertThat(UnitLine.parse("（单位：万元）")).hasValue("万元");
		assertThat(UnitLine.parse("金额单位:亿元")).hasValue("亿元");
		assertThat(UnitLine.parse("单位： 万元")).hasValue("万元");
		assertThat(UnitLine.parse("单位 ：亿元")).hasValue("亿元");
		assertThat(UnitLine.parse("东关街道2022年重点项目情况表（单位：万元）")).hasValue("万元");
		assertThat(UnitLine.parse("填报单位：东关街道    单位：万元")).hasValue("万元");
	}

	@Test
	void shouldNotTakeAReportingUnitForAUnitOfMeasure() {
		assertThat(UnitLine.parse("填报单位：东关街道")).isEmpty();
		assertThat(UnitLine.parse("单位：东关街道办事处（盖章）")).isEmpty();
		assertThat(UnitLine.parse("单位")).isEmpty();
		assertThat(UnitLine.parse("计量单位")).isEmpty();
		assertThat(UnitLine.parse(null)).isEmpty();
	}

	@Test
	void shouldFindTheUnitInAnyCellOfARow() {
		assertThat(UnitLine.find(HeaderFinderTest.row(2, "", "东关街道", "单位：万元"))).hasValue("万元");
		assertThat(UnitLine.find(HeaderFinderTest.row(2, "指标名称", "单位"))).isEmpty();
	}
}
