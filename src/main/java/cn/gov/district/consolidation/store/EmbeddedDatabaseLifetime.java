package cn.gov.district.consolidation.store;

import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Keeps an H2 database open until the connection pool closes it, whatever URL the operator
 * configured: by default H2 closes the database from its own JVM shutdown hook, so on SIGTERM a
 * job still finishing its chunk (see {@code NightlySchedule}) would lose its database under it.
 * Adds {@code DB_CLOSE_ON_EXIT=FALSE} to an H2 URL that does not say otherwise. Also lets the
 * database follow {@code consolidation.data-dir} as every other folder does, relative to the
 * working directory: H2 refuses a file path that is only implicitly relative ({@code data/x}), so
 * such a path is given its {@code ./}. Other databases are left alone. Stateless.
 */
@Component
class EmbeddedDatabaseLifetime implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
			pool.setJdbcUrl(closedByThePool(explicitPath(pool.getJdbcUrl())));
		}
		return bean;
	}

	/**
	 * {@code url} with {@code ./} before the file path of an H2 file URL whose path is neither
	 * absolute nor explicitly relative; any other URL unchanged.
	 */
	static String explicitPath(String url) {
		String prefix = "jdbc:h2:file:";
		if (!url.regionMatches(true, 0, prefix, 0, prefix.length())) {
			return url;
		}
		String path = url.substring(prefix.length());
		boolean explicit = path.startsWith("/") || path.startsWith("\\") || path.startsWith("./") || path.startsWith(".\\")
				|| path.startsWith("../") || path.startsWith("..\\") || path.startsWith("~")
				|| (path.length() > 1 && path.charAt(1) == ':');
		return explicit ? url : url.substring(0, prefix.length()) + "./" + path;
	}

	/** {@code url} with {@code DB_CLOSE_ON_EXIT=FALSE} when it is an H2 URL that does not set it. */
	static String closedByThePool(String url) {
		if (!url.startsWith("jdbc:h2:") || url.toUpperCase(Locale.ROOT).contains(";DB_CLOSE_ON_EXIT=")) {
			return url;
		}
		return url + ";DB_CLOSE_ON_EXIT=FALSE";
	}
}
