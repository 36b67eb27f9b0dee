package cn.gov.district.consolidation;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point. Without arguments the job runs once over the input folder and the process
 * exits (0 when the job completed, non-zero when the job itself failed); with
 * {@code --schedule} it stays up and runs on the configured cron.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConsolidationApplication {

	/** The command line switch for the nightly schedule mode. */
	public static final String SCHEDULE_OPTION = "--schedule";

	/** Whether the command line asks for the schedule mode. */
	public static boolean scheduleMode(String... args) {
		return Arrays.asList(args).contains(SCHEDULE_OPTION);
	}

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(ConsolidationApplication.class, args);
		if (!scheduleMode(args)) {
			System.exit(SpringApplication.exit(context));
		}
	}
}
