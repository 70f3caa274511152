package io.handover.system;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Production without the token settings must not start, and must say what is missing. */
class ApiTokensTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(ApiTokens.class);

	@Test
	void localModeNeedsNoTokenSettings() {
		this.context.run((started) -> assertThat(started).hasNotFailed().doesNotHaveBean(JwtDecoder.class));
	}

	@Test
	void productionWithoutAnIssuerFailsNamingTheSetting() {
		this.context.withPropertyValues("MicrosoftAppId=bot-app-id", "handover.api.audience=api://handover")
			.run((started) -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("handover.api.issuer-uri"));
	}

	@Test
	void productionWithoutAnAudienceFailsNamingTheSetting() {
		this.context
			.withPropertyValues("MicrosoftAppId=bot-app-id",
					"handover.api.issuer-uri=https://login.microsoftonline.com/t/v2.0")
			.run((started) -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("handover.api.audience"));
	}

	@Test
	void productionWithIssuerJwkSetAndAudienceStarts() {
		this.context
			.withPropertyValues("MicrosoftAppId=bot-app-id",
					"handover.api.issuer-uri=https://login.microsoftonline.com/t/v2.0",
					"handover.api.jwk-set-uri=http://127.0.0.1:1/keys", "handover.api.audience=api://handover")
			.run((started) -> assertThat(started).hasNotFailed().hasSingleBean(JwtDecoder.class));
	}

}
