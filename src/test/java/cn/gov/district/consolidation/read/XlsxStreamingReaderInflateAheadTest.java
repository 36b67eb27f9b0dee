package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Every test of {@link XlsxStreamingReaderTest} again, with the sheet parts of every workbook
 * inflated on a thread of their own ({@link InflateAheadStream}), as they are for workbooks of 1 MB
 * or more: the same rows, merges and failures (zip bombs, truncated files, external entities, a
 * failing sink) whichever way the bytes arrive. And a workbook above the threshold read by the
 * shipped reader gives exactly what the plain way gives.
 */
class XlsxStreamingReaderInflateAheadTest extends XlsxStreamingReaderTest {

	@Override
	XlsxStreamingReader newReader() {
		return new XlsxStreamingReader(TextBudget.DEFAULT_MAX_FILE_CHARS, 0);
	}

	@Test
	void shouldReadAWorkbookAboveTheThresholdAsThePlainWayDoes() throws Exception {
		// rows of random digits and texts compress badly: the workbook passes 1 MB with a few thousand rows
		Random random = new Random(6);
		StringBuilder rows = new StringBuilder();
		int n = 0;
		Path file;
		do {
			rows.setLength(0);
			n += 4000;
			for (int r = 1; r <= n; r++) {
				rows.append("<row r=\"").append(r).append("\">");
				rows.append("<c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>街道").append(random.nextInt(1_000_000))
					.append("</t></is></c>");
				rows.append("<c r=\"B").append(r).append("\"><v>").append(random.nextLong()).append('.')
					.append(random.nextInt(1000)).append("</v></c>");
				rows.append("<c r=\"C").append(r).append("\" t=\"inlineStr\"><is><t>").append(Long.toString(random.nextLong(), 36))
					.append("</t></is></c></row>");
			}
			file = RawXlsx.write(dir.resolve("large.xlsx"), rows.toString(),
					"<mergeCells count=\"1\"><mergeCell ref=\"A2:C3\"/></mergeCells>", null, null);
		}
		while (Files.size(file) < XlsxStreamingReader.INFLATE_AHEAD_BYTES);

		// the shipped reader takes the inflating thread for this file: one is running while the rows arrive
		AtomicBoolean inflatingAhead = new AtomicBoolean();
		RecordingSink ahead = new RecordingSink() {
			@Override
			public void row(TableRow row) {
				if (row.rowNumber() == 1) {
					inflatingAhead.set(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("inflate-")));
				}
				super.row(row);
			}
		};
		new XlsxStreamingReader().read(file, ahead);
		assertThat(inflatingAhead).isTrue();
		RecordingSink plain = new RecordingSink();
		new XlsxStreamingReader(TextBudget.DEFAULT_MAX_FILE_CHARS, Long.MAX_VALUE).read(file, plain);

		assertThat(ahead.rows("指标")).hasSize(n);
		assertThat(ahead.rows("指标")).containsExactlyElementsOf(plain.rows("指标"));
		assertThat(ahead.events).isEqualTo(plain.events);
		// the merge at the end of the part was known before the rows: its value fills the region
		assertThat(ahead.row("指标", 3)).containsExactlyElementsOf(java.util.Collections.nCopies(3, ahead.row("指标", 2).get(0)));
	}
}
