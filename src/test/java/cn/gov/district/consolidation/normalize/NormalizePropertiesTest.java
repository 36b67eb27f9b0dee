package cn.gov.district.consolidation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.StringLength;

import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.domain.Street;
import cn.gov.district.consolidation.domain.ValueStatus;

/** Properties over large input spaces: any number written any usual way, any text at all. */
class NormalizePropertiesTest {

	private final NumberParser parser = new NumberParser();

	private final PeriodParser periods = new PeriodParser();

	private final ValueNormalizer normalizer = new ValueNormalizer();

	private final Units units = new Units();

	@Property
	void shouldReadBackAnyDecimalWrittenWithSeparatorsFullWidthOrPercent(
			@ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(6) BigDecimal value,
			@ForAll boolean grouped, @ForAll boolean fullWidth, @ForAll boolean percent) {
		String written = write(value, grouped, fullWidth) + (percent ? (fullWidth ? "％" : "%") : "");

		ParsedNumber p = parser.parse(written);

		assertThat(p.status()).as(written).isEqualTo(ValueStatus.VALUE);
		assertThat(p.value()).as(written).isEqualTo(value);
		assertThat(p.unit()).isEqualTo(percent ? "%" : "");
	}

	@Property
	void shouldReadAPlainDecimalTheSameOnTheShortPathAsOnTheFullReading(
			@ForAll @BigRange(min = "-100000000000000", max = "100000000000000") @Scale(8) BigDecimal value) {
		String plain = value.toPlainString();
		assertThat(NumberParser.plainDecimal(plain)).as(plain).isEqualTo(value);

		ParsedNumber shortPath = parser.parse(plain);
		// a space in front makes it go through folding and the full reading
		ParsedNumber fullReading = parser.parse(" " + plain);

		assertThat(NumberParser.plainDecimal(" " + plain)).isNull();
		assertThat(shortPath.value()).as(plain).isEqualTo(fullReading.value()).isEqualTo(value);
		assertThat(shortPath.status()).isEqualTo(fullReading.status()).isEqualTo(ValueStatus.VALUE);
		assertThat(shortPath.unit()).isEqualTo(fullReading.unit()).isEmpty();
		assertThat(shortPath.raw()).isEqualTo(plain);
	}

	@Property
	void shouldNeverThrowAndAlwaysGiveAStatusForAnyText(@ForAll @StringLength(max = 300) String text) {
		ParsedNumber p = parser.parse(text);

		assertThat(p.status()).isNotNull();
		assertThat(p.hasNumber()).isEqualTo(p.value() != null);
		assertThat(p.status() == ValueStatus.INVALID).isEqualTo(!p.problem().isEmpty());
	}

	@Property
	void shouldNeverThrowForTextMadeOfNumberCharacters(@ForAll("numberish") String text) {
		ParsedNumber p = parser.parse(text);

		assertThat(p.status()).isNotNull();
		assertThat(p.hasNumber()).isEqualTo(p.value() != null);
	}

	@Property
	void shouldNormalizeAnyTextToAMeasureOrAReason(@ForAll("numberish") String text, @ForAll("unit") String declared,
			@ForAll("unit") String canonical) {
		NormalizedValue v = normalizer.normalize(text, DeclaredUnit.ofColumn(declared), canonical);

		assertThat(v.measure()).isNotNull();
		if (v.measure().status() == ValueStatus.INVALID || v.measure().status() == ValueStatus.MASKED) {
			assertThat(v.hasError()).isTrue();
		}
		else {
			assertThat(v.hasError()).isFalse();
		}
	}

	@Property
	void shouldConvertThereAndBackToTheSameValue(
			@ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(4) BigDecimal value,
			@ForAll("convertible") String[] pair) {
		Conversion there = units.convert(value, pair[0], pair[1]);
		Conversion back = units.convert(there.value(), pair[1], pair[0]);

		assertThat(back.value()).isEqualByComparingTo(value);
	}

