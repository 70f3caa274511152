package io.handover.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged Handover jar ({@code target/handover-*.jar}) as a process of its own, in
 * local mode on its embedded H2 store file, which survives {@link #kill()} and is opened
 * again by {@link #start()}: a server that loses power, or a container the orchestrator
 * kills, and comes back on the same disk.
 */
final class ServiceJar implements AutoCloseable {

	private static final Pattern STORE = Pattern.compile("Embedded store \\(.*\\) listening on (mongodb://\\S+)");

	private final Path jar;

	private final Path folder;

	private final int port;

	private final List<String> jvmOptions;

	private final List<String> arguments;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Process process;

	private Path log;

	private int starts;

	/**
	 * @param arguments more application arguments, e.g. {@code --handover.graph.…}
	 */
	ServiceJar(Path folder, List<String> jvmOptions, List<String> arguments) throws IOException {
		this.jar = packagedJar();
		this.folder = Files.createDirectories(folder);
		this.port = freePort();
		this.jvmOptions = jvmOptions;
		this.arguments = arguments;
	}

	/** The jar the build packaged (failsafe runs after {@code package}). */
	static Path packagedJar() throws IOException {
		try (var files = Files.list(Path.of("target"))) {
			return files.filter(path -> path.getFileName().toString().matches("handover-.*\\.jar"))
				.filter(path -> !path.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No target/handover-*.jar: run the fault suite after `./mvnw package` (failsafe does)"));
		}
	}

	/** Starts the service on the store file and waits until it is ready for turns. */
	void start() throws IOException, InterruptedException {
		this.starts++;
		this.log = this.folder.resolve("service-" + this.starts + ".log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmOptions);
		command.add("-jar");
		command.add(this.jar.toAbsolutePath().toString());
		command.add("--server.port=" + this.port);
		command.add("--server.address=127.0.0.1");
		command.add("--handover.store.embedded.file=" + this.folder.resolve("handover.mv").toAbsolutePath());
		// The organisation's daily rounds would only add noise to the counts.
		command.add("--handover.schedules.tick=-");
		command.add("--handover.runbook.cron=-");
		// A card whose post a kill interrupted is posted again once its claim is this
		// old (default 2 min, longer than a post can take); the local connector answers
		// in milliseconds.
		command.add("--handover.teams.card-claim-timeout=15s");
		// Audit drafts a kill left behind are appended by the sweep once they are this
		// old
		// (default 1 min, then a sweep a minute): the run waits for them before its
		// checks,
		// so the defaults kept CrashIT waiting up to two minutes after its last card.
		command.add("--handover.audit.sweep-grace=15s");
		command.add("--handover.audit.sweep-interval=5s");
		// issue 16: the staff member who links the department channels is an
		// Administrator (anyone else's link is only a request)
		command.add("--handover.access.admins=" + Turns.STAFF.aadObjectId());
		command.addAll(this.arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.log.toFile())
			.directory(this.folder.toFile());
		builder.environment().remove("MicrosoftAppId");
		builder.environment().remove("MONGODB_URI");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		Process started = builder.start();
		this.process = started;
		// A test JVM stopped half-way must not leave the service running.
		Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
		awaitReady(Duration.ofMinutes(3));
	}

	/** SIGKILL: no shutdown hook, no graceful stop, no last commit. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The service did not die on SIGKILL");
		}
	}

	boolean alive() {
		return this.process != null && this.process.isAlive();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/** The embedded store's address, from this run's log. */
	String storeUri() {
		Matcher matcher = STORE.matcher(logText());
		if (!matcher.find()) {
			throw new IllegalStateException("The service did not log its store's address; see " + this.log);
		}
		return matcher.group(1);
	}

	Path log() {
		return this.log;
	}

	Path folder() {
		return this.folder;
	}

	int starts() {
		return this.starts;
	}

	String logText() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitReady(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service stopped during start-up; see " + this.log);
			}
			try {
				if (this.http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Not ready within " + timeout + "; see " + this.log);
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process != null) {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
