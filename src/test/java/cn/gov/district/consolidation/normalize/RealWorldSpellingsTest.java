package cn.gov.district.consolidation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.domain.Street;
import cn.gov.district.consolidation.domain.ValueStatus;

/**
 * One row per spelling seen in spec §1/§4, in the 街道 reports under {@code /work/shared/reports}
 * and in what operators type: numbers, values with units, periods, file names, streets and
 * indicators. An empty expected column means "none".
 */
class RealWorldSpellingsTest {

	private final NumberParser parser = new NumberParser();

	private final ValueNormalizer normalizer = new ValueNormalizer();

	private final PeriodParser periods = new PeriodParser();

	private final StreetResolver streets = new StreetResolver(TestCatalog.ROSTER);

	private final IndicatorResolver indicators = new IndicatorResolver(TestCatalog.INDICATORS);

	@ParameterizedTest(name = "[{index}] {0} → {1} {2} {3}")
	@CsvSource(delimiter = '|', textBlock = """
			1,234.5          | VALUE          | 1234.5     |
			１２３４.５          | VALUE          | 1234.5     |
			'1234.5 '        | VALUE          | 1234.5     |
			'  1234.5'       | VALUE          | 1234.5     |
			'　1234.5　'       | VALUE          | 1234.5     |
			１，２３４          | VALUE          | 1234       |
			1,234,567.89     | VALUE          | 1234567.89 |
			1.6万             | VALUE          | 1.6        | 万
			3.2亿元            | VALUE          | 3.2        | 亿元
			500余             | APPROXIMATE    | 500        |
			近500             | APPROXIMATE    | 500        |
			约500             | APPROXIMATE    | 500        |
			超500             | APPROXIMATE    | 500        |
			500以上            | APPROXIMATE    | 500        |
			500多             | APPROXIMATE    | 500        |
			500余家次           | APPROXIMATE    | 500        | 家次
			约1.6万人           | APPROXIMATE    | 1.6        | 万人
			1.6万人            | VALUE          | 1.6        | 万人
			99万支             | VALUE          | 99         | 万支
			超500万元           | APPROXIMATE    | 500        | 万元
			10余次             | APPROXIMATE    | 10         | 次
			8753处            | VALUE          | 8753       | 处
			60.9万元           | VALUE          | 60.9       | 万元
			357件             | VALUE          | 357        | 件
			2万余份            | APPROXIMATE    | 2          | 万份
			1.6万余人次          | APPROXIMATE    | 1.6        | 万人次
			500人左右           | APPROXIMATE    | 500        | 人
			不足100            | APPROXIMATE    | 100        |
			12.5%            | VALUE          | 12.5       | %
			12.5％            | VALUE          | 12.5       | %
			-3.2%            | VALUE          | -3.2       | %
			－3.2             | VALUE          | -3.2       |
			−3.2             | VALUE          | -3.2       |
			下降3.2%           | VALUE          | -3.2       | %
			减少3.2            | VALUE          | -3.2       |
			降低1.5            | VALUE          | -1.5       |
			同比下降3.2%         | VALUE          | -3.2       | %
			增长3.2%           | VALUE          | 3.2        | %
			同比增长8%           | VALUE          | 8          | %
			上升2              | VALUE          | 2          |
			+5               | VALUE          | 5          |
			95%以上            | APPROXIMATE    | 95         | %
			3%以内             | VALUE          | 3          | %
			二〇二一             | VALUE          | 2021       |
			二零二二             | VALUE          | 2022       |
			三十五              | VALUE          | 35         |
			一百二十             | VALUE          | 120        |
			一千零五             | VALUE          | 1005       |
			两万               | VALUE          | 2          | 万
			一万二千             | VALUE          | 12000      |
			三十余人             | APPROXIMATE    | 30         | 人
			一千五              | VALUE          | 1500       |
			三点五              | VALUE          | 3.5        |
			十                | VALUE          | 10         |
			十六次              | VALUE          | 16         | 次
			七个               | VALUE          | 7          | 个
			壹佰贰拾             | VALUE          | 120        |
			1.2万亿            | VALUE          | 1.2        | 万亿
			1.5E3            | VALUE          | 1500       |
			1.5E+3           | VALUE          | 1500       |
			2.5E-3           | VALUE          | 0.0025     |
			.5               | VALUE          | 0.5        |
			0                | VALUE          | 0          |
			1200㎡            | VALUE          | 1200       | m2
			2.5万平方米          | VALUE          | 2.5        | 万平方米
			*                | MASKED         |            |
			**               | MASKED         |            |
			***              | MASKED         |            |
			X                | MASKED         |            |
			XX               | MASKED         |            |
			x                | MASKED         |            |
			×                | MASKED         |            |
			＊                | MASKED         |            |
			**亿元             | MASKED         |            | 亿元
			X万余人次            | MASKED         |            | 万人次
			*%               | MASKED         |            | %
			约****余平方米        | MASKED         |            | 平方米
			1**              | MASKED         |            |
			-                | NOT_APPLICABLE |            |
			—                | NOT_APPLICABLE |            |
			--               | NOT_APPLICABLE |            |
			——               | NOT_APPLICABLE |            |
			/                | NOT_APPLICABLE |            |
			无                | NOT_APPLICABLE |            |
			不适用              | NOT_APPLICABLE |            |
			N/A              | NOT_APPLICABLE |            |
			''               | BLANK          |            |
			'   '            | BLANK          |            |
			已完成              | INVALID        |            |
			待定               | INVALID        |            |
			12,5             | INVALID        |            |
			1e999999999      | INVALID        |            |
			降低               | INVALID        |            |
			下降-3             | INVALID        |            |
			3.2亿元（预计）        | INVALID        |            |
			12.3.4           | INVALID        |            |
			""")
	void shouldReadCellNumbersAsWritten(String raw, ValueStatus status, BigDecimal value, String unit) {
		ParsedNumber p = parser.parse(raw);

		assertThat(p.status()).as("status of %s", raw).isEqualTo(status);
		if (value == null) {
			assertThat(p.value()).isNull();
		}
		else {
			assertThat(p.value()).as("value of %s", raw).isEqualByComparingTo(value);
		}
		if (status != ValueStatus.INVALID) {
			assertThat(p.unit()).as("unit of %s", raw).isEqualTo(unit == null ? "" : unit);
			assertThat(p.problem()).isEmpty();
		}
		else {
			assertThat(p.problem()).as("reason for %s", raw).containsPattern("\\p{IsHan}").contains("请");
		}
	}

