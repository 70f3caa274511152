package io.handover.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Handover runs in production when the bot has an app id ({@code MicrosoftAppId}, or
 * {@code handover.bot.mode=production}); the bot endpoint and the API decide the same
 * way. Without one it runs in local mode, open to loopback callers only.
 */
public final class ProductionMode implements Condition {

	public static final String APP_ID = "MicrosoftAppId";

	/**
	 * {@code auto} (production iff an app id is set), {@code local} or
	 * {@code production}.
	 */
	public static final String MODE = "handover.bot.mode";

	public static boolean isOn(Environment environment) {
		String mode = environment.getProperty(MODE, "auto").trim().toLowerCase(java.util.Locale.ROOT);
		return switch (mode) {
			case "production" -> true;
			case "local" -> false;
			case "auto" -> StringUtils.hasText(environment.getProperty(APP_ID));
			default -> throw new IllegalStateException(MODE + " must be auto, local or production, not '" + mode + "'");
		};
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isOn(context.getEnvironment());
	}

}
