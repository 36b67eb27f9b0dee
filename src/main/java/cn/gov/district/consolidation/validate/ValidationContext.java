package cn.gov.district.consolidation.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.config.IndicatorCatalog;
import cn.gov.district.consolidation.config.Roster;
import cn.gov.district.consolidation.domain.AggregationRule;
import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.normalize.IndicatorResolver;
import cn.gov.district.consolidation.normalize.PeriodParser;
import cn.gov.district.consolidation.normalize.StreetResolver;
import cn.gov.district.consolidation.normalize.ValueNormalizer;
import cn.gov.district.consolidation.read.TableReaders;

/**
 * What every file is checked against: the catalog, the roster, the parsers and the rejection
 * threshold. Immutable and thread-safe.
 */
@Component
public final class ValidationContext {

	final IndicatorCatalog catalog;

	final Roster roster;

	final IndicatorResolver indicators;

	final StreetResolver streets;

	final PeriodParser periods = new PeriodParser();

	final ValueNormalizer values = new ValueNormalizer();

	final double maxErrorRatio;

	/** Characters of cell text one file may hold ({@code consolidation.max-file-chars}). */
	final long maxFileChars;

	/** Catalog position of every indicator code, for compact per-draft bookkeeping. */
	private final Map<String, Integer> positions;

	/** The RATIO indicators, whose parts, wholes and reported rates are compared within a submission ({@link RateChecks}). */
	final List<Indicator> rates;

	/**
	 * For each indicator that cross-row checks compare (the parts, wholes and rates of every RATIO
	 * rule), the positions in {@link #rates} of the rates it takes part in.
	 */
	private final Map<String, int[]> ratesOf;

	@Autowired
	public ValidationContext(IndicatorCatalog catalog, Roster roster, ConsolidationProperties properties) {
		this(catalog, roster, properties.maxErrorRatio(), properties.maxFileChars());
	}

	ValidationContext(IndicatorCatalog catalog, Roster roster, double maxErrorRatio) {
		this(catalog, roster, maxErrorRatio, TableReaders.DEFAULT_MAX_FILE_CHARS);
	}

	ValidationContext(IndicatorCatalog catalog, Roster roster, double maxErrorRatio, long maxFileChars) {
		this.catalog = catalog;
		this.roster = roster;
		this.indicators = new IndicatorResolver(catalog.all());
		this.streets = new StreetResolver(roster.streets());
		this.maxErrorRatio = maxErrorRatio;
		this.maxFileChars = maxFileChars;
		List<Indicator> ratios = new ArrayList<>();
		Map<String, List<Integer>> members = new HashMap<>();
		for (Indicator i : catalog.all()) {
			if (i.aggregation().kind() == AggregationRule.Kind.RATIO) {
				for (String code : new LinkedHashSet<>(List.of(i.code(), i.aggregation().first(), i.aggregation().second()))) {
					members.computeIfAbsent(code, k -> new ArrayList<>()).add(ratios.size());
				}
				ratios.add(i);
			}
		}
		this.rates = List.copyOf(ratios);
		Map<String, int[]> of = new HashMap<>();
		members.forEach((code, positions) -> of.put(code, positions.stream().mapToInt(Integer::intValue).toArray()));
		this.ratesOf = Map.copyOf(of);
		Map<String, Integer> index = new HashMap<>();
		for (Indicator i : catalog.all()) {
			index.put(i.code(), index.size());
		}
		this.positions = Map.copyOf(index);
	}

	/** The positions in {@link #rates} of the rates {@code code} takes part in, or {@code null} when no cross-row check compares it. */
	int[] ratesOf(String code) {
		return ratesOf.get(code);
	}

	/** The catalog position of {@code code} (a code the catalog resolved). */
	int indexOf(String code) {
		return positions.get(code);
	}
}
