package cn.gov.district.consolidation.validate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.domain.Street;
import cn.gov.district.consolidation.normalize.Resolution;
import cn.gov.district.consolidation.read.CellText;
import cn.gov.district.consolidation.read.FileFormat;
import cn.gov.district.consolidation.read.FormatDetector;
import cn.gov.district.consolidation.read.FormatDetector.Detection;
import cn.gov.district.consolidation.read.ReadAheadReader;
import cn.gov.district.consolidation.read.TableReadException;
import cn.gov.district.consolidation.read.TableReader;
import cn.gov.district.consolidation.read.TableReaders;

/**
 * Reads one input file and decides on it: which 街道 and period it speaks for (from 基本信息, the
 * file name, or each row of a long export), which rows are used, what every problem is, and
 * whether the file is accepted or rejected. Thread-safe (no state between files).
 */
@Component
public class SubmissionParser {

	/** Files at least this large are parsed on a thread of their own ({@link ReadAheadReader}). */
	public static final long READ_AHEAD_BYTES = 1L << 20;


	private final ValidationContext context;

	private final StagingArea staging;

	private final FormatDetector detector = new FormatDetector();

	public SubmissionParser(ValidationContext context, StagingArea staging) {
		this.context = context;
		this.staging = staging;
	}

	/**
	 * Reads and decides {@code file}, staging its accepted rows and all its findings; never throws
	 * because of the file's content.
	 */
	public FileOutcome parse(InputFile file) {
		staging.reset(file);
		Detection detection;
		try {
			detection = detector.detect(file.path());
		}
		catch (IOException e) {
			return rejectedUnread(file, Finding.ofFile(file.fileName(), Rules.UNREADABLE_FILE, Severity.ERROR,
					"文件无法打开（" + e.getMessage() + "），请确认文件已完整复制后重新放入"));
		}
		if (detection.format() == FileFormat.UNSUPPORTED) {
			return rejectedUnread(file, Finding.ofFile(file.fileName(), detection.code(), Severity.ERROR, detection.reason()));
		}
		TableReader reader = readerFor(file, detection.format(), context.maxFileChars);
		// a large file is stored on a second thread while it is read; closed before anyone may reset the file
		try (PipelinedStaging pipeline = new PipelinedStaging(staging, "stage-" + file.id())) {
			FileCollector collector = new FileCollector(file, context, pipeline);
			try {
				reader.read(file.path(), collector);
			}
			catch (TableReadException e) {
				// whatever was staged before the reader gave up is discarded with the file
				return rejected(file, List.of(Finding.ofFile(file.fileName(), e.code(), Severity.ERROR, e.getMessage())),
						collector);
			}
			return decide(file, collector);
		}
	}

	/**
	 * The reader of {@code file}: a large one is parsed on a thread of its own, ahead of validation
	 * by a bounded number of rows and characters ({@link ReadAheadReader}), so that parsing,
	 * validating and storing it use both cores (1M-row xlsx: the reading thread was the bound at
	 * 8–10 s of CPU, half of it unzipping and parsing XML).
	 */
	static TableReader readerFor(InputFile file, FileFormat format, long maxFileChars) {
		TableReader reader = TableReaders.forFormat(format, maxFileChars);
		return file.size() >= READ_AHEAD_BYTES ? new ReadAheadReader(reader, "parse-" + file.id()) : reader;
	}

	/**
	 * A file whose processing broke off unexpectedly: what was staged is discarded and the file is
	 * rejected with {@code finding}.
	 */
	FileOutcome failed(InputFile file, Finding finding) {
		staging.reset(file);
		return rejectedUnread(file, finding);
	}

	/** A file rejected before any of its rows were read. */
	FileOutcome rejectedUnread(InputFile file, Finding finding) {
		staging.stage(file, List.of(StagingBatch.Part.ofFile(List.of(finding))));
		Attribution guess = guessFromName(file.fileName());
		return new FileOutcome(file, FileStatus.REJECTED, finding.message(), List.of(), 0, 0, 1, 0, guess.street(),
				guess.period());
	}

