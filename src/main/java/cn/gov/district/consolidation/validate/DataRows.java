package cn.gov.district.consolidation.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.domain.Street;
import cn.gov.district.consolidation.normalize.DeclaredUnit;
import cn.gov.district.consolidation.normalize.Resolution;
import cn.gov.district.consolidation.read.CellText;
import cn.gov.district.consolidation.read.HeaderMatch;
import cn.gov.district.consolidation.read.TableRow;

/**
 * What the indicator and the project sheets share: recognising rows that are not data (section
 * labels, notes and signatures, subtotals), the attribution of rows of a long export that name
 * their 街道 and period, and the location of findings. Not thread-safe.
 */
abstract class DataRows implements FileCollector.RowHandler {

	/** Section labels: 一、经济发展 / （二）民生保障 / 2. 城市管理. */
	private static final Pattern SECTION = Pattern
		.compile("^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[、])\\s*\\S*$");

	/** Prefix of a numbered label: 1. / 1、 / (1) / 一、 / ① */
	private static final Pattern NUMBER_PREFIX = Pattern
		.compile("^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[、.．](?!\\d)|[①-⑳])\\s*");

	private static final String[] NOTE_PREFIXES = { "填表说明", "说明", "注", "备注", "填报人", "审核人", "负责人", "制表",
			"联系电话", "填报日期", "单位负责人", "统计负责人", "填表人" };

	/** Distinct texts a per-sheet cache keeps at most. */
	static final int CACHE_LIMIT = 10_000;

	protected final FileCollector collector;

	protected final ValidationContext context;

	protected final String sheet;

	protected final HeaderMatch header;

	private final Map<String, Optional<String>> streetCache = new HashMap<>();

	private final Map<String, Optional<ReportingPeriod>> periodCache = new HashMap<>();

	private final Map<String, Map<String, DeclaredUnit>> declaredCache = new HashMap<>();

	/** What each name of the sheet says ({@link NameFacts}), by the name as written. */
	private final Map<String, NameFacts> names = new HashMap<>();

	/**
	 * A row's name folded, whether it names a subtotal, and without its numbering ({@code 1.}, {@code （二）}):
	 * worked out once per distinct name, where a long export repeats its 40 names 25,000 times.
	 */
	private record NameFacts(String folded, boolean subtotal, String stripped) {

		static NameFacts of(String name) {
			String folded = CellText.fold(name);
			return new NameFacts(folded, isSubtotal(folded), stripNumbering(name));
		}
	}

	/*
	 * The functions the caches compute their answers with, made once: a method reference or lambda that
	 * captures is a new object each time it is evaluated, and under C1 (config/jvm.options) it is made
	 * through a method handle, not inlined; evaluated a few times per row, that was a seventh of the
	 * reading thread's time on the 1M-row export (async-profiler).
	 */
	private final Function<String, Optional<String>> streetResolver = this::resolveStreet;

	private final Function<String, Optional<ReportingPeriod>> periodParser;

	/*
	 * The columns every row is read at, looked up once: through the header's map they were a tenth
	 * of the validating thread's time on the 1M-row export (async-profiler, C1).
	 */
	protected final int nameColumn;

	protected final int unitColumn;

	private final int streetColumn;

	private final int periodColumn;

	/*
	 * The last attribution resolved and its draft: the rows of a long export come a submission at a
	 * time (40 indicator rows name the same 街道 and period), so most rows reuse them instead of
	 * asking two caches and the collector's map, a tenth of the validating thread's time on the
	 * 1M-row export (async-profiler, C1). Only a resolved attribution is kept, so a row that reuses it
	 * would have had no finding about it.
	 */
	private String lastRawStreet;

	private String lastRawPeriod;

	private RowAttribution lastAttribution;

	private Draft lastDraft;

	/** The findings of the row being checked, one collector for all rows of the sheet. */
	private final RowFindings rowFindings;

	DataRows(FileCollector collector, ValidationContext context, String sheet, HeaderMatch header) {
		this.collector = collector;
		this.context = context;
		this.sheet = sheet;
		this.header = header;
		this.periodParser = context.periods::parse;
		this.nameColumn = column(SheetKind.Fields.NAME);
		this.unitColumn = column(SheetKind.Fields.UNIT);
		this.streetColumn = column(SheetKind.Fields.STREET);
		this.periodColumn = column(SheetKind.Fields.PERIOD);
		this.rowFindings = new RowFindings(collector.fileName(), sheet, 0);
	}

