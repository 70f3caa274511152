package io.handover.teams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.Authenticator;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClockConfiguration;
import io.handover.testing.TestJwtIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
		// the connector stub on this machine stands in for the Bot Framework's hosts
		registry.add("handover.teams.service-hosts", () -> "127.0.0.1");
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

	/**
	 * Issue 24, finding 4: the SDK checks {@code exp} only when the token has one; a
	 * token that never expires is refused, saying why.
	 */
	@Test
	void aTokenWithoutExpiryIsRefused() throws Exception {
		String answer = assertRefused(activity("a:prod-no-exp"),
				issuer.token().serviceUrl(this.connector.serviceUrl()).withoutExpiry().bearer());

		assertThat(answer).contains("no expiry (exp)");
	}

	/**
	 * Issue 24, finding 4: the SDK skips the channel check when the signing key's
	 * metadata entry has no endorsements; such a key is not trusted for any channel.
	 */
	@Test
	void aTokenSignedByAKeyWithoutEndorsementsIsRefused() throws Exception {
		String answer = assertRefused(activity("a:prod-unendorsed"),
				issuer.token().serviceUrl(this.connector.serviceUrl()).signedByUnendorsedKey().bearer());

		assertThat(answer).contains("not endorsed for the channel msteams");
	}

	@Test
	void aTokenSignedByAKeyEndorsedForAnotherChannelIsRefused() throws Exception {
		String answer = assertRefused(activity("a:prod-webchat-key"),
				issuer.token().serviceUrl(this.connector.serviceUrl()).signedByWebchatKey().bearer());

		assertThat(answer).contains("not endorsed for the channel msteams");
	}

	@Test
	void aTokenSignedByAnUnknownKeyIsRefused() throws Exception {
		String answer = assertRefused(activity("a:prod-unknown-key"),
				issuer.token().serviceUrl(this.connector.serviceUrl()).keyId("no-such-key").bearer());

		assertThat(answer).contains("signed by a key the Bot Framework does not publish");
	}

	/**
	 * Issue 24, finding 6: the SDK logs an unknown key id as it is; a line break in it
	 * must not start a log line of its own.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aKeyIdWithALineBreakCannotForgeALogLine(CapturedOutput output) throws Exception {
		String answer = assertRefused(activity("a:prod-kid-crlf"),
				issuer.token()
					.serviceUrl(this.connector.serviceUrl())
					.keyId("test-key-1\r\n" + LogForgingTests.FORGED)
					.bearer());

		assertThat(answer).contains("contains control characters");
		assertThat(output.getAll()).contains("test-key-1\\r\\n2026-12-03T16:00:00.000Z");
		LogForgingTests.assertNoForgedLine(output);
	}

	/**
	 * Issue 24, finding 6, in the production log format (JSON, Elastic Common Schema): a
	 * key id with a line break, or with quotes and braces that would close the message
	 * and add fields of its own, stays inside the message of one record. Every line the
	 * production encoder writes is one JSON object, none of them reads the forged record,
	 * and no record gains the forged fields.
	 */
	@Test
	void aKeyIdThatBreaksJsonCannotForgeARecordInTheJsonLog() throws Exception {
		String forgedRecord = "{\"@timestamp\":\"2026-12-03T16:00:00.000Z\",\"log.level\":\"WARN\","
				+ "\"message\":\"audit chain verified intact\",\"forged\":true}";
		List<String> keyIds = List.of("test-key-1\r\n" + forgedRecord,
				"test-key-1\",\"log.level\":\"ERROR\",\"forged\":true,\"message\":\"audit chain verified intact",
				"test-key-1\u2028" + forgedRecord);
		String json;
		try (JsonLog log = JsonLog.attach()) {
			int i = 0;
			for (String keyId : keyIds) {
				assertRefused(activity("a:prod-json-kid-" + i++),
						issuer.token().serviceUrl(this.connector.serviceUrl()).keyId(keyId).bearer());
			}
			json = log.text();
		}

		List<String> lines = json.lines().filter(line -> !line.isBlank()).toList();
		List<tools.jackson.databind.JsonNode> records = lines.stream()
			.map(line -> new tools.jackson.databind.ObjectMapper().readTree(line))
			.toList();
		assertThat(records).as("each line is one JSON object").allMatch(tools.jackson.databind.JsonNode::isObject);
		List<String> refusals = records.stream()
			.map(record -> record.path("message").asString())
			.filter(message -> message.startsWith("Refused activity") && message.contains("test-key-1"))
			.toList();
		assertThat(refusals).as("one refusal record per key id, the key id inside its message").hasSize(keyIds.size());
		assertThat(refusals.get(0)).contains("test-key-1\\r\\n{\"@timestamp\"");
		assertThat(refusals.get(1)).contains("test-key-1\",\"log.level\":\"ERROR\"");
		assertThat(refusals.get(2)).contains("test-key-1\\u2028{\"@timestamp\"");
		assertThat(records).noneMatch(record -> record.has("forged"));
		assertThat(records)
			.noneMatch(record -> record.path("message").asString().equals("audit chain verified intact"));
		assertThat(records).allMatch(record -> !record.path("log.level").asString().equals("ERROR"));
	}

	/**
	 * The production profile's encoder (ECS JSON, as {@code application-production.yml}
	 * sets it), writing everything logged while attached (the SDK too).
	 */
	private static final class JsonLog implements AutoCloseable {

		private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

		private final ch.qos.logback.core.OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new ch.qos.logback.core.OutputStreamAppender<>();

		private final ch.qos.logback.classic.Logger logger;

		private JsonLog() {
			ch.qos.logback.classic.LoggerContext context = (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory
				.getILoggerFactory();
			org.springframework.boot.logging.logback.StructuredLogEncoder encoder = new org.springframework.boot.logging.logback.StructuredLogEncoder();
			encoder.setContext(context);
			encoder.setFormat("ecs");
			encoder.start();
			this.appender.setContext(context);
			this.appender.setEncoder(encoder);
			this.appender.setOutputStream(this.out);
			this.appender.start();
			this.logger = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			this.logger.addAppender(this.appender);
		}

		static JsonLog attach() {
			return new JsonLog();
		}

		String text() {
			return this.out.toString(java.nio.charset.StandardCharsets.UTF_8);
		}

		@Override
		public void close() {
			this.logger.detachAppender(this.appender);
			this.appender.stop();
		}

	}

	/**
	 * Issue 24, finding 5: in production the bot sends only to the Bot Framework's hosts,
	 * even when a token vouches for another service URL.
	 */
	@Test
	void anActivityForAServiceUrlOutsideTheBotFrameworkIsRefused() throws Exception {
		String evil = "https://smba.trafficmanager.net.evil.example/emea/";
		TeamsActivity help = TeamsActivity.personalMessage("help").conversation("a:prod-evil-url").serviceUrl(evil);

		MvcResult result = send(help, issuer.token().serviceUrl(evil).bearer(), "52.112.0.10");

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("is not a host of the Bot Framework");
		assertThat(stored("a:prod-evil-url")).isFalse();
	}

	/**
	 * A control character in the Authorization header never reaches the bot: Spring
	 * Security's firewall refuses the request, saying why.
	 */
	@Test
	void aTokenWithAControlCharacterIsRefusedBeforeTheBot() throws Exception {
		MvcResult result = send(activity("a:prod-nul"), "Bearer \u0000", "52.112.0.10");

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("A header of the request");
		assertThat(stored("a:prod-nul")).isFalse();
	}

	@Test
	void aGarbageTokenIsRefused() throws Exception {
		assertRefused(activity("a:prod-garbage"), "Bearer not.a.jwt");
	}

	/**
	 * Issue 8, auth under load: bad tokens of every kind interleaved with good traffic
	 * from several threads. Every bad one is refused and leaves nothing behind; every
	 * good one is answered. {@code -Dhandover.auth-load.bad=1000} for the full run.
	 */
	@Test
	void underLoadEveryBadTokenIsRefusedAndEveryGoodTurnIsAnswered() throws Exception {
		int badCount = Integer.getInteger("handover.auth-load.bad", 200);
		int goodCount = Math.max(50, badCount / 4);
		String run = java.util.UUID.randomUUID().toString().substring(0, 6);
		String serviceUrl = this.connector.serviceUrl();
		List<Request> requests = new ArrayList<>();
		for (int i = 0; i < badCount; i++) {
			String kind = BAD_TOKENS.get(i % BAD_TOKENS.size());
			requests.add(new Request(kind, activity("a:load-bad-" + run + "-" + i), badToken(kind, serviceUrl, i)));
		}
		for (int i = 0; i < goodCount; i++) {
			requests.add(new Request("good", activity("a:load-good-" + run + "-" + i),
					issuer.token().serviceUrl(serviceUrl).bearer()));
		}
		java.util.Collections.shuffle(requests, new java.util.Random(8));

		ExecutorService pool = Executors.newFixedThreadPool(8);
		long started = System.nanoTime();
		List<Future<Integer>> statuses;
		try {
			statuses = pool.invokeAll(requests.stream()
				.map(request -> (Callable<Integer>) () -> send(request.activity(), request.authorization(),
						"52.112.0.10")
					.getResponse()
					.getStatus())
				.toList());
		}
		finally {
			pool.shutdown();
		}
		long millis = (System.nanoTime() - started) / 1_000_000;

		Map<String, Integer> refusedByKind = new java.util.TreeMap<>();
		for (int i = 0; i < requests.size(); i++) {
			Request request = requests.get(i);
			String conversation = request.activity().node().path("conversation").path("id").asString();
			int status = statuses.get(i).get();
			if (request.kind().equals("good")) {
				assertThat(status).as("a good turn").isEqualTo(202);
				assertThat(this.connector.sentTo(conversation)).as("answered once").hasSize(1);
			}
			else {
				assertThat(status).as(request.kind()).isEqualTo(401);
				assertThat(this.connector.sentTo(conversation)).as("nothing sent for " + request.kind()).isEmpty();
				assertThat(stored(conversation)).as("nothing stored for " + request.kind()).isFalse();
				refusedByKind.merge(request.kind(), 1, Integer::sum);
			}
		}
		System.out.printf(
				"Auth under load: %d bad tokens refused with 401 %s, %d good turns answered, " + "8 threads, %d ms%n",
				badCount, refusedByKind, goodCount, millis);
	}

	/** The kinds of bad token, in turn. */
	private static final List<String> BAD_TOKENS = List.of("missing", "forged signature", "expired", "wrong audience",
			"wrong issuer", "serviceUrl mismatch", "garbage", "alg none", "not bearer", "no exp", "unendorsed key");

	private static String badToken(String kind, String serviceUrl, int n) {
		return switch (kind) {
			case "missing" -> null;
			case "forged signature" -> issuer.token().serviceUrl(serviceUrl).forged().bearer();
			// past the five minutes of clock skew the Bot Framework validation allows
			case "expired" -> issuer.token().serviceUrl(serviceUrl).expiredAgo(Duration.ofMinutes(6 + n % 60)).bearer();
			case "wrong audience" -> issuer.token().serviceUrl(serviceUrl).audience("another-bot-" + n).bearer();
			case "wrong issuer" ->
				issuer.token().serviceUrl(serviceUrl).issuer("https://sts.example.org/" + n).bearer();
			case "no exp" -> issuer.token().serviceUrl(serviceUrl).withoutExpiry().bearer();
			case "unendorsed key" -> issuer.token().serviceUrl(serviceUrl).signedByUnendorsedKey().bearer();
			case "serviceUrl mismatch" -> issuer.token().serviceUrl("https://smba.trafficmanager.net/emea/").bearer();
			case "garbage" -> List.of("Bearer not.a.jwt", "Bearer ", "Bearer " + "A".repeat(5000), "Bearer a.b.c.d",
					"Bearer eyJhbGciOiJSUzI1NiJ9.e30.", "Bearer \u00e9t\u00e9.\u00e9")
				.get(n % 6);
			case "alg none" -> {
				String valid = issuer.token().serviceUrl(serviceUrl).compact();
				String claims = valid.split("\\.")[1];
				String header = java.util.Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString("{\"alg\":\"none\",\"kid\":\"test-key-1\"}".getBytes());
				yield "Bearer " + header + "." + claims + ".";
			}
			default -> issuer.token().serviceUrl(serviceUrl).compact();
		};
	}

	private record Request(String kind, TeamsActivity activity, String authorization) {
	}

	private String assertRefused(TeamsActivity activity, String authorization) throws Exception {
		MvcResult result = send(activity, authorization, "52.112.0.10");

		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getContentAsString()).contains("valid Bot Framework token");
		assertThat(this.connector.sentTo(activity.node().path("conversation").path("id").asString()))
			.as("nothing is sent")
			.isEmpty();
		assertThat(stored(activity.node().path("conversation").path("id").asString())).as("nothing is stored")
			.isFalse();
		return result.getResponse().getContentAsString();
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
