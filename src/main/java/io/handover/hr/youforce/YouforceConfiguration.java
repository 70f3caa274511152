package io.handover.hr.youforce;

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
 * YouForce is an HR source only where a client id, its secret and the tenant id are
 * configured; its webhook signature is verifiable only where the subscription's key is.
 */
@Configuration(proxyBeanMethods = false)
class YouforceConfiguration {

	private static final Logger log = LoggerFactory.getLogger(YouforceConfiguration.class);

	@Bean
	@Conditional(Configured.class)
	YouforceHrConnector youforceHrConnector(YouforceProperties properties, Clock clock) {
		YouforceHrConnector connector = new YouforceHrConnector(properties, clock);
		log.info("HR source Visma YouForce: {}", connector);
		return connector;
	}

	@Bean
	@Conditional(WebhookKey.class)
	YouforceWebhookSignature youforceWebhookSignature(YouforceProperties properties) {
		return new YouforceWebhookSignature(properties.webhookSignatureKey(), properties.webhookSignatureHeader());
	}

	static final class Configured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			return StringUtils.hasText(environment.getProperty("handover.hr.youforce.client-id"))
					&& StringUtils.hasText(environment.getProperty("handover.hr.youforce.client-secret"))
					&& StringUtils.hasText(environment.getProperty("handover.hr.youforce.tenant-id"));
		}

	}

	static final class WebhookKey implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils
				.hasText(context.getEnvironment().getProperty("handover.hr.youforce.webhook-signature-key"));
		}

	}

}
