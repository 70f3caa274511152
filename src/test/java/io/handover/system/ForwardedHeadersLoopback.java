package io.handover.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.handover.testing.ConnectorStub;
import io.handover.testing.OtherHost;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24, finding 3: local mode answers this machine only, judged by the TCP peer. A
 * caller on another machine that claims to be 127.0.0.1 in {@code X-Forwarded-For} or
 * {@code Forwarded} is refused, whatever {@code server.forward-headers-strategy} says and
 * however much the proxy configuration trusts. The "other machine" is this machine's own
 * non-loopback address, reached over a real socket.
 */
abstract class ForwardedHeadersLoopback {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	ConnectorStub connector = ConnectorStub.shared();

	@Test
	void aCallerFromAnotherAddressClaimingLoopbackIsRefusedByTheApi() throws Exception {
		for (String[] claim : forgedClaims()) {
			HttpResponse<String> answer = this.http.send(
					HttpRequest.newBuilder(external("/api/assets")).header(claim[0], claim[1]).GET().build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(answer.statusCode()).as(claim[0] + ": " + claim[1]).isEqualTo(403);
		}
	}

	@Test
	void anAnonymousActivityFromAnotherAddressClaimingLoopbackIsRefusedAndChangesNothing() throws Exception {
		String conversation = "a:forwarded-" + System.nanoTime();
		String activity = TeamsActivity.personalMessage("help")
			.conversation(conversation)
			.serviceUrl(this.connector.serviceUrl())
			.json();

		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(external("/api/messages"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", "127.0.0.1")
			.header("Forwarded", "for=127.0.0.1")
			.POST(HttpRequest.BodyPublishers.ofString(activity))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.body()).contains("from this machine only");
		assertThat(this.connector.sentTo(conversation)).isEmpty();
		assertThat(this.mongo.getCollection("conversations").countDocuments(new org.bson.Document("_id", conversation)))
			.isZero();
	}

	@Test
	void aCallerOnThisMachineIsAnsweredWhateverItsForwardedHeadersSay() throws Exception {
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/assets"))
				.header("X-Forwarded-For", "203.0.113.9")
				.header("Forwarded", "for=203.0.113.9")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(200);
	}

	private static String[][] forgedClaims() {
		return new String[][] { { "X-Forwarded-For", "127.0.0.1" }, { "X-Forwarded-For", "::1" },
				{ "X-Forwarded-For", "127.0.0.1, 127.0.0.1" }, { "Forwarded", "for=127.0.0.1" },
				{ "Forwarded", "for=\"[::1]\"" } };
	}

	private URI external(String path) {
		return URI.create("http://" + OtherHost.requiredAddress().getHostAddress() + ":" + this.port + path);
	}

}
