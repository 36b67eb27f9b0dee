package cn.gov.district.consolidation.job;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.store.JdbcStagingArea;
import cn.gov.district.consolidation.validate.StagingArea;
import cn.gov.district.consolidation.validate.StagingBatch;

/**
 * The store's staging area with the crash point {@code staged:N}: the N-th staging batch of the
 * run has been stored (committed) and the file it belongs to is not decided yet, the moment a
 * killed run leaves provisional rows behind. Present only when a crash point is configured
 * ({@code consolidation.test.halt-at}, the kill tests), so a normal run uses the store's
 * staging area directly. Thread-safe.
 */
@Component
@Primary
@ConditionalOnProperty(name = "consolidation.test.halt-at")
class CrashPointStagingArea implements StagingArea {

	private final JdbcStagingArea store;

	private final CrashPoint crashPoint;

	private final AtomicInteger batches = new AtomicInteger();

	CrashPointStagingArea(JdbcStagingArea store, CrashPoint crashPoint) {
		this.store = store;
		this.crashPoint = crashPoint;
	}

	@Override
	public void reset(InputFile file) {
		store.reset(file);
	}

	@Override
	public void stage(InputFile file, List<StagingBatch.Part> parts) {
		store.stage(file, parts);
		crashPoint.reached("staged:" + batches.incrementAndGet());
	}

	@Override
	public void dropIndicator(long draftId, String indicatorCode) {
		store.dropIndicator(draftId, indicatorCode);
	}
}
