package io.handover.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.ServerAddress;
import com.mongodb.UnixServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.handover.HandoverApplication;
import io.handover.audit.AuditForgery;
import io.handover.testing.ConnectorStub;
import io.handover.testing.EntraTokens;
import io.handover.testing.OtherHost;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestJwtIssuer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The security review's probes of issue 24, re-run from the outside: the service is
 * started on its embedded H2 file store (once in local mode, once in production mode
 * against local stand-ins for Entra ID and the Bot Framework token service) and each
 * finding is tried as an attacker would, over real HTTP and the store's real socket. One
 * line per probe: PASS or FAIL with the evidence. Not a test (surefire never runs it):
 * {@code bench/security-probes.sh}, see bench/README.md.
 */
public final class SecurityProbes {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final String FORGED = "2026-12-03T16:00:00.000Z  INFO 1 --- [handover] [main] "
			+ "io.handover.audit.AuditTrail : audit chain verified intact";

	private static final List<String> results = new ArrayList<>();

	private static final Capture capture = new Capture(System.out);

	private SecurityProbes() {
	}

	public static void main(String[] args) throws Exception {
		System.setOut(new PrintStream(capture, true, StandardCharsets.UTF_8));
		Path folder = Files.createTempDirectory("security-probes-");
		try {
			local(folder.resolve("local.mv"));
			production(folder.resolve("production.mv"));
		}
		finally {
			PrintStream out = capture.original;
			out.println();
			out.println("Security probes (issue 24), " + results.size() + " probes, "
					+ results.stream().filter(r -> r.startsWith("FAIL")).count() + " failed:");
			results.forEach(out::println);
		}
		System.exit(results.stream().anyMatch(r -> r.startsWith("FAIL")) ? 1 : 0);
	}

	// --- local mode: anonymous from this machine only

	private static void local(Path store) throws Exception {
		ConfigurableApplicationContext context = start(store, "--server.forward-headers-strategy=framework",
				"--server.tomcat.remoteip.internal-proxies=.*");
		int port = port(context);
		try {
			attempt("forwardedHeaders", () -> forwardedHeaders(port));
			attempt("serviceUrl", () -> serviceUrl(port));
			attempt("formulaPrefixes", () -> formulaPrefixes(port));
			attempt("utf16WithoutCharset", () -> utf16WithoutCharset(port));
			attempt("storePortWithoutCredential", () -> storePortWithoutCredential(context));
			attempt("auditDelete", () -> deleteNewestEntry(context, port));
		}
		finally {
			context.close();
		}
		ConfigurableApplicationContext restarted = start(store, "--server.forward-headers-strategy=framework");
		try {
			attempt("1c", () -> {
				JsonNode check = json(get(port(restarted), "/api/audit/verify", null).body());
				// after the restart the deletion of the newest entry must still be seen
				report(!check.path("intact").asBoolean(true), "1c audit: the newest entry deleted, service restarted",
						"deleted entry " + deleted + "; GET /api/audit/verify after the restart: " + check);
			});
			attempt("auditEdits", () -> auditEdits(restarted, port(restarted)));
		}
		finally {
			restarted.close();
		}
	}

	private static void forwardedHeaders(int port) throws Exception {
		String external = OtherHost.requiredAddress().getHostAddress();
		List<String> answers = new ArrayList<>();
		boolean refused = true;
		for (String[] claim : new String[][] { { "X-Forwarded-For", "127.0.0.1" }, { "X-Forwarded-For", "::1" },
				{ "Forwarded", "for=127.0.0.1" }, { "Forwarded", "for=\"[::1]\"" } }) {
			HttpResponse<String> answer = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://" + external + ":" + port + "/api/assets"))
					.header(claim[0], claim[1])
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			answers.add(claim[0] + ": " + claim[1] + " -> " + answer.statusCode());
			refused &= answer.statusCode() == 401 || answer.statusCode() == 403;
		}
		int fromLoopback = get(port, "/api/assets", null).statusCode();
		report(refused && fromLoopback == 200,
				"3 forwarded headers pretending loopback (local mode, framework strategy)",
				"from " + external + ": " + answers + "; the same from 127.0.0.1 -> " + fromLoopback);
	}

