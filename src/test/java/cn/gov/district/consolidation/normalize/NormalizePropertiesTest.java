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

import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.domain.Street;
import cn.gov.district.consolidation.domain.ValueStatus;
import cn.gov.district.consolidation.read.CellText;

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

	/** A value in the catalog's own unit is taken as written, as a conversion between two spellings of it gives. */
	@Property
	void shouldTakeAValueDeclaredInItsCanonicalUnitAsWritten(
			@ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(6) BigDecimal value, @ForAll boolean declared) {
		String plain = value.toPlainString();
		NormalizedValue asWritten = normalizer.normalize(plain, declared ? DeclaredUnit.ofColumn("平方米") : DeclaredUnit.NONE,
				"平方米");
		// another spelling of the same unit: converted, by a factor of one
		NormalizedValue converted = normalizer.normalize(plain, DeclaredUnit.ofColumn("㎡"), "平方米");

		assertThat(asWritten).isEqualTo(converted);
		assertThat(asWritten.measure().value()).isEqualTo(value);
		assertThat(asWritten.issues()).isEmpty();
	}

	/** Under a declared %, a number of at most 1 in size may be a fraction: pointed out and read as one; any other as written. */
	@Property
	void shouldTakeAPercentageAsWrittenUnlessItMayBeAFraction(
			@ForAll @BigRange(min = "-1000", max = "1000") @Scale(4) BigDecimal value, @ForAll boolean declared) {
		NormalizedValue v = normalizer.normalize(value.toPlainString(), declared ? DeclaredUnit.ofColumn("%") : DeclaredUnit.NONE,
				"%");
		boolean fraction = declared && value.signum() != 0 && value.abs().compareTo(BigDecimal.ONE) <= 0;
		if (fraction) {
			BigDecimal percent = value.movePointRight(2);
			assertThat(v.measure().value()).isEqualTo(percent.scale() < 0 ? percent.setScale(0) : percent);
			assertThat(v.issues()).extracting(Issue::code).containsExactly(ValueNormalizer.PERCENT_AS_FRACTION);
		}
		else {
			assertThat(v.measure().value()).isEqualTo(value);
			assertThat(v.issues()).isEmpty();
		}
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

		assertWellFormed(text, p);
	}

	@Property
	void shouldNeverThrowForTextMadeOfNumberCharacters(@ForAll("numberish") String text) {
		ParsedNumber p = parser.parse(text);

		assertWellFormed(text, p);
	}

	/**
	 * What every reading of any text gives: the text itself as {@code raw}, a reason exactly when it
	 * is {@code INVALID}, {@code BLANK} exactly for white space, and a number that reads back as the
	 * same {@code BigDecimal} (value and scale) when written out plainly.
	 */
	private void assertWellFormed(String text, ParsedNumber p) {
		assertThat(p.raw()).as(text).isEqualTo(text);
		assertThat(p.hasNumber()).as(text).isEqualTo(p.value() != null);
		assertThat(p.problem().isEmpty()).as(text).isEqualTo(p.status() != ValueStatus.INVALID);
		if (text.length() <= NumberParser.MAX_RAW_LENGTH) {
			assertThat(p.status() == ValueStatus.BLANK).as(text).isEqualTo(CellText.fold(text).isEmpty());
		}
		else {
			assertThat(p.status()).as(text).isEqualTo(ValueStatus.INVALID);
		}
		if (p.hasNumber()) {
			assertThat(p.value().scale()).as(text).isNotNegative();
			ParsedNumber again = parser.parse(p.value().toPlainString());
			assertThat(again.status()).as(text).isEqualTo(ValueStatus.VALUE);
			assertThat(again.value()).as(text).isEqualTo(p.value());
		}
		else {
			assertThat(p.unit().length()).as(text).isLessThanOrEqualTo(text.length());
		}
	}

	@Property
	void shouldNormalizeAnyTextToAMeasureOrAReason(@ForAll("numberish") String text, @ForAll("unit") String declared,
			@ForAll("unit") String canonical) {
		NormalizedValue v = normalizer.normalize(text, DeclaredUnit.ofColumn(declared), canonical);

		assertThat(v.measure().raw()).as(text).isEqualTo(text);
		ValueStatus status = v.measure().status();
		assertThat(v.measure().hasNumber()).as(text).isEqualTo(v.measure().value() != null);
		if (status == ValueStatus.INVALID || status == ValueStatus.MASKED) {
			// never dropped silently: an error that says why
			assertThat(v.hasError()).as(text).isTrue();
			assertThat(v.issues()).as(text).allSatisfy(issue -> assertThat(issue.message()).isNotBlank());
		}
		else {
			assertThat(v.hasError()).as(text).isFalse();
		}
		if (status == ValueStatus.BLANK || status == ValueStatus.NOT_APPLICABLE || status == ValueStatus.VALUE) {
			assertThat(v.issues()).as(text).noneMatch(issue -> issue.code().equals(ValueNormalizer.APPROXIMATE_VALUE));
		}
		if (status == ValueStatus.APPROXIMATE) {
			assertThat(v.issues()).as(text).extracting(Issue::code).contains(ValueNormalizer.APPROXIMATE_VALUE);
		}
		ParsedNumber parsed = parser.parse(text);
		if (parsed.hasNumber() && status.hasNumber()) {
			// the same number, only converted from the unit it was written in
			assertThat(status).as(text).isEqualTo(parsed.status());
		}
		else {
			assertThat(status.hasNumber()).as(text).isFalse();
		}
	}

	@Property
	void shouldKeepAnApproximateNumberAsItsValueWithAWarning(
			@ForAll @BigRange(min = "0", max = "1000000000") @Scale(2) BigDecimal value,
			@ForAll("approximately") String[] marks) {
		String text = marks[0] + value.toPlainString() + marks[1];

		ParsedNumber p = parser.parse(text);
		NormalizedValue v = normalizer.normalize(text, DeclaredUnit.NONE, "万元");

		assertThat(p.status()).as(text).isEqualTo(ValueStatus.APPROXIMATE);
		assertThat(p.value()).as(text).isEqualTo(value);
		assertThat(v.measure().status()).as(text).isEqualTo(ValueStatus.APPROXIMATE);
		assertThat(v.measure().value()).as(text).isEqualByComparingTo(value);
		assertThat(v.hasError()).as(text).isFalse();
		assertThat(v.issues()).as(text).extracting(Issue::code).containsExactly(ValueNormalizer.APPROXIMATE_VALUE);
	}

	@Property
	void shouldNormalizeAPlainDecimalInADeclaredUnitToItsConversion(
			@ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(4) BigDecimal value,
			@ForAll("convertible") String[] pair) {
		NormalizedValue v = normalizer.normalize(value.toPlainString(), DeclaredUnit.ofColumn(pair[0]), pair[1]);

		assertThat(v.measure().status()).isEqualTo(ValueStatus.VALUE);
		assertThat(v.issues()).isEmpty();
		assertThat(v.measure().value()).isEqualByComparingTo(value.multiply(new BigDecimal(pair[2])));
	}

	@Property
	void shouldConvertThereAndBackToTheSameValue(
			@ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(4) BigDecimal value,
			@ForAll("convertible") String[] pair) {
		Conversion there = units.convert(value, pair[0], pair[1]);
		Conversion back = units.convert(there.value(), pair[1], pair[0]);

		assertThat(there.ok()).isTrue();
		assertThat(back.ok()).isTrue();
		// value × unit: the conversion multiplies by the pair's factor, exactly
		assertThat(there.value()).isEqualByComparingTo(value.multiply(new BigDecimal(pair[2])));
		assertThat(back.value()).isEqualByComparingTo(value);
	}

	@Property
	void shouldNeverThrowOnAnyPeriodText(@ForAll @StringLength(max = 300) String text) {
		assertReadsBackAsItself(periods.parse(text));
		assertReadsBackAsItself(periods.findInFileName(text));
	}

	@Property
	void shouldNeverThrowOnPeriodLikeText(@ForAll("periodish") String text) {
		assertReadsBackAsItself(periods.parse(text));
		assertReadsBackAsItself(periods.findInFileName(text));
	}

	/** A period found in any text is a real one, and its label and key read back as the same period. */
	private void assertReadsBackAsItself(Optional<ReportingPeriod> found) {
		assertThat(found).isNotNull();
		found.ifPresent(period -> {
			assertThat(period.endMonth()).isBetween(1, 12);
			assertThat(periods.parse(period.label())).contains(period);
			assertThat(periods.parse(period.key())).contains(period);
		});
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
		Resolution<Indicator> i = indicators.resolve(text);

		// a match is a thing of the roster or catalog; a near miss or ambiguity names its candidate
		assertThat(s.kind()).isNotNull();
		if (s.isMatch()) {
			assertThat(TestCatalog.ROSTER).contains(s.match());
		}
		if (s.kind() == Resolution.Kind.NEAR_MISS || s.kind() == Resolution.Kind.AMBIGUOUS) {
			assertThat(TestCatalog.ROSTER).extracting(Street::name).contains(s.closest());
		}
		assertThat(i.kind()).isNotNull();
		if (i.isMatch()) {
			assertThat(TestCatalog.INDICATORS).contains(i.match());
		}
		assertThat(streets.findInFileName(text)).isNotNull()
			.satisfies(found -> found.ifPresent(street -> assertThat(TestCatalog.ROSTER).contains(street)));
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

	/** What is written before and after a number to say it is approximate. */
	@Provide
	Arbitrary<String[]> approximately() {
		Arbitrary<String[]> before = Arbitraries.of("约", "大约", "近", "将近", "接近", "超过", "逾").map(m -> new String[] { m, "" });
		Arbitrary<String[]> after = Arbitraries.of("左右", "以上", "上下").map(m -> new String[] { "", m });
		return Arbitraries.oneOf(before, after);
	}

	/** From unit, to unit, and what one of the first is in the second. */
	@Provide
	Arbitrary<String[]> convertible() {
		return Arbitraries.of(new String[] { "亿元", "万元", "10000" }, new String[] { "元", "亿元", "0.00000001" },
				new String[] { "公顷", "亩", "15" }, new String[] { "公顷", "平方米", "10000" },
				new String[] { "万人次", "人次", "10000" }, new String[] { "万支", "针次", "10000" },
				new String[] { "亿美元", "万美元", "10000" }, new String[] { "万平方米", "㎡", "10000" });
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
