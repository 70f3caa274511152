package io.handover.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Entra ID access tokens for Handover's API in production mode: a key generated for the
 * test JVM whose public half is served as a JWK set on loopback, and tokens signed with
 * it for a person with given roles. Test classes point {@code handover.api.jwk-set-uri}
 * at {@link #jwkSetUri()} and use {@link #PROPERTIES}.
 */
public final class EntraTokens {

	public static final String ISSUER = "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0";

	public static final String AUDIENCE = "api://handover";

	/** Production mode with this issuer and audience. */
	public static final String[] PROPERTIES = { "MicrosoftAppId=00000000-0000-0000-0000-00000000b07",
			"MicrosoftAppPassword=unused-here", "handover.api.issuer-uri=" + ISSUER,
			"handover.api.audience=" + AUDIENCE };

	private static EntraTokens shared;

	private final RSAKey key;

	private final HttpServer server;

	private EntraTokens() throws Exception {
		this.key = new RSAKeyGenerator(2048).keyID("entra-test-key").generate();
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		byte[] body = new JWKSet(this.key.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
		this.server.createContext("/discovery/v2.0/keys", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	public static synchronized EntraTokens shared() {
		if (shared == null) {
			try {
				shared = new EntraTokens();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return shared;
	}

	/** The settings that put the API in production mode against this issuer. */
	public void register(DynamicPropertyRegistry properties) {
		properties.add("MicrosoftAppId", () -> "00000000-0000-0000-0000-00000000b07");
		properties.add("MicrosoftAppPassword", () -> "unused-here");
		properties.add("handover.api.issuer-uri", () -> ISSUER);
		properties.add("handover.api.audience", () -> AUDIENCE);
		properties.add("handover.api.jwk-set-uri", this::jwkSetUri);
	}

	/**
	 * An Authorization header value for the person ({@code oid} null: a token without
	 * it).
	 */
	public String bearer(String oid, String upn, String name, List<String> roles) {
		return "Bearer " + token(oid, name, upn, roles);
	}

	public String jwkSetUri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/discovery/v2.0/keys";
	}

	/**
	 * A valid token for the person with Entra object id {@code oid} (null: a token
	 * without one) holding {@code roles}.
	 */
	public String token(String oid, String name, String upn, List<String> roles) {
		return signed(claims(oid, name, upn, roles).build());
	}

	/**
	 * The claims of a valid token, for a test that changes one of them (issuer, audience,
	 * expiry) before {@link #signed signing}.
	 */
	public static JWTClaimsSet.Builder claims(String oid, String name, String upn, List<String> roles) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject("sub-" + (oid != null ? oid : name))
			.claim("name", name)
			.claim("roles", roles)
			.issueTime(Date.from(now.minusSeconds(60)))
			.notBeforeTime(Date.from(now.minusSeconds(60)))
			.expirationTime(Date.from(now.plusSeconds(3600)));
		if (oid != null) {
			claims.claim("oid", oid);
		}
		if (upn != null) {
			claims.claim("preferred_username", upn);
		}
		return claims;
	}

	/** The claims signed with the key the JWK set serves. */
	public String signed(JWTClaimsSet claims) {
		return sign(this.key, claims);
	}

	/**
	 * The claims signed with another key under the same key id: what a forger without the
	 * tenant's key can make.
	 */
	public static String forged(JWTClaimsSet claims) {
		try {
			return sign(new RSAKeyGenerator(2048).keyID("entra-test-key").generate(), claims);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	void stop() throws IOException {
		this.server.stop(0);
	}

}
