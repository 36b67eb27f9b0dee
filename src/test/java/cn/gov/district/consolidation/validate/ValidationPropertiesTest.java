package cn.gov.district.consolidation.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.read.TableRow;

/**
 * Whatever rows a reader delivers, validation ends in a decision with findings: it never throws,
 * every rejection carries a reason, and the row counts reconcile.
 */
class ValidationPropertiesTest {

	private static final ValidationContext CONTEXT = ValidationFixtures.context();

	private final InMemoryStagingArea staging = new InMemoryStagingArea();

	private final SubmissionParser parser = new SubmissionParser(CONTEXT, staging);

	@Property(tries = 2000)
	void shouldAlwaysDecideAndNeverThrow(@ForAll("sheetNames") String sheetName, @ForAll("sheets") List<List<String>> cells,
			@ForAll("fileNames") String fileName) {
		staging.reset(null);
		FileCollector collector = new FileCollector(ValidationFixtures.file(fileName), CONTEXT, staging);
		collector.startSheet("基本信息", false);
		collector.row(new TableRow(1, List.of("街道名称", "东关街道"), false));
		collector.row(new TableRow(2, List.of("报送期间", "2022年1-11月"), false));
		collector.endSheet();
		collector.startSheet(sheetName, false);
		for (int i = 0; i < cells.size(); i++) {
			collector.row(new TableRow(i + 1, cells.get(i), i % 7 == 3));
		}
		collector.endSheet();

		FileOutcome outcome = parser.decide(ValidationFixtures.file(fileName), collector);

		assertThat(outcome.decision()).isIn(FileStatus.ACCEPTED, FileStatus.REJECTED);
		assertThat(outcome.rowsRejected()).isBetween(0, outcome.rowsRead());
		if (outcome.decision() == FileStatus.REJECTED) {
			assertThat(outcome.reason()).isNotBlank();
			assertThat(staging.findings).anyMatch(f -> f.isError());
		}
		assertThat(staging.findings).hasSize(outcome.findingCount());
		staging.findings.forEach(f -> assertThat(f.message()).isNotBlank());
		outcome.submissions().forEach(s -> assertThat(staging.indicatorsOf(s).size() + staging.projectsOf(s).size()).isPositive());
	}

	@Provide
	Arbitrary<String> sheetNames() {
		return Arbitraries.of("指标完成情况", "重点项目", "Sheet1", "主要指标", "东关街道_2022年1-11月_指标", "");
	}

	@Provide
	Arbitrary<String> fileNames() {
		return Arbitraries.of("东关街道2022年1-11月.xlsx", "报表.csv", "西关街道_2021年.xls", "..x.xlsx");
	}

	@Provide
	Arbitrary<List<List<String>>> sheets() {
		Arbitrary<String> cell = Arbitraries.oneOf(
				Arbitraries.of("指标名称", "本期完成", "单位", "年度目标", "同比增长(%)", "项目名称", "年度计划投资", "累计完成投资",
						"街道名称", "报送期间", "序号", "合计", "小计", "一、经济发展", "填报人：", "单位：万元", "指标编码"),
				Arbitraries.of("固定资产投资", "规上工业总产值", "隐患整改率", "安全隐患整改", "安全隐患排查", "新增城镇就业",
						"城镇登记失业率", "实际利用外资", "东关街道", "北门街道", "2022年1-11月", "二〇二二年", "FAI", "IND_OUTPUT"),
				Arbitraries.of("1.6万", "500余", "3.2亿元", "１２.５％", "**", "X", "—", "-3.2%", "下降3.2", "0.965", "1e9999",
						"666666.10001", "", " ", "亿元", "万元", "%", "人", "万美元", "平方米", "亩", "已完成", "2022-12-31"),
				Arbitraries.strings().ofMaxLength(30),
				Arbitraries.bigDecimals().ofScale(3).map(b -> b.toPlainString()));
		return cell.list().ofMaxSize(9).list().ofMaxSize(40);
	}
}
