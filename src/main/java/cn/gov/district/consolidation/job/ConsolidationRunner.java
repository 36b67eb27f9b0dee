package cn.gov.district.consolidation.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.ConsolidationApplication;
import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.intake.DropFolderScanner;
import cn.gov.district.consolidation.intake.RunDate;
import cn.gov.district.consolidation.intake.RunLock;
import cn.gov.district.consolidation.store.JdbcSubmissionStore;

/**
 * Runs the job once at start-up (unless {@code --schedule}) and remembers the exit code. Runs
 * under the run lock ({@link ProcessRunLock} took it before the database opened; without it, the
 * runner takes it itself); recovers an execution that a killed process left {@code STARTED},
 * then restarts the night's failed instance. Thread-safe: runs are serialized.
 */
@Component
class ConsolidationRunner implements ApplicationRunner, ExitCodeGenerator {

	/** Exit code when another process holds the run lock. */
	static final int EXIT_LOCKED = 3;

	/** Exit code when the job itself failed. */
	static final int EXIT_FAILED = 1;

	private static final Logger log = LoggerFactory.getLogger(ConsolidationRunner.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final ConsolidationProperties properties;

	private final JdbcSubmissionStore store;

	private final RunStatistics statistics;

	private final Clock clock;

	private final AtomicInteger exitCode = new AtomicInteger();

	ConsolidationRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, ConsolidationProperties properties,
			JdbcSubmissionStore store, RunStatistics statistics, Clock clock) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.properties = properties;
		this.store = store;
		this.statistics = statistics;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (ConsolidationApplication.scheduleMode(args.getSourceArgs())) {
			return;
		}
		exitCode.set(runOnce());
	}

	@Override
	public int getExitCode() {
		return exitCode.get();
	}

	/** One run of the night, under the run lock; returns the process exit code. */
	synchronized int runOnce() {
		try {
			Files.createDirectories(properties.dataDir());
			Path lockFile = properties.dataDir().resolve(ProcessRunLock.LOCK_FILE);
			if (RunLock.isHeldByThisProcess(lockFile)) {
				// taken at start-up by ProcessRunLock, before the database was opened
				return launch(RunDate.of(clock));
			}
			Optional<RunLock> lock = RunLock.tryAcquire(lockFile);
			if (lock.isEmpty()) {
				log.error(RunLock.describeHolder(lockFile));
				return EXIT_LOCKED;
			}
			try (RunLock held = lock.get()) {
				return launch(RunDate.of(clock));
			}
		}
		catch (Exception e) {
			log.error("汇总任务运行失败：{}", e.getMessage(), e);
			return EXIT_FAILED;
		}
	}

	private int launch(LocalDate runDate) throws Exception {
		for (long seq = 1;; seq++) {
			JobParameters parameters = new RunParameters(runDate, seq).toJobParameters();
			JobExecution last;
			try {
				last = jobRepository.getLastJobExecution(job.getName(), parameters);
			}
			catch (EmptyResultDataAccessException e) {
				// an instance with no execution at all (a process killed between creating the two); Spring
				// Batch 6.0.2 cannot look it up (spring-batch#5389), so the night goes on under the next number
				log.warn("{} 第{}次运行的记录不完整，改用下一个序号继续", runDate, seq);
				continue;
			}
			if (last == null) {
				return execute(parameters);
			}
			BatchStatus status = last.getStatus();
			if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
				continue;
			}
			if (status.isRunning()) {
				// we hold the run lock, so the process that left it STARTED is gone
				log.warn("发现上次运行（{}）异常中断，正在恢复并继续", last.getId());
				jobOperator.recover(last);
			}
			log.info("继续完成 {} 第{}次运行", runDate, seq);
			return execute(parameters);
		}
	}

	private int execute(JobParameters parameters) throws Exception {
		long seq = parameters.getLong(RunParameters.SEQUENCE);
		if (seq > 1 && !hasWork()) {
			log.info("今晚的汇总已完成，输入目录中没有新文件");
			return 0;
		}
		statistics.reset();
		JobExecution execution = jobOperator.start(job, parameters);
		log.info("汇总任务结束：{}", execution.getStatus());
		return execution.getStatus() == BatchStatus.COMPLETED ? 0 : EXIT_FAILED;
	}

	private boolean hasWork() throws IOException {
		if (!store.decidedNotMoved(properties.inputDir()).isEmpty() || !store.pending(properties.inputDir()).isEmpty()) {
			return true;
		}
		return Files.isDirectory(properties.inputDir())
				&& !new DropFolderScanner(properties.settle()).scan(properties.inputDir()).files().isEmpty();
	}
}
