package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TextEncodingTest {

	@Test
	void shouldAcceptAMultiByteCharacterCutAtTheEndOfTheHead() {
		byte[] whole = "指标名称".getBytes(StandardCharsets.UTF_8);
		byte[] cut = Arrays.copyOf(whole, whole.length - 1);
		assertThat(TextEncoding.detect(cut, false)).hasValueSatisfying(d -> {
			assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
			assertThat(d.headText()).isEqualTo("指标名");
		});
	}

	@Test
	void shouldNotTakeACutCharacterForUtf8WhenTheHeadIsTheWholeFile() {
		byte[] whole = "指标名称".getBytes(StandardCharsets.UTF_8);
		byte[] cut = Arrays.copyOf(whole, whole.length - 1);
		assertThat(TextEncoding.detect(cut, true)).isNotEqualTo(TextEncoding.detect(cut, false))
				.satisfies(d -> assertThat(d.map(TextEncoding.Detected::charset)).isNotEqualTo(java.util.Optional.of(StandardCharsets.UTF_8)));
	}

	@Test
	void shouldTellGbkFromUtf8() {
		assertThat(TextEncoding.detect("单位：万元,本期完成\n".getBytes(Charset.forName("GBK")), true))
				.hasValueSatisfying(d -> assertThat(d.charset()).isEqualTo(TextEncoding.GB18030));
	}

	@Test
	void shouldStripTheUtf8ByteOrderMark() {
		byte[] bytes = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b' };
		assertThat(TextEncoding.detect(bytes, true)).hasValueSatisfying(d -> {
			assertThat(d.bomLength()).isEqualTo(3);
			assertThat(d.headText()).isEqualTo("a,b");
		});
	}

	@Test
	void shouldRefuseTextFullOfControlCharacters() {
		assertThat(TextEncoding.looksLikeText("a\u0001b\u0002c\u0003")).isFalse();
		assertThat(TextEncoding.looksLikeText("a,b\tc\r\n")).isTrue();
	}
}
