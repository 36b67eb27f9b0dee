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
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.intake.Fingerprint;
import cn.gov.district.consolidation.store.OutcomeWriter;
import cn.gov.district.consolidation.validate.FileOutcome;

/**
 * The consolidation job, built step by step in the order the data flows:
 * <ol>
 * <li>{@code discover}: find the settled files in the input folder, fingerprint them, register
 * new ones (a file seen before by content is a duplicate);</li>
 * <li>{@code ingest}: the files registered and not yet read, a partition each (small files share
 * one beyond 8 per core, {@link FilePartitioner}), one file per core at a time, the largest first:
 * each is read, normalized, validated and staged, and its outcome kept ({@link ReadFileTasklet});</li>
 * <li>{@code decide}: the kept outcomes in discovery order (reader), each file's decision
 * finalized (writer), so that a resubmission's higher version follows the order the files came
 * in, whichever partition finished first;</li>
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

	/** Files read at once by the ingest step's partitions: one per core (each file has its own readers). */
	static final int FILES_AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors());

	/**
	 * Decisions committed together by the decide step: a crash leaves none of them half-made, and
	 * redoes at most this many. Each commit is a write of the embedded database's file: deciding
	 * the city night's 500 workbooks took 0.68-1.02 s two at a time, 0.41-0.57 s eight at a time.
	 * Eight outcomes of long exports would hold some 30 MB (an estimate: 25,000 submissions each,
	 * about 150 bytes a submission with its strings).
	 */
	static final int DECISIONS_PER_CHUNK = 8;

	/** Periods consolidated and written at once by the publish step: one per core. */
	static final int PERIODS_PER_CHUNK = FILES_AT_ONCE;

	@Bean
	Job districtConsolidationJob(JobRepository jobRepository, Step discoverStep, Step ingestStep, Step decideStep,
			Step publishStep, Step archiveStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(discoverStep)
			.next(ingestStep)
			.next(decideStep)
			.next(publishStep)
			.next(archiveStep)
			.build();
	}

	/**
	 * The content hashes of a run, shared by the steps that ask for them (discovery, reading, moving):
	 * a file unchanged since one of them hashed it is not read again ({@link Fingerprint}).
	 */
	@Bean
	Fingerprint fingerprint() {
		return new Fingerprint();
	}

	@Bean
	Step discoverStep(JobRepository jobRepository, PlatformTransactionManager tx, DiscoverTasklet tasklet) {
		return new StepBuilder("discover", jobRepository).tasklet(tasklet, tx).allowStartIfComplete(true).build();
	}

	@Bean
	Step ingestStep(JobRepository jobRepository, FilePartitioner partitioner, Step readFileStep) {
		// a partition per file (small files share one beyond 8 per thread), FILES_AT_ONCE of them running at
		// a time, the largest first: a thread that is done with its partition takes the next one, whatever
		// the size of the file beside it
		LargestFirstPartitionHandler handler = new LargestFirstPartitionHandler();
		handler.setStep(readFileStep);
		handler.setTaskExecutor(threads("ingest-", FILES_AT_ONCE));
		handler.setGridSize(FILES_AT_ONCE);
		return new StepBuilder("ingest", jobRepository).partitioner(readFileStep.getName(), partitioner)
			.partitionHandler(handler)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	Step readFileStep(JobRepository jobRepository, PlatformTransactionManager tx, ReadFileTasklet tasklet) {
		// run again whenever the partitioner names its file again: the tasklet itself skips a file already read
		return new StepBuilder("readFile", jobRepository).tasklet(tasklet, tx).allowStartIfComplete(true).build();
	}

	@Bean
	Step decideStep(JobRepository jobRepository, PlatformTransactionManager tx, StagedOutcomeReader reader,
			OutcomeWriter writer) {
		return new StepBuilder("decide", jobRepository).<FileOutcome, FileOutcome>chunk(DECISIONS_PER_CHUNK)
			.transactionManager(tx)
			.reader(reader)
			.writer(writer)
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
