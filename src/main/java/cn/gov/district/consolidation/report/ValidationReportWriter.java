package cn.gov.district.consolidation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.domain.FileNames;
import cn.gov.district.consolidation.domain.Finding;

/**
 * Writes the findings of a district report as a validation report in the shape of Frictionless
 * Framework's report ({@code valid}, {@code stats}, {@code tasks[].errors[]} with {@code type},
 * {@code rowNumber}, {@code fieldName}, {@code cell}, {@code note}), so that other tools can read
 * them without knowing this job: one task per input file, errors and warnings as separate lists.
 * Stateless and thread-safe.
 */
public final class ValidationReportWriter {

	private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * Writes {@code <district>_<period>_校验报告.json} into {@code dir} (temp file, then moved into place).
	 * @return the written file
	 */
	public Path write(DistrictReport report, Path dir) {
		Path target = FileNames.resolve(dir, report.district() + "_" + report.period().key() + "_校验报告.json");
		try {
			Map<String, Object> content = toReport(report.findings());
			return AtomicFiles.write(target, out -> mapper.writeValue(out, content));
		}
		catch (IOException e) {
			throw new UncheckedIOException("校验报告写入失败：" + target + "（" + e.getMessage() + "），请检查输出目录是否可写", e);
		}
	}

	/** The report as plain maps and lists, in a fixed order so two nights can be diffed. */
	static Map<String, Object> toReport(List<Finding> findings) {
		Map<String, List<Finding>> byFile = new LinkedHashMap<>();
		for (Finding f : findings) {
			byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
		}
		List<Map<String, Object>> tasks = new ArrayList<>();
		int errors = 0;
		int warnings = 0;
		for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
			List<Map<String, Object>> taskErrors = new ArrayList<>();
			List<Map<String, Object>> taskWarnings = new ArrayList<>();
			for (Finding f : e.getValue()) {
				(f.isError() ? taskErrors : taskWarnings).add(error(f));
			}
			errors += taskErrors.size();
			warnings += taskWarnings.size();
			Map<String, Object> task = new LinkedHashMap<>();
			task.put("name", e.getKey());
			task.put("type", "table");
			task.put("valid", taskErrors.isEmpty());
			task.put("place", e.getKey());
			task.put("stats", Map.of("errors", taskErrors.size(), "warnings", taskWarnings.size()));
			task.put("errors", taskErrors);
			task.put("warnings", taskWarnings);
			tasks.add(task);
		}
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("valid", errors == 0);
		Map<String, Object> stats = new LinkedHashMap<>();
		stats.put("tasks", tasks.size());
		stats.put("errors", errors);
		stats.put("warnings", warnings);
		report.put("stats", stats);
		report.put("errors", List.of());
		report.put("tasks", tasks);
		return report;
	}

	private static Map<String, Object> error(Finding f) {
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("type", f.code());
		e.put("title", f.code());
		e.put("severity", f.severity().name());
		e.put("tags", f.row() == null ? List.of("#table") : f.column() == null ? List.of("#table", "#row")
				: List.of("#table", "#row", "#cell"));
		e.put("note", f.message());
		e.put("message", f.message());
		e.put("sheet", f.sheet());
		e.put("rowNumber", f.row());
		e.put("fieldName", f.field());
		e.put("fieldNumber", f.column() == null ? null : columnNumber(f.column()));
		e.put("column", f.column());
		e.put("cell", f.rawValue());
		return e;
	}

	/** Column letters to a 1-based number: A → 1, AA → 27. */
	static int columnNumber(String letters) {
		int n = 0;
		for (char c : letters.toCharArray()) {
			n = n * 26 + (Character.toUpperCase(c) - 'A' + 1);
		}
		return n;
	}
}
