package cn.gov.district.consolidation.job;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.report.CsvExporter;
import cn.gov.district.consolidation.report.DistrictWorkbookWriter;
import cn.gov.district.consolidation.report.ValidationReportWriter;

/**
 * The report step: the district workbook, its CSV exports and the machine-readable validation
 * report for every consolidated period,
 * each written to a temporary file and renamed into place.
 */
@Component
class ReportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

	private final ConsolidationProperties properties;

	private final RunStatistics statistics;

	private final DistrictWorkbookWriter workbookWriter = new DistrictWorkbookWriter();

	private final CsvExporter csvExporter = new CsvExporter();

	private final ValidationReportWriter validationReportWriter = new ValidationReportWriter();

	private final CrashPoint crashPoint;

	ReportTasklet(ConsolidationProperties properties, RunStatistics statistics, CrashPoint crashPoint) {
		this.properties = properties;
		this.statistics = statistics;
		this.crashPoint = crashPoint;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		crashPoint.reached("before-report");
		for (DistrictReport report : statistics.reports()) {
			Path workbook = workbookWriter.write(report, properties.outputDir());
			csvExporter.export(report, workbook.getParent());
			validationReportWriter.write(report, workbook.getParent());
			statistics.recordWritten(workbook.toString());
			log.info("汇总表已生成：{}", workbook.toAbsolutePath().normalize());
		}
		crashPoint.reached("after-workbook");
		return RepeatStatus.FINISHED;
	}
}
