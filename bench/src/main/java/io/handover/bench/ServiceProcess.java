package io.handover.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged Handover jar running as a process of its own, on its embedded store (an H2
 * file in a fresh temporary folder, or in memory), in local mode: anonymous activities
 * from this machine, as the Agents Playground sends them.
 */
final class ServiceProcess implements AutoCloseable {

	private static final Pattern STORE = Pattern.compile("Embedded store \\(.*\\) listening on (mongodb://\\S+)");

	private final Process process;

	private final int port;

	private final Path log;

	private final Path dataFolder;

	private final long startedNanos;

	private ServiceProcess(Process process, int port, Path log, Path dataFolder, long startedNanos) {
		this.process = process;
		this.port = port;
		this.log = log;
		this.dataFolder = dataFolder;
		this.startedNanos = startedNanos;
	}

	/** Keep equal to JAVA_OPTS in infra/modules/app.bicep and the README. */
	static final String PRODUCTION_JVM = "-Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m"
			+ " -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -Dio.netty.allocator.numDirectArenas=1"
			+ " -XX:TrimNativeHeapInterval=5000";

	static ServiceProcess start(Path jar, List<String> jvmOptions, boolean inMemory, Path workFolder)
			throws IOException {
		return start(jar, jvmOptions, inMemory, workFolder, List.of());
	}

	/**
	 * @param settings extra {@code --name=value} settings of the service, e.g. the Graph
	 * stub's addresses
	 */
	static ServiceProcess start(Path jar, List<String> jvmOptions, boolean inMemory, Path workFolder,
			List<String> settings) throws IOException {
		return startOn(jar, jvmOptions, inMemory, workFolder, Files.createTempDirectory(workFolder, "store-"),
				freePort(), settings, "service.log");
	}

	/**
	 * The service on this store folder and port: a restart after {@link #kill()} opens
	 * the same H2 file, as a server that lost power comes back on the same disk.
	 */
	static ServiceProcess startOn(Path jar, List<String> jvmOptions, boolean inMemory, Path workFolder, Path dataFolder,
			int port, List<String> settings, String logName) throws IOException {
		Path log = workFolder.resolve(logName);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		command.add("--server.port=" + port);
		command.add("--server.address=127.0.0.1");
		command.add("--handover.store.embedded.in-memory=" + inMemory);
		command.add("--handover.store.embedded.file=" + dataFolder.resolve("handover.mv"));
		command.addAll(settings);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(workFolder.toFile());
		// Local mode even if the shell that runs the bench has bot or store settings.
		builder.environment().remove("MicrosoftAppId");
		builder.environment().remove("MONGODB_URI");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		// As infra/modules/app.bicep sets it: glibc otherwise keeps a malloc arena per
		// thread, tens of MiB of RSS the heap settings do not cap.
		builder.environment().put("MALLOC_ARENA_MAX", "2");
		long started = System.nanoTime();
		return new ServiceProcess(builder.start(), port, log, dataFolder, started);
	}

	/**
	 * The bare echo bot (bench/echo) with the same JVM options: the floor of start-up and
	 * of a turn on Spring Boot and the SDK.
	 */
	static ServiceProcess startEcho(Path jar, List<String> jvmOptions, Path workFolder) throws IOException {
		int port = freePort();
		Path log = workFolder.resolve("echo.log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		command.add("--server.port=" + port);
		command.add("--server.address=127.0.0.1");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(workFolder.toFile());
		builder.environment().remove("MicrosoftAppId");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		builder.environment().put("MALLOC_ARENA_MAX", "2");
		long started = System.nanoTime();
		// close() deletes the data folder: give it an empty one of its own
		Path nothing = Files.createTempDirectory(workFolder, "echo-");
		return new ServiceProcess(builder.start(), port, log, nothing, started);
	}

	/** The embedded store's H2 file. */
	Path storeFile() {
		return this.dataFolder.resolve("handover.mv");
	}

	/** SIGKILL without waiting (a shutdown hook's last resort). */
	void destroyNow() {
		this.process.destroyForcibly();
	}

	/** SIGKILL: no shutdown hook, no graceful stop; the store folder stays. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The service did not die on SIGKILL");
		}
	}

	int port() {
		return this.port;
	}

	Path dataFolder() {
		return this.dataFolder;
	}

	/** Stops the service as App Service does (SIGTERM, graceful shutdown) and waits. */
	void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	String messagesUrl() {
		return baseUrl() + "/api/messages";
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	long pid() {
		return this.process.pid();
	}

	boolean alive() {
		return this.process.isAlive();
	}

	Duration sinceStart() {
		return Duration.ofNanos(System.nanoTime() - this.startedNanos);
	}

	/** The embedded store's connection string, from the service's start-up log. */
	String storeUri(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Matcher matcher = STORE.matcher(logText());
			if (matcher.find()) {
				return matcher.group(1);
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The service did not log its embedded store's address; see " + this.log);
	}

	/**
	 * CPU time the process has used so far (user + system, from /proc/PID/stat), in
	 * milliseconds; -1 where unknown. Steadier than wall time on a shared machine.
	 */
	long cpuMillis() {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
			// the fields after the command name (in parentheses, may hold spaces)
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return ticks * 10; // USER_HZ is 100 on Linux
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** Peak resident set size so far (VmHWM), in KiB. */
	long peakRssKib() {
		return statusField("VmHWM:");
	}

	/** Resident set size now (VmRSS), in KiB. */
	long rssKib() {
		return statusField("VmRSS:");
	}

	Path log() {
		return this.log;
	}

	String logText() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long statusField(String name) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
				if (line.startsWith(name)) {
					return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
				}
			}
			return -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** Waits for a process that ends by itself (a training run); false if it did not. */
	boolean exited(Duration timeout) throws InterruptedException {
		return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) && this.process.exitValue() == 0;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
		deleteQuietly(this.dataFolder);
	}

	private static void deleteQuietly(Path folder) {
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary folder under bench/target is harmless
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