	/** The decision on a file whose rows {@code collector} has received. */
	FileOutcome decide(InputFile file, FileCollector collector) {
		List<Finding> fileFindings = new ArrayList<>(collector.fileFindings);
		if (collector.recognisedSheets.isEmpty()) {
			fileFindings.add(Finding.ofFile(file.fileName(), Rules.NO_RECOGNISABLE_SHEET, Severity.ERROR,
					"文件中没有可识别的工作表（应有“指标完成情况”或“重点项目”表，并含“指标名称”“本期完成”等表头），整份文件退回；请使用报送模板"));
			return rejected(file, fileFindings, collector);
		}
		int rowsRead = collector.drafts.values().stream().mapToInt(d -> d.rowsRead).sum();
		if (rowsRead == 0) {
			fileFindings.add(Finding.ofFile(file.fileName(), Rules.NO_DATA_ROWS, Severity.ERROR,
					"文件中没有任何数据行（指标或项目），整份文件退回；请填写数据后重新报送"));
			return rejected(file, fileFindings, collector);
		}
		// rows that do not name their 街道 or period (all rows of an ordinary workbook, or a long export
		// with only one of the two columns) take it from 基本信息 or the file name
		boolean needStreet = collector.drafts.keySet().stream().anyMatch(k -> !k.isUnattributed() && k.street() == null);
		boolean needPeriod = collector.drafts.keySet().stream().anyMatch(k -> !k.isUnattributed() && k.period() == null);
		Optional<Attribution> fileAttribution = Optional.empty();
		if (needStreet || needPeriod) {
			fileAttribution = attribute(file.fileName(), collector, fileFindings, needStreet, needPeriod);
			if (fileAttribution.isEmpty()) {
				return rejected(file, fileFindings, collector);
			}
		}
		List<StagedSubmission> submissions = new ArrayList<>();
		for (Map.Entry<RowAttribution, Draft> e : collector.drafts.entrySet()) {
			Draft draft = e.getValue();
			if (e.getKey().isUnattributed()) {
				continue;
			}
			boolean fileDraft = e.getKey().isFile();
			String street = e.getKey().street() != null ? e.getKey().street() : fileAttribution.get().street();
			ReportingPeriod period = e.getKey().period() != null ? e.getKey().period() : fileAttribution.get().period();
			if (fileDraft) {
				// findings about the whole file (subtotals, headers) belong to the file's one submission
				draft.addFindings(fileFindings);
				fileFindings.clear();
			}
			if (draft.indicatorCount == 0 && draft.projectCount == 0) {
				// every row of this 街道 and period was rejected: nothing to submit, its findings stay
				continue;
			}
			submissions.add(new StagedSubmission(draft.id(), street, period,
					fileDraft ? fileAttribution.get().reporter() : "", fileDraft ? fileAttribution.get().phone() : "",
					draft.rowsRead, draft.rowsRejected, draft.errors, draft.warnings, draft.indicatorCount > 0,
					draft.projectCount > 0));
		}
		int rowsRejected = collector.drafts.values().stream().mapToInt(d -> d.rowsRejected).sum();
		if (rowsRejected > rowsRead * context.maxErrorRatio) {
			fileFindings.add(Finding.ofFile(file.fileName(), Rules.TOO_MANY_ERRORS, Severity.ERROR, "共" + rowsRead + "行数据中有"
					+ rowsRejected + "行存在错误，超过允许比例，整份文件退回；请按问题清单逐项修改后重新报送"));
			return rejected(file, fileFindings, collector, "错误行过多（" + rowsRejected + "/" + rowsRead + "）",
					fileAttribution.orElseGet(() -> guessFromName(file.fileName())));
		}
		Attribution who = fileAttribution.orElse(new Attribution(null, null, "", ""));
		return finish(file, FileStatus.ACCEPTED, "", submissions, fileFindings, collector, rowsRejected, who);
	}

	private FileOutcome rejected(InputFile file, List<Finding> fileFindings, FileCollector collector) {
		String reason = fileFindings.stream().filter(Finding::isError).map(Finding::message).findFirst().orElse("文件被退回");
		return rejected(file, fileFindings, collector, reason, guessFromName(file.fileName()));
	}

	private FileOutcome rejected(InputFile file, List<Finding> fileFindings, FileCollector collector, String reason,
			Attribution who) {
		int rowsRead = collector.drafts.values().stream().mapToInt(d -> d.rowsRead).sum();
		// a rejected file uses none of its rows; the store discards what was staged
		return finish(file, FileStatus.REJECTED, reason, List.of(), fileFindings, collector, rowsRead, who);
	}

	/**
	 * Who a file that could not be read or attributed seems to come from, by its name alone: only
	 * to tell the office that a roster 街道 did send something, never to use its rows.
	 */
	private Attribution guessFromName(String fileName) {
		Optional<ReportingPeriod> period = context.periods.findInFileName(fileName);
		return new Attribution(context.streets.findInFileName(fileName).map(Street::name).orElse(null), period.orElse(null),
				"", "");
	}

	private FileOutcome finish(InputFile file, FileStatus decision, String reason, List<StagedSubmission> submissions,
			List<Finding> fileFindings, FileCollector collector, int rowsRejected, Attribution who) {
		int omitted = collector.findingsOmitted();
		if (omitted > 0) {
			fileFindings.add(Finding.ofFile(file.fileName(), Rules.FINDINGS_TRUNCATED, Severity.WARNING, "本文件数据行中的问题共"
					+ (Backlog.MAX_FINDINGS + omitted) + "条，问题清单只逐条列出前" + Backlog.MAX_FINDINGS + "条，其余" + omitted
					+ "条未列出；同类错误往往遍及全文件，请按已列出的问题检查并修改整个文件后重新报送"));
		}
		collector.stageRest(fileFindings);
		int rowsRead = collector.drafts.values().stream().mapToInt(d -> d.rowsRead).sum();
		int fileErrors = (int) fileFindings.stream().filter(Finding::isError).count();
		int errors = fileErrors + collector.drafts.values().stream().mapToInt(d -> d.errors).sum();
		int warnings = fileFindings.size() - fileErrors + collector.drafts.values().stream().mapToInt(d -> d.warnings).sum();
		return new FileOutcome(file, decision, reason, submissions, rowsRead, rowsRejected, errors, warnings, who.street(),
				who.period());
	}

