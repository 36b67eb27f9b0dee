package cn.gov.district.consolidation.job;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.store.JdbcSubmissionStore;

/**
 * The publish step's reader: every period that tonight's files touched, oldest first. A restart
 * recomputes the list (publishing is idempotent: workbooks are replaced whole). Not thread-safe
 * (one step, one thread).
 */
@Component
class TouchedPeriodReader implements org.springframework.batch.infrastructure.item.ItemReader<ReportingPeriod>,
		StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(TouchedPeriodReader.class);

	private final JdbcSubmissionStore store;

	private final Deque<ReportingPeriod> queue = new ArrayDeque<>();

	TouchedPeriodReader(JdbcSubmissionStore store) {
		this.store = store;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		LocalDate runDate = RunParameters.runDateOf(stepExecution.getJobParameters());
		queue.clear();
		queue.addAll(store.periodsTouchedOn(runDate));
		if (queue.isEmpty()) {
			log.info("本次没有新的有效报送，无需重新汇总");
		}
	}

	@Override
	public ReportingPeriod read() {
		return queue.poll();
	}
}
