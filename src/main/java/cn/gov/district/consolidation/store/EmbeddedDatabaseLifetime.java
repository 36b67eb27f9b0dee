package cn.gov.district.consolidation.store;

import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Keeps an H2 database open until the connection pool closes it, whatever URL the operator
 * configured: by default H2 closes the database from its own JVM shutdown hook, so on SIGTERM a
 * job still finishing its chunk (see {@code NightlySchedule}) would lose its database under it.
 * Adds {@code DB_CLOSE_ON_EXIT=FALSE} to an H2 URL that does not say otherwise; other databases
 * are left alone. Stateless.
 */
@Component
class EmbeddedDatabaseLifetime implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
			pool.setJdbcUrl(closedByThePool(pool.getJdbcUrl()));
		}
		return bean;
	}

	/** {@code url} with {@code DB_CLOSE_ON_EXIT=FALSE} when it is an H2 URL that does not set it. */
	static String closedByThePool(String url) {
		if (!url.startsWith("jdbc:h2:") || url.toUpperCase(Locale.ROOT).contains(";DB_CLOSE_ON_EXIT=")) {
			return url;
		}
		return url + ";DB_CLOSE_ON_EXIT=FALSE";
	}
}
