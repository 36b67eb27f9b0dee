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

	/**
	 * Turns off H2's shared cache of values ({@code h2.objectCache}) unless the command line sets it:
	 * it looks every value made up in a table to share equal ones, which pays off for the few values
	 * a query repeats, not for the million distinct numbers an export stages (hashing and comparing
	 * them was 7.6 % of the staging thread's time in a profile; bench/RESULTS.md). Read once, when H2's
	 * classes load, so it is set before the application starts.
	 */
	static void noValueCache() {
		if (System.getProperty("h2.objectCache") == null) {
			System.setProperty("h2.objectCache", "false");
		}
	}

	/** Whether the command line asks for the schedule mode. */
	public static boolean scheduleMode(String... args) {
		return Arrays.asList(args).contains(SCHEDULE_OPTION);
	}

	public static void main(String[] args) {
		noValueCache();
		ConfigurableApplicationContext context = SpringApplication.run(ConsolidationApplication.class, args);
		if (!scheduleMode(args)) {
			System.exit(SpringApplication.exit(context));
		}
	}
}
