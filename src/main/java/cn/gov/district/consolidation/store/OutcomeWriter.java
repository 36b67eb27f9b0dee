package cn.gov.district.consolidation.store;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.validate.FileOutcome;

/**
 * The decide step's writer: stores each file's decision, submissions and findings. Idempotent
 * per file, so a chunk retried after a crash stores the same rows once.
 */
@Component
public class OutcomeWriter implements ItemWriter<FileOutcome> {

	private final JdbcSubmissionStore store;

	public OutcomeWriter(JdbcSubmissionStore store) {
		this.store = store;
	}

	@Override
	public void write(Chunk<? extends FileOutcome> chunk) {
		for (FileOutcome outcome : chunk) {
			store.save(outcome);
		}
	}
}
