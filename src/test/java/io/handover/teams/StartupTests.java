package io.handover.teams;

import java.util.Locale;

import io.handover.HandoverApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A production bot that could not authenticate refuses to start and says which setting is
 * missing.
 */
class StartupTests {

	@Test
	void productionModeWithoutAnAppIdNamesMicrosoftAppId() {
		assertThatThrownBy(() -> start("handover.bot.mode=production"))
			.satisfies(failure -> assertThat(rootMessage(failure)).contains("MicrosoftAppId").contains("not set"));
	}

	@Test
	void anAppIdWithoutPasswordOrCertificateNamesMicrosoftAppPassword() {
		assertThatThrownBy(() -> start("MicrosoftAppId=test-app-id"))
			.satisfies(failure -> assertThat(rootMessage(failure)).contains("MicrosoftAppPassword")
				.contains("MicrosoftAppCertificatePath")
				.doesNotContain("MicrosoftAppId and"));
	}

	@Test
	void anUnknownModeIsNamed() {
		assertThatThrownBy(() -> start("handover.bot.mode=staging"))
			.satisfies(failure -> assertThat(rootMessage(failure)).contains("staging"));
	}

	@Test
	void aModeInCapitalsOnAServerInTurkishIsStillProduction() {
		// "PRODUCTION" lower-cases to "productıon" (dotless i) in the server's own locale
		Locale server = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("tr-TR"));
		try {
			assertThatThrownBy(() -> start("handover.bot.mode=PRODUCTION"))
				.satisfies(failure -> assertThat(rootMessage(failure)).contains("MicrosoftAppId").contains("not set"));
		}
		finally {
			Locale.setDefault(server);
		}
	}

	private static void start(String property) {
		new SpringApplicationBuilder(HandoverApplication.class)
			.properties(property, "server.port=0", "handover.store.embedded.in-memory=true",
					"spring.main.banner-mode=off")
			.run()
			.close();
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
