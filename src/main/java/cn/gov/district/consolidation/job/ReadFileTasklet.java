package cn.gov.district.consolidation.job;

import java.util.Optional;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.domain.InputFile;
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

	private final SubmissionFileProcessor processor;

	private final StagedOutcomes outcomes;

	private final ConsolidationProperties properties;

	private final CrashPoint crashPoint;

	ReadFileTasklet(SubmissionFileProcessor processor, StagedOutcomes outcomes, ConsolidationProperties properties,
			CrashPoint crashPoint) {
		this.processor = processor;
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
			FileOutcome outcome = processor.process(file.get());
			outcomes.keep(outcome);
			contribution.incrementReadCount();
			contribution.incrementWriteCount(1);
		}
		return RepeatStatus.FINISHED;
	}
}
