package cn.gov.district.consolidation.job;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.store.JdbcSubmissionStore;

/**
 * The ingest step's reader: the registered files not yet decided, oldest first. Restart needs
 * no saved position: a decided file is no longer pending. Not thread-safe (one step, one thread).
 */
@Component
class PendingFileReader implements ItemStreamReader<InputFile> {

	private final JdbcSubmissionStore store;

	private final ConsolidationProperties properties;

	private final CrashPoint crashPoint;

	private final Deque<InputFile> queue = new ArrayDeque<>();

	/** Files whose commit the crash point has already been told of. */
	private int reported;

	private int handedOut;

	PendingFileReader(JdbcSubmissionStore store, ConsolidationProperties properties, CrashPoint crashPoint) {
		this.store = store;
		this.properties = properties;
		this.crashPoint = crashPoint;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		crashPoint.reached("after-discover");
		queue.clear();
		handedOut = 0;
		queue.addAll(store.pending(properties.inputDir()));
	}

	@Override
	public InputFile read() {
		if (handedOut > 0 && handedOut % ConsolidationJobConfiguration.FILES_PER_CHUNK == 0) {
			// the first read of a chunk: the previous chunk, and every file in it, has committed
			for (int n = reported + 1; n <= handedOut; n++) {
				crashPoint.reached("stored:" + n);
			}
			reported = handedOut;
		}
		InputFile next = queue.poll();
		if (next != null) {
			handedOut++;
		}
		return next;
	}

	@Override
	public void close() {
		queue.clear();
	}
}