	/** 0-based column of a field, or -1 when the sheet has none. */
	protected int column(String field) {
		Integer c = header.columns().get(field);
		return c == null ? -1 : c;
	}

	protected String cell(TableRow row, String field) {
		return cell(row, column(field));
	}

	/** The trimmed text at 0-based column {@code c}, {@code ""} when the sheet has no such column ({@code c < 0}). */
	protected static String cell(TableRow row, int c) {
		return row.trimmedCell(c);
	}

	/** What a value column declares, by the text of the row's unit column (the same few texts on every row). */
	protected DeclaredUnit declared(TableRow row, String valueField) {
		String unitText = cell(row, unitColumn);
		Map<String, DeclaredUnit> byUnitText = declaredCache.get(valueField);
		if (byUnitText == null) {
			byUnitText = new HashMap<>();
			declaredCache.put(valueField, byUnitText);
		}
		DeclaredUnit known = byUnitText.get(unitText);
		if (known != null) {
			return known;
		}
		return cached(byUnitText, unitText, text -> new DeclaredUnit(text, header.headerUnits().getOrDefault(valueField, ""),
				header.sheetUnit() == null ? "" : header.sheetUnit()));
	}

	@Override
	public final void handle(TableRow row) {
		String name = cell(row, nameColumn);
		String first = firstText(row);
		if (first.isEmpty() || isNote(first)) {
			return;
		}
		if (row.isOneTextRepeated()) {
			// a section label merged across the columns repeats its text in every cell it covers
			return;
		}
		NameFacts facts = cached(names, name, NameFacts::of);
		if (facts.subtotal()) {
			subtotal(row);
			return;
		}
		if (!hasValues(row) && (name.isEmpty() || isLabel(facts.folded()))) {
			// a section label, a 其中： line or a title repeated by a merge: not data
			return;
		}
		RowFindings findings = rowFindings;
		findings.startRow(row.rowNumber());
		if (row.hidden()) {
			findings.add(-1, null, null, Rules.HIDDEN_ROW, Severity.WARNING, "该行在表格中被隐藏，已按正常数据读取，请确认是否应当报送");
		}
		RowAttribution attribution = attribution(row, findings);
		Draft draft = draft(attribution == null ? RowAttribution.UNATTRIBUTED : attribution);
		draft.rowsRead++;
		if (attribution == null) {
			draft.rowsRejected++;
			draft.addFindings(findings.findings());
			return;
		}
		boolean accepted = data(row, facts.stripped(), findings, draft);
		if (!accepted) {
			draft.rowsRejected++;
		}
		draft.addFindings(findings.findings());
	}

	/**
	 * Checks one data row and adds it to {@code draft} when it has no error.
	 * @return whether the row was accepted
	 */
	protected abstract boolean data(TableRow row, String name, RowFindings findings, Draft draft);

	/** A 合计/小计/总计 row: not data; checked where the rows above can be added up. */
	protected abstract void subtotal(TableRow row);

	/** Whether a name in a row without values is a label (section heading) rather than data. */
	protected boolean isLabel(String foldedName) {
		return SECTION.matcher(foldedName).matches();
	}

	/** Whether any value column of the row holds something. */
	protected abstract boolean hasValues(TableRow row);

	/** The collector's draft for {@code key}, the last one's without asking when it is the same. */
	private Draft draft(RowAttribution key) {
		if (key != lastAttribution) {
			return collector.draft(key);
		}
		if (lastDraft == null) {
			lastDraft = collector.draft(key);
		}
		return lastDraft;
	}

