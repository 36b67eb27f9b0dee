package cn.gov.district.consolidation.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import cn.gov.district.consolidation.config.ConsolidationProperties;
import cn.gov.district.consolidation.domain.InputFile;
import cn.gov.district.consolidation.store.StagedOutcomes;

/**
 * The partitions of the ingest step: one per file registered and not yet read, named
 * {@code file-<id>}, oldest first. Asked again on a restart, it leaves out what the stopped run
 * already read (its outcome is kept, see {@link StagedOutcomes}), so no file is read twice and
 * none is missed; the grid size is ignored (the task executor bounds how many files are read at
 * once). Thread-safe.
 */
@Component
class FilePartitioner implements Partitioner {

	/** The id of the partition's file in its step execution context. */
	static final String FILE_ID = "file.id";

	/** The file's name, for whoever reads the job repository. */
	static final String FILE_NAME = "file.name";

	private final StagedOutcomes outcomes;

	private final ConsolidationProperties properties;

	private final CrashPoint crashPoint;

	FilePartitioner(StagedOutcomes outcomes, ConsolidationProperties properties, CrashPoint crashPoint) {
		this.outcomes = outcomes;
		this.properties = properties;
		this.crashPoint = crashPoint;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		crashPoint.reached("after-discover");
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (InputFile file : outcomes.unread(properties.inputDir())) {
			ExecutionContext context = new ExecutionContext();
			context.putLong(FILE_ID, file.id());
			context.putString(FILE_NAME, file.fileName());
			partitions.put("file-" + file.id(), context);
		}
		return partitions;
	}
}