	@Property
	void shouldNeverThrowOnAnyPeriodText(@ForAll @StringLength(max = 300) String text) {
		Optional<ReportingPeriod> p = periods.parse(text);
		Optional<ReportingPeriod> inName = periods.findInFileName(text);

		assertThat(p).isNotNull();
		assertThat(inName).isNotNull();
	}

	@Property
	void shouldNeverThrowOnPeriodLikeText(@ForAll("periodish") String text) {
		assertThat(periods.parse(text)).isNotNull();
		assertThat(periods.findInFileName(text)).isNotNull();
	}

	@Property
	void shouldReadBackEveryPeriodLabelAndKey(@ForAll @IntRange(min = 1900, max = 2999) int year,
			@ForAll @IntRange(min = 1, max = 12) int endMonth) {
		ReportingPeriod period = new ReportingPeriod(year, endMonth);

		assertThat(periods.parse(period.label())).contains(period);
		assertThat(periods.parse(period.key())).contains(period);
		assertThat(periods.findInFileName("东关街道_" + period.label() + "_指标.csv")).contains(period);
	}

	@Property
	void shouldNeverThrowOnAnyName(@ForAll @StringLength(max = 300) String text) {
		StreetResolver streets = new StreetResolver(TestCatalog.ROSTER);
		IndicatorResolver indicators = new IndicatorResolver(TestCatalog.INDICATORS);

		Resolution<Street> s = streets.resolve(text);

		assertThat(s.kind()).isNotNull();
		assertThat(indicators.resolve(text).kind()).isNotNull();
		assertThat(streets.findInFileName(text)).isNotNull();
	}

	@Provide
	Arbitrary<String> numberish() {
		return Arbitraries.strings()
			.withChars("0123456789.,，-－+%％Ee 万亿千百余多约近超以上下降增长一二三四五六七八九十〇零两点*Xx×/—无元人次家")
			.ofMaxLength(30);
	}

	@Provide
	Arbitrary<String> unit() {
		return Arbitraries.of("", "亿元", "万元", "元", "万美元", "%", "人", "万人", "人次", "亩", "公顷", "㎡", "万", "斤", "单位：万元");
	}

	@Provide
	Arbitrary<String[]> convertible() {
		return Arbitraries.of(new String[] { "亿元", "万元" }, new String[] { "元", "亿元" }, new String[] { "公顷", "亩" },
				new String[] { "公顷", "平方米" }, new String[] { "万人次", "人次" }, new String[] { "万支", "针次" },
				new String[] { "亿美元", "万美元" }, new String[] { "万平方米", "㎡" });
	}

	@Provide
	Arbitrary<String> periodish() {
		return Arbitraries.strings()
			.withChars("0123456789年月度季第前上下半全Qq-—～至到.~/ 一二三十〇截止底份")
			.ofMaxLength(25);
	}

	/** Writes {@code value} the way an operator or a spreadsheet might. */
	private static String write(BigDecimal value, boolean grouped, boolean fullWidth) {
		String plain = value.toPlainString();
		boolean negative = plain.startsWith("-");
		String digits = negative ? plain.substring(1) : plain;
		int dot = digits.indexOf('.');
		String whole = dot < 0 ? digits : digits.substring(0, dot);
		String fraction = dot < 0 ? "" : digits.substring(dot);
		if (grouped) {
			StringBuilder sb = new StringBuilder();
			for (int i = 0; i < whole.length(); i++) {
				if (i > 0 && (whole.length() - i) % 3 == 0) {
					sb.append(',');
				}
				sb.append(whole.charAt(i));
			}
			whole = sb.toString();
		}
		String text = (negative ? "-" : "") + whole + fraction;
		if (!fullWidth) {
			return text;
		}
		StringBuilder sb = new StringBuilder();
		for (char c : text.toCharArray()) {
			sb.append(switch (c) {
				case ',' -> '，';
				case '.' -> '．';
				case '-' -> '－';
				default -> (char) (c - '0' + '０');
			});
		}
		return sb.toString();
	}
}
