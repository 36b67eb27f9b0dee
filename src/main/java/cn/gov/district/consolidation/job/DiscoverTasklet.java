package cn.gov.district.consolidation.job;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.domain.FileNames;
import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.intake.CandidateFile;
import cn.gov.district.consolidation.intake.DropFolderScanner;
import cn.gov.district.consolidation.intake.Fingerprint;
import cn.gov.district.consolidation.intake.ScanResult;
import cn.gov.district.consolidation.store.JdbcSubmissionStore;

/**
 * The discover step: registers every settled file of the input folder by content. Files still
 * being written, lock files and temporary files are left where they are and counted.
 */
@Component
class DiscoverTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(DiscoverTasklet.class);

	private final ConsolidationProperties properties;

	private final JdbcSubmissionStore store;

	private final RunStatistics statistics;

	private final Clock clock;

	private final Fingerprint fingerprint;

	DiscoverTasklet(ConsolidationProperties properties, JdbcSubmissionStore store, RunStatistics statistics, Clock clock,
			Fingerprint fingerprint) {
		this.properties = properties;
		this.fingerprint = fingerprint;
		this.store = store;
		this.statistics = statistics;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		LocalDate runDate = RunParameters.runDateOf(chunkContext.getStepContext().getStepExecution().getJobParameters());
		Files.createDirectories(properties.inputDir());
		ScanResult scan = new DropFolderScanner(properties.settle(), clock, DropFolderScanner.Sleeper.threadSleep())
			.scanReady(properties.inputDir(), List.of(properties.archiveDir(), properties.rejectedDir()));
		int registered = 0;
		List<ScanResult.Skipped> skippedFiles = new ArrayList<>(scan.skipped());
		for (CandidateFile candidate : scan.files()) {
			String sha;
			try {
				sha = fingerprint.sha256(candidate.path());
			}
			catch (IOException e) {
				// what the operator's machine does to a file (permissions, another program, a removal) is no
				// reason to stop the night: the file stays where it is, said so in the run report
				skippedFiles.add(new ScanResult.Skipped(candidate.path(), unreadable(e)));
				continue;
			}
			InputFile file = store.register(candidate.fileName(), candidate.path(), sha, candidate.size(),
					OffsetDateTime.now(clock), runDate);
			if (file.status() == FileStatus.DUPLICATE) {
				log.info("重复文件：{} 与此前已处理的文件内容相同，不再计入", candidate.fileName());
			}
			registered++;
		}
		for (ScanResult.Skipped skipped : skippedFiles) {
			log.info("暂不处理：{}（{}）", FileNames.displayName(skipped.path()), skipped.reason());
		}
		statistics.recordSkipped(skippedFiles);
		contribution.incrementReadCount();
		log.info("发现文件 {} 个，暂不处理 {} 个", registered, skippedFiles.size());
		return RepeatStatus.FINISHED;
	}

	/** Why a settled file could not be read to take its fingerprint, for the operator. */
	static String unreadable(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "无法读取：本程序没有读取该文件的权限，请检查文件权限或关闭正在使用它的程序，下次运行时再处理";
		}
		if (e instanceof NoSuchFileException) {
			return "读取前已被移走或删除";
		}
		return "无法读取（" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : "：" + e.getMessage())
				+ "），文件留在输入目录，下次运行时再处理";
	}
}
