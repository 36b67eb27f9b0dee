package cn.gov.district.consolidation.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import cn.gov.district.consolidation.config.IndicatorCatalog;

/** The store's repositories on a migrated database, as the job wires them, with the catalog the job ships. */
record Repositories(JdbcSubmissionStore store, JdbcStagingArea staging, StagedOutcomes outcomes) {

	static Repositories on(MigratedDatabase db) {
		DataSource ds = db.dataSource();
		JdbcTemplate template = new JdbcTemplate(ds);
		return new Repositories(new JdbcSubmissionStore(JdbcClient.create(ds), template, shippedCatalog()),
				new JdbcStagingArea(template, new DataSourceTransactionManager(ds)), new StagedOutcomes(JdbcClient.create(ds)));
	}

	private static IndicatorCatalog shippedCatalog() {
		try (InputStream in = new ClassPathResource("catalog/indicator-catalog.csv").getInputStream()) {
			return new IndicatorCatalog(IndicatorCatalog.parse(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
