package cn.gov.district.consolidation.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import cn.gov.district.consolidation.domain.Finding;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.Severity;
import cn.gov.district.consolidation.read.CellText;
import cn.gov.district.consolidation.read.HeaderFinder;
import cn.gov.district.consolidation.read.HeaderMatch;
import cn.gov.district.consolidation.read.RowSink;
import cn.gov.district.consolidation.read.TableRow;

/**
 * Receives the rows of one file from a reader and turns them, sheet by sheet, into drafts of
 * submissions with their findings. A sheet's header is looked for in its first rows (title rows
 * and a unit line may stand above it); the rows after it are checked one by one as they
 * stream. Not thread-safe: one file, one thread.
 */
final class FileCollector implements RowSink {

	/** How many non-blank rows at the top of a sheet may hold the header. */
	static final int HEADER_SCAN_ROWS = 30;

	private final InputFile file;

	private final ValidationContext context;

	private final StagingArea staging;

	private final Backlog backlog;

	private final HeaderFinder headerFinder = new HeaderFinder();

	/** Label/value pairs of the 基本信息 sheet(s), by folded label. */
	final Map<String, LabelledValue> info = new LinkedHashMap<>();

	/** Drafts by attribution key; {@link RowAttribution#FILE} for rows attributed by the file. */
	final Map<RowAttribution, Draft> drafts = new LinkedHashMap<>();

	final List<Finding> fileFindings = new ArrayList<>();

	final List<String> recognisedSheets = new ArrayList<>();

	private SheetState sheet;

	FileCollector(InputFile file, ValidationContext context, StagingArea staging) {
		this.file = file;
		this.context = context;
		this.staging = staging;
		this.backlog = new Backlog(staging, file);
	}

	/**
	 * Stages everything still waiting, with {@code fileFindings} (findings about the file itself),
	 * and returns once it is stored.
	 */
	void stageRest(List<Finding> fileFindings) {
		backlog.flush();
		if (!fileFindings.isEmpty()) {
			staging.stage(file, List.of(StagingBatch.Part.ofFile(fileFindings)));
		}
		staging.awaitStaged();
	}

	/** Findings of rows counted but not recorded ({@link Backlog#MAX_FINDINGS}). */
	int findingsOmitted() {
		return backlog.findingsOmitted();
	}

	String fileName() {
		return file.fileName();
	}

	Draft draft(RowAttribution key) {
		// asked first: the lambda below captures, so it is an object made per call (see DataRows' resolvers)
		Draft known = drafts.get(key);
		if (known != null) {
			return known;
		}
		return drafts.computeIfAbsent(key, k -> new Draft(staging, context, backlog, !k.isUnattributed()));
	}

	@Override
	public void startSheet(String sheetName, boolean hidden) {
		sheet = new SheetState(sheetName, SheetKind.byName(sheetName));
	}

	@Override
	public void row(TableRow row) {
		if (Thread.currentThread().isInterrupted()) {
			// the file ran over its time budget and was rejected: stop reading at the next row
			throw new CancellationException("file time budget exceeded");
		}
		if (sheet != null && !row.isBlank()) {
			sheet.accept(row);
		}
	}

	@Override
	public void endSheet() {
		if (sheet != null) {
			sheet.finish();
			sheet = null;
		}
	}

	/** One sheet being read: buffering its top until the header is known, then streaming. */
	private final class SheetState {

		private final String name;

		private SheetKind kind;

		private final List<TableRow> top = new ArrayList<>();

		private RowHandler handler;

		private boolean ignored;

		SheetState(String name, SheetKind kind) {
			this.name = name;
			this.kind = kind;
		}

		void accept(TableRow row) {
			if (ignored) {
				return;
			}
			if (kind == SheetKind.INFO) {
				readInfo(row);
				return;
			}
			if (handler != null) {
				handler.handle(row);
				return;
			}
			top.add(row);
			if (top.size() >= HEADER_SCAN_ROWS) {
				locateHeader();
			}
		}

		void finish() {
			if (kind != SheetKind.INFO && handler == null && !ignored && !top.isEmpty()) {
				locateHeader();
			}
			if (handler != null) {
				handler.finish();
			}
		}

		private void locateHeader() {
			Optional<HeaderMatch> match;
			SheetKind found = kind;
			if (kind != null) {
				match = headerFinder.find(top, kind.fields());
			}
			else {
				Optional<HeaderMatch> asIndicators = headerFinder.find(top, SheetKind.INDICATORS.fields());
				Optional<HeaderMatch> asProjects = headerFinder.find(top, SheetKind.PROJECTS.fields());
				if (asProjects.isPresent()
						&& (asIndicators.isEmpty() || asProjects.get().score() > asIndicators.get().score())) {
					match = asProjects;
					found = SheetKind.PROJECTS;
				}
				else {
					match = asIndicators;
					found = SheetKind.INDICATORS;
				}
			}
			if (match.isEmpty() && kind == null && looksLikeInfo(top)) {
				kind = SheetKind.INFO;
				recognisedSheets.add(name);
				top.forEach(this::readInfo);
				top.clear();
				return;
			}
			if (match.isEmpty()) {
				ignored = true;
				if (kind != null) {
					fileFindings.add(new Finding(fileName(), name, null, null, null, null, Rules.HEADER_NOT_FOUND,
							Severity.ERROR, "工作表“" + name + "”中找不到表头（应含"
									+ (kind == SheetKind.PROJECTS ? "“项目名称”“年度计划投资”“累计完成投资”" : "“指标名称”“本期完成”")
									+ "等列），该表未读取；请按模板填写表头后重新报送"));
				}
				top.clear();
				return;
			}
			kind = found;
			recognisedSheets.add(name);
			HeaderMatch header = match.get();
			handler = kind == SheetKind.PROJECTS ? new ProjectRows(FileCollector.this, context, name, header)
					: new IndicatorRows(FileCollector.this, context, name, header);
			int firstDataRow = header.headerRowNumber() + header.headerRowCount();
			for (TableRow row : top) {
				if (row.rowNumber() >= firstDataRow) {
					handler.handle(row);
				}
			}
			top.clear();
		}

		private void readInfo(TableRow row) {
			String label = CellText.fold(row.cell(0)).replace(":", "").replace("：", "");
			String value = CellText.trim(row.cell(1));
			if (!label.isEmpty() && !info.containsKey(label)) {
				info.put(label, new LabelledValue(name, row.rowNumber(), value));
			}
		}
	}

	private static boolean looksLikeInfo(List<TableRow> rows) {
		return rows.stream()
			.map(r -> CellText.fold(r.cell(0)).replace(":", ""))
			.anyMatch(label -> label.equals("街道名称") || label.equals("报送期间"));
	}

	/**
	 * A value of the 基本信息 sheet with where it stands.
	 *
	 * @param sheet sheet name
	 * @param row row number
	 * @param value trimmed text of column B
	 */
	record LabelledValue(String sheet, int row, String value) {
	}

	/** Handles the data rows of one sheet after its header. */
	interface RowHandler {

		void handle(TableRow row);

		void finish();
	}
}
