package io.handover.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.ObjectMapper;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized and malformed requests over real HTTP, through Tomcat: Tomcat limits only
 * form posts and headers, so the body limits are Handover's own. A body over the limit is
 * refused with 413 before it is read, whether its length is declared or it arrives in
 * chunks; headers over Tomcat's 8 kB and URLs Tomcat or the firewall cannot accept are
 * refused without a stack trace or the server's name. Same Spring context as
 * {@link OperationsTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@AutoConfigureMetrics
@AutoConfigureTestRestTemplate
class RequestSizeLimitTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	ConnectorStub connector = ConnectorStub.shared();

	@Test
	void anActivityOverTheLimitIsRefusedWith413NamingTheLimit() throws Exception {
		String body = activity("x".repeat(300_000));

		HttpResponse<String> answer = post("/api/messages", HttpRequest.BodyPublishers.ofString(body));

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("256 kB", "/api/messages");
	}

	@Test
	void aChunkedActivityOverTheLimitIsRefusedWithoutReadingItAll() throws Exception {
		byte[] body = activity("y".repeat(2_000_000)).getBytes(StandardCharsets.UTF_8);

		// no Content-Length: the client streams the body in chunks (Tomcat swallows up to
		// 2 MB of what is left after the answer, then closes)
		HttpResponse<String> answer = post("/api/messages",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("256 kB");
	}

	@Test
	void anActivityUnderTheLimitWithALongTextIsAnsweredTooLong() throws Exception {
		String conversation = "a:size-long-" + System.nanoTime();
		String body = TeamsActivity.personalMessage("z".repeat(30_000))
			.conversation(conversation)
			.serviceUrl(this.connector.serviceUrl())
			.json();

		HttpResponse<String> answer = post("/api/messages", HttpRequest.BodyPublishers.ofString(body));

		assertThat(answer.statusCode()).isEqualTo(202);
		assertThat(this.connector.sentTo(conversation)).singleElement()
			.satisfies(reply -> assertThat(reply.text()).contains("too long", "30000 characters", "at most 20000"));
	}

	@Test
	void anApiBodyOverTheLimitIsRefusedWith413() throws Exception {
		String body = "{\"name\":\"" + "n".repeat(1_100_000) + "\",\"upn\":\"huge@contoso.example\"}";

		HttpResponse<String> answer = post("/api/employees", HttpRequest.BodyPublishers.ofString(body));

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("1 MB");
	}

	@Test
	void headersOverTomcatsLimitAreRefusedWithoutDetailsOfTheServer() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/api/messages"))
			.header("Content-Type", "application/json")
			.header("X-Padding", "p".repeat(20_000))
			.POST(HttpRequest.BodyPublishers.ofString(activity("help")))
			.build();

		HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertNoServerDetails(answer.body());
	}

	@Test
	void pathsTheFirewallRefusesSayWhy() throws Exception {
		for (String path : new String[] { "/api/tasks/a;b=c", "/api/tasks/%25", "/api/tasks/a%3Bb" }) {
			HttpResponse<String> answer = get(path);

			assertThat(answer.statusCode()).as(path).isEqualTo(400);
			assertThat(answer.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(JSON.readTree(answer.body()).path("detail").asString()).as(path).contains("does not accept");
		}
	}

	/**
	 * Tomcat refuses an encoded slash or backslash itself, before any filter: a bare 400
	 * page, which names neither the server nor its version.
	 */
	@Test
	void encodedSlashesAreRefusedByTomcatWithoutDetailsOfTheServer() throws Exception {
		for (String path : new String[] { "/api/tasks/JML-0001%2F..%2F1", "/api/tasks/a%5Cb" }) {
			HttpResponse<String> answer = get(path);

			assertThat(answer.statusCode()).as(path).isEqualTo(400);
			assertNoServerDetails(answer.body());
		}
	}

	@Test
	void aRequestLineTomcatCannotParseIsRefusedWithoutDetailsOfTheServer() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(5000);
			socket.getOutputStream()
				.write("GET /api/tasks/<script> HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.UTF_8));
			String answer = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);

			assertThat(answer).startsWith("HTTP/1.1 400");
			assertNoServerDetails(answer);
		}
		catch (IOException closed) {
			// Tomcat may also just close the connection: nothing leaks either way.
		}
	}

	private static void assertNoServerDetails(String body) {
		assertThat(body).doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.")
			.doesNotContain("Exception")
			.doesNotContainIgnoringCase("Apache Tomcat/");
	}

	private String activity(String text) {
		return TeamsActivity.personalMessage(text)
			.conversation("a:size-" + System.nanoTime())
			.serviceUrl(this.connector.serviceUrl())
			.json();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(body)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
