package cn.gov.district.consolidation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link Utf8Writer} writes the very bytes an {@code OutputStreamWriter} for UTF-8 writes. */
class Utf8WriterTest {

	/** A text of ASCII, Chinese, a surrogate pair, a lone high and a lone low surrogate. */
	private static String randomText(SplittableRandom random, int length) {
		String[] pieces = { "a", "7", ",", "\"", "东关街道", "亿元", "\uD83D\uDE00", "\uD800", "\uDC00", "\r\n", "\u00A0" };
		StringBuilder sb = new StringBuilder();
		while (sb.length() < length) {
			sb.append(pieces[random.nextInt(pieces.length)]);
		}
		return sb.toString();
	}

	/** Writes {@code text} in pieces of random size through every write method, then flushes and closes. */
	private static byte[] written(Writer writer, ByteArrayOutputStream bytes, String text, long seed) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		int i = 0;
		while (i < text.length()) {
			int n = Math.min(text.length() - i, 1 + random.nextInt(20_000));
			switch (random.nextInt(5)) {
				case 0 -> writer.write(text.charAt(i++));
				case 1 -> {
					writer.write(text.toCharArray(), i, n);
					i += n;
				}
				case 2 -> {
					writer.write(text, i, n);
					i += n;
				}
				case 3 -> {
					writer.append(text, i, i + n);
					i += n;
				}
				default -> {
					writer.write(text.substring(i, i + n));
					writer.flush();
					i += n;
				}
			}
		}
		writer.close();
		return bytes.toByteArray();
	}

	@Test
	void shouldWriteTheBytesOfAnOutputStreamWriterForUtf8() throws IOException {
		SplittableRandom random = new SplittableRandom(20221130L);
		for (int round = 0; round < 200; round++) {
			String text = randomText(random, random.nextInt(40_000));
			long seed = random.nextLong();
			ByteArrayOutputStream expected = new ByteArrayOutputStream();
			ByteArrayOutputStream actual = new ByteArrayOutputStream();
			assertThat(written(new Utf8Writer(actual), actual, text, seed))
				.as("round %d, %d chars", round, text.length())
				.isEqualTo(written(new OutputStreamWriter(expected, StandardCharsets.UTF_8), expected, text, seed));
		}
	}

	@Test
	void shouldKeepASurrogatePairWholeAcrossTheEndOfItsBuffer() throws IOException {
		// the pair's halves on either side of the 8,192-character buffer's end
		String text = "a".repeat(8191) + "\uD83D\uDE00" + "b";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new Utf8Writer(out)) {
			for (int i = 0; i < text.length(); i++) {
				writer.write(text.charAt(i));
			}
		}
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
	}

	@Test
	void shouldDoNothingWhenClosedAgain() throws IOException {
		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		ByteArrayOutputStream actual = new ByteArrayOutputStream();
		Writer jdk = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
		Writer ours = new Utf8Writer(actual);
		for (Writer w : List.of(jdk, ours)) {
			w.write("东关街道\uD83D");
			w.close();
			w.close();
		}
		assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
	}
}
