package io.handover.enrolment;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Apple Business when an API account is configured, else the dry run (which says so once
 * at start-up, and on every task it records).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppleBusinessProperties.class)
class EnrolmentConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EnrolmentConfiguration.class);

	@Bean
	DeviceEnrolment deviceEnrolment(AppleBusinessProperties properties, Clock clock) {
		if (!properties.configured()) {
			log.info("No Apple Business API account configured (handover.apple-business.client-id, key-id, "
					+ "private-key, mdm-server-id): Apple devices are enrolled dry, each task shows the requests");
			return new DryRunEnrolment(properties);
		}
		return new AppleBusinessEnrolment(properties, clock);
	}

}
