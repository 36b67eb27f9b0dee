package cn.gov.district.consolidation.job;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.consolidate.DistrictConsolidator;
import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.domain.ReportingPeriod;

/**
 * The publish step's processor: the district figures of one period by each indicator's rule.
 * One period at a time, so a backfill of many years never holds more than one report.
 */
@Component
class ConsolidatingProcessor implements ItemProcessor<ReportingPeriod, DistrictReport>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ConsolidatingProcessor.class);

	private final DistrictConsolidator consolidator;

	private LocalDate runDate;

	ConsolidatingProcessor(DistrictConsolidator consolidator) {
		this.consolidator = consolidator;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		runDate = RunParameters.runDateOf(stepExecution.getJobParameters());
	}

	@Override
	public DistrictReport process(ReportingPeriod period) {
		DistrictReport report = consolidator.consolidate(period, runDate);
		log.info("{}{}：已汇总 {}/{} 个街道", report.district(), period.label(), report.submittedCount(),
				report.streets().size());
		return report;
	}
}
