package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableReaderTest {

	private static final String TEXT = "指标名称,单位,本期完成,同比增长(%)\r\n规模以上工业总产值,亿元,666666.10001,\"-3.2\"\r\n\r\n新增城镇就业,人,\"1,600\",５.０\r\n";

	private static final Charset GBK = Charset.forName("GBK");

	@TempDir
	Path dir;

	private final CsvTableReader reader = new CsvTableReader();

	@ParameterizedTest
	@ValueSource(strings = { "UTF-8", "UTF-8-BOM", "GBK", "GB18030", "UTF-16LE-BOM", "UTF-16BE-BOM", "UTF-16LE", "UTF-16BE" })
	void shouldReadTheSameRowsInEveryEncoding(String encoding) throws Exception {
		Path file = Files.write(dir.resolve("东关街道_2022年1-11月_指标.csv"), encode(TEXT, encoding));
		RecordingSink sink = read(file);
		assertThat(sink.sheets.keySet()).containsExactly("东关街道_2022年1-11月_指标");
		assertThat(sink.hidden).containsEntry("东关街道_2022年1-11月_指标", false);
		List<TableRow> rows = sink.rows("东关街道_2022年1-11月_指标");
		assertThat(rows).extracting(TableRow::rowNumber).containsExactly(1, 2, 4);
		assertThat(rows.get(0).cells()).containsExactly("指标名称", "单位", "本期完成", "同比增长(%)");
		assertThat(rows.get(1).cells()).containsExactly("规模以上工业总产值", "亿元", "666666.10001", "-3.2");
		assertThat(rows.get(2).cells()).containsExactly("新增城镇就业", "人", "1,600", "５.０");
	}

	@Test
	void shouldReadACharacterOnlyGb18030HasBeyondGbk() throws Exception {
		byte[] bytes = "项目名称,备注\n𠀀项目,好\n".getBytes(TextEncoding.GB18030);
		assertThat(TextEncoding.decodesStrictly(GBK, bytes)).isFalse();
		Path file = Files.write(dir.resolve("p.csv"), bytes);
		assertThat(read(file).row("p", 2)).containsExactly("𠀀项目", "好");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GBK", "UTF-8", "UTF-16LE" })
	void shouldRecogniseTheEncodingWhenTheFirst64KbArePlainAscii(String encoding) throws Exception {
		String text = "code,value\n" + "A001,1\n".repeat(12_000) + "指标名称,东关街道\n";
		Path file = Files.write(dir.resolve("late.csv"), encode(text, encoding));
		assertThat(read(file).row("late", 12_002)).containsExactly("指标名称", "东关街道");
	}

	@ParameterizedTest
	@ValueSource(chars = { '\t', ';' })
	void shouldRecogniseTabAndSemicolonSeparators(char separator) throws Exception {
		String text = "指标名称" + separator + "本期完成" + separator + "备注\n一般公共预算收入" + separator + "1,5" + separator
				+ "\"含,逗号\"\n";
		Path file = Files.write(dir.resolve("t.csv"), text.getBytes(StandardCharsets.UTF_8));
		assertThat(read(file).row("t", 2)).containsExactly("一般公共预算收入", "1,5", "含,逗号");
	}

	@Test
	void shouldPreferTheSeparatorThatSplitsLinesConsistently() {
		assertThat(CsvTableReader.separator("a;b;c\n1,5;2,5;3\n4;5;6\n")).isEqualTo(';');
		assertThat(CsvTableReader.separator("\"a;b\",c\n1,2\n")).isEqualTo(',');
		assertThat(CsvTableReader.separator("only one column\n")).isEqualTo(',');
	}

	@Test
	void shouldKeepQuotedLineBreaksInOneCell() throws Exception {
		Path file = Files.write(dir.resolve("q.csv"), "项目名称,备注\n甲,\"第一行\n第二行\"\n乙,x\n".getBytes(StandardCharsets.UTF_8));
		RecordingSink sink = read(file);
		assertThat(sink.row("q", 2)).containsExactly("甲", "第一行\n第二行");
		assertThat(sink.row("q", 3)).containsExactly("乙", "x");
	}

	@Test
	void shouldRejectAnInvalidByteLaterInTheFileWithItsLine() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringBuilder lines = new StringBuilder("指标名称,本期完成\n");
		for (int i = 0; i < 5000; i++) {
			lines.append("指标").append(i).append(",").append(i).append('\n');
		}
		out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
		out.write(new byte[] { (byte) 0xC4, (byte) 0xFA, 0x0A });
		Path file = Files.write(dir.resolve("tail.csv"), out.toByteArray());
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("第5002行附近")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("ENCODING_ERROR"));
	}

	@Test
	void shouldRejectABinaryTailThatHappensToDecode() throws Exception {
		// beyond the 64 KB the encoding is recognised from
		byte[] text = ("指标名称,本期完成\n" + "甲,1\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[text.length + 4];
		System.arraycopy(text, 0, bytes, 0, text.length);
		Path file = Files.write(dir.resolve("nul.csv"), bytes);
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("第20002行附近")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("ENCODING_ERROR"));
	}

	@Test
	void shouldRefuseBytesThatAreNoKnownEncoding() throws Exception {
		byte[] junk = new byte[4096];
		new java.util.Random(7).nextBytes(junk);
		Path file = Files.write(dir.resolve("junk.csv"), junk);
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("编码无法识别")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("ENCODING_UNKNOWN"));
	}

	@Test
	void shouldRejectAnEmptyFile() throws Exception {
		Path file = Files.write(dir.resolve("empty.csv"), new byte[0]);
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("EMPTY_FILE"));
	}

	@Test
	void shouldRejectAnUnclosedQuoteWithItsLine() throws Exception {
		Path file = Files.write(dir.resolve("quote.csv"), "项目名称,备注\n甲,\"未闭合\n乙,x\n".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("引号")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"));
	}

	@Test
	void shouldNameTheRowWhereAnUnclosedQuoteOpensAsExcelNumbersIt() throws Exception {
		// row 3 holds a quoted line break, so the open quote of row 4 stands on the 5th line
		Path file = Files.write(dir.resolve("quote.csv"),
				"项目名称,备注\r\n甲,x\r\n乙,\"两\r\n行\"\r\n丙,\"未闭合\r\n丁,y\r\n".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("第4行有一个双引号没有配对")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "甲,\"x\"\"", "甲,\"x\"\"\n", "甲,\"", "甲,\"\"\"\n" })
	void shouldRejectAQuoteStillOpenAtTheEndWhateverItHolds(String lastRow) throws Exception {
		// a doubled quote at the end does not close the cell
		Path file = Files.write(dir.resolve("open.csv"), ("项目名称,备注\n" + lastRow).getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("第2行有一个双引号没有配对")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"));
	}

	@Test
	void shouldReadQuotesAsExcelWritesThem() throws Exception {
		Path file = Files.write(dir.resolve("q.csv"), ("项目名称,备注,完成\n" + "\"说\"\"好\"\"的\",ab\"c, \"d\" \n"
				+ "\"\",\"\"\"\",\"1,600\"\r" + "末行,\"x\"").getBytes(StandardCharsets.UTF_8));
		RecordingSink sink = read(file);
		// a quote inside an unquoted cell, or after a space, is text
		assertThat(sink.row("q", 2)).containsExactly("说\"好\"的", "ab\"c", " \"d\" ");
		assertThat(sink.row("q", 3)).containsExactly("", "\"", "1,600");
		// a quoted last cell without a line break after it
		assertThat(sink.row("q", 4)).containsExactly("末行", "x");
	}

	@Test
	void shouldRejectTextAfterAClosingQuoteWithItsRow() throws Exception {
		Path file = Files.write(dir.resolve("after.csv"), "项目名称,备注\n甲,x\n乙,\"备\"注\n丙,y\n".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("第3行格式错误")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"));
	}

	@Test
	void shouldKeepRowsOfAnyWidthAndNumberThemAsExcelDoes() throws Exception {
		Path file = Files.write(dir.resolve("w.csv"), "a,b,c\n\n1\r2,3,4,5\r\n\r\n,,\n6,\"七\n八\"\n9\n".getBytes(StandardCharsets.UTF_8));
		List<TableRow> rows = read(file).rows("w");
		// blank lines and a row of empty cells count and are skipped; the quoted line break does not count
		assertThat(rows).extracting(TableRow::rowNumber).containsExactly(1, 3, 4, 7, 8);
		assertThat(rows).extracting(TableRow::cells).containsExactly(List.of("a", "b", "c"), List.of("1"),
				List.of("2", "3", "4", "5"), List.of("6", "七\n八"), List.of("9"));
	}

	@Test
	void shouldRejectAFieldPastTheParsersLimitWithoutHoldingIt() throws Exception {
		// a quote opened early in a large file: the parser stops at its limit, long before the file's end
		String text = "项目名称,备注\n甲,\"" + "很长的备注,\n".repeat(CsvTableReader.MAX_FIELD_CHARS / 5) + "\"\n乙,x\n";
		Path file = Files.write(dir.resolve("huge.csv"), text.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("第2行格式错误")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"));
	}

	@Test
	void shouldRejectARecordPastTheParsersLimit() throws Exception {
		// five cells each under the field limit, together over the record limit
		String cell = "x".repeat(CsvTableReader.MAX_RECORD_CHARS / 5 + 1);
		String text = "项目名称,备注\n甲" + ("," + cell).repeat(5) + "\n乙,x\n";
		Path file = Files.write(dir.resolve("wide.csv"), text.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("第2行格式错误")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"))
				.rootCause().hasMessageContaining("is longer than 4194304 characters");
	}

	@Test
	void shouldRejectMoreCellsThanASheetHasColumns() throws Exception {
		String text = "项目名称,备注\n" + "x,".repeat(CsvTableReader.MAX_FIELDS) + "x\n";
		Path file = Files.write(dir.resolve("many.csv"), text.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("第2行格式错误")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CORRUPT_FILE"))
				.rootCause().hasMessageContaining("has more than 16384 fields");
		Path widest = Files.write(dir.resolve("widest.csv"),
				("x,".repeat(CsvTableReader.MAX_FIELDS - 1) + "x\n").getBytes(StandardCharsets.UTF_8));
		assertThat(read(widest).rows("widest").get(0).cells()).hasSize(CsvTableReader.MAX_FIELDS);
	}

	@Test
	void shouldGiveACellThatRepeatsTheRowBeforeTheSameString() throws Exception {
		Path file = Files.write(dir.resolve("long.csv"),
				"街道,指标名称,本期完成\n东关街道,就业,1\n\n东关街道,就业,2\n东关街,\"就业\"\"\",2\n".getBytes(StandardCharsets.UTF_8));
		List<TableRow> rows = read(file).rows("long");
		assertThat(rows).extracting(TableRow::cells).containsExactly(List.of("街道", "指标名称", "本期完成"),
				List.of("东关街道", "就业", "1"), List.of("东关街道", "就业", "2"), List.of("东关街", "就业\"", "2"));
		// the blank line between them changes nothing: the row before is the last row with cells
		assertThat(rows.get(2).cell(0)).isSameAs(rows.get(1).cell(0));
		assertThat(rows.get(2).cell(1)).isSameAs(rows.get(1).cell(1));
		assertThat(rows.get(2).cell(2)).isNotSameAs(rows.get(1).cell(2));
		assertThat(rows.get(3).cell(2)).isSameAs(rows.get(2).cell(2));
	}

	@Test
	void shouldRejectACellLongerThanExcelAllows() throws Exception {
		String text = "项目名称,备注\n甲,\"" + "长".repeat(TextBudget.MAX_CELL_CHARS + 1) + "\"\n";
		Path file = Files.write(dir.resolve("long.csv"), text.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(file)).isInstanceOf(TableReadException.class)
				.hasMessageContaining("第2行B列")
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("CELL_TOO_LONG"));
	}

	@Test
	void shouldStopAFileOverTheTextLimit() throws Exception {
		Path file = Files.write(dir.resolve("big.csv"), "a,b\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> new CsvTableReader(100).read(file, new RecordingSink()))
				.isInstanceOf(TableReadException.class)
				.satisfies(ex -> assertThat(((TableReadException) ex).code()).isEqualTo("FILE_TOO_LARGE"));
	}

	@Test
	void shouldLetAnIoFailureOfTheSinkThroughUnchanged() throws Exception {
		Path file = Files.write(dir.resolve("ok.csv"), "a,b\n".getBytes(StandardCharsets.UTF_8));
		java.io.UncheckedIOException failure = new java.io.UncheckedIOException(new java.io.IOException("disk full"));
		RowSink failing = new RecordingSink() {
			@Override
			public void row(TableRow row) {
				throw failure;
			}
		};
		assertThatThrownBy(() -> reader.read(file, failing)).isSameAs(failure);
	}

	@Test
	void shouldSupportOnlyCsv() {
		assertThat(reader.supports(FileFormat.CSV)).isTrue();
		assertThat(reader.supports(FileFormat.XLSX)).isFalse();
	}

	static byte[] encode(String text, String encoding) {
		return switch (encoding) {
			case "UTF-8" -> text.getBytes(StandardCharsets.UTF_8);
			case "UTF-8-BOM" -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, text.getBytes(StandardCharsets.UTF_8));
			case "GBK" -> text.getBytes(GBK);
			case "GB18030" -> text.getBytes(TextEncoding.GB18030);
			case "UTF-16LE-BOM" -> concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text.getBytes(StandardCharsets.UTF_16LE));
			case "UTF-16BE-BOM" -> concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, text.getBytes(StandardCharsets.UTF_16BE));
			case "UTF-16LE" -> text.getBytes(StandardCharsets.UTF_16LE);
			case "UTF-16BE" -> text.getBytes(StandardCharsets.UTF_16BE);
			default -> throw new IllegalArgumentException(encoding);
		};
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	private RecordingSink read(Path file) throws TableReadException {
		RecordingSink sink = new RecordingSink();
		reader.read(file, sink);
		return sink;
	}
}
