package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompactBytesTest {

	@Test
	void shouldHandOutACopyThatTheWritersNextValueLeavesAlone() {
		CompactBytes.Writer w = new CompactBytes.Writer(16);
		// exactly the writer's capacity: the case where its buffer and the value have the same length
		for (int i = 0; i < 16; i++) {
			w.b(i);
		}
		byte[] first = w.toByteArray();
		w.reset();
		for (int i = 0; i < 16; i++) {
			w.b(100 + i);
		}
		byte[] second = w.toByteArray();

		assertThat(first).hasSize(16).startsWith(0, 1, 2).endsWith(14, 15);
		assertThat(second).startsWith(100, 101).endsWith(115);
	}

	@Test
	void shouldReadBackWhatItWrote() {
		CompactBytes.Writer w = new CompactBytes.Writer(4);
		w.varint(300);
		w.zigzag(-5);
		w.text("东关街道");
		w.text("A01");
		CompactBytes.Reader r = new CompactBytes.Reader(w.toByteArray(), "test");
		assertThat(r.varint()).isEqualTo(300);
		assertThat(r.zigzag()).isEqualTo(-5);
		assertThat(r.text()).isEqualTo("东关街道");
		assertThat(r.text()).isEqualTo("A01");
		assertThat(r.atEnd()).isTrue();
	}
}
