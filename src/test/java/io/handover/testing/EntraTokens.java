package io.handover.testing;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Entra ID on loopback for the REST API in production mode: a test key whose public half
 * is served as a JWK set, and access tokens signed with it for a person ({@code oid},
 * {@code preferred_username}, {@code name}, {@code roles}) — or without {@code oid}, as
 * an app or a v1 token of another kind would come.
 */
public final class EntraTokens {

	public static final String ISSUER = "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0";

	public static final String AUDIENCE = "api://handover";

	private static EntraTokens shared;

	private final RSAKey key;

	private final HttpServer server;

	private EntraTokens() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		this.key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID("entra-test-key")
			.build();
		byte[] body = new JWKSet(this.key.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
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
		properties.add("handover.api.jwk-set-uri",
				() -> "http://127.0.0.1:" + this.server.getAddress().getPort() + "/discovery/v2.0/keys");
	}

	/** A person's token; {@code oid} null leaves the claim out. */
	public String token(String oid, String upn, String name, List<String> roles) {
		try {
			Instant now = Instant.now();
			JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
				.audience(AUDIENCE)
				.subject("sub-" + (oid != null ? oid : upn))
				.claim("preferred_username", upn)
				.claim("name", name)
				.claim("roles", roles)
				.issueTime(Date.from(now.minusSeconds(60)))
				.notBeforeTime(Date.from(now.minusSeconds(60)))
				.expirationTime(Date.from(now.plusSeconds(3600)));
			if (oid != null) {
				claims.claim("oid", oid);
			}
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID())
				.type(JOSEObjectType.JWT)
				.build(), claims.build());
			jwt.sign(new RSASSASigner(this.key));
			return "Bearer " + jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
