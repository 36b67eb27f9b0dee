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
	void shouldReadUnitsSeparatedBySpacesAsAList() {
		assertThat(UnitLine.parse("单位：亿元 %")).hasValue("亿元、%");
		assertThat(UnitLine.parse("单位: 万元  %")).hasValue("万元、%");
		assertThat(UnitLine.parse("单位：万元\u3000%")).hasValue("万元、%");
		assertThat(UnitLine.parse("单位：万元 ％")).hasValue("万元、%");
		assertThat(UnitLine.parse("单位：亿元， %")).hasValue("亿元、%");
		assertThat(UnitLine.parse("单位：亿元 、 % 、 人")).hasValue("亿元、%、人");
		assertThat(UnitLine.parse("单位：万元 万人次 ㎡")).hasValue("万元、万人次、m2");
		assertThat(UnitLine.parse("填报单位：东关街道    单位：万元 %")).hasValue("万元、%");
		assertThat(UnitLine.parse("单位：万元 % 填报人：李四")).hasValue("万元、%");
		assertThat(UnitLine.parse("单位：万元 %/人")).hasValue("万元、%、人");
		assertThat(UnitLine.parse("东关街道2022年主要指标完成情况表（单位：万元 %）")).hasValue("万元、%");
	}

	@Test
	void shouldTakeEveryUnitOfTheSpecAfterASpace() {
		for (String unit : new String[] { "元", "万元", "亿元", "美元", "万美元", "平方米", "万平方米", "m2", "亩", "公顷",
				"平方公里", "人", "万人", "人次", "万人次", "件", "万件", "家", "家次", "处", "个", "项", "户", "针次", "万针次",
				"万支", "%" }) {
			assertThat(UnitLine.parse("单位：亿元 " + unit)).as(unit).hasValue("亿元、" + unit);
		}
	}

	@Test
	void shouldNotTakeOtherWordsOfTheUnitLineForUnits() {
		assertThat(UnitLine.parse("单位：万元    填报日期：2022年12月5日")).hasValue("万元");
		assertThat(UnitLine.parse("单位：万元 制表：XX")).hasValue("万元");
		assertThat(UnitLine.parse("单位：万元 制表人 张三")).hasValue("万元");
		assertThat(UnitLine.parse("单位：万元 2022年12月5日")).hasValue("万元");
		assertThat(UnitLine.parse("单位：万元 以下同")).hasValue("万元");
		assertThat(UnitLine.parse("单位：万元 （盖章）")).hasValue("万元");
		assertThat(UnitLine.parse("单位：万元 填报日期 2022年12月5日 %")).hasValue("万元");
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
