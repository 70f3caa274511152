package io.handover.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A local Entra token endpoint over https (MSAL accepts no other scheme), with the test
 * certificate in {@code src/test/resources/graph/stub-tls.p12} (self-signed for
 * 127.0.0.1, made with keytool; {@code stub-trust.p12} holds its certificate for the
 * client side). It hands out a fresh access token per request and remembers the form
 * fields it was sent, so tests can see which credential was used.
 */
public final class TokenStub implements AutoCloseable {

	public static final String TRUST_STORE = "src/test/resources/graph/stub-trust.p12";

	public static final String TRUST_STORE_PASSWORD = "changeit";

	private final HttpsServer server;

	private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger issued = new AtomicInteger();

	public TokenStub() {
		try {
			KeyStore keys = KeyStore.getInstance("PKCS12");
			try (InputStream in = TokenStub.class.getResourceAsStream("/graph/stub-tls.p12")) {
				keys.load(in, "changeit".toCharArray());
			}
			KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			factory.init(keys, "changeit".toCharArray());
			SSLContext tls = SSLContext.getInstance("TLS");
			tls.init(factory.getKeyManagers(), null, null);
			this.server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			this.server.setHttpsConfigurator(new HttpsConfigurator(tls));
			this.server.createContext("/", this::handle);
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The authority host to configure, e.g. {@code https://127.0.0.1:53211}. */
	public String authorityHost() {
		return "https://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private volatile int lifetimeSeconds = 3600;

	/** How long the tokens issued from now on last, as {@code expires_in}. */
	public void issueTokensLasting(Duration lifetime) {
		this.lifetimeSeconds = (int) lifetime.toSeconds();
	}

	/** The form fields of each token request, oldest first. */
	public List<Map<String, String>> requests() {
		return List.copyOf(this.requests);
	}

	public String lastToken() {
		return "stub-access-token-" + this.issued.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String tenantBase = path.contains("/oauth2/") ? path.substring(0, path.indexOf("/oauth2/")) : "";
		String body;
		int status = 200;
		if (path.endsWith("/oauth2/v2.0/token") && "POST".equals(exchange.getRequestMethod())) {
			String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.requests.add(parse(form));
			body = "{\"token_type\":\"Bearer\",\"expires_in\":" + this.lifetimeSeconds + ",\"ext_expires_in\":"
					+ this.lifetimeSeconds + ",\"access_token\":\"" + "stub-access-token-"
					+ this.issued.incrementAndGet() + "\"}";
		}
		else if (path.endsWith("/.well-known/openid-configuration")) {
			String base = authorityHost() + path.substring(0, path.indexOf("/v2.0/.well-known"));
			body = "{\"token_endpoint\":\"" + base + "/oauth2/v2.0/token\",\"authorization_endpoint\":\"" + base
					+ "/oauth2/v2.0/authorize\",\"issuer\":\"" + base + "/v2.0\"}";
		}
		else {
			status = 404;
			body = "{\"error\":\"not_found\",\"error_description\":\"" + tenantBase + path + "\"}";
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private static Map<String, String> parse(String form) {
		return java.util.Arrays.stream(form.split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
					p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "", (a, b) -> b));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