	@ParameterizedTest(name = "[{index}] {0} [{1}|{2}|{3}] → {4}: {5} {6} {7}")
	@CsvSource(delimiter = '|', textBlock = """
			3.2亿元     | 万元   |        |      | 万元   | VALUE          | 32000          |
			3.2亿      | 万元   |        |      | 万元   | VALUE          | 32000          |
			1.6万      | 人    |        |      | 人    | VALUE          | 16000          |
			1.6万      | 万人   |        |      | 人    | VALUE          | 16000          |
			1.6万人     |      |        |      | 人    | VALUE          | 16000          |
			约1.6万人    |      |        |      | 人    | APPROXIMATE    | 16000          | APPROXIMATE_VALUE
			16000     |      |        |      | 人    | VALUE          | 16000          |
			1234      | 万元   |        |      | 亿元   | VALUE          | 0.1234         |
			1234      |      | 万元     |      | 亿元   | VALUE          | 0.1234         |
			1234      |      |        | 万元   | 亿元   | VALUE          | 0.1234         |
			1234      |      |        | 单位：万元 | 亿元   | VALUE          | 0.1234         |
			1234      | 万元   | 亿元     | 元    | 亿元   | VALUE          | 0.1234         |
			1234      |      | 亿元     | 元    | 亿元   | VALUE          | 1234           |
			1.5E3     | 元    |        |      | 万元   | VALUE          | 0.15           |
			500余家次    | 家次   |        |      | 家次   | APPROXIMATE    | 500            | APPROXIMATE_VALUE
			500余      |      |        |      | 人    | APPROXIMATE    | 500            | APPROXIMATE_VALUE
			*         | 万元   |        |      | 亿元   | MASKED         |                | MASKED_VALUE
			XX        |      |        |      | 人    | MASKED         |                | MASKED_VALUE
			''        | 万元   |        |      | 亿元   | BLANK          |                |
			-         | 万元   |        |      | 亿元   | NOT_APPLICABLE |                |
			无         |      |        |      | 处    | NOT_APPLICABLE |                |
			已完成       |      |        |      | 亿元   | INVALID        |                | UNPARSEABLE_NUMBER
			12.5%     |      |        |      | %    | VALUE          | 12.5           |
			12.5      | %    |        |      | %    | VALUE          | 12.5           |
			0.125     | %    |        |      | %    | VALUE          | 12.5           | PERCENT_AS_FRACTION
			0.125     |      | %      |      | %    | VALUE          | 12.5           | PERCENT_AS_FRACTION
			-0.032    |      | %      |      | %    | VALUE          | -3.2           | PERCENT_AS_FRACTION
			0.5       |      |        |      | %    | VALUE          | 0.5            |
			下降3.2%    |      | %      |      | %    | VALUE          | -3.2           |
			12.5%     |      |        |      | 亿元   | INVALID        |                | UNIT_MISMATCH
			1.6万      |      |        |      | %    | INVALID        |                | UNIT_MISMATCH
			5         | 万元   |        |      | %    | INVALID        |                | UNIT_MISMATCH
			300万美元    |      |        |      | 亿元   | INVALID        |                | UNIT_MISMATCH
			300       | 万美元  |        |      | 亿元   | INVALID        |                | UNIT_MISMATCH
			300       | 万美元  |        |      | 万美元  | VALUE          | 300            |
			3         | 亿美元  |        |      | 万美元  | VALUE          | 30000          |
			1200      | 人    |        |      | 亿元   | INVALID        |                | UNIT_MISMATCH
			1.6万人次    |      |        |      | 人    | INVALID        |                | UNIT_MISMATCH
			100       | 斤    |        |      | 人    | INVALID        |                | UNIT_UNKNOWN
			1         | 公顷   |        |      | 亩    | VALUE          | 15             |
			15        | 亩    |        |      | 公顷   | VALUE          | 1              |
			3         | 亩    |        |      | 平方米  | VALUE          | 2000           |
			1         | 亩    |        |      | 平方米  | VALUE          | 666.6666666667 |
			2.5万平方米   |      |        |      | 平方米  | VALUE          | 25000          |
			1200㎡     |      |        |      | 平方米  | VALUE          | 1200           |
			1200m²    |      |        |      | 平方米  | VALUE          | 1200           |
			3         |      | 万㎡     |      | 平方米  | VALUE          | 30000          |
			99万支      |      |        |      | 针次   | VALUE          | 990000         |
			12万针次     |      |        |      | 针次   | VALUE          | 120000         |
			1.6万      | 亿元   |        |      | 亿元   | VALUE          | 0.00016        |
			60.9万元    |      |        |      | 万元   | VALUE          | 60.9           |
			两万        | 人    |        |      | 人    | VALUE          | 20000          |
			１，２３４.５   | 元    |        |      | 万元   | VALUE          | 0.12345        |
			""")
	void shouldNormalizeValuesToTheCatalogUnit(String raw, String unitColumn, String headerUnit, String sheetUnit,
			String canonical, ValueStatus status, BigDecimal value, String issueCode) {
		NormalizedValue v = normalizer.normalize(raw, new DeclaredUnit(unitColumn, headerUnit, sheetUnit), canonical);

		assertThat(v.measure().status()).as("status of %s", raw).isEqualTo(status);
		if (value == null) {
			assertThat(v.measure().value()).isNull();
		}
		else {
			assertThat(v.measure().value()).as("value of %s", raw).isEqualByComparingTo(value);
		}
		if (issueCode == null) {
			assertThat(v.issues()).as("issues of %s", raw).isEmpty();
		}
		else {
			assertThat(v.issues()).as("issues of %s", raw).extracting(Issue::code).containsExactly(issueCode);
			assertThat(v.issues().get(0).message()).containsPattern("\\p{IsHan}");
		}
	}

