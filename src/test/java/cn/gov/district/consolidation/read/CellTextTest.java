package cn.gov.district.consolidation.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

	@Test
	void shouldTakeEveryCharacterForBlankExactlyWhenJavaDoesOrItIsAZeroWidthSpaceOrByteOrderMark() {
		for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
			char c = (char) i;
			boolean reference = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
			assertThat(CellText.isBlankChar(c)).as("U+%04X", i).isEqualTo(reference);
		}
	}

	@Test
	void shouldTrimEveryKindOfSpaceAtBothEndsAndKeepTheInside() {
		assertThat(CellText.trim("\u3000\u00a0 东关 街道\t\u200b\ufeff")).isEqualTo("东关 街道");
		assertThat(CellText.trim("\u2003１２.５％\u3000")).isEqualTo("１２.５％");
		assertThat(CellText.trim(" \u3000 ")).isEmpty();
		assertThat(CellText.trim(null)).isEmpty();
		assertThat(CellText.trim("万元")).isEqualTo("万元");
	}
}