	/** Which 街道 and period the file speaks for: 基本信息 first, the file name second; they must agree. */
	private Optional<Attribution> attribute(String fileName, FileCollector collector, List<Finding> findings,
			boolean needStreet, boolean needPeriod) {
		FileCollector.LabelledValue streetInfo = collector.info.get("街道名称");
		FileCollector.LabelledValue periodInfo = collector.info.get("报送期间");
		Optional<Street> fromName = context.streets.findInFileName(fileName);
		Optional<ReportingPeriod> periodFromName = context.periods.findInFileName(fileName);

		String street = null;
		if (needStreet && streetInfo != null && !streetInfo.value().isEmpty()) {
			Resolution<Street> r = context.streets.resolve(streetInfo.value());
			if (r.isMatch()) {
				street = r.match().name();
			}
			else {
				findings.add(new Finding(fileName, streetInfo.sheet(), streetInfo.row(), "B", "街道名称", streetInfo.value(),
						Rules.UNKNOWN_STREET, Severity.ERROR, "街道名称“" + streetInfo.value() + "”不在" + context.roster.district()
								+ "花名册中" + DataRows.suggestion(r) + "，整份文件退回；请核对街道名称"));
				return Optional.empty();
			}
		}
		if (needStreet && street != null && fromName.isPresent() && !fromName.get().name().equals(street)) {
			findings.add(Finding.ofFile(fileName, Rules.STREET_MISMATCH, Severity.ERROR, "文件名中的街道“" + fromName.get().name()
					+ "”与基本信息中的“" + street + "”不一致，无法确定报送单位，整份文件退回"));
			return Optional.empty();
		}
		if (needStreet && street == null && fromName.isPresent()) {
			street = fromName.get().name();
		}
		if (needStreet && street == null) {
			findings.add(Finding.ofFile(fileName, Rules.UNKNOWN_STREET, Severity.ERROR,
					"无法确定报送街道：“基本信息”表中没有“街道名称”，文件名中也没有本区街道名称，整份文件退回；请填写街道名称"));
			return Optional.empty();
		}

		ReportingPeriod period = null;
		if (needPeriod && periodInfo != null && !periodInfo.value().isEmpty()) {
			period = context.periods.parse(periodInfo.value()).orElse(null);
			if (period == null) {
				findings.add(new Finding(fileName, periodInfo.sheet(), periodInfo.row(), "B", "报送期间", periodInfo.value(),
						Rules.MISSING_PERIOD, Severity.ERROR, "无法识别报送期间“" + periodInfo.value()
								+ "”（应写作“2022年1-11月”“2022年三季度”“2022年”等），整份文件退回"));
				return Optional.empty();
			}
		}
		if (needPeriod && period != null && periodFromName.isPresent() && !periodFromName.get().equals(period)) {
			findings.add(Finding.ofFile(fileName, Rules.PERIOD_MISMATCH, Severity.ERROR, "文件名中的期间（" + periodFromName.get().label()
					+ "）与基本信息中的报送期间（" + period.label() + "）不一致，整份文件退回；请核对后重新报送"));
			return Optional.empty();
		}
		if (needPeriod && period == null && periodFromName.isPresent()) {
			period = periodFromName.get();
		}
		if (needPeriod && period == null) {
			findings.add(Finding.ofFile(fileName, Rules.MISSING_PERIOD, Severity.ERROR,
					"无法确定报送期间：“基本信息”表中没有“报送期间”，文件名中也没有期间（如“2022年1-11月”），整份文件退回"));
			return Optional.empty();
		}
		FileCollector.LabelledValue district = collector.info.get("所属区");
		if (district != null && !district.value().isEmpty()
				&& !CellText.fold(district.value()).equals(CellText.fold(context.roster.district()))) {
			findings.add(new Finding(fileName, district.sheet(), district.row(), "B", "所属区", district.value(), Rules.WRONG_DISTRICT,
					Severity.WARNING, "所属区填写为“" + district.value() + "”，本系统汇总的是" + context.roster.district() + "；已按街道名称采用，请核对"));
		}
		return Optional.of(new Attribution(street, period, infoValue(collector, "填报人"), infoValue(collector, "联系电话")));
	}

	private static String infoValue(FileCollector collector, String label) {
		FileCollector.LabelledValue v = collector.info.get(label);
		return v == null ? "" : v.value();
	}

	/**
	 * The 街道 and period a whole file speaks for.
	 *
	 * @param street roster name
	 * @param period reporting period
	 * @param reporter 填报人 or {@code ""}
	 * @param phone 联系电话 or {@code ""}
	 */
	record Attribution(String street, ReportingPeriod period, String reporter, String phone) {
	}
}
