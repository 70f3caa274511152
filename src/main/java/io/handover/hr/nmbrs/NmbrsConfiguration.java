package io.handover.hr.nmbrs;

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
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.util.StringUtils;

/**
 * Nmbrs is an HR source only where the app's client id and secret, the subscription key,
 * the approval's refresh token and the company are configured.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NmbrsConfiguration.Configured.class)
class NmbrsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NmbrsConfiguration.class);

	@Bean
	NmbrsHrConnector nmbrsHrConnector(NmbrsProperties properties, MongoOperations mongo, Clock clock) {
		NmbrsHrConnector connector = new NmbrsHrConnector(properties, new StoredNmbrsRefreshTokens(mongo, clock),
				clock);
		log.info("HR source Nmbrs: {}", connector);
		return connector;
	}

	static final class Configured implements Condition {

		private static final String[] REQUIRED = { "client-id", "client-secret", "subscription-key", "refresh-token",
				"company-id" };

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			for (String name : REQUIRED) {
				if (!StringUtils.hasText(environment.getProperty("handover.hr.nmbrs." + name))) {
					return false;
				}
			}
			return true;
		}

	}

}
