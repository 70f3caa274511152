package io.handover.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in the organisation's time zone; tests replace it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${handover.time-zone:Europe/Amsterdam}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
