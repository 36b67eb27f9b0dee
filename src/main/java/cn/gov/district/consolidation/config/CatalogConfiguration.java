package cn.gov.district.consolidation.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import cn.gov.district.consolidation.domain.AggregationRule;
import cn.gov.district.consolidation.domain.Direction;
import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.Street;

/**
 * Builds the catalog and the roster from configuration: the built-in catalog (or
 * {@code consolidation.catalog-file}), extended by {@code consolidation.indicators}.
 */
@Configuration(proxyBeanMethods = false)

class CatalogConfiguration {

	@Bean
	IndicatorCatalog indicatorCatalog(ConsolidationProperties properties) throws IOException {
		List<Indicator> base;
		if (properties.catalogFile() != null) {
			try (InputStream in = Files.newInputStream(properties.catalogFile())) {
				base = IndicatorCatalog.parse(in);
			}
		}
		else {
			try (InputStream in = new ClassPathResource("catalog/indicator-catalog.csv").getInputStream()) {
				base = IndicatorCatalog.parse(in);
			}
		}
		List<Indicator> all = new ArrayList<>(base);
		for (ConsolidationProperties.IndicatorProperties p : properties.indicators()) {
			Indicator extra = new Indicator(p.code(), p.name(), p.synonyms(), p.unit(), p.category(),
					AggregationRule.parse(p.aggregation()), Direction.valueOf(p.direction().toUpperCase(Locale.ROOT)), "");
			all.removeIf(i -> i.code().equalsIgnoreCase(extra.code()));
			all.add(extra);
		}
		return new IndicatorCatalog(all);
	}

	@Bean
	Roster roster(ConsolidationProperties properties) {
		return new Roster(properties.districtName(),
				properties.streets().stream().map(s -> new Street(s.name(), s.aliases())).toList());
	}
}