	private RowAttribution attribution(TableRow row, RowFindings findings) {
		if (streetColumn < 0 && periodColumn < 0) {
			return RowAttribution.FILE;
		}
		String rawStreet = cell(row, streetColumn);
		String rawPeriod = cell(row, periodColumn);
		if (lastAttribution != null && rawStreet.equals(lastRawStreet) && rawPeriod.equals(lastRawPeriod)) {
			return lastAttribution;
		}
		Optional<String> street = cached(streetCache, rawStreet, streetResolver);
		Optional<ReportingPeriod> period = cached(periodCache, rawPeriod, periodParser);
		if (streetColumn >= 0 && street.isEmpty()) {
			Resolution<Street> r = context.streets.resolve(rawStreet);
			findings.add(streetColumn, SheetKind.Fields.STREET, rawStreet, Rules.UNKNOWN_STREET, Severity.ERROR,
					"街道名称“" + rawStreet + "”不在本区花名册中" + suggestion(r) + "，该行未采用");
		}
		if (periodColumn >= 0 && period.isEmpty()) {
			findings.add(periodColumn, SheetKind.Fields.PERIOD, rawPeriod, Rules.MISSING_PERIOD, Severity.ERROR,
					"无法识别报送期间“" + rawPeriod + "”（应写作“2022年1-11月”“2022年”等），该行未采用");
		}
		if (findings.hasError()) {
			return null;
		}
		lastRawStreet = rawStreet;
		lastRawPeriod = rawPeriod;
		lastAttribution = new RowAttribution(street.orElse(null), period.orElse(null));
		lastDraft = null;
		return lastAttribution;
	}

	private Optional<String> resolveStreet(String raw) {
		Resolution<Street> r = context.streets.resolve(raw);
		return r.isMatch() ? Optional.of(r.match().name()) : Optional.empty();
	}

	/**
	 * "Did you mean" for a name one slip away from a known one; nothing for a name that is merely
	 * similar (河东街道 is another district's 街道, not a misspelt 东关街道).
	 */
	/**
	 * {@code map}'s answer for {@code key}, computed once; past {@link #CACHE_LIMIT} distinct keys (a
	 * hostile sheet of unique texts) answers are computed and not kept, so memory stays bounded.
	 */
	protected static <K, V> V cached(Map<K, V> map, K key, Function<K, V> compute) {
		V known = map.get(key);
		if (known != null) {
			return known;
		}
		V value = compute.apply(key);
		if (map.size() < CACHE_LIMIT) {
			map.put(key, value);
		}
		return value;
	}

	static String suggestion(Resolution<?> resolution) {
		boolean slip = resolution.kind() == Resolution.Kind.NEAR_MISS || resolution.kind() == Resolution.Kind.AMBIGUOUS;
		String closest = resolution.closest();
		return !slip || closest == null || closest.isEmpty() ? "" : "（是否为“" + closest + "”？）";
	}

	private static String firstText(TableRow row) {
		for (int i = 0, n = row.size(); i < n; i++) {
			String t = row.trimmedCell(i);
			if (!t.isEmpty()) {
				return t;
			}
		}
		return "";
	}

	/** The first characters of {@link #NOTE_PREFIXES}: a row starting otherwise (every data row) is no note. */
	private static final String NOTE_STARTS = noteStarts();

	private static String noteStarts() {
		StringBuilder starts = new StringBuilder();
		for (String prefix : NOTE_PREFIXES) {
			if (starts.indexOf(prefix.substring(0, 1)) < 0) {
				starts.append(prefix.charAt(0));
			}
		}
		return starts.toString();
	}

	private static boolean isNote(String firstText) {
		String folded = CellText.fold(firstText);
		if (folded.isEmpty() || NOTE_STARTS.indexOf(folded.charAt(0)) < 0) {
			return false;
		}
		for (String prefix : NOTE_PREFIXES) {
			// "填报人:" or "填报人：" or "填报人" alone, without building those texts for every row
			if (folded.startsWith(prefix) && (folded.length() == prefix.length()
					|| folded.charAt(prefix.length()) == ':' || folded.charAt(prefix.length()) == '：')) {
				return true;
			}
		}
		return folded.startsWith("填表说明");
	}

	static boolean isSubtotal(String foldedName) {
		String n = foldedName.replace("　", "");
		return n.equals("合计") || n.equals("小计") || n.equals("总计") || n.startsWith("合计") || n.startsWith("小计")
				|| n.startsWith("总计") || n.equals("全街道合计");
	}

	static String stripNumbering(String name) {
		return NUMBER_PREFIX.matcher(CellText.trim(name)).replaceFirst("");
	}
}
