package io.handover.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the Bot Framework token service: an RSA key whose public half is
 * published as OpenID metadata and JWKS (with the channel endorsements Teams' keys carry)
 * on loopback, and tokens signed with it. One per test JVM, because the SDK caches keys
 * per metadata URL for a day.
 */
public final class TestJwtIssuer {

	public static final String BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";

	private static TestJwtIssuer shared;

	private final RSAKey key;

	private final RSAKey rogueKey;

	/** Published without {@code endorsements}: the SDK skips the channel check for it. */
	private final RSAKey unendorsedKey;

	/** Published endorsed for Web Chat only. */
	private final RSAKey webchatKey;

	private final HttpServer server;

	private final AtomicInteger metadataRequests = new AtomicInteger();

	private TestJwtIssuer() throws JOSEException, IOException {
		this.key = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
		// Same key id, other key: a token signed with it must fail the signature check.
		this.rogueKey = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
		this.unendorsedKey = new RSAKeyGenerator(2048).keyID("test-key-unendorsed").generate();
		this.webchatKey = new RSAKeyGenerator(2048).keyID("test-key-webchat").generate();
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/v1/.well-known/openidconfiguration", this::metadata);
		this.server.createContext("/v1/.well-known/keys", this::keys);
		this.server.start();
	}

	public static synchronized TestJwtIssuer shared() {
		if (shared == null) {
			try {
				shared = new TestJwtIssuer();
			}
			catch (JOSEException | IOException ex) {
				throw new IllegalStateException("Cannot start the test token issuer", ex);
			}
		}
		return shared;
	}

	/** Where the bot reads the OpenID metadata ({@code BotOpenIdMetadata}). */
	public String metadataUrl() {
		return base() + "/v1/.well-known/openidconfiguration";
	}

	public int metadataRequests() {
		return this.metadataRequests.get();
	}

	/** A token as the Bot Framework channel issues it for {@code msteams}. */
	public Token token() {
		return new Token();
	}

	private String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void metadata(HttpExchange exchange) throws IOException {
		this.metadataRequests.incrementAndGet();
		String body = "{\"issuer\":\"" + BOT_FRAMEWORK_ISSUER + "\",\"authorization_endpoint\":\"" + base()
				+ "/authorize\",\"jwks_uri\":\"" + base() + "/v1/.well-known/keys\","
				+ "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
				+ "\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\"]}";
		send(exchange, body);
	}

	private void keys(HttpExchange exchange) throws IOException {
		String body = "{\"keys\":[" + jwk(this.key, List.of("msteams", "webchat", "email")) + ","
				+ jwk(this.unendorsedKey, null) + "," + jwk(this.webchatKey, List.of("webchat")) + "]}";
		send(exchange, body);
	}

	private static String jwk(RSAKey key, List<String> endorsements) {
		Map<String, Object> jwk = new java.util.LinkedHashMap<>(key.toPublicJWK().toJSONObject());
		jwk.put("use", "sig");
		if (endorsements != null) {
			jwk.put("endorsements", endorsements);
		}
		return com.nimbusds.jose.util.JSONObjectUtils.toJSONString(jwk);
	}

	private static void send(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/**
	 * A token under construction; valid for the given app and service URL unless changed.
	 */
	public final class Token {

		private String issuer = BOT_FRAMEWORK_ISSUER;

		private String audience = "test-app-id";

		private String serviceUrl;

		private Instant expiry = Instant.now().plus(Duration.ofHours(1));

		private boolean rogue;

		private boolean expires = true;

		private RSAKey signing = TestJwtIssuer.this.key;

		private String keyId;

		public Token audience(String audience) {
			this.audience = audience;
			return this;
		}

		public Token issuer(String issuer) {
			this.issuer = issuer;
			return this;
		}

		public Token serviceUrl(String serviceUrl) {
			this.serviceUrl = serviceUrl;
			return this;
		}

		public Token expiredAgo(Duration ago) {
			this.expiry = Instant.now().minus(ago);
			return this;
		}

		/** Without {@code exp}: a token that would never expire. */
		public Token withoutExpiry() {
			this.expires = false;
			return this;
		}

		/** Signed by a published key whose metadata entry has no endorsements. */
		public Token signedByUnendorsedKey() {
			this.signing = TestJwtIssuer.this.unendorsedKey;
			return this;
		}

		/** Signed by a published key endorsed for Web Chat only. */
		public Token signedByWebchatKey() {
			this.signing = TestJwtIssuer.this.webchatKey;
			return this;
		}

		/** With this key id in its header (signed by the usual key). */
		public Token keyId(String keyId) {
			this.keyId = keyId;
			return this;
		}

		/** Signed with another key under the same key id: a forged signature. */
		public Token forged() {
			this.rogue = true;
			return this;
		}

		public String bearer() {
			return "Bearer " + compact();
		}

		public String compact() {
			JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(this.issuer)
				.audience(this.audience)
				.issueTime(Date.from(this.expiry.minus(Duration.ofHours(2))))
				.notBeforeTime(Date.from(this.expiry.minus(Duration.ofHours(2))))
				.expirationTime(this.expires ? Date.from(this.expiry) : null);
			if (this.serviceUrl != null) {
				claims.claim("serviceurl", this.serviceUrl);
			}
			RSAKey signing = this.rogue ? TestJwtIssuer.this.rogueKey : this.signing;
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
				.keyID(this.keyId != null ? this.keyId : signing.getKeyID())
				.build(), claims.build());
			try {
				jwt.sign(new RSASSASigner(signing));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
			return jwt.serialize();
		}

	}

}
