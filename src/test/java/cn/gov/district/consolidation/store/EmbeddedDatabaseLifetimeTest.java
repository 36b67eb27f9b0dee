package cn.gov.district.consolidation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

	@Test
	void shouldMakeAnImplicitlyRelativeH2PathExplicitAndLeaveEveryOtherUrlAlone() {
		assertThat(EmbeddedDatabaseLifetime.explicitPath("jdbc:h2:file:data/consolidation;AUTO_SERVER=FALSE"))
			.isEqualTo("jdbc:h2:file:./data/consolidation;AUTO_SERVER=FALSE");
		assertThat(EmbeddedDatabaseLifetime.explicitPath("jdbc:h2:file:数据/consolidation"))
			.isEqualTo("jdbc:h2:file:./数据/consolidation");
		for (String url : List.of("jdbc:h2:file:./data/consolidation", "jdbc:h2:file:../data/x", "jdbc:h2:file:/srv/区/data/x",
				"jdbc:h2:file:~/data/x", "jdbc:h2:file:C:\\汇总\\data/x", "jdbc:h2:file:D:/data/x", "jdbc:h2:file:.\\data\\x",
				"jdbc:h2:mem:x", "jdbc:h2:tcp://localhost/~/x", "jdbc:postgresql://localhost:5432/consolidation")) {
			assertThat(EmbeddedDatabaseLifetime.explicitPath(url)).as(url).isEqualTo(url);
		}
	}
}