	@ParameterizedTest(name = "[{index}] {0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2022年             | 2022-12
			2022年度            | 2022-12
			二〇二二年            | 2022-12
			2022              | 2022-12
			2022年全年          | 2022-12
			2022年下半年         | 2022-12
			2022年底           | 2022-12
			2022年1-11月       | 2022-11
			2022年1—11月       | 2022-11
			2022年1～11月       | 2022-11
			2022年1~11月       | 2022-11
			2022年1至11月       | 2022-11
			2022年1到11月       | 2022-11
			2022年1月-11月      | 2022-11
			2022-11           | 2022-11
			2022.11           | 2022-11
			2022/11           | 2022-11
			202211            | 2022-11
			2022年11月         | 2022-11
			２０２２年１－１１月       | 2022-11
			二〇二二年一至十一月       | 2022-11
			二〇二二年十一月         | 2022-11
			截至2022年11月底     | 2022-11
			截止2022年11月      | 2022-11
			2022年1-11月份     | 2022-11
			报送期间：2022年1-11月  | 2022-11
			2022年11月30日     | 2022-11
			2022年第三季度        | 2022-09
			2022年三季度         | 2022-09
			2022Q3            | 2022-09
			2022q3            | 2022-09
			2022年前三季度        | 2022-09
			2022年一季度         | 2022-03
			2022年第四季度        | 2022-12
			2022年上半年         | 2022-06
			2022年1-6月        | 2022-06
			2021年1月          | 2021-01
			2022年1-12月       | 2022-12
			2022年3-5月        |
			2022年1-13月       |
			2022年13月         |
			2022年0月          |
			2022年第五季度        |
			全年                |
			11月               |
			已完成               |
			''                |
			1899年             |
			22年               |
			""")
	void shouldReadReportingPeriods(String text, String key) {
		Optional<ReportingPeriod> period = periods.parse(text);

		if (key == null) {
			assertThat(period).as("period of %s", text).isEmpty();
		}
		else {
			assertThat(period).as("period of %s", text).contains(ReportingPeriod.ofKey(key));
		}
	}

	@ParameterizedTest(name = "[{index}] {0} → {1} / {2}")
	@CsvSource(delimiter = '|', textBlock = """
			东关街道_2022年1-11月_指标.csv                  | 2022-11 | 东关街道
			东关街道2022年11月报表.xlsx                    | 2022-11 | 东关街道
			input/东关街道办事处_2022年_重点项目.csv            | 2022-12 | 东关街道
			河西区东关南街道二〇二二年前三季度指标完成情况.xls          | 2022-09 | 东关南街道
			西关街道_2022-11_指标.csv                    | 2022-11 | 西关街道
			新华办2022年上半年.xlsx                        | 2022-06 | 新华街道
			东关街道_20221130.xlsx                      |         | 东关街道
			东关街道_2022年3-5月.xlsx                     |         | 东关街道
			全区报表.xlsx                              |         |
			""")
	void shouldFindPeriodAndStreetInFileNames(String fileName, String key, String street) {
		Optional<ReportingPeriod> period = periods.findInFileName(fileName);
		Optional<Street> found = streets.findInFileName(fileName);

		if (key == null) {
			assertThat(period).as("period in %s", fileName).isEmpty();
		}
		else {
			assertThat(period).as("period in %s", fileName).contains(ReportingPeriod.ofKey(key));
		}
		assertThat(found.map(Street::name)).as("street in %s", fileName).isEqualTo(Optional.ofNullable(street));
	}

	@ParameterizedTest(name = "[{index}] {0} → {1} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			东关街道          | EXACT     | 东关街道
			' 东关街道 '      | EXACT     | 东关街道
			东关 街道         | EXACT     | 东关街道
			东关街道办事处       | ALIAS     | 东关街道
			东关街办          | ALIAS     | 东关街道
			东关街道办         | ALIAS     | 东关街道
			东关办事处         | ALIAS     | 东关街道
			东关            | ALIAS     | 东关街道
			河西区东关街道       | ALIAS     | 东关街道
			东关南           | ALIAS     | 东关南街道
			新华            | ALIAS     | 新华街道
			新华办           | ALIAS     | 新华街道
			东官街道          | NEAR_MISS | 东关街道
			东关街到          | NEAR_MISS | 东关街道
			东关北街道         | AMBIGUOUS | 东关街道
			南关街道          | AMBIGUOUS | 东关街道
			人民路街道         | UNKNOWN   |
			''            | UNKNOWN   |
			""")
	void shouldResolveStreetNames(String written, Resolution.Kind kind, String name) {
		Resolution<Street> r = streets.resolve(written);

		assertThat(r.kind()).as("kind of %s", written).isEqualTo(kind);
		if (r.isMatch()) {
			assertThat(r.match().name()).isEqualTo(name);
			assertThat(r.closest()).isNull();
		}
		else {
			assertThat(r.match()).isNull();
			assertThat(r.closest()).as("closest to %s", written).isEqualTo(name);
		}
	}

