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
}
