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

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(ConsolidationApplication.class, args);
		if (!Arrays.asList(args).contains(SCHEDULE_OPTION)) {
			System.exit(SpringApplication.exit(context));
		}
	}
}