	@ParameterizedTest(name = "[{index}] {0} → {1} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			规模以上工业总产值          | EXACT     | IND_OUTPUT
			IND_OUTPUT         | EXACT     | IND_OUTPUT
			ind_output         | EXACT     | IND_OUTPUT
			规上工业总产值            | ALIAS     | IND_OUTPUT
			规上工业总产值（亿元）        | ALIAS     | IND_OUTPUT
			1.规上工业总产值          | ALIAS     | IND_OUTPUT
			①规模以上工业总产值         | EXACT     | IND_OUTPUT
			（一）固定资产投资          | EXACT     | FAI
			一、固定资产投资           | EXACT     | FAI
			固投                 | ALIAS     | FAI
			固定资产投资额(亿元)        | ALIAS     | FAI
			新增城镇就业人数           | ALIAS     | NEW_URBAN_JOBS
			规上工业增加值增速          | ALIAS     | IND_VA_GROWTH
			规上工业增加值增速(%)       | ALIAS     | IND_VA_GROWTH
			规模以上工业增加值增速        | EXACT     | IND_VA_GROWTH
			城镇登记失业率（%）         | EXACT     | UNEMPLOYMENT_RATE
			R&D经费投入            | ALIAS     | RD_SPENDING
			r&d经费投入            | ALIAS     | RD_SPENDING
			12345热线诉求受理        | EXACT     | HOTLINE_REQUESTS
			实际利用外资（万美元）        | EXACT     | FOREIGN_CAPITAL
			固定资产投姿             | NEAR_MISS | 固定资产投资
			社会消费品零售额           | NEAR_MISS | 社会消费品零售总额
			规模以上工业总产直          | NEAR_MISS | 规模以上工业总产值
			天气晴朗               | UNKNOWN   |
			''                 | UNKNOWN   |
			""")
	void shouldResolveIndicatorNames(String written, Resolution.Kind kind, String expected) {
		Resolution<Indicator> r = indicators.resolve(written);

		assertThat(r.kind()).as("kind of %s", written).isEqualTo(kind);
		if (r.isMatch()) {
			assertThat(r.match().code()).isEqualTo(expected);
		}
		else {
			assertThat(r.closest()).as("closest to %s", written).isEqualTo(expected);
		}
	}
}
