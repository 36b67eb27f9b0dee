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
		assertThat(merges.size()).isEqualTo(2);
		assertThat(fill(merges, 1, "标题")).containsExactly("标题", "标题", "标题");
		assertThat(fill(merges, 3, "", "东关")).containsExactly("", "东关");
		assertThat(fill(merges, 4, "", "")).containsExactly("", "东关");
	}

	@Test
	void shouldPassOverWhatIsNoMergeCellTag() throws Exception {
		MergedRegions merges = scan("<worksheet><mergeCells count=\"0\"></mergeCells><mergeCell/><mergeCell>"
				+ "<c><t>mergeCell ref=\"A1:B1\"></t></c><notmergeCell ref=\"A1:B1\"/><mergeCellx ref=\"A1:B1\"/>"
				+ "<a b=\"1\" c:mergeCell ref=\"A1:B1\"/><mergeCell ref=\"B2:A1\"/><mergeCell rev=\"A1:B1\"/></worksheet>");
		assertThat(merges.size()).isZero();
	}

	@Test
	void shouldTakeANamespacePrefixAndLimitTheAttributes() throws Exception {
		String longest = " ".repeat(256 - " ref=\"A1:B1\"".length()) + " ref=\"A1:B1\"";
		assertThat(longest).hasSize(256);
		assertThat(scan("<x:mergeCells><x:mergeCell ref=\"A1:B1\"/></x:mergeCells>").size()).isEqualTo(1);
		// the whitespace after the name separates; 256 characters of attributes after it are the most taken
		assertThat(scan("<mergeCell " + longest + ">").size()).isEqualTo(1);
		assertThat(scan("<mergeCell  " + longest + ">").size()).isZero();
		// a tag cut off by the end of the part
		assertThat(scan("<mergeCells><mergeCell ref=\"A1:B1\"").size()).isZero();
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
			assertThat(merges.size()).as("pieces of %d bytes", piece).isEqualTo(expectedRows.size());
			for (int r : expectedRows) {
				assertThat(fill(merges, r, "v" + r)).as("row %d, pieces of %d bytes", r, piece)
					.containsExactly("v" + r, "v" + r, "v" + r);
			}
		}
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
