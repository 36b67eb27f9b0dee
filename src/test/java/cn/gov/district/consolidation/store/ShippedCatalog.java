package cn.gov.district.consolidation.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

import cn.gov.district.consolidation.config.IndicatorCatalog;

/** The indicator catalog the job ships with, for the store's tests. */
final class ShippedCatalog {

	private ShippedCatalog() {
	}

	static IndicatorCatalog load() {
		try (InputStream in = new ClassPathResource("catalog/indicator-catalog.csv").getInputStream()) {
			return new IndicatorCatalog(IndicatorCatalog.parse(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
