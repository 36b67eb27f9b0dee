package cn.gov.district.consolidation.normalize;

import java.util.Arrays;
import java.util.List;

import cn.gov.district.consolidation.domain.AggregationRule;
import cn.gov.district.consolidation.domain.Direction;
import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.Street;

/** A roster and an excerpt of {@code indicator-catalog.csv} (same rows, same columns) for the tests. */
final class TestCatalog {

	static final List<Street> ROSTER = List.of(new Street("东关街道", List.of("东关街道办事处", "东关街办")),
			new Street("东关南街道", List.of()), new Street("西关街道", List.of()),
			new Street("新华街道", List.of("新华办")));

	private static final String CATALOG = """
			IND_OUTPUT,规模以上工业总产值,规上工业总产值|规模工业总产值|规上工业产值,亿元,经济发展,SUM,HIGHER,
			IND_VA_GROWTH,规模以上工业增加值增速,规上工业增加值增速|规模工业增加值增长|规上工业增加值增长率,%,经济发展,WEIGHTED_AVG:IND_OUTPUT,HIGHER,growth rate in percent; district value weighted by IND_OUTPUT
			FAI,固定资产投资,固投|固定资产投资额|完成固定资产投资,亿元,经济发展,SUM,HIGHER,usually has an annual target
			RETAIL_SALES,社会消费品零售总额,社零额|社零总额,亿元,经济发展,SUM,HIGHER,
			FOREIGN_CAPITAL,实际利用外资,外资到位|完成外资|引进外资,万美元,经济发展,SUM,HIGHER,a different currency: never added to 元 amounts
			RD_SPENDING,研发费用投入,研发投入|R&D经费投入,亿元,经济发展,SUM,HIGHER,
			NEW_URBAN_JOBS,新增城镇就业,新增城镇就业人数|城镇新增就业,人,民生保障,SUM,HIGHER,usually has an annual target
			UNEMPLOYMENT_RATE,城镇登记失业率,登记失业率,%,民生保障,NONE,LOWER,a ceiling target (控制在X%以内); no district figure without the labour force
			VACCINE_DOSES,新冠疫苗接种,疫苗接种|新冠疫苗注射,针次,民生保障,SUM,HIGHER,reports also say 万支 or 万针次
			SAFETY_FIX_RATE,隐患整改率,整改率|安全隐患整改率,%,平安建设,RATIO:SAFETY_HAZARDS_FIXED/SAFETY_HAZARDS_FOUND,HIGHER,
			HOTLINE_REQUESTS,12345热线诉求受理,12345诉求|热线诉求|热线受理,件,城市管理,SUM,HIGHER,
			GREENING_AREA,绿化面积,春季绿化|完成绿化,亩,城市管理,SUM,HIGHER,1 公顷 = 15 亩; 1 亩 = 10000/15 平方米
			""";

	static final List<Indicator> INDICATORS = CATALOG.lines().map(TestCatalog::indicator).toList();

	private TestCatalog() {
	}

	private static Indicator indicator(String line) {
		String[] f = line.split(",", -1);
		return new Indicator(f[0], f[1], Arrays.asList(f[2].split("\\|")), f[3], f[4], AggregationRule.parse(f[5]),
				Direction.valueOf(f[6]), f[7]);
	}
}
