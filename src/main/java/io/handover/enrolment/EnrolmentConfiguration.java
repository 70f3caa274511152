package io.handover.enrolment;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Apple Business when an API account is configured, else the dry run (which says so once
 * at start-up, and on every task it records). A configured account whose private key
 * cannot be used is reported at start-up and on every Apple device's task.
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
		String problem = keyProblem(properties.privateKey());
		if (problem != null) {
			log.error(
					"Apple Business API account {} cannot be used: {}. Handover runs on; each Apple device's task is "
							+ "blocked with this until the key is fixed and Handover restarted",
					properties.clientId(), problem);
			return new MisconfiguredEnrolment(properties, problem);
		}
		return new AppleBusinessEnrolment(properties, clock);
	}

	/** What is wrong with the configured private key, or null; never the key itself. */
	static String keyProblem(String privateKey) {
		String key = privateKey.strip();
		if (key.startsWith("@Microsoft.KeyVault(")) {
			return "its private key is a Key Vault reference that did not resolve (is the secret "
					+ "apple-business-private-key set, and may the web app's identity read it?)";
		}
		try {
			ClientAssertion.parse(key);
			return null;
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
	}

}
