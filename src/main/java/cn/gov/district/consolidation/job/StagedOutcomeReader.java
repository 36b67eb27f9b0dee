package cn.gov.district.consolidation.job;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.store.StagedOutcomes;
import cn.gov.district.consolidation.validate.FileOutcome;

/**
 * The decide step's reader: the outcomes the ingest step kept, in discovery order, each loaded
 * when it is read (a long export's outcome names 25,000 submissions). Restart needs no saved
 * position: a decided file has no outcome kept any more. Not thread-safe (one step, one thread).
 */
@Component
class StagedOutcomeReader implements ItemStreamReader<FileOutcome> {

	private final StagedOutcomes outcomes;

	private final ConsolidationProperties properties;

	private final CrashPoint crashPoint;

	private final Deque<InputFile> queue = new ArrayDeque<>();

	/** Files whose commit the crash point has already been told of. */
	private int reported;

	private int handedOut;

	StagedOutcomeReader(StagedOutcomes outcomes, ConsolidationProperties properties, CrashPoint crashPoint) {
		this.outcomes = outcomes;
		this.properties = properties;
		this.crashPoint = crashPoint;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		crashPoint.reached("before-decide");
		queue.clear();
		handedOut = 0;
		reported = 0;
		queue.addAll(outcomes.waiting(properties.inputDir()));
	}

	@Override
	public FileOutcome read() {
		if (handedOut > 0 && handedOut % ConsolidationJobConfiguration.DECISIONS_PER_CHUNK == 0) {
			// the first read of a chunk: the previous chunk, and every decision in it, has committed
			for (int n = reported + 1; n <= handedOut; n++) {
				crashPoint.reached("stored:" + n);
			}
			reported = handedOut;
		}
		while (!queue.isEmpty()) {
			InputFile next = queue.poll();
			// kept when the step opened; only this step deletes it, so it is there unless the file was decided meanwhile
			var outcome = outcomes.of(next);
			if (outcome.isPresent()) {
				handedOut++;
				return outcome.get();
			}
		}
		return null;
	}

	@Override
	public void close() {
		queue.clear();
	}
}
