package io.handover.system;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import io.handover.e2e.MockTenantDirectory;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operations see of a running Handover over real HTTP: health with the store and the
 * two probes a platform polls, and the Handover meters on {@code /actuator/prometheus}
 * once Teams has talked to the bot. Same Spring context as the Playground tests
 * ({@code io.handover.e2e.PlaygroundTest}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestClockConfiguration.class, MockTenantDirectory.class })
@AutoConfigureMetrics
@AutoConfigureTestRestTemplate
class OperationsTests {

	@Autowired
	TestRestTemplate http;

	ConnectorStub connector = ConnectorStub.shared();

	@Test
	void healthReportsTheStore() {
		ResponseEntity<JsonNode> health = this.http.getForEntity("/actuator/health", JsonNode.class);

		assertThat(health.getStatusCode().value()).isEqualTo(200);
		assertThat(health.getBody().path("status").asString()).isEqualTo("UP");
		assertThat(health.getBody().path("components").path("store").path("status").asString()).isEqualTo("UP");
		assertThat(health.getBody().path("components").path("store").has("details"))
			.as("no connection details for anyone who asks")
			.isFalse();
	}

	@Test
	void readinessIncludesTheStoreAndLivenessDoesNot() {
		JsonNode readiness = this.http.getForObject("/actuator/health/readiness", JsonNode.class);
		JsonNode liveness = this.http.getForObject("/actuator/health/liveness", JsonNode.class);

		assertThat(readiness.path("status").asString()).isEqualTo("UP");
		assertThat(readiness.path("components").has("store")).isTrue();
		assertThat(liveness.path("status").asString()).isEqualTo("UP");
		assertThat(liveness.path("components").has("store")).as("a slow store must not get healthy instances restarted")
			.isFalse();
	}

	@Test
	void prometheusShowsTurnsAndCardActionsAfterTeamsTalkedToTheBot() {
		TeamsActivity help = TeamsActivity.personalMessage("help").serviceUrl(this.connector.serviceUrl());
		ResponseEntity<String> answered = post(help);
		post(TeamsActivity.cardAction("help", Map.of("scope", "personal")).serviceUrl(this.connector.serviceUrl()));

		assertThat(answered.getHeaders().getFirst("X-Correlation-Id")).isEqualTo(help.id());
		String metrics = this.http.getForObject("/actuator/prometheus", String.class);
		assertThat(metrics).containsPattern("handover_turns_total\\{[^}]*kind=\"message\"[^}]*} [1-9]")
			.containsPattern("handover_invokes_total\\{[^}]*outcome=\"ok\"[^}]*verb=\"help\"[^}]*} [1-9]")
			.contains("handover_cards_owed_total")
			.contains("handover_cards_delivered_total");
	}

	private ResponseEntity<String> post(TeamsActivity activity) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> response = this.http.postForEntity("/api/messages",
				new HttpEntity<>(activity.json(), headers), String.class);
		assertThat(response.getStatusCode().is2xxSuccessful()).as(response.toString()).isTrue();
		return response;
	}

}
