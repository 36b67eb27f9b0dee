package cn.gov.district.consolidation.job;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.domain.FileStatus;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.intake.Fingerprint;
import cn.gov.district.consolidation.store.StagedOutcomes;
import cn.gov.district.consolidation.validate.FileOutcome;
import cn.gov.district.consolidation.validate.SubmissionFileProcessor;

/**
 * One partition of the ingest step: reads, normalizes, validates and stages the partition's files
 * one after the other ({@link SubmissionFileProcessor}, each within its time budget) and keeps
 * their outcomes for the decide step. The outcomes are kept in the partition's transaction, so they
 * are committed together when it completes: a run killed in the middle of a partition reads that
 * partition's files again (their staged rows are reset first), a file of a completed partition
 * never. A file read or decided already (a partition run again on a restart) is left alone.
 * Stateless: one instance serves every partition, on as many threads as the step's executor has.
 */
@Component
class ReadFileTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReadFileTasklet.class);

	private final SubmissionFileProcessor processor;

	private final StagedOutcomes outcomes;

	private final ConsolidationProperties properties;

	private final CrashPoint crashPoint;

	private final Fingerprint fingerprint;

	ReadFileTasklet(SubmissionFileProcessor processor, StagedOutcomes outcomes, ConsolidationProperties properties,
			CrashPoint crashPoint, Fingerprint fingerprint) {
		this.processor = processor;
		this.fingerprint = fingerprint;
		this.outcomes = outcomes;
		this.properties = properties;
		this.crashPoint = crashPoint;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		for (long fileId : FilePartitioner.fileIds(context)) {
			Optional<InputFile> file = outcomes.unreadFile(fileId, properties.inputDir());
			if (file.isEmpty()) {
				continue;
			}
			crashPoint.reached("read:" + file.get().fileName());
			FileOutcome outcome = isRegisteredContent(file.get()) ? processor.process(file.get()) : notThere(file.get());
			outcomes.keep(outcome);
			contribution.incrementReadCount();
			contribution.incrementWriteCount(1);
		}
		return RepeatStatus.FINISHED;
	}

	/**
	 * Whether the file at the registered path is still the one registered (size and SHA-256): one that
	 * vanished after discovery, or was replaced by another of the same name (which discovery registers as a
	 * submission of its own), is never read under this row.
	 */
	private boolean isRegisteredContent(InputFile file) {
		try {
			return fingerprint.matches(file.path(), file.size(), file.sha256());
		}
		catch (IOException unreadable) {
			// read it anyway: the reader's own rejection says what is wrong with it
			return true;
		}
	}

	private static FileOutcome notThere(InputFile file) {
		log.warn("{}：登记后文件已被移走或替换为其他内容，本次未读取", file.fileName());
		return new FileOutcome(file, FileStatus.REJECTED,
				"文件登记后已被移走或替换为其他内容，未读取；输入目录中的同名新文件（如有）作为另一份报送单独处理", List.of(), 0, 0, 0, 0,
				null, null);
	}
}
