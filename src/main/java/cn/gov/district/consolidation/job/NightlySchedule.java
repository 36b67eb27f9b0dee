package cn.gov.district.consolidation.job;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.ConsolidationApplication;
import cn.gov.district.consolidation.config.ConsolidationProperties;

/**
 * The {@code --schedule} mode: stays up and runs the job on {@code consolidation.schedule.cron}
 * in the configured zone (Asia/Shanghai). On shutdown (SIGTERM) a running job is asked to stop
 * after its current chunk, so the next run restarts it where it stopped.
 */
@Component
class NightlySchedule implements ApplicationRunner, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

	private final ConsolidationRunner runner;

	private final ConsolidationProperties properties;

	private final JobRepository jobRepository;

	private ThreadPoolTaskScheduler scheduler;

	private volatile boolean running;

	NightlySchedule(ConsolidationRunner runner, ConsolidationProperties properties, JobRepository jobRepository) {
		this.runner = runner;
		this.properties = properties;
		this.jobRepository = jobRepository;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!ConsolidationApplication.scheduleMode(args.getSourceArgs())) {
			return;
		}
		scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("nightly-");
		scheduler.setDaemon(false);
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationSeconds(600);
		scheduler.initialize();
		CronTrigger trigger = new CronTrigger(properties.schedule().cron(), ZoneId.of(properties.schedule().zone()));
		scheduler.schedule(runner::runOnce, trigger);
		running = true;
		log.info("计划任务已启动：{}（{}）", properties.schedule().cron(), properties.schedule().zone());
	}

	@Override
	public void start() {
		// started by run(), only in schedule mode
	}

	@Override
	public void stop() {
		if (scheduler == null) {
			return;
		}
		try {
			askRunningJobsToStop();
		}
		catch (Exception e) {
			log.warn("停止运行中的任务时出错：{}", e.getMessage());
		}
		scheduler.shutdown();
		running = false;
	}

	/**
	 * Marks every running execution of the job STOPPING, which its running step reads when it next
	 * records its progress (after the current chunk or file) and stops. Not JobOperator.stop: Spring
	 * Batch 6.0's also writes the running step's execution from this thread while the step writes it
	 * from its own, and one of the two writes then failed on the row's version (about one stop in
	 * three during the decide step: "This job is now in an unknown state and should not be restarted").
	 */
	void askRunningJobsToStop() {
		for (JobExecution execution : jobRepository.findRunningJobExecutions(ConsolidationJobConfiguration.JOB_NAME)) {
			log.info("收到停止信号，正在让运行中的任务在当前文件处理完后停止");
			execution.setStatus(BatchStatus.STOPPING);
			jobRepository.update(execution);
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
