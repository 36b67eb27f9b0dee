package cn.gov.district.consolidation.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SyncTaskExecutor;

/** The ingest step's partitions start largest first, whatever order the splitter's set has. */
class LargestFirstPartitionHandlerTest {

	@Test
	void shouldStartTheLargestPartitionFirst() throws Exception {
		JobExecution job = new JobExecution(1, new JobInstance(1, "job"), new JobParameters());
		Set<StepExecution> partitions = new HashSet<>();
		long[] sizes = { 40_000, 250_000_000, 38_000, 1_200_000, 40_000, 41_000 };
		for (int i = 0; i < sizes.length; i++) {
			StepExecution partition = new StepExecution(i + 1, "readFile:file-" + (i + 1), job);
			partition.getExecutionContext().putLong(FilePartitioner.BYTES, sizes[i]);
			partitions.add(partition);
		}
		List<String> started = new ArrayList<>();
		LargestFirstPartitionHandler handler = new LargestFirstPartitionHandler();
		handler.setTaskExecutor(new SyncTaskExecutor());
		handler.setStep(new Step() {
			@Override
			public String getName() {
				return "readFile";
			}

			@Override
			public void execute(StepExecution stepExecution) {
				started.add(stepExecution.getStepName());
				stepExecution.setStatus(BatchStatus.COMPLETED);
			}
		});

		handler.doHandle(new StepExecution(99, "ingest", job), partitions);

		assertThat(started).containsExactly("readFile:file-2", "readFile:file-4", "readFile:file-6", "readFile:file-1",
				"readFile:file-5", "readFile:file-3");
	}
}
