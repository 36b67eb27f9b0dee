package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedDatabaseLifetimeTest {

	@Test
	void shouldLeaveClosingAnH2DatabaseToThePool() {
		assertThat(EmbeddedDatabaseLifetime.closedByThePool("jdbc:h2:file:./data/consolidation;LOCK_TIMEOUT=10000"))
			.isEqualTo("jdbc:h2:file:./data/consolidation;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE");
		assertThat(EmbeddedDatabaseLifetime.closedByThePool("jdbc:h2:file:/srv/x")).endsWith(";DB_CLOSE_ON_EXIT=FALSE");
	}

	@Test
	void shouldKeepWhatTheUrlSaysAndLeaveOtherDatabasesAlone() {
		assertThat(EmbeddedDatabaseLifetime.closedByThePool("jdbc:h2:file:./d;db_close_on_exit=TRUE"))
			.isEqualTo("jdbc:h2:file:./d;db_close_on_exit=TRUE");
		assertThat(EmbeddedDatabaseLifetime.closedByThePool("jdbc:postgresql://localhost:5432/consolidation"))
			.isEqualTo("jdbc:postgresql://localhost:5432/consolidation");
	}
}