	private static void serviceUrl(int port) throws Exception {
		try (OtherHost other = OtherHost.start()) {
			String conversation = "a:probe-serviceurl-" + System.nanoTime();
			String activity = TeamsActivity.personalMessage("help")
				.conversation(conversation)
				.serviceUrl(other.url())
				.json();
			HttpResponse<String> answer = post(port, "/api/messages", "application/json", activity, null);
			Thread.sleep(3000);
			report(other.requests() == 0, "5 non-loopback serviceUrl in local mode",
					"activity with serviceUrl " + other.url() + " -> " + answer.statusCode() + " "
							+ abbreviate(answer.body()) + "; requests that reached " + other.address() + ": "
							+ other.requests());
		}
	}

	private static void formulaPrefixes(int port) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 6);
		String upn = "formula." + run + "@probe.example";
		String employees = "name,upn\n\"=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"," + upn + "\n";
		post(port, "/api/employees/import", "text/csv", employees, null);
		JsonNode employee = json(get(port, "/api/employees?upn=" + upn, null).body()).path(0);
		String serial = "FORMULA-" + run;
		post(port, "/api/assets/import", "text/csv",
				"type,serial,model,location\nlaptop," + serial + ",\"=cmd|' /C calc'!A0\",@SUM(1+1)\n", null);
		JsonNode asset = json(get(port, "/api/assets/" + serial, null).body());
		String name = employee.path("name").asString("");
		String notes = asset.path("model").asString("");
		String location = asset.path("location").asString("");
		boolean neutral = name.startsWith("'=") && notes.startsWith("'=") && location.startsWith("'@");
		report(neutral, "7b formula prefixes on import (employees and assets, CSV over HTTP)",
				"stored employee name " + name + ", asset model " + notes + ", asset location " + location
						+ "; Handover writes no CSV or spreadsheet export (the person export is JSON)");
	}

	private static void utf16WithoutCharset(int port) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 6);
		String upn = "utf16." + run + "@probe.example";
		byte[] body = ("name,upn\nJosé Ütf " + run + "," + upn + "\n").getBytes(StandardCharsets.UTF_16LE);
		HttpResponse<String> answer = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/employees/import"))
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode stored = json(get(port, "/api/employees?upn=" + upn, null).body()).path(0);
		String name = stored.path("name").asString("");
		boolean clean = stored.isMissingNode() ? answer.body().contains("REJECTED")
				: name.equals("José Ütf " + run) && !name.contains("\u0000");
		report(clean, "7c UTF-16 CSV without a charset", "import -> " + answer.statusCode() + " "
				+ abbreviate(answer.body()) + "; stored name " + JSON.writeValueAsString(name));
	}

	/**
	 * 1a: another local process, of another user, reaches the embedded store (which has
	 * no authentication). The store must have no TCP port that answers as MongoDB, and
	 * its Unix domain socket must be the service user's alone: the folder 0700, the
	 * socket 0600; run as root, the probe also connects as user nobody. The service's own
	 * user (and root) can still reach the socket by design: they run the service and can
	 * read its data file anyway.
	 */
	private static void storePortWithoutCredential(ConfigurableApplicationContext context) throws Exception {
		ServerAddress address = storeAddress(context);
		List<String> evidence = new ArrayList<>();
		boolean refused = true;
		if (address instanceof UnixServerAddress) {
			Path socket = Path.of(address.getHost());
			String folder = PosixFilePermissions
				.toString(Files.getPosixFilePermissions(socket.getParent(), LinkOption.NOFOLLOW_LINKS));
			String file = PosixFilePermissions
				.toString(Files.getPosixFilePermissions(socket, LinkOption.NOFOLLOW_LINKS));
			refused = folder.equals("rwx------") && file.equals("rw-------");
			evidence.add("the store listens on the Unix domain socket " + socket + " (folder " + folder + ", socket "
					+ file + ", owner " + Files.getOwner(socket, LinkOption.NOFOLLOW_LINKS) + ")");
			if (ProcessSockets.canActAsNobody()) {
				String nobody = ProcessSockets.connectAsNobody(socket);
				refused &= nobody.equals("PermissionError");
				evidence.add("user nobody connecting to it -> " + nobody);
			}
			else {
				evidence.add("not run as root, so no connection as another user was tried");
			}
		}
		else {
			refused = false;
			try (MongoClient stranger = MongoClients
				.create(ProcessSockets.uri(address) + "/?serverSelectionTimeoutMS=3000&connectTimeoutMS=3000")) {
				stranger.getDatabase("handover")
					.getCollection("probe")
					.insertOne(new org.bson.Document("written", "by another local process"));
				evidence.add("a client without any credential wrote to " + address
						+ " (loopback TCP: mongo-java-server has no authentication)");
			}
			catch (RuntimeException ex) {
				evidence.add("the store listens on TCP " + address + "; a write without a credential failed: " + ex);
			}
		}
		if (ProcessSockets.readable()) {
			Set<Integer> ports = ProcessSockets.listeningTcpPorts();
			List<Integer> answered = new ArrayList<>();
			for (int tcp : ports) {
				try (MongoClient stranger = MongoClients.create("mongodb://127.0.0.1:" + tcp
						+ "/?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000&socketTimeoutMS=2000")) {
					stranger.getDatabase("admin").runCommand(new org.bson.Document("ping", 1));
					answered.add(tcp);
				}
				catch (RuntimeException notMongo) {
					// an HTTP port, say
				}
			}
			refused &= answered.isEmpty();
			evidence.add("TCP ports this JVM listens on " + ports + ", of which answer as MongoDB: " + answered);
		}
		evidence.add("the service's own user and root can still connect (they run it and can read its file)");
		report(refused, "1a store: another local user reaches the embedded store without a credential",
				String.join("; ", evidence));
	}

	private static long deleted = -1;

	/**
	 * 1c: the newest entry of the trail deleted through the store's socket, as the
	 * service's own user (checked after a restart).
	 */
	private static void deleteNewestEntry(ConfigurableApplicationContext context, int port) throws Exception {
		for (int i = 0; i < 5; i++) {
			post(port, "/api/employees", "application/json", "{\"name\":\"Audit Probe " + i
					+ "\",\"upn\":\"audit.probe." + i + "." + System.nanoTime() + "@probe.example\"}", null);
		}
		JsonNode before = json(get(port, "/api/audit/verify", null).body());
		if (!before.path("intact").asBoolean(false)) {
			throw new IllegalStateException("the trail is not intact before the probe: " + before);
		}
		try (MongoClient attacker = attacker(context)) {
			MongoTemplate store = new MongoTemplate(attacker, database(context));
			deleted = store.getCollection("audit")
				.find()
				.sort(new org.bson.Document("sequence", -1))
				.limit(1)
				.first()
				.get("sequence", Number.class)
				.longValue();
			store.getCollection("audit").deleteOne(new org.bson.Document("sequence", deleted));
		}
	}

	/**
	 * 1 and 1b: an entry edited in place, then the tail chained again without the key.
	 */
	private static void auditEdits(ConfigurableApplicationContext context, int port) throws Exception {
		try (MongoClient attacker = attacker(context)) {
			MongoTemplate store = new MongoTemplate(attacker, database(context));
			long head = store.getCollection("audit")
				.find()
				.sort(new org.bson.Document("sequence", -1))
				.limit(1)
				.first()
				.get("sequence", Number.class)
				.longValue();
			long edited = Math.max(1, head - 3);
			store.getCollection("audit")
				.updateOne(new org.bson.Document("sequence", edited),
						new org.bson.Document("$set", new org.bson.Document("actorName", "Someone Else")));
			JsonNode afterEdit = json(get(port, "/api/audit/verify", null).body());
			report(!afterEdit.path("intact").asBoolean(true)
					&& afterEdit.path("firstBrokenSequence").asLong(-1) <= edited,
					"1 audit: an entry edited in the store", "entry " + edited + "'s actor changed -> " + afterEdit);
			int rewritten = AuditForgery.rechainFrom(store, edited, "Someone Else");
			JsonNode afterRechain = json(get(port, "/api/audit/verify", null).body());
			report(!afterRechain.path("intact").asBoolean(true)
					&& afterRechain.path("firstBrokenSequence").asLong(-1) <= edited,
					"1b audit: the tail chained again (SHA-256, no key) from the edited entry",
					rewritten + " entries rewritten -> " + afterRechain);
		}
	}

	private static MongoClient attacker(ConfigurableApplicationContext context) {
		ServerAddress address = storeAddress(context);
		return MongoClients.create(ProcessSockets.uri(address));
	}

	private static String database(ConfigurableApplicationContext context) {
		return context.getBean(MongoTemplate.class).getDb().getName();
	}

	// --- production mode: tokens

	private static void production(Path store) throws Exception {
		TestJwtIssuer bot = TestJwtIssuer.shared();
		EntraTokens entra = EntraTokens.shared();
		ConnectorStub connector = ConnectorStub.shared();
		ConfigurableApplicationContext context = start(store, "--MicrosoftAppId=test-app-id",
				"--MicrosoftAppPassword=unused-in-probes", "--BotOpenIdMetadata=" + bot.metadataUrl(),
				"--handover.teams.service-hosts=127.0.0.1", "--handover.api.issuer-uri=" + EntraTokens.ISSUER,
				"--handover.api.jwk-set-uri=" + entra.jwkSetUri(), "--handover.api.audience=" + EntraTokens.AUDIENCE);
		int port = port(context);
		try {
			attempt("anonymousUpload", () -> anonymousUpload(port));
			attempt("parallelAnonymousUploads", () -> parallelAnonymousUploads(port));
			attempt("4a", () -> botToken(port, "4a Bot Framework token without exp",
					bot.token().serviceUrl(connector.serviceUrl()).withoutExpiry().bearer()));
			attempt("4b", () -> botToken(port, "4b Bot Framework token signed by a key without endorsements",
					bot.token().serviceUrl(connector.serviceUrl()).signedByUnendorsedKey().bearer()));
			attempt("restTokenWithoutExpiry", () -> restTokenWithoutExpiry(port, entra));
			attempt("keyIdWithLineBreak", () -> keyIdWithLineBreak(port, bot, connector));
			attempt("actuator", () -> actuator(port, entra));
		}
		finally {
			context.close();
		}
	}

	private static void anonymousUpload(int port) throws Exception {
		long heapBefore = liveHeap();
		Peak peak = Peak.start();
		long start = System.nanoTime();
		Upload upload = upload(port, 49L << 20);
		double seconds = (System.nanoTime() - start) / 1e9;
		long peakUsed = peak.stop();
		long heapAfter = liveHeap();
		report((upload.status == 401 || upload.status == 413) && heapAfter - heapBefore < (8L << 20),
				"2a anonymous 49 MB upload to /api/employees/import",
				String.format(Locale.ROOT,
						"-> %d after %.2f s, %.1f MB of the body sent; live heap %d -> %d MiB, heap in use at most %d MiB",
						upload.status, seconds, upload.sent / 1e6, heapBefore >> 20, heapAfter >> 20, peakUsed >> 20));
	}

	private static void parallelAnonymousUploads(int port) throws Exception {
		long heapBefore = liveHeap();
		Peak peak = Peak.start();
		ExecutorService pool = Executors.newFixedThreadPool(50);
		List<Future<Upload>> uploads = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < 50; i++) {
			uploads.add(pool.submit(() -> upload(port, 49L << 20)));
		}
		Map<Integer, Integer> statuses = new java.util.TreeMap<>();
		long sent = 0;
		for (Future<Upload> upload : uploads) {
			Upload done = upload.get();
			statuses.merge(done.status, 1, Integer::sum);
			sent += done.sent;
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - start) / 1e9;
		long peakUsed = peak.stop();
		long heapAfter = liveHeap();
		boolean allRefused = statuses.keySet().stream().allMatch(s -> s == 401 || s == 413 || s == 503 || s == -1);
		report(allRefused && heapAfter - heapBefore < (16L << 20), "2b 50 parallel anonymous 49 MB uploads",
				String.format(Locale.ROOT,
						"answers %s in %.1f s, %.1f MB sent in all; live heap %d -> %d MiB, heap in use at most %d MiB "
								+ "(max %d MiB)",
						statuses, seconds, sent / 1e6, heapBefore >> 20, heapAfter >> 20, peakUsed >> 20,
						Runtime.getRuntime().maxMemory() >> 20));
	}

	private static void botToken(int port, String probe, String bearer) throws Exception {
		String conversation = "a:probe-" + System.nanoTime();
		String activity = TeamsActivity.personalMessage("help")
			.conversation(conversation)
			.serviceUrl(ConnectorStub.shared().serviceUrl())
			.json();
		HttpResponse<String> answer = post(port, "/api/messages", "application/json", activity, bearer);
		Thread.sleep(500);
		int sent = ConnectorStub.shared().sentTo(conversation).size();
		report(answer.statusCode() == 401 && sent == 0, probe, "POST /api/messages -> " + answer.statusCode() + " "
				+ abbreviate(answer.body()) + "; replies sent: " + sent);
	}

	private static void restTokenWithoutExpiry(int port, EntraTokens entra) throws Exception {
		com.nimbusds.jwt.JWTClaimsSet claims = EntraTokens
			.claims(UUID.randomUUID().toString(), "Probe Admin", "probe.admin@probe.example", List.of("Handover.Admin"))
			.expirationTime(null)
			.build();
		HttpResponse<String> answer = get(port, "/api/assets", "Bearer " + entra.signed(claims));
		HttpResponse<String> control = get(port, "/api/assets", entra.bearer(UUID.randomUUID().toString(),
				"probe.admin@probe.example", "Probe Admin", List.of("Handover.Admin")));
		report(answer.statusCode() == 401 && control.statusCode() == 200, "4c REST API token without exp",
				"GET /api/assets -> " + answer.statusCode() + " " + abbreviate(answer.body())
						+ "; the same token with exp -> " + control.statusCode());
	}

	private static void keyIdWithLineBreak(int port, TestJwtIssuer bot, ConnectorStub connector) throws Exception {
		capture.begin();
		HttpResponse<String> answer;
		try {
			String conversation = "a:probe-kid-" + System.nanoTime();
			String activity = TeamsActivity.personalMessage("help")
				.conversation(conversation)
				.serviceUrl(connector.serviceUrl())
				.json();
			answer = post(port, "/api/messages", "application/json", activity,
					bot.token().serviceUrl(connector.serviceUrl()).keyId("probe-key\r\n" + FORGED).bearer());
			Thread.sleep(1000);
		}
		finally {
			capture.end();
		}
		String log = capture.text();
		boolean forgedLine = log.lines().anyMatch(line -> line.startsWith(FORGED.substring(0, 24)));
		String escaped = log.lines()
			.filter(line -> line.contains("probe-key"))
			.findFirst()
			.map(SecurityProbes::abbreviate)
			.orElse("(no log line names the key id)");
		report(answer.statusCode() == 401 && !forgedLine, "6 a key id with a line break in the logs",
				"POST /api/messages -> " + answer.statusCode() + "; a log line starting with the forged text: "
						+ forgedLine + "; the line: " + escaped);
	}

	private static void actuator(int port, EntraTokens entra) throws Exception {
		String noRole = entra.bearer(UUID.randomUUID().toString(), "nobody@probe.example", "No Role", List.of());
		String it = entra.bearer(UUID.randomUUID().toString(), "it@probe.example", "IT Staff", List.of("Handover.IT"));
		String admin = entra.bearer(UUID.randomUUID().toString(), "admin@probe.example", "Admin",
				List.of("Handover.Admin"));
		List<String> answers = new ArrayList<>();
		boolean closed = true;
		for (String path : List.of("/actuator", "/actuator/info", "/actuator/prometheus")) {
			int none = get(port, path, noRole).statusCode();
			int staff = get(port, path, it).statusCode();
			int anonymous = get(port, path, null).statusCode();
			int administrator = get(port, path, admin).statusCode();
			answers.add(path + ": no role " + none + ", IT " + staff + ", anonymous " + anonymous + ", Admin "
					+ administrator);
			closed &= none == 403 && staff == 403 && anonymous == 401 && administrator != 401 && administrator != 403;
		}
		int health = get(port, "/actuator/health", null).statusCode();
		report(closed, "9 actuator with a token lacking the Admin role", answers + "; /actuator/health " + health);
	}

	// --- helpers

	@FunctionalInterface
	private interface Probe {

		void run() throws Exception;

	}

	/** Runs a probe; one that could not be carried out is a failure, with why. */
	private static void attempt(String name, Probe probe) {
		try {
			probe.run();
		}
		catch (Exception | AssertionError ex) {
			report(false, name, "the probe could not be carried out: " + ex);
		}
	}

	private static ConfigurableApplicationContext start(Path store, String... extra) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--handover.store.embedded.in-memory=false",
				"--handover.store.embedded.file=" + store, "--handover.hr.sync.poll-interval=1d"));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(HandoverApplication.class).run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static ServerAddress storeAddress(ConfigurableApplicationContext context) {
		return context.getBean(MongoClient.class).getClusterDescription().getClusterSettings().getHosts().get(0);
	}

	private static HttpResponse<String> get(int port, String path, String bearer) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(int port, String path, String type, String body, String bearer)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** An anonymous CSV upload of {@code size} bytes, generated as it is sent. */
	private static Upload upload(int port, long size) {
		AtomicLong sent = new AtomicLong();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/employees/import"))
			.header("Content-Type", "text/csv")
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers
				.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
					private final byte[] row = "Someone Anonymous,someone@probe.example\n"
						.getBytes(StandardCharsets.UTF_8);

					@Override
					public int read() {
						long at = sent.getAndIncrement();
						return at >= size ? -1 : this.row[(int) (at % this.row.length)];
					}

					@Override
					public int read(byte[] buffer, int offset, int length) {
						long at = sent.get();
						if (at >= size) {
							return -1;
						}
						int n = (int) Math.min(length, size - at);
						for (int i = 0; i < n; i++) {
							buffer[offset + i] = this.row[(int) ((at + i) % this.row.length)];
						}
						sent.addAndGet(n);
						return n;
					}
				}), size))
			.build();
		try {
			HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Upload(answer.statusCode(), Math.min(sent.get(), size));
		}
		catch (Exception ex) {
			// the server closed the connection while the body was still coming
			return new Upload(-1, Math.min(sent.get(), size));
		}
	}

	private record Upload(int status, long sent) {
	}

	/** The heap still in use after a full collection. */
	private static long liveHeap() {
		System.gc();
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** The most heap in use while it runs (sampled every 20 ms). */
	private static final class Peak {

		private final AtomicLong max = new AtomicLong();

		private volatile boolean running = true;

		private final Thread thread = new Thread(() -> {
			while (this.running) {
				long used = 0;
				for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
					if (pool.getType() == MemoryType.HEAP) {
						used += pool.getUsage().getUsed();
					}
				}
				this.max.accumulateAndGet(used, Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-peak");

		static Peak start() {
			Peak peak = new Peak();
			peak.thread.setDaemon(true);
			peak.thread.start();
			return peak;
		}

		long stop() throws InterruptedException {
			this.running = false;
			this.thread.join();
			return this.max.get();
		}

	}

	private static JsonNode json(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (RuntimeException ex) {
			return JSON.createObjectNode().put("unreadable", abbreviate(text));
		}
	}

	private static String abbreviate(String text) {
		String one = text.replace("\r", "\\r").replace("\n", "\\n");
		return one.length() > 300 ? one.substring(0, 300) + "…" : one;
	}

	private static void report(boolean pass, String probe, String evidence) {
		String line = (pass ? "PASS " : "FAIL ") + probe + " — " + evidence;
		results.add(line);
		capture.original.println(line);
	}

	/** Standard output, copied while a probe reads what the service logs. */
	private static final class Capture extends OutputStream {

		private final PrintStream original;

		private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

		private volatile boolean copying;

		Capture(PrintStream original) {
			this.original = original;
		}

		void begin() {
			synchronized (this.copy) {
				this.copy.reset();
			}
			this.copying = true;
		}

		void end() {
			this.copying = false;
		}

		String text() {
			synchronized (this.copy) {
				return this.copy.toString(StandardCharsets.UTF_8);
			}
		}

		@Override
		public void write(int b) {
			this.original.write(b);
			if (this.copying) {
				synchronized (this.copy) {
					this.copy.write(b);
				}
			}
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.original.write(b, off, len);
			if (this.copying) {
				synchronized (this.copy) {
					this.copy.write(b, off, len);
				}
			}
		}

		@Override
		public void flush() {
			this.original.flush();
		}

	}

}
