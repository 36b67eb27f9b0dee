package cn.gov.district.consolidation.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataRowsCacheTest {

	@Test
	void shouldStopKeepingAnswersPastTheLimitButStillAnswer() {
		Map<String, Integer> cache = new HashMap<>();
		for (int i = 0; i < DataRows.CACHE_LIMIT + 500; i++) {
			assertThat(DataRows.cached(cache, "街道" + i, String::length)).isEqualTo(("街道" + i).length());
		}
		assertThat(cache).hasSize(DataRows.CACHE_LIMIT);
		// a kept answer is not computed again
		assertThat(DataRows.cached(cache, "街道1", k -> -1)).isEqualTo(3);
	}
}
