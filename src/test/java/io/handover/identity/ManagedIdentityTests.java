package io.handover.identity;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.handover.testing.GraphStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deployment's default: the web app's managed identity holds the Graph permissions,
 * so there is no secret. App Service gives the process a local token endpoint
 * (IDENTITY_ENDPOINT, IDENTITY_HEADER); here that endpoint is a stub on loopback and the
 * real Azure Identity and MSAL code asks it for the token Graph then receives.
 */
class ManagedIdentityTests {

	static final String ANNA = "11111111-1111-1111-1111-111111111111";

	final GraphStub graph = new GraphStub();

	final IdentityEndpoint identity = new IdentityEndpoint();

	@AfterEach
	void stop() {
		this.graph.close();
		this.identity.server.stop(0);
	}

	@Test
	void withManagedIdentityTheDirectoryIsLiveWithoutASecretAndGraphGetsTheIdentitysToken() {
		GraphProperties settings = managedIdentity("managed-identity");
		this.graph.addUser(ANNA, "anna@example.com", "Anna de Vries");
		this.graph.expectToken("token-of-the-web-app");

		assertThat(settings.configured()).as("a tenant is enough").isTrue();
		// MSAL reads the endpoint from the process environment only: ask in a process of
		// its own, as App Service starts one
		String answer = ManagedIdentityProbe.run(this.graph.baseUrl(), this.identity.url(),
				"the-header-app-service-sets");

		assertThat(answer).isEqualTo("found " + ANNA);
		assertThat(this.identity.requests).hasSize(1);
		assertThat(this.identity.requests.get(0)).contains("resource=" + this.graph.baseUrl().replace("/v1.0", ""))
			.contains("X-IDENTITY-HEADER=the-header-app-service-sets");
	}

	@Test
	void anUnknownWayToSignInIsRefusedAtStartUpNamingTheTwoThatExist() {
		assertThatThrownBy(() -> managedIdentity("managed identity"))
			.hasMessage("handover.graph.authentication is 'managed identity'; use client-secret or managed-identity");
	}

	@Test
	void withoutATenantEvenAManagedIdentityRunsDryAndSaysWhatIsMissing() {
		GraphProperties settings = new GraphProperties(null, null, null, null, null, null, null, null, null, null, null,
				"managed-identity");

		assertThat(settings.configured()).isFalse();
		assertThat(settings.missing()).isEqualTo("handover.graph.tenant-id");
	}

	@Test
	void theDeploymentsTwoWaysToSignInAreTheOnesTheServiceKnows() throws IOException {
		String bicep = java.nio.file.Files.readString(java.nio.file.Path.of("infra/modules/app.bicep"));
		java.util.regex.Matcher setting = java.util.regex.Pattern
			.compile("name: 'HANDOVER_GRAPH_AUTHENTICATION'\\s*value: [^?]+\\? '([^']+)' : '([^']+)'")
			.matcher(bicep);

		assertThat(setting.find()).as("app.bicep sets HANDOVER_GRAPH_AUTHENTICATION").isTrue();
		assertThat(List.of(setting.group(1), setting.group(2))).containsExactlyInAnyOrder("managed-identity",
				"client-secret");
		assertThat(managedIdentity(setting.group(1)).managedIdentity()).isTrue();
		assertThat(managedIdentity(setting.group(2)).managedIdentity()).isFalse();
	}

	private GraphProperties managedIdentity(String authentication) {
		// the client id is the bot's registration (infra sets it for the secret mode): a
		// system-assigned identity must not ask for it
		return new GraphProperties("contoso-tenant", "bot-app-id", null, null, null, this.graph.baseUrl(), null, null,
				null, 3, Duration.ofSeconds(1), authentication);
	}

	/** App Service's local token endpoint for the web app's identity. */
	static final class IdentityEndpoint {

		final HttpServer server;

		final List<String> requests = new CopyOnWriteArrayList<>();

		IdentityEndpoint() {
			try {
				this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			this.server.createContext("/msi/token", this::token);
			this.server.start();
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/msi/token";
		}

		private void token(HttpExchange exchange) throws IOException {
			this.requests.add(java.net.URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8)
					+ " X-IDENTITY-HEADER=" + exchange.getRequestHeaders().getFirst("X-IDENTITY-HEADER"));
			long expires = Instant.now().plusSeconds(3600).getEpochSecond();
			byte[] body = ("{\"access_token\":\"token-of-the-web-app\",\"expires_on\":\"" + expires
					+ "\",\"resource\":\"graph\",\"token_type\":\"Bearer\"}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		}

	}

}
