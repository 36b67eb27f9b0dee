package cn.gov.district.consolidation.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.domain.FileNames;
import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.intake.ScanResult;
import cn.gov.district.consolidation.report.AtomicFiles;
import cn.gov.district.consolidation.store.JdbcSubmissionStore;

/**
 * The run report an operator reads in the morning: what happened to every file of the night,
 * with counts that reconcile (rows read = rows stored + rows rejected). Printed to the log and
 * written to {@code output/运行报告_<date>.txt}.
 */
@Component
class RunReportWriter {

	private static final Logger log = LoggerFactory.getLogger(RunReportWriter.class);

	private final ConsolidationProperties properties;

	private final JdbcSubmissionStore store;

	private final RunStatistics statistics;

	RunReportWriter(ConsolidationProperties properties, JdbcSubmissionStore store, RunStatistics statistics) {
		this.properties = properties;
		this.store = store;
		this.statistics = statistics;
	}

	/** Writes the report of {@code runDate} and returns its path. */
	Path write(LocalDate runDate) throws IOException {
		Map<FileStatus, Integer> counts = store.countByStatus(runDate);
		int[] rows = store.rowCounts(runDate);
		List<ScanResult.Skipped> skipped = statistics.skipped();
		int found = counts.values().stream().mapToInt(Integer::intValue).sum();
		StringBuilder sb = new StringBuilder();
		sb.append(properties.districtName()).append(" 报表汇总运行报告 ").append(runDate).append('\n');
		List<String> superseded = store.supersededOn(runDate);
		sb.append("文件：发现 ").append(found).append(" 个 = 采用 ").append(counts.get(FileStatus.ACCEPTED))
			.append(" 个 + 退回 ").append(counts.get(FileStatus.REJECTED)).append(" 个 + 重复 ")
			.append(counts.get(FileStatus.DUPLICATE)).append(" 个");
		if (counts.get(FileStatus.DISCOVERED) > 0) {
			sb.append(" + 待处理 ").append(counts.get(FileStatus.DISCOVERED)).append(" 个");
		}
		sb.append("；暂不处理 ").append(skipped.size()).append(" 个（留在输入目录）；被替代 ").append(superseded.size())
			.append(" 个（旧版本，已由重报的新文件取代）\n");
		sb.append("数据行：读取 ").append(rows[0]).append(" 行 = 入库 ").append(rows[0] - rows[1]).append(" 行 + 拒绝 ")
			.append(rows[1]).append(" 行\n");
		List<JdbcSubmissionStore.LostFile> lost = store.lostOn(runDate);
		Map<Long, JdbcSubmissionStore.LostFile> lostById = new LinkedHashMap<>();
		lost.forEach(l -> lostById.put(l.id(), l));
		if (!lost.isEmpty()) {
			sb.append("文件缺失 ").append(lost.size()).append(" 个（已处理但文件已不在输入目录，请人工核对，见下）\n");
		}
		sb.append('\n').append("逐个文件：\n");
		for (InputFile f : store.filesOn(runDate, properties.inputDir())) {
			sb.append("  ").append(label(f.status())).append("  ").append(f.fileName());
			String reason = store.reasonOf(f.id());
			if (f.status() != FileStatus.ACCEPTED && reason != null && !reason.isBlank()) {
				sb.append("（").append(reason).append("）");
			}
			JdbcSubmissionStore.LostFile gone = lostById.remove(f.id());
			if (gone != null) {
				sb.append(" → 文件缺失（").append(gone.note()).append("）\n");
			}
			else {
				sb.append(" → ").append(FileNames.display(f.path())).append('\n');
			}
		}
		for (JdbcSubmissionStore.LostFile l : lostById.values()) {
			sb.append("  文件缺失  ").append(l.fileName()).append("（").append(l.runDate()).append(" 放入的文件；")
				.append(l.note()).append("）\n");
		}
		for (String name : superseded) {
			sb.append("  被替代  ").append(name).append("（同一街道同一期间已重报，保留为历史版本）\n");
		}
		for (ScanResult.Skipped s : skipped) {
			sb.append("  暂不处理  ").append(FileNames.displayName(s.path())).append("（").append(s.reason()).append("）\n");
		}
		for (String w : statistics.written()) {
			sb.append("汇总表：").append(w).append('\n');
		}
		Path target = AtomicFiles.write(FileNames.resolve(properties.outputDir(), "运行报告_" + runDate + ".txt"),
				out -> out.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
		log.info("\n{}", sb);
		return target;
	}

	private static String label(FileStatus status) {
		return switch (status) {
			case ACCEPTED -> "采用";
			case REJECTED -> "退回";
			case DUPLICATE -> "重复";
			case DISCOVERED -> "待处理";
		};
	}
}
