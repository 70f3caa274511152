package io.handover.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --startup-only}: starts the bare echo bot and the service N times each,
 * alternating (echo, service, echo, service, ...), each alone on the machine, and
 * measures start-up to the first answered activity (a {@code help} message in a personal
 * chat, its reply sent through the connector stub). Prints every run, the median of each
 * and the ratio of the medians — the machine is shared, so single runs move a lot.
 */
final class StartUp {

	private static final Pattern STARTED = Pattern
		.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

	private StartUp() {
	}

	/** One start: to first answer, and what Spring Boot logged as its own start-up. */
	record Start(String what, int run, long firstAnswerMillis, long readyMillis, long cpuMillis, double springSeconds,
			double processSeconds) {

	}

	static void run(Bench.Options options, Path work) throws Exception {
		List<String> echoJvm = (options.echoJvm != null) ? options.echoJvm : options.jvm;
		List<String> serviceJvm = options.jvm;
		Path serviceJar = options.jar;
		Path echoJar = options.echoJar;
		if (options.cds) {
			Path cds = work.resolve("cds");
			serviceJar = extract(options.jar, cds.resolve("service"));
			echoJar = extract(options.echoJar, cds.resolve("echo"));
			serviceJvm = trained("service", serviceJar, serviceJvm, options.inMemory, work);
			echoJvm = trained("echo", echoJar, echoJvm, false, work);
		}
		List<Start> starts = new ArrayList<>();
		double loadBefore = load();
		for (int run = 1; run <= options.startUpRuns; run++) {
			try (ConnectorStub connector = new ConnectorStub(Bench.STAFF, 0)) {
				Activities activities = new Activities(connector.serviceUrl());
				try (ServiceProcess echo = ServiceProcess.startEcho(echoJar, echoJvm, work)) {
					starts.add(measure("echo", run, echo, activities, false));
				}
				try (ServiceProcess service = ServiceProcess.start(serviceJar, serviceJvm, options.inMemory, work)) {
					starts.add(measure("service", run, service, activities, true));
				}
			}
		}
		double loadAfter = load();
		long echoMedian = median(starts, "echo");
		long serviceMedian = median(starts, "service");
		long serviceFirstAnswer = median(starts, "service", Start::firstAnswerMillis);
		long echoCpu = median(starts, "echo", Start::cpuMillis);
		long serviceCpu = median(starts, "service", Start::cpuMillis);
		String table = table(starts);
		String summary = String.format(Locale.ROOT,
				"Median start-up to ready: bare echo bot %.2f s, Handover %.2f s (first answer %.2f s), ratio **%.2f×**"
						+ " (goal ≤ 1.5×) · CPU used until then: echo %.1f s, Handover %.1f s, ratio %.2f× ·"
						+ " %d runs each, alternating · load average %.1f before, %.1f after%n%n"
						+ "Service: `%s` with `%s`%n%nEcho: `%s` with `%s`",
				echoMedian / 1000.0, serviceMedian / 1000.0, serviceFirstAnswer / 1000.0,
				(double) serviceMedian / echoMedian, echoCpu / 1000.0, serviceCpu / 1000.0,
				(double) serviceCpu / echoCpu, options.startUpRuns, loadBefore, loadAfter, serviceJar,
				String.join(" ", serviceJvm), echoJar, String.join(" ", echoJvm));
		System.out.println();
		System.out.println(table);
		System.out.println(summary);
		if (options.results != null) {
			Files.writeString(options.results, "\n## Start-up only, run of " + Bench.now() + "\n\n" + Results.machine()
					+ "\n\nCommand: `bench/run.sh " + options.commandLine + "`\n\n" + table + "\n" + summary + "\n",
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			System.out.println("Appended to " + options.results);
		}
	}

	/**
	 * Spring Boot's extracted layout ({@code java -Djarmode=tools -jar app.jar extract}):
	 * the class-data archive needs a class path of plain jars.
	 */
	private static Path extract(Path jar, Path folder) throws IOException, InterruptedException {
		Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--force", "--destination",
				folder.toAbsolutePath().toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (extract.waitFor() != 0) {
			throw new IllegalStateException("Could not extract " + jar);
		}
		return folder.resolve(jar.getFileName());
	}

	/**
	 * A training run that stops once the context is refreshed (Spring Boot's
	 * {@code spring.context.exit=onRefresh}) and writes the archive; the JVM options to
	 * start with it. Java 25 and later: the AOT cache (JEP 483/514), else AppCDS.
	 */
	private static List<String> trained(String what, Path jar, List<String> jvm, boolean inMemory, Path work)
			throws IOException, InterruptedException {
		boolean aotCache = Runtime.version().feature() >= 25;
		Path archive = jar.resolveSibling(what + (aotCache ? ".aot" : ".jsa")).toAbsolutePath();
		List<String> training = new ArrayList<>(jvm);
		training.add((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive);
		training.add("-Dspring.context.exit=onRefresh");
		try (ServiceProcess run = what.equals("echo") ? ServiceProcess.startEcho(jar, training, work)
				: ServiceProcess.start(jar, training, inMemory, work)) {
			if (!run.exited(Duration.ofMinutes(5)) || !Files.exists(archive)) {
				throw new IllegalStateException("The " + what + " training run made no archive; see " + run.log());
			}
		}
		List<String> started = new ArrayList<>(jvm);
		started.add((aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
		return started;
	}

	private static Start measure(String what, int run, ServiceProcess process, Activities activities, boolean readiness)
			throws Exception {
		Load load = new Load(process.messagesUrl());
		long firstAnswer = Bench.firstAnswer(process, load, activities).toMillis();
		// Ready means both: a turn is answered and the readiness probe (the one the load
		// balancer asks) says UP, which Spring Boot says only after the application
		// runners.
		long ready = readiness ? Math.max(firstAnswer, readinessUp(process).toMillis()) : firstAnswer;
		long cpu = process.cpuMillis();
		double spring = Double.NaN;
		double jvm = Double.NaN;
		Matcher started = STARTED.matcher(process.logText());
		if (started.find()) {
			spring = Double.parseDouble(started.group(1));
			jvm = Double.parseDouble(started.group(2));
		}
		Start start = new Start(what, run, firstAnswer, ready, cpu, spring, jvm);
		System.out.printf(Locale.ROOT,
				"run %d %-7s first answer %5d ms, ready %5d ms, CPU %5d ms (Spring Boot: started in %.2f s, JVM %.2f s)%n",
				run, what, firstAnswer, ready, cpu, spring, jvm);
		return start;
	}

	/** Polls the readiness probe every 50 ms until it answers 200 (UP). */
	private static Duration readinessUp(ServiceProcess process) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest probe = HttpRequest.newBuilder(URI.create(process.baseUrl() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(10))
			.build();
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			if (http.send(probe, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
				return process.sinceStart();
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("Not ready within 3 minutes; see " + process.log());
	}

	static long median(List<Start> starts, String what) {
		return median(starts, what, Start::readyMillis);
	}

	static long median(List<Start> starts, String what, java.util.function.ToLongFunction<Start> figure) {
		long[] millis = starts.stream().filter(start -> start.what().equals(what)).mapToLong(figure).sorted().toArray();
		int n = millis.length;
		return (n % 2 == 1) ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
	}

	private static String table(List<Start> starts) {
		StringBuilder out = new StringBuilder(
				"| run | echo: first answer ms | echo: CPU ms | echo: Spring Boot \"started in\" s | Handover: first answer ms | Handover: readiness UP and answered ms | Handover: CPU ms | Handover: Spring Boot \"started in\" s | ratio (ready) |\n"
						+ "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (int i = 0; i + 1 < starts.size(); i += 2) {
			Start echo = starts.get(i);
			Start service = starts.get(i + 1);
			out.append(String.format(Locale.ROOT, "| %d | %d | %d | %.2f | %d | %d | %d | %.2f | %.2f× |%n", echo.run(),
					echo.readyMillis(), echo.cpuMillis(), echo.springSeconds(), service.firstAnswerMillis(),
					service.readyMillis(), service.cpuMillis(), service.springSeconds(),
					(double) service.readyMillis() / echo.readyMillis()));
		}
		return out.toString();
	}

	private static double load() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

}
