package io.handover.portal;

import java.util.List;

import io.handover.testing.EntraTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In production (Entra ID configured) the portal signs in only through a Microsoft 365
 * host (Teams SSO). Opened directly in a browser, it asks for no token and shows no data:
 * it says how to open it in Teams, in English and Dutch, accessibly.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "MicrosoftAppId=00000000-0000-0000-0000-00000000b07", "MicrosoftAppPassword=unused-here",
				"handover.api.issuer-uri=" + EntraTokens.ISSUER, "handover.api.audience=" + EntraTokens.AUDIENCE,
				"handover.api.jwk-set-uri=http://127.0.0.1:9/keys" })
class PortalOutsideTeamsBrowserTests {

	@Value("${local.server.port}")
	int port;

	@Test
	void openedOutsideTeamsItSaysHowToOpenItInTeams() throws Exception {
		JsonNode report = PortalBrowser.run(this.port, List.of(
				PortalBrowser.view("outside-teams", "lang=en", "Open Handover in Microsoft Teams"),
				PortalBrowser.view("outside-teams-dutch", "lang=nl&theme=dark", "zoek Handover en kies Overzicht")));
		JsonNode english = PortalBrowser.find(report, "outside-teams");
		assertThat(english.path("text").asString()).contains("find Handover and choose Overview")
			.contains("Signing in directly in a browser is not available yet")
			.doesNotContain("Starts and last days");
		assertThat(english.path("errors")).isEmpty();
		assertThat(PortalBrowser.seriousViolations(english)).isEmpty();
		JsonNode dutch = PortalBrowser.find(report, "outside-teams-dutch");
		assertThat(dutch.path("lang").asString()).isEqualTo("nl");
		assertThat(PortalBrowser.seriousViolations(dutch)).isEmpty();
	}

}
