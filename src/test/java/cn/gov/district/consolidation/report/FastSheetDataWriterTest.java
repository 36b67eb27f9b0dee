package cn.gov.district.consolidation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** {@link FastSheetDataWriter} escapes a text exactly as POI's own sheet writer does. */
class FastSheetDataWriterTest {

	/** POI's writer, its escaping made callable. */
	private static final class Poi extends SheetDataWriter {

		Poi(Writer out) throws IOException {
			super(out);
		}

		void escape(String s) throws IOException {
			outputEscapedString(s);
		}
	}

	/** Ours, its escaping made callable. */
	private static final class Fast {

		private final FastSheetDataWriter writer;

		Fast(Writer out) throws IOException {
			writer = new FastSheetDataWriter(out);
		}

		void escape(String s) throws IOException {
			writer.outputEscapedString(s);
		}
	}

	private static String poi(String s) throws IOException {
		StringWriter out = new StringWriter();
		new Poi(out).escape(s);
		return out.toString();
	}

	private static String fast(String s) throws IOException {
		StringWriter out = new StringWriter();
		new Fast(out).escape(s);
		return out.toString();
	}

	@Test
	void shouldEscapeEveryTextAsPoiDoes() throws IOException {
		List<String> texts = List.of("", "东关街道", "规模以上工业总产值（亿元）", "a<b>&\"c'", "两行\n备注\r\n\t缩进", "不换行\u00A0空格",
				"\u0001\u001F控制", "\uFFFE\uFFFF\uFFFD", "😀表情\uD83D\uDE00", "孤\uD800立\uDC00", "<<&&>>", "结尾&");
		for (String text : texts) {
			assertThat(fast(text)).as(text).isEqualTo(poi(text));
		}
		String[] pieces = { "a", "街", "<", ">", "&", "\"", "\n", "\r", "\t", "\u00A0", "\u0000", "\uFFFF", "\uD83D\uDE00",
				"\uD800", " " };
		SplittableRandom random = new SplittableRandom(7L);
		for (int round = 0; round < 500; round++) {
			StringBuilder sb = new StringBuilder();
			for (int i = random.nextInt(30); i > 0; i--) {
				sb.append(pieces[random.nextInt(pieces.length)]);
			}
			assertThat(fast(sb.toString())).as(sb.toString()).isEqualTo(poi(sb.toString()));
		}
	}

	@Test
	void shouldWriteNothingForNoText() throws IOException {
		assertThat(fast(null)).isEmpty();
		assertThat(fast(null)).isEqualTo(poi(null));
	}
}
