package io.handover.teams;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Reads the bot's settings ({@link BotSettings#from}) as soon as the configuration is
 * known, so that a production bot that could not authenticate stops before the store is
 * opened and the web server bound, naming the missing setting, instead of after seconds
 * of start-up. Registered in {@code META-INF/spring.factories}; the bean that reads the
 * settings again stays the check for properties added later (tests' dynamic ones).
 */
public final class BotSettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		BotSettings.from(event.getEnvironment());
	}

}
