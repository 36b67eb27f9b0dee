package cn.gov.district.consolidation.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.StepExecution;

/**
 * Hands the ingest step's partitions to its threads largest first (by the bytes of their files,
 * {@link FilePartitioner#BYTES}), instead of in the order of a hash set: a night with a long
 * export among its workbooks starts reading the export at once, and the small files fill the other
 * thread and then the gaps, rather than the export being left to read alone at the end.
 */
final class LargestFirstPartitionHandler extends TaskExecutorPartitionHandler {

	static final Comparator<StepExecution> LARGEST_FIRST = Comparator
		.comparingLong((StepExecution e) -> e.getExecutionContext().getLong(FilePartitioner.BYTES, 0))
		.reversed()
		.thenComparing(StepExecution::getStepName);

	@Override
	protected Set<StepExecution> doHandle(StepExecution managerStepExecution, Set<StepExecution> partitionStepExecutions)
			throws Exception {
		List<StepExecution> ordered = new ArrayList<>(partitionStepExecutions);
		ordered.sort(LARGEST_FIRST);
		return super.doHandle(managerStepExecution, new LinkedHashSet<>(ordered));
	}
}
