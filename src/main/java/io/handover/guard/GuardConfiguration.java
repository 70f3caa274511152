package io.handover.guard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The pass system the guard observes: the configured REST system, or none (every badge
 * question then answers that physical access cannot be observed).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GuardProperties.class)
class GuardConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GuardConfiguration.class);

	@Bean
	PassSystem passSystem(GuardProperties properties) {
		GuardProperties.PassSystemSettings settings = properties.passSystem();
		if (!StringUtils.hasText(settings.url())) {
			log.info("No pass system configured (handover.guard.pass-system.url): badges are not observable");
			return (upn, employeeId) -> {
				throw new PassSystem.Unobservable(
						"No pass system is configured (handover.guard.pass-system.url): badges cannot be observed");
			};
		}
		return new HttpPassSystem(settings.url(), settings.token(), settings.timeout());
	}

}
