package cn.gov.district.consolidation.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.intake.ScanResult;

/**
 * What the steps of the current run hand on to each other in memory: the files left in the
 * input folder and the workbooks written. Every step that fills it
 * re-runs on a restart, so nothing here needs to survive a crash. Used by one job at a time
 * (the run lock guarantees it); access is synchronized.
 */
@Component
class RunStatistics {

	private final List<ScanResult.Skipped> skipped = new ArrayList<>();

	private final List<String> written = new ArrayList<>();

	synchronized void reset() {
		skipped.clear();
		written.clear();
	}

	synchronized void recordSkipped(List<ScanResult.Skipped> files) {
		skipped.clear();
		skipped.addAll(files);
	}

	synchronized List<ScanResult.Skipped> skipped() {
		return List.copyOf(skipped);
	}

	synchronized void recordWritten(String path) {
		written.add(path);
	}

	synchronized List<String> written() {
		return List.copyOf(written);
	}
}
