package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link CsvTableReader.GuardedReader}'s one loop over a buffer against the plain reading of RFC 4180 it
 * replaces, one character at a time: the same records ended, the same quote left open, the same line
 * of a NUL, whatever the text and however it arrives.
 */
class GuardedReaderTest {

	/** The reading the loop must agree with: one character at a time, as the parser reads quotes. */
	private static final class Model {

		final char separator;

		int records;

		int newlines;

		boolean fieldStart = true;

		boolean quoted;

		boolean quoteInQuoted;

		boolean lastWasCr;

		int quotedRecord;

		/** The line of the first NUL, 0 when none. */
		int nulLine;

		Model(char separator) {
			this.separator = separator;
		}

		void read(String text) {
			for (char c : text.toCharArray()) {
				if (c == '\n') {
					newlines++;
				}
				else if (c == '\0') {
					nulLine = newlines + 1;
					return;
				}
				follow(c);
			}
		}

		private void follow(char c) {
			if (quoted) {
				if (quoteInQuoted) {
					quoteInQuoted = false;
					if (c == '"') {
						return;
					}
					quoted = false;
				}
				else {
					quoteInQuoted = c == '"';
					return;
				}
			}
			boolean crLf = lastWasCr && c == '\n';
			lastWasCr = c == '\r';
			if (c == '\n' || c == '\r') {
				if (!crLf) {
					records++;
				}
				fieldStart = true;
			}
			else if (c == separator) {
				fieldStart = true;
			}
			else if (c == '"' && fieldStart) {
				quoted = true;
				quotedRecord = records + 1;
				fieldStart = false;
			}
			else {
				fieldStart = false;
			}
		}
	}

	@Property(tries = 2_000)
	void shouldFollowQuotesLinesAndNulsAsTheCharacterByCharacterReading(@ForAll("texts") String text,
			@ForAll @IntRange(min = 1, max = 17) int chunk, @ForAll boolean tabs) throws IOException {
		char separator = tabs ? '\t' : ',';
		String csv = tabs ? text.replace(',', '\t') : text;
		Model model = new Model(separator);
		model.read(csv);

		CsvTableReader.GuardedReader reader = new CsvTableReader.GuardedReader(new StringReader(csv), "t.csv", 1_000_000,
				separator);
		char[] buffer = new char[chunk];
		String failure = null;
		try {
			while (reader.read(buffer, 0, chunk) >= 0) {
				// read on
			}
		}
		catch (IOException ex) {
			failure = ex.getMessage();
		}

		if (model.nulLine > 0) {
			assertThat(failure).as(csv).contains("第" + model.nulLine + "行附近含有非文本内容");
			return;
		}
		if (model.quoted && !model.quoteInQuoted) {
			assertThat(failure).as(csv).contains("第" + model.quotedRecord + "行有一个双引号没有配对");
		}
		else {
			assertThat(failure).as(csv).isNull();
		}
		assertThat(reader.records()).as(csv).isEqualTo(model.records);
		assertThat(reader.line()).as(csv).isEqualTo(model.newlines + 1);
	}

	@Provide
	Arbitrary<String> texts() {
		Arbitrary<String> plain = Arbitraries.strings().withChars('a', '东', ',', '"', '\n', '\r', ' ').ofMaxLength(60);
		Arbitrary<String> withNul = Arbitraries.strings().withChars('a', ',', '"', '\n', '\0').ofMaxLength(30);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, plain), net.jqwik.api.Tuple.of(1, withNul));
	}
}
