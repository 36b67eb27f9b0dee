package cn.gov.district.consolidation.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import cn.gov.district.consolidation.domain.AggregationRule;
import cn.gov.district.consolidation.domain.Direction;
import cn.gov.district.consolidation.domain.Indicator;

/**
 * The indicators this district consolidates, in catalog order. Immutable and thread-safe.
 */
public final class IndicatorCatalog {

	private final List<Indicator> indicators;

	private final Map<String, Indicator> byCode;

	public IndicatorCatalog(List<Indicator> indicators) {
		Map<String, Indicator> map = new LinkedHashMap<>();
		for (Indicator i : indicators) {
			map.put(i.code().toUpperCase(Locale.ROOT), i);
		}
		this.indicators = List.copyOf(map.values());
		this.byCode = Collections.unmodifiableMap(map);
		validateReferences();
	}

	/** All indicators in catalog order. */
	public List<Indicator> all() {
		return indicators;
	}

	/** The indicator with {@code code} (case-insensitive), if any. */
	public Optional<Indicator> byCode(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
	}

	/**
	 * Reads a catalog in the format of {@code indicator-catalog.csv} (UTF-8, header
	 * {@code code,name,synonyms,unit,category,aggregation,direction,note}, synonyms separated by {@code |}).
	 */
	public static List<Indicator> parse(InputStream csv) throws IOException {
		List<Indicator> result = new ArrayList<>();
		try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
			CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
			for (CSVRecord r : format.parse(reader)) {
				String code = stripBom(r.get(0));
				List<String> synonyms = r.get("synonyms").isBlank() ? List.of()
						: Arrays.stream(r.get("synonyms").split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
				result.add(new Indicator(code, r.get("name"), synonyms, r.get("unit"), r.get("category"),
						AggregationRule.parse(r.get("aggregation")), Direction.valueOf(r.get("direction").toUpperCase(Locale.ROOT)),
						r.isMapped("note") && r.isSet("note") ? r.get("note") : ""));
			}
		}
		return result;
	}

	private static String stripBom(String s) {
		return s.startsWith("\uFEFF") ? s.substring(1) : s;
	}

	private void validateReferences() {
		for (Indicator i : indicators) {
			AggregationRule rule = i.aggregation();
			for (String ref : new String[] { rule.first(), rule.second() }) {
				if (ref != null && !byCode.containsKey(ref)) {
					throw new IllegalStateException("indicator " + i.code() + " refers to unknown indicator " + ref);
				}
			}
		}
	}
}
