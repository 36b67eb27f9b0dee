package cn.gov.district.consolidation.job;

import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identifying parameters of one run: the night ({@code run.date}, Asia/Shanghai) and a
 * sequence number for a second run of the same night that has new files to read.
 *
 * @param runDate the night
 * @param sequence 1 for the night's first run
 */
record RunParameters(LocalDate runDate, long sequence) {

	static final String RUN_DATE = "run.date";

	static final String SEQUENCE = "run.seq";

	JobParameters toJobParameters() {
		return new JobParametersBuilder().addString(RUN_DATE, runDate.toString(), true)
			.addLong(SEQUENCE, sequence, true)
			.toJobParameters();
	}

	static LocalDate runDateOf(JobParameters parameters) {
		return LocalDate.parse(parameters.getString(RUN_DATE));
	}
}
