package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MergedRegionsTest {

	@Test
	void shouldFindTheMergesAfterTheRows() throws Exception {
		MergedRegions merges = scan("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"
				+ "<mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell\tref='B3:B5' /></mergeCells></worksheet>");
		assertThat(merges.regions()).hasSize(2);
		assertThat(fill(merges, 1, "标题")).containsExactly("标题", "标题", "标题");
		assertThat(fill(merges, 3, "", "东关")).containsExactly("", "东关");
		assertThat(fill(merges, 4, "", "")).containsExactly("", "东关");
	}

	@Test
	void shouldPassOverWhatIsNoMergeCellTag() throws Exception {
		MergedRegions merges = scan("<worksheet><mergeCells count=\"0\"></mergeCells><mergeCell/><mergeCell>"
				+ "<c><t>mergeCell ref=\"A1:B1\"></t></c><notmergeCell ref=\"A1:B1\"/><mergeCellx ref=\"A1:B1\"/>"
				+ "<a b=\"1\" c:mergeCell ref=\"A1:B1\"/><mergeCell ref=\"B2:A1\"/><mergeCell rev=\"A1:B1\"/></worksheet>");
		assertThat(merges.regions()).isEmpty();
	}

	@Test
	void shouldTakeANamespacePrefixAndLimitTheAttributes() throws Exception {
		String longest = " ".repeat(256 - " ref=\"A1:B1\"".length()) + " ref=\"A1:B1\"";
		assertThat(longest).hasSize(256);
		assertThat(scan("<x:mergeCells><x:mergeCell ref=\"A1:B1\"/></x:mergeCells>").regions()).hasSize(1);
		// the whitespace after the name separates; 256 characters of attributes after it are the most taken
		assertThat(scan("<mergeCell " + longest + ">").regions()).hasSize(1);
		assertThat(scan("<mergeCell  " + longest + ">").regions()).isEmpty();
		// a tag cut off by the end of the part
		assertThat(scan("<mergeCells><mergeCell ref=\"A1:B1\"").regions()).isEmpty();
	}

	@Test
	void shouldFindEveryMergeWhereverTheReadsEnd() throws Exception {
		// merges spread over a sheet several times the scan's buffer, read in pieces of every size down to one byte
		StringBuilder xml = new StringBuilder("<x:worksheet><x:sheetData>");
		List<Integer> expectedRows = new ArrayList<>();
		Random random = new Random(6);
		int row = 1;
		while (xml.length() < 300_000) {
			xml.append("<x:row r=\"").append(row).append("\"><x:c r=\"A").append(row).append("\"><x:v>")
				.append(random.nextInt(100_000)).append("</x:v></x:c></x:row>");
			if (random.nextInt(40) == 0) {
				xml.append(random.nextBoolean() ? "<x:mergeCell ref=\"" : "<mergeCell\nref=\"").append("A").append(row)
					.append(":C").append(row).append("\"/>");
				expectedRows.add(row);
			}
			row++;
		}
		byte[] bytes = xml.append("</x:sheetData></x:worksheet>").toString().getBytes(StandardCharsets.UTF_8);
		for (int piece : new int[] { 1, 7, 8191, 1 << 16, Integer.MAX_VALUE }) {
			MergedRegions merges = MergedRegions.scan(new Pieces(bytes, piece));
			assertThat(merges.regions()).as("pieces of %d bytes", piece).hasSize(expectedRows.size());
			for (int r : expectedRows) {
				assertThat(fill(merges, r, "v" + r)).as("row %d, pieces of %d bytes", r, piece)
					.containsExactly("v" + r, "v" + r, "v" + r);
			}
		}
	}

	@Test
	void shouldFindWhatTheByteByByteScanFound() throws Exception {
		// the state machine the skip-table scan replaced, kept here as the reference, on sheets of merges written
		// every way spreadsheet writers and hand-made files write them
		Random random = new Random(11);
		String[] names = { "mergeCell", "mergeCell", "mergeCell", "mergeCells", "mergeCel", "mergeCellx", "xmergeCell", "c" };
		String[] prefixes = { "", "", "x:", "main:", ":" };
		String[] spaces = { " ", "  ", "\t", "\r\n", "\n" };
		int regions = 0;
		for (int sheet = 0; sheet < 200; sheet++) {
			StringBuilder xml = new StringBuilder("<worksheet><sheetData>");
			for (int element = 0; element < 300; element++) {
				switch (random.nextInt(4)) {
					case 0 -> xml.append("<row r=\"").append(element).append("\"><c r=\"A").append(element)
						.append("\" t=\"s\"><v>").append(random.nextInt(99)).append("</v></c></row>");
					case 1 -> xml.append("<c><is><t>mergeCell ref=\"A1:B1\"</t></is></c>");
					default -> {
						String prefix = prefixes[random.nextInt(prefixes.length)];
						String quote = random.nextBoolean() ? "\"" : "'";
						int row = 1 + random.nextInt(500);
						String ref = Columns.name(random.nextInt(30)) + row + ":" + Columns.name(random.nextInt(30))
								+ (row + random.nextInt(3) - 1);
						xml.append('<').append(prefix).append(names[random.nextInt(names.length)])
							.append(spaces[random.nextInt(spaces.length)])
							.append(random.nextInt(8) == 0 ? " ".repeat(240 + random.nextInt(30)) : "")
							.append(random.nextBoolean() ? "ref=" + quote + ref + quote : "count=\"2\" ref = " + quote + ref + quote)
							.append(random.nextBoolean() ? "/>" : "></" + prefix + "mergeCell>");
					}
				}
			}
			byte[] bytes = xml.append("</sheetData></worksheet>").toString().getBytes(StandardCharsets.UTF_8);
			List<List<Integer>> expected = referenceScan(bytes).regions();
			assertThat(MergedRegions.scan(new Pieces(bytes, 1 + random.nextInt(4096))).regions()).as("sheet %d", sheet)
				.isEqualTo(expected);
			regions += expected.size();
		}
		// the sheets hold merges to find, not only names to pass over
		assertThat(regions).isGreaterThan(2_000);
	}

	/** The byte-by-byte scan of before, as it was. */
	private static MergedRegions referenceScan(byte[] bytes) throws Exception {
		byte[] name = "mergeCell".getBytes(StandardCharsets.US_ASCII);
		List<int[]> found = new ArrayList<>();
		StringBuilder attributes = new StringBuilder();
		int state = 0;
		int matched = 0;
		for (byte b : bytes) {
			if (state == 0) {
				if (b == '<') {
					state = 1;
					matched = 0;
				}
			}
			else if (state == 1) {
				if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
					state = matched == name.length ? 2 : 0;
					attributes.setLength(0);
				}
				else if (b == '>' || b == '/') {
					state = 0;
				}
				else if (b == ':') {
					matched = 0;
				}
				else if (matched >= 0 && matched < name.length && b == name[matched]) {
					matched++;
				}
				else {
					matched = -1;
				}
			}
			else if (b == '>') {
				// the reference's own parse: the one of MergedRegions, through a one-tag sheet
				MergedRegions one = MergedRegions.scan(new ByteArrayInputStream(
						("<mergeCell " + attributes + ">").getBytes(StandardCharsets.ISO_8859_1)));
				for (List<Integer> r : one.regions()) {
					found.add(new int[] { r.get(0), r.get(1), r.get(2), r.get(3) });
				}
				state = 0;
			}
			else if (attributes.length() < 256) {
				attributes.append((char) (b & 0xff));
			}
			else {
				state = 0;
			}
		}
		return MergedRegions.of(found);
	}

	private static MergedRegions scan(String xml) throws Exception {
		return MergedRegions.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> fill(MergedRegions merges, int row, String... cells) {
		List<String> list = new ArrayList<>(List.of(cells));
		merges.fill(row, list);
		return list;
	}

	/** Gives its bytes in reads of at most {@code piece} bytes, as an inflating stream may. */
	private static final class Pieces extends InputStream {

		private final byte[] bytes;

		private final int piece;

		private int next;

		Pieces(byte[] bytes, int piece) {
			this.bytes = bytes;
			this.piece = piece;
		}

		@Override
		public int read() {
			return next < bytes.length ? bytes[next++] & 0xff : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (next == bytes.length) {
				return -1;
			}
			int n = Math.min(Math.min(len, piece), bytes.length - next);
			System.arraycopy(bytes, next, b, off, n);
			next += n;
			return n;
		}
	}
}
