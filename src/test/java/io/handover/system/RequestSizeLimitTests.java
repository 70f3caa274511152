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
import java.util.List;

import io.handover.e2e.MockTenantDirectory;
import io.handover.testing.ConnectorStub;
import io.handover.testing.OtherHost;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.beans.factory.annotation.Autowired;
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
@Import({ TestClockConfiguration.class, MockTenantDirectory.class })
@AutoConfigureMetrics
@AutoConfigureTestRestTemplate
class RequestSizeLimitTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ImportGate gate;

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

	/**
	 * Issue 24, finding 2: who may upload is decided before the body is read. A caller
	 * from another machine (anonymous in local mode) announcing 49 MB gets its 403 at
	 * once, although it never sends the body; reading first would wait for all of it.
	 */
	@Test
	void anAnonymousUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
		String elsewhere = elsewhere();

		assertThat(announceUpload(elsewhere, "/api/employees/import", 49L * 1024 * 1024)).startsWith("HTTP/1.1 403");
	}

	@Test
	void fiftyAnonymousUploadsAtOnceAreRefusedWithoutReadingThemOrFillingTheHeap() throws Exception {
		String elsewhere = elsewhere();
		long heapBefore = usedHeap();

		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(50);
		try {
			List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 50; i++) {
				String path = i % 2 == 0 ? "/api/employees/import" : "/api/assets/import";
				answers.add(pool.submit(() -> announceUpload(elsewhere, path, 49L * 1024 * 1024)));
			}
			for (java.util.concurrent.Future<String> answer : answers) {
				assertThat(answer.get(30, java.util.concurrent.TimeUnit.SECONDS)).startsWith("HTTP/1.1 403");
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(usedHeap() - heapBefore).as("heap grown by the uploads").isLessThan(128L * 1024 * 1024);
	}

	@Test
	void aChunkedImportOverTheLimitIsRefusedWith413WhileItStreams() throws Exception {
		byte[] row = "laptop,CHUNK-0000000000,somewhere\n".getBytes(StandardCharsets.UTF_8);
		long total = 51L * 1024 * 1024;
		java.io.InputStream endless = new java.io.InputStream() {

			long sent;

			@Override
			public int read() {
				return this.sent < total ? row[(int) (this.sent++ % row.length)] : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.sent >= total) {
					return -1;
				}
				int n = (int) Math.min(length, total - this.sent);
				for (int i = 0; i < n; i++) {
					buffer[offset + i] = row[(int) ((this.sent + i) % row.length)];
				}
				this.sent += n;
				return n;
			}

		};
		HttpRequest request = HttpRequest.newBuilder(uri("/api/assets/import"))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
					new ByteArrayInputStream("type,serialNumber,location\n".getBytes(StandardCharsets.UTF_8)),
					endless)))
			.build();

		HttpResponse<String> answer;
		try {
			answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException closedWhileSending) {
			// the server may close the connection before the client finished sending
			return;
		}

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("50 MB", "nothing was changed");
	}

	@Test
	void importsBeyondTheConcurrentLimitAreAskedToComeBack() throws Exception {
		List<Socket> held = new java.util.ArrayList<>();
		// an upload of an earlier test may still be read on a loaded machine
		awaitFreePlaces(2);
		try {
			// two authorised uploads that take their time: both places are taken
			for (int i = 0; i < 2; i++) {
				Socket socket = new Socket("127.0.0.1", this.port);
				socket.getOutputStream()
					.write(("POST /api/assets/import HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
							+ "Content-Length: 100000\r\n\r\ntype,serialNumber\n")
						.getBytes(StandardCharsets.UTF_8));
				socket.getOutputStream().flush();
				held.add(socket);
			}
			awaitFreePlaces(0);
			HttpResponse<String> third = awaitStatus(503, "type,serialNumber\nlaptop,GATE-" + System.nanoTime() + "\n");

			assertThat(third.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(JSON.readTree(third.body()).path("detail").asString()).contains("nothing was changed");
		}
		finally {
			for (Socket socket : held) {
				socket.close();
			}
		}
		// the places are free again once those uploads end
		assertThat(awaitStatus(200, "type,serialNumber\nlaptop,GATE-" + System.nanoTime() + "\n").statusCode())
			.isEqualTo(200);
	}

	private void awaitFreePlaces(int free) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (this.gate.freePlaces() != free && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.gate.freePlaces()).as("free import places").isEqualTo(free);
	}

	private HttpResponse<String> awaitStatus(int status, String csv) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		HttpResponse<String> answer;
		do {
			answer = this.http.send(HttpRequest.newBuilder(uri("/api/assets/import"))
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofString(csv))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() == status) {
				return answer;
			}
			Thread.sleep(100);
		}
		while (System.nanoTime() < deadline);
		return answer;
	}

	/**
	 * Sends the headers of an upload of {@code length} bytes and 64 kB of it, and returns
	 * the answer's status line (within 10 s).
	 */
	private String announceUpload(String address, String path, long length) throws IOException {
		try (Socket socket = new Socket(address, this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("POST " + path + " HTTP/1.1\r\nHost: " + address + "\r\nContent-Type: text/csv\r\n"
						+ "Content-Length: " + length + "\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream().write(new byte[64 * 1024]);
			socket.getOutputStream().flush();
			java.io.BufferedReader in = new java.io.BufferedReader(
					new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			return in.readLine();
		}
	}

	/** This machine's non-loopback address: to Handover, another machine. */
	private static String elsewhere() {
		try (OtherHost other = OtherHost.start()) {
			return other.address();
		}
	}

	private static long usedHeap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
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
