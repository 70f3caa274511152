package io.handover.system;

import io.handover.HandoverApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trial profile makes the Playground's made-up people an Administrator and department
 * staff: a deployment that switched it on by mistake must not start, so nobody on the
 * internet can become "Maria Jansen, Administrator".
 */
class TrialModeTests {

	@Test
	void aServiceWithABotAppIdRefusesToStartWithTheTrialProfileAndSaysWhy() {
		SpringApplicationBuilder production = new SpringApplicationBuilder(HandoverApplication.class)
			.profiles(TrialMode.PROFILE)
			.properties("MicrosoftAppId=test-app-id", "MicrosoftAppPassword=unused", "server.port=0",
					"handover.store.embedded.in-memory=true");

		assertThatThrownBy(production::run).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("'trial' profile")
			.hasMessageContaining("local mode only")
			.hasMessageContaining("MicrosoftAppId");
	}

	@Test
	void productionModeByItsSwitchIsRefusedToo() {
		MockEnvironment environment = new MockEnvironment().withProperty(ProductionMode.MODE, "production");
		environment.setActiveProfiles("trial");

		assertThatThrownBy(() -> TrialMode.check(environment)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("handover.bot.mode=production");
	}

	@Test
	void localModeRunsTheTrial() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("trial");

		assertThatCode(() -> TrialMode.check(environment)).doesNotThrowAnyException();
	}

	@Test
	void localModeForcedWhileAnAppIdIsSetRunsTheTrialOnLoopbackOnly() {
		MockEnvironment environment = new MockEnvironment().withProperty(ProductionMode.APP_ID, "an-app-id")
			.withProperty(ProductionMode.MODE, "local");
		environment.setActiveProfiles("trial");

		// handover.bot.mode=local answers loopback callers only, whatever the app id
		assertThatCode(() -> TrialMode.check(environment)).doesNotThrowAnyException();
	}

}
