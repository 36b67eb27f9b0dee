package cn.gov.district.consolidation.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.consolidate.DistrictConsolidator;
import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.domain.ReportingPeriod;
import cn.gov.district.consolidation.store.JdbcSubmissionStore;

/**
 * The consolidate step: district figures for every period that tonight's files touched.
 */
@Component
class ConsolidateTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ConsolidateTasklet.class);

	private final JdbcSubmissionStore store;

	private final DistrictConsolidator consolidator;

	private final RunStatistics statistics;

	ConsolidateTasklet(JdbcSubmissionStore store, DistrictConsolidator consolidator, RunStatistics statistics) {
		this.store = store;
		this.consolidator = consolidator;
		this.statistics = statistics;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		LocalDate runDate = RunParameters.runDateOf(chunkContext.getStepContext().getStepExecution().getJobParameters());
		List<DistrictReport> reports = new ArrayList<>();
		for (ReportingPeriod period : store.periodsTouchedOn(runDate)) {
			DistrictReport report = consolidator.consolidate(period, runDate);
			log.info("{}{}：已汇总 {}/{} 个街道", report.district(), period.label(), report.submittedCount(),
					report.streets().size());
			reports.add(report);
		}
		if (reports.isEmpty()) {
			log.info("本次没有新的有效报送，无需重新汇总");
		}
		statistics.recordReports(reports);
		return RepeatStatus.FINISHED;
	}
}
