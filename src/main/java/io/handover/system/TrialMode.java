package io.handover.system;

import java.util.Arrays;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The {@code trial} profile makes the made-up people of the repository's
 * {@code .m365agentsplayground.yml} an Administrator and department staff. That is only
 * harmless where nobody else can reach the bot: in local mode (loopback callers only).
 * With an app id the start-up stops before anything is served, naming the two settings
 * that contradict each other. Registered in {@code META-INF/spring.factories}, so it runs
 * before any bean reads the profile's grants.
 */
public final class TrialMode implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	public static final String PROFILE = "trial";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		check(event.getEnvironment());
	}

	/**
	 * @throws IllegalStateException when the trial profile is active in production mode
	 */
	public static void check(Environment environment) {
		if (isOn(environment) && ProductionMode.isOn(environment)) {
			throw new IllegalStateException("The '" + PROFILE + "' profile grants the Playground's mock people "
					+ "(.m365agentsplayground.yml) Administrator and department rights and runs in local mode only, "
					+ "but " + ProductionMode.APP_ID + " or " + ProductionMode.MODE + "=production is set. "
					+ "Remove '" + PROFILE + "' from spring.profiles.active (SPRING_PROFILES_ACTIVE) in production.");
		}
	}

	public static boolean isOn(Environment environment) {
		return Arrays.asList(environment.getActiveProfiles()).contains(PROFILE);
	}

}
