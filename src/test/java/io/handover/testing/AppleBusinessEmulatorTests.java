package io.handover.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator is as strict as Apple's token endpoint: a client assertion with the wrong
 * audience, issuer, lifetime or a reused {@code jti} gets no token, and the API answers
 * no one without a token.
 */
class AppleBusinessEmulatorTests {

	static final AppleBusinessEmulator APPLE = new AppleBusinessEmulator();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	final AppleBusinessEmulator.ApiAccount account = APPLE.createApiAccount();

	@AfterAll
	static void stop() {
		APPLE.close();
	}

	@Test
	void aWellFormedAssertionGetsATokenOnceAndItsJtiNeverAgain() throws Exception {
		JWTClaimsSet claims = claims(b -> b).build();
		String assertion = sign(claims, this.account.keyId());

		assertThat(token(this.account.clientId(), assertion).statusCode()).isEqualTo(200);
		HttpResponse<String> replayed = token(this.account.clientId(), assertion);
		assertThat(replayed.statusCode()).isEqualTo(400);
		assertThat(replayed.body()).contains("invalid_client").contains("jti");
	}

	@Test
	void theWrongAudienceIssuerKeyIdOrLifetimeGetsNoToken() throws Exception {
		Instant now = Instant.now();
		assertThat(refusal(claims(b -> b.audience("https://appleid.apple.com")).build(), this.account.keyId()))
			.contains("aud");
		assertThat(refusal(claims(b -> b.issuer("someone-else")).build(), this.account.keyId())).contains("iss");
		assertThat(refusal(claims(b -> b).build(), "another-key")).contains("kid");
		assertThat(
				refusal(claims(b -> b.expirationTime(Date.from(now.minusSeconds(10)))).build(), this.account.keyId()))
			.contains("expired");
		assertThat(refusal(claims(b -> b.expirationTime(Date.from(now.plus(Duration.ofDays(200))))).build(),
				this.account.keyId()))
			.contains("180 days");
		assertThat(refusal(claims(b -> b.issueTime(Date.from(now.plus(Duration.ofHours(1))))).build(),
				this.account.keyId()))
			.contains("iat");
	}

	@Test
	void theApiAnswersNobodyWithoutAToken() throws Exception {
		HttpResponse<String> answer = HTTP
			.send(HttpRequest.newBuilder(URI.create(APPLE.apiBaseUrl() + "/v1/mdmServers"))
				.header("Authorization", "Bearer made-up")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.body()).contains("\"errors\"").contains("NOT_AUTHORIZED");
	}

	@Test
	void pastItsRateLimitTheApiAnswers429InApplesFormatWithRetryAfterUntilTheWindowPasses() throws Exception {
		String bearer = "Bearer " + new tools.jackson.databind.json.JsonMapper()
			.readTree(token(this.account.clientId(), sign(claims(c -> c).build(), this.account.keyId())).body())
			.path("access_token")
			.asString();
		APPLE.rateLimit(2, java.time.Duration.ofSeconds(1));
		try {
			assertThat(mdmServers(bearer).statusCode()).isEqualTo(200);
			assertThat(mdmServers(bearer).statusCode()).isEqualTo(200);
			HttpResponse<String> limited = mdmServers(bearer);

			assertThat(limited.statusCode()).isEqualTo(429);
			assertThat(limited.headers().firstValue("Retry-After")).contains("1");
			assertThat(limited.body()).contains("\"errors\"")
				.contains("\"status\":\"429\"")
				.contains("RATE_LIMIT_EXCEEDED");
			Thread.sleep(1100);
			assertThat(mdmServers(bearer).statusCode()).isEqualTo(200);
		}
		finally {
			APPLE.rateLimit(0, java.time.Duration.ofSeconds(1));
		}
	}

	@Test
	void anInjectedFailureCarriesTheCodeAppleDocumentsForItsStatus() throws Exception {
		String bearer = "Bearer " + new tools.jackson.databind.json.JsonMapper()
			.readTree(token(this.account.clientId(), sign(claims(c -> c).build(), this.account.keyId())).body())
			.path("access_token")
			.asString();
		APPLE.failNext("GET", "/v1/mdmServers", 403, 0, 1);
		APPLE.failNext("GET", "/v1/mdmServers", 500, 0, 1);

		HttpResponse<String> forbidden = mdmServers(bearer);
		HttpResponse<String> failed = mdmServers(bearer);

		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("FORBIDDEN_ERROR");
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.body()).contains("UNEXPECTED_ERROR");
		assertThat(mdmServers(bearer).statusCode()).isEqualTo(200);
	}

	private static HttpResponse<String> mdmServers(String bearer) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(APPLE.apiBaseUrl() + "/v1/mdmServers"))
			.header("Authorization", bearer)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String refusal(JWTClaimsSet claims, String keyId) throws Exception {
		HttpResponse<String> answer = token(this.account.clientId(), sign(claims, keyId));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("invalid_client");
		return answer.body();
	}

	private JWTClaimsSet.Builder claims(UnaryOperator<JWTClaimsSet.Builder> change) {
		Instant now = Instant.now();
		return change.apply(new JWTClaimsSet.Builder().issuer(this.account.clientId())
			.subject(this.account.clientId())
			.audience(AppleBusinessEmulator.AUDIENCE)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.jwtID(Surnames.unique()));
	}

	private String sign(JWTClaimsSet claims, String keyId) throws Exception {
		byte[] der = Base64.getMimeDecoder()
			.decode(this.account.privateKeyPem().replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").strip());
		ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId).build(), claims);
		jwt.sign(new ECDSASigner(key));
		return jwt.serialize();
	}

	private static HttpResponse<String> token(String clientId, String assertion) throws Exception {
		String form = "grant_type=client_credentials&client_id=" + encode(clientId)
				+ "&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
				+ "&client_assertion=" + encode(assertion) + "&scope=business.api";
		return HTTP.send(HttpRequest.newBuilder(URI.create(APPLE.tokenUrl()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
