package io.handover.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Handover runs in production when the bot has an app id ({@code MicrosoftAppId}); the
 * bot endpoint and the API decide the same way. Without one it runs in local mode, open
 * to loopback callers only.
 */
public final class ProductionMode implements Condition {

	public static final String APP_ID = "MicrosoftAppId";

	public static boolean isOn(Environment environment) {
		return StringUtils.hasText(environment.getProperty(APP_ID));
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isOn(context.getEnvironment());
	}

}
