package cn.gov.district.consolidation.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.store.OutcomeWriter;
import cn.gov.district.consolidation.validate.FileOutcome;
import cn.gov.district.consolidation.validate.SubmissionFileProcessor;

/**
 * The consolidation job, built step by step in the order the data flows:
 * <ol>
 * <li>{@code discover}: find the settled files in the input folder, fingerprint them, register
 * new ones (a file seen before by content is a duplicate);</li>
 * <li>{@code ingest}: the pending files (reader), each read, normalized, validated and staged
 * (processor, one file per core in parallel), their decisions finalized (writer);</li>
 * <li>{@code publish}: per period that tonight's files touched, one at a time, the district
 * figures by each indicator's rule (processor) and the district workbook, its CSV exports and
 * the validation report (writer), one period per core in parallel;</li>
 * <li>{@code archive}: move every decided file to the archive or the rejected folder (with its
 * error workbook) and write the run report.</li>
 * </ol>
 * Every step is restartable: a run killed anywhere is completed by the next run of the same
 * night.
 */
@Configuration(proxyBeanMethods = false)
class ConsolidationJobConfiguration {

	static final String JOB_NAME = "districtConsolidationJob";

	/**
	 * Files read concurrently and committed together: one per core. The readers are not shared
	 * (each file gets its own), and the writer finalizes the files of a chunk one after the other.
	 */
	static final int FILES_PER_CHUNK = Math.max(1, Runtime.getRuntime().availableProcessors());

	/** Periods consolidated and written at once by the publish step: one per core. */
	static final int PERIODS_PER_CHUNK = FILES_PER_CHUNK;

	@Bean
	Job districtConsolidationJob(JobRepository jobRepository, Step discoverStep, Step ingestStep, Step publishStep,
			Step archiveStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(discoverStep)
			.next(ingestStep)
			.next(publishStep)
			.next(archiveStep)
			.build();
	}

	@Bean
	Step discoverStep(JobRepository jobRepository, PlatformTransactionManager tx, DiscoverTasklet tasklet) {
		return new StepBuilder("discover", jobRepository).tasklet(tasklet, tx).allowStartIfComplete(true).build();
	}

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager tx, PendingFileReader reader,
			SubmissionFileProcessor processor, OutcomeWriter writer) {
		// the files of a chunk are read in parallel (item-level concurrency, one file per core); their
		// decisions are written and committed together, so a crash leaves none of them half-decided
		return new StepBuilder("ingest", jobRepository).<InputFile, FileOutcome>chunk(FILES_PER_CHUNK)
			.transactionManager(tx)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.taskExecutor(threads("ingest-", FILES_PER_CHUNK))
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager tx, TouchedPeriodReader reader,
			ConsolidatingProcessor processor, DistrictReportWriter writer) {
		// one period per core and chunk, consolidated and written in parallel: a backfill of many years
		// holds no more than that many reports in memory
		return new StepBuilder("publish", jobRepository).<ReportingPeriod, DistrictReport>chunk(PERIODS_PER_CHUNK)
			.transactionManager(tx)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.taskExecutor(threads("publish-", PERIODS_PER_CHUNK))
			.listener(reader)
			.listener(processor)
			.allowStartIfComplete(true)
			.build();
	}

	/** Runs the items of a chunk concurrently, at most {@code limit} at once, on threads named {@code prefix}N. */
	private static SimpleAsyncTaskExecutor threads(String prefix, int limit) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(prefix);
		executor.setConcurrencyLimit(limit);
		return executor;
	}

	@Bean
	Step archiveStep(JobRepository jobRepository, PlatformTransactionManager tx, ArchiveTasklet tasklet) {
		return new StepBuilder("archive", jobRepository).tasklet(tasklet, tx).allowStartIfComplete(true).build();
	}
}
