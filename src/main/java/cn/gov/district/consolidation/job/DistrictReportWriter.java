package cn.gov.district.consolidation.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.consolidate.DistrictReport;
import cn.gov.district.consolidation.domain.FileNames;
import cn.gov.district.consolidation.report.CsvExporter;
import cn.gov.district.consolidation.report.DistrictWorkbookWriter;
import cn.gov.district.consolidation.report.ValidationReportWriter;

/**
 * The publish step's writer: the district workbook, its CSV exports and the machine-readable
 * validation report of each period, each written to a temporary file and renamed into place, so
 * a rewrite after a restart replaces them whole. The periods of one chunk are written in
 * parallel (a backfill touches a hundred periods; a night usually one).
 */
@Component
class DistrictReportWriter implements ItemWriter<DistrictReport> {

	private static final Logger log = LoggerFactory.getLogger(DistrictReportWriter.class);

	private static final AtomicInteger THREADS = new AtomicInteger();

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
		List<? extends DistrictReport> reports = chunk.getItems();
		List<Path> written;
		if (reports.size() == 1) {
			written = List.of(writeAlone(reports.get(0)));
		}
		else {
			written = writeInParallel(reports);
		}
		// recorded in the order of the periods, whatever order the threads finished in
		for (Path workbook : written) {
			statistics.recordWritten(FileNames.display(workbook));
			log.info("汇总表已生成：{}", FileNames.display(workbook.toAbsolutePath().normalize()));
		}
	}

	/** The periods of a chunk (one per core) are independent files: each is written on a thread of its own. */
	private List<Path> writeInParallel(List<? extends DistrictReport> reports) {
		ExecutorService pool = Executors.newFixedThreadPool(reports.size(), task -> {
			Thread t = new Thread(task, "workbook-" + THREADS.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<Path>> futures = new ArrayList<>();
			for (DistrictReport report : reports) {
				futures.add(pool.submit(() -> writeOne(report)));
			}
			List<Path> written = new ArrayList<>();
			RuntimeException failure = null;
			// every write is waited for, so none is still under way when the step reports a failure
			for (Future<Path> f : futures) {
				try {
					written.add(f.get());
				}
				catch (ExecutionException e) {
					if (failure == null) {
						failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
					}
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("写汇总表时任务被中断", e);
				}
			}
			if (failure != null) {
				throw failure;
			}
			return written;
		}
		finally {
			pool.shutdown();
		}
	}

	private Path writeOne(DistrictReport report) {
		crashPoint.reached("before-report");
		Path workbook = workbookWriter.write(report, properties.outputDir());
		writeExports(report);
		crashPoint.reached("after-workbook");
		return workbook;
	}

	/**
	 * A chunk of one period (a night's usual case) would leave the second core idle: its CSV exports
	 * and validation report are written on a thread of their own while the workbook is written
	 * (city night: publish step 4.6–4.8 s against 5.0–5.3 s one after the other, bench/RESULTS.md).
	 */
	private Path writeAlone(DistrictReport report) {
		crashPoint.reached("before-report");
		ExecutorService exports = Executors.newSingleThreadExecutor(task -> {
			Thread t = new Thread(task, "exports-" + THREADS.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		try {
			CompletableFuture<Void> exported = CompletableFuture.runAsync(() -> writeExports(report), exports);
			// the exports are waited for either way (join is not interrupted), so nothing is still being
			// written when the step reports; a failed workbook is the failure reported
			Path workbook;
			try {
				workbook = workbookWriter.write(report, properties.outputDir());
			}
			catch (RuntimeException | Error e) {
				exported.handle((done, failure) -> null).join();
				throw e;
			}
			try {
				exported.join();
			}
			catch (CompletionException e) {
				throw e.getCause() instanceof RuntimeException r ? r : e;
			}
			crashPoint.reached("after-workbook");
			return workbook;
		}
		finally {
			exports.shutdown();
		}
	}

	private void writeExports(DistrictReport report) {
		Path dir = DistrictWorkbookWriter.periodDir(report, properties.outputDir());
		csvExporter.export(report, dir);
		validationReportWriter.write(report, dir);
	}

}
