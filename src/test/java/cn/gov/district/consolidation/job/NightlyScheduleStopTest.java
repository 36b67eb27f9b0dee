package cn.gov.district.consolidation.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * What the schedule does to a running job on SIGTERM, on the real job repository: it marks the job
 * STOPPING and leaves the running step's execution to the step. Spring Batch 6.0's JobOperator.stop
 * also wrote the step's execution from the stopping thread and marked the job STOPPED at once; the
 * step's own next write then raced it on the row's version (ConsolidationJobKillTest failed so in
 * about one run in three).
 */
class NightlyScheduleStopTest {

	@TempDir
	Path dir;

	@Test
	void shouldMarkTheJobStoppingAndLeaveTheRunningStepToItsOwnThread() throws Exception {
		JdbcDataSource ds = new JdbcDataSource();
		ds.setURL("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
		ds.setUser("sa");
		Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
		JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
		factory.setDataSource(ds);
		factory.setTransactionManager(new DataSourceTransactionManager(ds));
		factory.afterPropertiesSet();
		JobRepository repository = factory.getObject();
		JobParameters parameters = new JobParameters();
		JobInstance instance = repository.createJobInstance(ConsolidationJobConfiguration.JOB_NAME, parameters);
		JobExecution job = repository.createJobExecution(instance, parameters, new ExecutionContext());
		job.setStatus(BatchStatus.STARTED);
		job.setStartTime(LocalDateTime.now());
		repository.update(job);
		StepExecution decide = repository.createStepExecution("decide", job);
		decide.setStatus(BatchStatus.STARTED);
		decide.setStartTime(LocalDateTime.now());
		repository.update(decide);
		int versionBefore = decide.getVersion();

		new NightlySchedule(null, null, repository).askRunningJobsToStop();

		JobExecution stopped = repository.getJobExecution(job.getId());
		assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPING);
		assertThat(stopped.getEndTime()).as("still running until its step stops").isNull();
		assertThat(repository.getStepExecution(decide.getId()).getVersion()).as("the step's row, untouched").isEqualTo(versionBefore);
		// the step records its progress with the execution it holds: no version conflict, and it is told to stop
		decide.setCommitCount(1);
		repository.update(decide);
		assertThat(decide.isTerminateOnly()).isTrue();
	}
}
