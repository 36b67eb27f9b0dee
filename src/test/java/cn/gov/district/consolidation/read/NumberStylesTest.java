package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

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

	@Test
	void shouldReadTheNumberFormatOfEveryCellStyleFromTheStylesPart() throws Exception {
		// named styles (cellStyleXfs) are not what a cell's s attribute indexes; a workbook may
		// redefine a built-in id; an xf without numFmtId is General
		String xml = """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
				  <numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="10" formatCode="0.00&quot;%&quot;"/></numFmts>
				  <fonts count="1"><font><sz val="11"/></font></fonts>
				  <cellStyleXfs count="1"><xf numFmtId="9" fontId="0"/></cellStyleXfs>
				  <cellXfs count="6">
				    <xf fontId="0"/><xf numFmtId="9"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/>
				    <xf numFmtId="10"/><xf numFmtId="31"/>
				  </cellXfs>
				  <cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
				</styleSheet>""";
		StylesPart part = StylesPart.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		assertThat(part.styleCount()).isEqualTo(6);
		assertThat(part.formatString(part.formatId(1))).isEqualTo("0%");
		assertThat(part.formatString(part.formatId(4))).isEqualTo("0.00\"%\"");
		NumberStyles styles = new NumberStyles(part);
		assertThat(new NumberStyles.Kind[] { styles.kindOf(0), styles.kindOf(1), styles.kindOf(2), styles.kindOf(3),
				styles.kindOf(4), styles.kindOf(5), styles.kindOf(6), styles.kindOf(-1) })
			.containsExactly(NumberStyles.Kind.PLAIN, NumberStyles.Kind.PERCENT, NumberStyles.Kind.PERCENT, NumberStyles.Kind.DATE,
					NumberStyles.Kind.PLAIN, NumberStyles.Kind.DATE, NumberStyles.Kind.PLAIN, NumberStyles.Kind.PLAIN);
		assertThat(new NumberStyles(StylesPart.NONE).kindOf(0)).isEqualTo(NumberStyles.Kind.PLAIN);
	}
}
