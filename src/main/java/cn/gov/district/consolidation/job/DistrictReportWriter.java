package cn.gov.district.consolidation.job;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.report.CsvExporter;
import cn.gov.district.consolidation.report.DistrictWorkbookWriter;
import cn.gov.district.consolidation.report.ValidationReportWriter;

/**
 * The publish step's writer: the district workbook, its CSV exports and the machine-readable
 * validation report of each period, each written to a temporary file and renamed into place, so
 * a rewrite after a restart replaces them whole.
 */
@Component
class DistrictReportWriter implements ItemWriter<DistrictReport> {

	private static final Logger log = LoggerFactory.getLogger(DistrictReportWriter.class);

	private final ConsolidationProperties properties;

	private final RunStatistics statistics;

	private final CrashPoint crashPoint;

	private final DistrictWorkbookWriter workbookWriter = new DistrictWorkbookWriter();

	private final CsvExporter csvExporter = new CsvExporter();

	private final ValidationReportWriter validationReportWriter = new ValidationReportWriter();

	DistrictReportWriter(ConsolidationProperties properties, RunStatistics statistics, CrashPoint crashPoint) {
		this.properties = properties;
		this.statistics = statistics;
		this.crashPoint = crashPoint;
	}

	@Override
	public void write(Chunk<? extends DistrictReport> chunk) {
		for (DistrictReport report : chunk) {
			crashPoint.reached("before-report");
			Path workbook = workbookWriter.write(report, properties.outputDir());
			csvExporter.export(report, workbook.getParent());
			validationReportWriter.write(report, workbook.getParent());
			statistics.recordWritten(workbook.toString());
			log.info("汇总表已生成：{}", workbook.toAbsolutePath().normalize());
			crashPoint.reached("after-workbook");
		}
	}

}
