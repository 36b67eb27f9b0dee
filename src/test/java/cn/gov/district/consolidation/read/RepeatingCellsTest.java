package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

class RepeatingCellsTest {

	private static List<List<String>> parse(String csv) throws IOException {
		List<List<String>> records = new ArrayList<>();
		try (CsvReader<String[]> reader = CsvReader.builder()
			.build(new RepeatingCells(1_000, 1_000_000), new StringReader(csv))) {
			reader.forEach(r -> records.add(List.of(r)));
		}
		return records;
	}

	@Test
	void shouldGiveATextItsColumnHadLatelyAsThatVeryString() throws IOException {
		// a long export: the indicator's name and unit come round every three rows, the values never
		StringBuilder csv = new StringBuilder();
		String[][] indicators = { { "规模以上工业总产值", "亿元" }, { "新增城镇就业", "人" }, { "隐患整改率", "%" } };
		for (int i = 0; i < 30; i++) {
			String[] indicator = indicators[i % 3];
			csv.append("东关街道,").append(indicator[0]).append(',').append(indicator[1]).append(',').append(1000 + i).append('\n');
		}
		List<List<String>> records = parse(csv.toString());
		assertThat(records).hasSize(30);
		for (int i = 3; i < 30; i++) {
			assertThat(records.get(i).get(1)).isSameAs(records.get(i - 3).get(1));
			assertThat(records.get(i).get(2)).isSameAs(records.get(i - 3).get(2));
			assertThat(records.get(i).get(0)).isSameAs(records.get(0).get(0));
			assertThat(records.get(i).get(3)).isEqualTo(String.valueOf(1000 + i));
		}
	}

	@Test
	void shouldNotShareATextAcrossColumnsNorKeepLongOnes() throws IOException {
		String longText = "很长的备注".repeat(20);
		List<List<String>> records = parse("甲,乙," + longText + "\n乙,甲,x\n丙,丙," + longText + "\n");
		assertThat(records.get(1).get(0)).isEqualTo("乙").isNotSameAs(records.get(0).get(1));
		assertThat(records.get(2).get(2)).isEqualTo(longText).isNotSameAs(records.get(0).get(2));
	}

	/** Texts of two letters over a two-letter alphabet: the slots of a column collide all the time. */
	@Property(tries = 200)
	void shouldReadEveryFieldAsWrittenWhateverRepeats(@ForAll("tables") List<List<String>> table) throws IOException {
		StringBuilder csv = new StringBuilder();
		for (List<String> row : table) {
			csv.append(String.join(",", row)).append('\n');
		}
		assertThat(parse(csv.toString())).isEqualTo(table);
	}

	@Provide
	Arbitrary<List<List<String>>> tables() {
		Arbitrary<String> field = Arbitraries.strings().withChars('a', 'b', '东', 'Ｂ').ofMinLength(1).ofMaxLength(4);
		return field.list().ofSize(20).list().ofMinSize(1).ofMaxSize(60);
	}
}
