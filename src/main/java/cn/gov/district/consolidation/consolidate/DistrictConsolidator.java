package cn.gov.district.consolidation.consolidate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.IndicatorCatalog;
import cn.gov.district.consolidation.config.Roster;
import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.Indicator;
import cn.gov.district.consolidation.domain.IndicatorEntry;
import cn.gov.district.consolidation.domain.ProjectEntry;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.store.JdbcSubmissionStore;
import cn.gov.district.consolidation.store.StoredSubmission;

/**
 * Builds the {@link DistrictReport} of one period from the current stored submissions.
 * Thread-safe.
 */
@Component
public class DistrictConsolidator {

	/**
	 * Findings of a period listed in its report, at most (a file records at most 10,000, but many
	 * files of one period could still bring more rows than the 校验问题 sheet holds, 1,048,576, and
	 * more than publishing two periods at once can hold in memory); the report says how many more
	 * there are, and each file's 问题清单 lists its own.
	 */
	public static final int MAX_LISTED_FINDINGS = 50_000;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcSubmissionStore store;

	private final IndicatorCatalog catalog;

	private final Roster roster;

	private final Clock clock;

	private final IndicatorAggregator aggregator;

	private final YearOnYear yearOnYear = new YearOnYear();

	public DistrictConsolidator(JdbcSubmissionStore store, IndicatorCatalog catalog, Roster roster, Clock clock) {
		this.store = store;
		this.catalog = catalog;
		this.roster = roster;
		this.clock = clock;
		this.aggregator = new IndicatorAggregator(code -> catalog.byCode(code).map(Indicator::name).orElse(code));
	}

	/**
	 * Consolidates {@code period}; when the store holds submissions of the same period last year,
	 * each line also carries last year's district figure, recomputed by the same rule, and 街道
	 * whose reported 同比 contradicts their stored history get a warning finding.
	 * @param runDate the night, to include the findings of files that could not be attributed
	 */
	public DistrictReport consolidate(ReportingPeriod period, LocalDate runDate) {
		List<String> streets = roster.names();
		List<StoredSubmission> current = store.currentSubmissions(period);
		Map<String, StoredSubmission> byStreet = new LinkedHashMap<>();
		Map<String, String> fileNames = new LinkedHashMap<>();
		for (StoredSubmission s : current) {
			byStreet.put(s.street(), s);
			fileNames.put(s.street(), s.fileName());
		}
		Map<String, Map<String, IndicatorEntry>> entries = entriesByStreet(current);
		ReportingPeriod lastYear = period.previousYear();
		List<StoredSubmission> previous = store.currentSubmissions(lastYear);
		Map<String, Map<String, IndicatorEntry>> previousEntries = entriesByStreet(previous);
		List<IndicatorLine> lines = new ArrayList<>();
		List<Finding> historyFindings = new ArrayList<>();
		for (Indicator indicator : catalog.all()) {
			IndicatorLine line = aggregator.aggregate(indicator, streets, entries, period);
			if (!previous.isEmpty()) {
				YearOnYear.Result compared = yearOnYear.compare(line,
						aggregator.aggregate(indicator, streets, previousEntries, lastYear), entries, fileNames);
				line = compared.line();
				historyFindings.addAll(compared.findings());
			}
			lines.add(line);
		}
		List<Finding> findings = new ArrayList<>(store.findingsFor(period, runDate, MAX_LISTED_FINDINGS));
		int total = findings.size() < MAX_LISTED_FINDINGS ? findings.size() : store.countFindingsFor(period, runDate);
		findings.addAll(historyFindings);
		return new DistrictReport(roster.district(), period, OffsetDateTime.now(clock), streets, lines,
				projects(streets, byStreet, period), statuses(streets, byStreet, store.rejectedFilesFor(period)), findings,
				total + historyFindings.size());
	}

	private static Map<String, Map<String, IndicatorEntry>> entriesByStreet(List<StoredSubmission> submissions) {
		Map<String, Map<String, IndicatorEntry>> entries = new LinkedHashMap<>();
		for (StoredSubmission s : submissions) {
			Map<String, IndicatorEntry> byCode = new LinkedHashMap<>();
			for (IndicatorEntry e : s.indicators()) {
				byCode.put(e.indicatorCode(), e);
			}
			entries.put(s.street(), byCode);
		}
		return entries;
	}

	private List<ProjectLine> projects(List<String> streets, Map<String, StoredSubmission> byStreet, ReportingPeriod period) {
		BigDecimal schedule = period.scheduleProgress().multiply(HUNDRED);
		List<ProjectLine> result = new ArrayList<>();
		for (String street : streets) {
			StoredSubmission s = byStreet.get(street);
			if (s == null) {
				continue;
			}
			for (ProjectEntry p : s.projects()) {
				BigDecimal completion = null;
				if (p.annualPlan() != null && p.cumulative() != null && p.annualPlan().signum() != 0) {
					completion = p.cumulative().multiply(HUNDRED).divide(p.annualPlan(), 2, RoundingMode.HALF_UP);
				}
				boolean behind = completion != null && completion.compareTo(schedule) < 0 && !"已竣工".equals(p.status());
				result.add(new ProjectLine(street, p, completion, behind));
			}
		}
		return result;
	}

	private List<StreetStatus> statuses(List<String> streets, Map<String, StoredSubmission> byStreet,
			Map<String, List<String>> rejected) {
		List<StreetStatus> result = new ArrayList<>();
		for (String street : streets) {
			StoredSubmission s = byStreet.get(street);
			List<String> rejectedFiles = rejected.getOrDefault(street, List.of());
			if (s == null) {
				result.add(new StreetStatus(street, false, null, 0, null, 0, 0, 0, 0, List.of(), "", rejectedFiles));
			}
			else {
				result.add(new StreetStatus(street, true, s.fileName(), s.version(), s.receivedAt(),
						s.rowsRead() - s.rowsRejected(), s.rowsRejected(), s.errors(), s.warnings(), s.superseded(),
						s.changes(), rejectedFiles));
			}
		}
		return result;
	}
}
