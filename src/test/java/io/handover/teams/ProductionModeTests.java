package io.handover.teams;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClockConfiguration;
import io.handover.testing.TestJwtIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * With a MicrosoftAppId, every activity goes through the SDK's Bot Framework token
 * validation against a local issuer (real RS256 signatures, OpenID metadata and JWKS on
 * loopback): anything less than a valid token for this bot and this service URL is
 * refused with 401, and nothing is processed or stored.
 */
@SpringBootTest(properties = { "MicrosoftAppId=test-app-id", "MicrosoftAppPassword=unused-in-tests" })
@AutoConfigureMockMvc
@Import({ TestClockConfiguration.class, ProductionModeTests.OutboundToken.class })
class ProductionModeTests {

	static final TestJwtIssuer issuer = TestJwtIssuer.shared();

	@DynamicPropertySource
	static void botFrameworkMetadata(DynamicPropertyRegistry registry) {
		registry.add("BotOpenIdMetadata", issuer::metadataUrl);
		// The REST API's own Entra ID settings, required in production (not used here).
		registry.add("handover.api.issuer-uri", () -> "https://login.microsoftonline.com/test-tenant/v2.0");
		registry.add("handover.api.jwk-set-uri", () -> "http://127.0.0.1:9/keys");
		registry.add("handover.api.audience", () -> "api://handover-test");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	ConnectorStub connector = ConnectorStub.shared();

	@BeforeEach
	void setUp() {
		this.connector.reset();
	}

	@Test
	void aValidTokenIsAcceptedAndTheReplyReachesTheConnectorWithTheBotsToken() throws Exception {
		TeamsActivity help = activity("a:prod-valid");

		MvcResult result = send(help, issuer.token().serviceUrl(this.connector.serviceUrl()).bearer(), "52.112.0.10");

		assertThat(result.getResponse().getStatus()).isEqualTo(202);
		assertThat(this.connector.sentTo("a:prod-valid")).hasSize(1);
		assertThat(this.connector.sentTo("a:prod-valid").get(0).authorization())
			.isEqualTo("Bearer outbound-test-token");
		assertThat(stored("a:prod-valid")).isTrue();
	}

	@Test
	void aMissingTokenIsRefused() throws Exception {
		assertRefused(activity("a:prod-missing"), null);
	}

	@Test
	void aForgedSignatureIsRefused() throws Exception {
		assertRefused(activity("a:prod-forged"),
				issuer.token().serviceUrl(this.connector.serviceUrl()).forged().bearer());
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		assertRefused(activity("a:prod-expired"),
				issuer.token().serviceUrl(this.connector.serviceUrl()).expiredAgo(Duration.ofMinutes(10)).bearer());
	}

	@Test
	void aTokenForAnotherBotIsRefused() throws Exception {
		assertRefused(activity("a:prod-audience"),
				issuer.token().serviceUrl(this.connector.serviceUrl()).audience("someone-elses-bot").bearer());
	}

	@Test
	void aTokenFromAnotherIssuerIsRefused() throws Exception {
		assertRefused(activity("a:prod-issuer"),
				issuer.token()
					.serviceUrl(this.connector.serviceUrl())
					.issuer("https://login.example.org/attacker")
					.bearer());
	}

	@Test
	void aTokenForAnotherServiceUrlIsRefused() throws Exception {
		assertRefused(activity("a:prod-serviceurl"),
				issuer.token().serviceUrl("https://smba.trafficmanager.net/emea/").bearer());
	}

	@Test
	void aGarbageTokenIsRefused() throws Exception {
		assertRefused(activity("a:prod-garbage"), "Bearer not.a.jwt");
	}

	private void assertRefused(TeamsActivity activity, String authorization) throws Exception {
		MvcResult result = send(activity, authorization, "52.112.0.10");

		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getContentAsString()).contains("valid Bot Framework token");
		assertThat(this.connector.sentTo(activity.node().path("conversation").path("id").asText()))
			.as("nothing is sent")
			.isEmpty();
		assertThat(stored(activity.node().path("conversation").path("id").asText())).as("nothing is stored").isFalse();
	}

	private MvcResult send(TeamsActivity activity, String authorization, String remoteAddress) throws Exception {
		var request = post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(activity.json());
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.mvc.perform(request.with(r -> {
			r.setRemoteAddr(remoteAddress);
			return r;
		})).andReturn();
	}

	private TeamsActivity activity(String conversationId) {
		return TeamsActivity.personalMessage("help")
			.conversation(conversationId)
			.serviceUrl(this.connector.serviceUrl());
	}

	private boolean stored(String conversationId) {
		return this.mongo.findById(conversationId, ConversationRecord.class) != null;
	}

	/**
	 * The bot's own token for calling the connector, without a round trip to Entra ID.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OutboundToken {

		@Bean
		@Primary
		BotCredentials testBotCredentials() {
			return (appId, scope) -> {
				AppCredentials credentials = new AppCredentials(null, scope) {
					@Override
					public CompletableFuture<String> getToken() {
						return CompletableFuture.completedFuture("outbound-test-token");
					}

					@Override
					protected Authenticator buildAuthenticator() {
						throw new UnsupportedOperationException("tests use a fixed token");
					}
				};
				credentials.setAppId(appId);
				return credentials;
			};
		}

	}

}
