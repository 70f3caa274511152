package io.handover.hr.afas;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * AFAS Profit is an HR source only where a token and an environment (or a base URL) are
 * configured; otherwise no bean exists and the sync does not know AFAS.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(AfasConfiguration.Configured.class)
class AfasConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AfasConfiguration.class);

	@Bean
	AfasHrConnector afasHrConnector(AfasProperties properties, Clock clock) {
		AfasHrConnector connector = new AfasHrConnector(properties, clock);
		log.info("HR source AFAS Profit: {}", connector);
		return connector;
	}

	static final class Configured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			return StringUtils.hasText(environment.getProperty("handover.hr.afas.token"))
					&& (StringUtils.hasText(environment.getProperty("handover.hr.afas.environment"))
							|| StringUtils.hasText(environment.getProperty("handover.hr.afas.base-url")));
		}

	}

}
