package cn.gov.district.consolidation.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock of the job: Beijing time, whatever the machine's zone. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** The district's time zone. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZONE);
	}
}
