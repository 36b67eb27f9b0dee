package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableRowTest {

	@Test
	void shouldRecogniseOneTextRepeatedByAMergeAcrossTheColumns() {
		assertThat(new TableRow(1, List.of("一、经济发展", "一、经济发展", "", "一、经济发展"), false).isOneTextRepeated()).isTrue();
		assertThat(new TableRow(1, List.of("（二）民生保障", "(二)民生保障"), false).isOneTextRepeated()).isTrue();
		assertThat(new TableRow(1, List.of("固定资产投资", "亿元", "3"), false).isOneTextRepeated()).isFalse();
		assertThat(new TableRow(1, List.of("一、经济发展", "", ""), false).isOneTextRepeated()).isFalse();
		assertThat(new TableRow(1, List.of("3", "3"), false).isOneTextRepeated()).isTrue();
	}

	@Test
	void shouldTrimEachCellAndTellABlankRow() {
		TableRow row = new TableRow(7, List.of("\u3000 东关街道 ", "1.6万\u00a0", "", "GDP"), true);
		assertThat(row.trimmedCell(0)).isEqualTo("东关街道");
		assertThat(row.trimmedCell(1)).isEqualTo("1.6万");
		assertThat(row.trimmedCell(3)).isSameAs(row.cell(3));
		assertThat(row.trimmedCell(4)).isEmpty();
		assertThat(row.trimmedCell(-1)).isEmpty();
		assertThat(row.cell(0)).isEqualTo("\u3000 东关街道 ");
		assertThat(row.isBlank()).isFalse();
		assertThat(new TableRow(8, List.of(" ", "\u3000", "\u200b", ""), false).isBlank()).isTrue();
		assertThat(new TableRow(9, List.of(), false).isBlank()).isTrue();
		assertThat(new TableRow(9, List.of(), false).isOneTextRepeated()).isFalse();
	}

	@Test
	void shouldEqualARowOfTheSameNumberCellsAndVisibility() {
		TableRow row = new TableRow(7, List.of("东关街道", "1"), true);
		assertThat(row).isEqualTo(new TableRow(7, List.of("东关街道", "1"), true)).hasSameHashCodeAs(new TableRow(7,
				List.of("东关街道", "1"), true));
		assertThat(row).isNotEqualTo(new TableRow(7, List.of("东关街道", "1"), false))
			.isNotEqualTo(new TableRow(8, List.of("东关街道", "1"), true))
			.isNotEqualTo(new TableRow(7, List.of("东关街道", "2"), true));
		assertThat(row.rowNumber()).isEqualTo(7);
		assertThat(row.hidden()).isTrue();
		assertThat(row.cells()).containsExactly("东关街道", "1");
	}
}
