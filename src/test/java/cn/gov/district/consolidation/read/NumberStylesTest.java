package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.junit.jupiter.api.Test;

class NumberStylesTest {

	@Test
	void shouldTakeChineseDateFormatsForDates() {
		assertThat(NumberStyles.classify(14, "m/d/yy")).isEqualTo(NumberStyles.Kind.DATE);
		assertThat(NumberStyles.classify(31, BuiltinFormats.getBuiltinFormat(31))).isEqualTo(NumberStyles.Kind.DATE);
		assertThat(NumberStyles.classify(57, null)).isEqualTo(NumberStyles.Kind.DATE);
		assertThat(NumberStyles.classify(176, "yyyy\"年\"m\"月\"d\"日\";@")).isEqualTo(NumberStyles.Kind.DATE);
		assertThat(NumberStyles.classify(177, "[$-F800]dddd, mmmm dd, yyyy")).isEqualTo(NumberStyles.Kind.DATE);
		assertThat(NumberStyles.classify(178, "[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"")).isEqualTo(NumberStyles.Kind.DATE);
	}

	@Test
	void shouldTakeOnlyUnquotedPercentSignsForPercent() {
		assertThat(NumberStyles.classify(10, "0.00%")).isEqualTo(NumberStyles.Kind.PERCENT);
		assertThat(NumberStyles.classify(180, "0.0\"%\"")).isEqualTo(NumberStyles.Kind.PLAIN);
		assertThat(NumberStyles.classify(181, "0.0\\%")).isEqualTo(NumberStyles.Kind.PLAIN);
	}

	@Test
	void shouldTakeNumberFormatsForPlainNumbers() {
		assertThat(NumberStyles.classify(0, "General")).isEqualTo(NumberStyles.Kind.PLAIN);
		assertThat(NumberStyles.classify(4, "#,##0.00")).isEqualTo(NumberStyles.Kind.PLAIN);
		assertThat(NumberStyles.classify(182, "#,##0.00_ ;[Red]\\-#,##0.00 ")).isEqualTo(NumberStyles.Kind.PLAIN);
		assertThat(NumberStyles.classify(183, "0.00\"万元\"")).isEqualTo(NumberStyles.Kind.PLAIN);
	}
}
