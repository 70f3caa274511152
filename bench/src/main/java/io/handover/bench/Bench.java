package io.handover.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The performance benchmark of issue 8: starts the service jar as a process of its own
 * with the production heap settings, a connector stub on loopback, and drives real Bot
 * Framework activities at {@code /api/messages} from {@code --conversations} concurrent
 * conversations. Prints one table with each scenario's ratio to the baseline measured in
 * the same run. See bench/README.md.
 */
public final class Bench {

	static final ConnectorStub.Staff STAFF = new ConnectorStub.Staff("29:bench-it-staff", "bench-aad-it-staff",
			"Peter de Boer", "peter.deboer@contoso.example");

	static final String TEAM = "19:bench-team@thread.tacv2";

	static final String FACILITIES = "19:bench-facilities@thread.tacv2";

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		Path work = Path.of("bench", "target", "run").toAbsolutePath();
		Files.createDirectories(work);
		if (options.runbook) {
			leaverRunbook(options, work);
			System.exit(0);
		}
		if (options.nothingLeftBehind) {
			try {
				nothingLeftBehind(options, work);
			}
			catch (Exception failed) {
				// the stubs' worker threads would keep a failed driver running for good
				failed.printStackTrace();
				System.exit(1);
			}
			System.exit(0);
		}
		if (options.startUpRuns > 0) {
			StartUp.run(options, work);
			System.exit(0);
		}
		if (options.scaleOnly) {
			assetRegisterAtScale(options, work);
			System.exit(0);
		}
		if (options.storeSoak) {
			storeSoak(options, work);
			System.exit(0);
		}
		List<Row> rows = new ArrayList<>();
		EchoFloor echo = options.echo ? echoFloor(options, work) : null;
		try (ConnectorStub connector = new ConnectorStub(STAFF, options.connectorLatencyMillis);
				// issue 16: only an Administrator links department channels; anyone
				// else's
				// link is a request and the channel gets no cards until it is approved
				ServiceProcess service = ServiceProcess.start(options.jar, options.jvm, options.inMemory, work,
						List.of("--handover.access.admins=" + STAFF.aadObjectId()))) {
			Activities activities = new Activities(connector.serviceUrl());
			Load load = new Load(service.messagesUrl()).reportSlowerThan(options.slowMillis);
			System.out.printf("Service pid %d (%s), connector stub %s, log %s%n", service.pid(),
					String.join(" ", options.jvm), connector.serviceUrl(), service.log());
			Duration startUp = firstAnswer(service, load, activities);
			System.out.printf("Start-up to first answered activity: %.1f s%n", startUp.toMillis() / 1000.0);
			linkDepartments(load, activities, connector);
			registerManagers(service, options.conversations);

			Scenarios scenarios = new Scenarios(load, activities, connector, service, options);
			Row help = scenarios.help();
			Row echoRow = echo == null ? null : echo.row();
			if (echoRow != null) {
				rows.add(echoRow);
			}
			rows.add(help);
			rows.addAll(scenarios.announcement());
			rows.add(scenarios.taskDone());

			String table = Row.table(rows, echoRow, help);
			System.out.println();
			System.out.println(table);
			long peak = service.peakRssKib();
			String summary = String.format(Locale.ROOT,
					"Peak RSS of the service (VmHWM): %d MiB · start-up to first answer: %.1f s%s · JVM: %s",
					peak / 1024, startUp.toMillis() / 1000.0,
					(echo != null) ? String.format(Locale.ROOT, " (bare echo bot: %.1f s, ratio %.2f×)",
							echo.startUp().toMillis() / 1000.0, (double) startUp.toMillis() / echo.startUp().toMillis())
							: "",
					String.join(" ", options.jvm));
			System.out.println(summary);
			if (options.results != null) {
				Results.append(options.results, options, table, summary);
				System.out.println("Appended to " + options.results);
			}
		}
		if (options.scale) {
			assetRegisterAtScale(options, work);
		}
		// the HTTP client's and the stub's worker threads would keep the JVM alive
		System.exit(0);
	}

	/**
	 * The asset register at scale, on a service process of its own (a fresh store, no
	 * department channels linked, no leaver runbooks running): the leaver task generation
	 * and the register's queries, with their access paths.
	 */
	private static void assetRegisterAtScale(Options options, Path work) throws Exception {
		List<String> settings = new ArrayList<>();
		// 1,000 of the generated leavers are past their last working day: their leaver
		// runbooks would all fall due at once and run through the measurement (the
		// runbook has a scenario of its own, --runbook)
		settings.add("--handover.runbook.cron=-");
		// issue 16: the staff member who links the channels is an Administrator
		settings.add("--handover.access.admins=" + STAFF.aadObjectId());
		if (options.mongodbUri != null) {
			settings.add("--handover.store.uri=" + options.mongodbUri);
			settings.add("--handover.store.database=" + Options.MONGODB_DATABASE);
		}
		if (options.mongodbUri != null) {
			try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(options.mongodbUri)) {
				// the bench's own database, emptied so each run starts from nothing
				client.getDatabase(Options.MONGODB_DATABASE).drop();
			}
		}
		try (ConnectorStub connector = new ConnectorStub(STAFF, options.connectorLatencyMillis);
				ServiceProcess service = ServiceProcess.start(options.jar, options.jvm, options.inMemory, work,
						settings)) {
			Activities activities = new Activities(connector.serviceUrl());
			Load load = new Load(service.messagesUrl());
			System.out.printf("Asset register at scale: service pid %d (%s), store %s, log %s%n", service.pid(),
					String.join(" ", options.jvm), options.mongodbUri != null ? options.mongodbUri : "embedded",
					service.log());
			firstAnswer(service, load, activities);
			String storeUri = options.mongodbUri != null ? options.mongodbUri : service.storeUri(Duration.ofSeconds(5));
			String database = options.mongodbUri != null ? Options.MONGODB_DATABASE : "handover";
			String scale = new AssetRegisterAtScale(storeUri, database, options.mongodbUri != null, service.baseUrl(),
					options.employees, 3, Math.min(2_000, options.employees))
				.run();
			String heading = String.format(Locale.ROOT,
					"Asset register at scale (%s store, load average %s at the end):%n%n", options.mongodbUri != null
							? "MongoDB" : (options.inMemory ? "embedded in-memory" : "embedded H2 file"),
					Results.loadAverage());
			System.out.println();
			System.out.println(heading + scale);
			if (options.results != null) {
				String run = options.scaleOnly ? "\n## Asset register at scale, run of " + now() + "\n\n"
						+ Results.machine() + "\n\nCommand: `bench/run.sh " + options.commandLine + "`\n\n" : "\n";
				Files.writeString(options.results, run + heading + scale, java.nio.file.StandardOpenOption.CREATE,
						java.nio.file.StandardOpenOption.APPEND);
				System.out.println("Appended to " + options.results);
			}
		}
	}

	/**
	 * The embedded store soak (issue 25), on a service process of its own on a fresh H2
	 * file: see {@link StoreSoak}.
	 */
	private static void storeSoak(Options options, Path work) throws Exception {
		try (ConnectorStub connector = new ConnectorStub(STAFF, options.connectorLatencyMillis);
				ServiceProcess service = ServiceProcess.start(options.jar, options.jvm, false, work,
						List.of("--handover.runbook.cron=-"))) {
			Activities activities = new Activities(connector.serviceUrl());
			Load load = new Load(service.messagesUrl());
			System.out.printf("Store soak: service pid %d (%s), store %s, log %s%n", service.pid(),
					String.join(" ", options.jvm), service.storeFile(), service.log());
			firstAnswer(service, load, activities);
			String soak = new StoreSoak(service, service.storeUri(Duration.ofSeconds(5)), options.writes).run();
			String heading = String.format(Locale.ROOT,
					"Embedded store soak: %,d writes of the service's mixes straight into the store of a running"
							+ " service, every 10,000 (load average %s at the end):%n%n",
					options.writes, Results.loadAverage());
			System.out.println();
			System.out.println(heading + soak);
			if (options.results != null) {
				Files.writeString(options.results,
						"\n## Embedded store soak, run of " + now() + "\n\n" + Results.machine()
								+ "\n\nCommand: `bench/run.sh " + options.commandLine + "`\n\n" + heading + soak,
						java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
				System.out.println("Appended to " + options.results);
			}
		}
	}

	/**
	 * Runs the bare echo bot alone first (so the two never share the CPU): its start-up
	 * to first answer, and the baseline load against it.
	 */
	private static EchoFloor echoFloor(Options options, Path work) throws Exception {
		try (ConnectorStub connector = new ConnectorStub(STAFF, options.connectorLatencyMillis);
				ServiceProcess echo = ServiceProcess.startEcho(options.echoJar, options.jvm, work)) {
			Activities activities = new Activities(connector.serviceUrl());
			Load load = new Load(echo.messagesUrl());
			Duration startUp = firstAnswer(echo, load, activities);
			System.out.printf("Bare echo bot: start-up to first answered activity %.1f s%n",
					startUp.toMillis() / 1000.0);
			Load.Meter meter = load.meter("baseline: bare echo bot (Spring Boot + SDK, no Handover)");
			System.out.printf("Running %s ...%n", meter.name);
			double seconds = load.run(options.conversations, options.warmUp, options.measured, conversation -> {
				load.post(meter, activities.personalMessage(conversation, "help"));
				return true;
			}, List.of(meter));
			return new EchoFloor(startUp, meter, seconds, echo.peakRssKib());
		}
	}

	/** The echo bot's figures: the baseline of the table's first ratios. */
	private record EchoFloor(Duration startUp, Load.Meter meter, double seconds, long peakRssKib) {

		Row row() {
			return Row.of(this.meter, this.seconds, this.peakRssKib);
		}

	}

	/**
	 * The leaver runbook end to end against a Graph stub that adds
	 * {@code --graph-latency} ms to every call (issue 8's goal: ≤ 1.5 s at 100 ms).
	 */
	private static void leaverRunbook(Options options, Path work) throws Exception {
		try (ConnectorStub connector = new ConnectorStub(STAFF, options.connectorLatencyMillis);
				GraphStub graph = new GraphStub(options.graphLatencyMillis);
				ServiceProcess service = ServiceProcess.start(options.jar, options.jvm, options.inMemory, work,
						List.of("--handover.graph.tenant-id=bench-tenant", "--handover.graph.client-id=bench-app",
								"--handover.graph.client-secret=bench-secret",
								"--handover.graph.base-url=" + graph.baseUrl(),
								"--handover.graph.authority-host=" + graph.authorityHost(),
								"--handover.graph.trust-store=" + Path.of(GraphStub.TRUST_STORE).toAbsolutePath(),
								"--handover.graph.trust-store-password=changeit",
								// the benchmark runs each leaver itself, not the schedule
								"--handover.runbook.cron=-"))) {
			Activities activities = new Activities(connector.serviceUrl());
			Load load = new Load(service.messagesUrl());
			System.out.printf("Service pid %d, Graph stub %s (+%d ms per call), log %s%n", service.pid(),
					graph.baseUrl(), options.graphLatencyMillis, service.log());
			firstAnswer(service, load, activities);
			linkDepartments(load, activities, connector);
			List<LeaverRunbookBenchmark.Measured> runs = new LeaverRunbookBenchmark(service, graph, activities, load)
				.run(options.warmUpRuns, options.runs);
			String table = LeaverRunbookBenchmark.table(runs, options.graphLatencyMillis);
			System.out.println();
			System.out.println(table);
			if (options.results != null) {
				Files.writeString(options.results,
						"\n## Leaver runbook end to end, run of " + now() + "\n\n" + Results.machine()
								+ "\n\nCommand: `bench/run.sh " + options.commandLine + "`\n\n" + table,
						java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
				System.out.println("Appended to " + options.results);
			}
		}
	}

	/**
	 * Issue 20's "nothing left behind" simulation: see {@link NothingLeftBehind}.
	 */
	private static void nothingLeftBehind(Options options, Path work) throws Exception {
		String report = new NothingLeftBehind(new NothingLeftBehind.Settings(options.people, options.days,
				options.minutes, options.kills, options.seed, options.jar, options.jvm))
			.run(work);
		String heading = String.format(Locale.ROOT, "Nothing left behind (load average %s at the end):%n%n",
				Results.loadAverage());
		System.out.println();
		System.out.println(heading + report);
		if (options.results != null) {
			Files.writeString(options.results,
					"\n## Nothing left behind, run of " + now() + "\n\n" + Results.machine()
							+ "\n\nCommand: `bench/run.sh " + options.commandLine + "`\n\n" + heading + report,
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
			System.out.println("Appended to " + options.results);
		}
	}

	/** Asks for help every 50 ms until the service answers: start-up to first answer. */
	static Duration firstAnswer(ServiceProcess service, Load load, Activities activities) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			if (!service.alive()) {
				throw new IllegalStateException("The service stopped during start-up; see " + service.log());
			}
			try {
				int status = load.post(activities.personalMessage(0, "help")).status();
				if (status >= 200 && status < 300) {
					return service.sinceStart();
				}
			}
			catch (java.io.IOException ex) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("No answer within 3 minutes; see " + service.log());
	}

	/**
	 * Installs the bot in a team whose General channel is linked to IT and whose
	 * Facilities channel is linked to FM and HR, so every ticket posts department cards.
	 */
	static void linkDepartments(Load load, Activities activities, ConnectorStub connector) throws Exception {
		connector.channels(TEAM, Map.of(TEAM, "General", FACILITIES, "Facilities"));
		expect(load.post(activities.botAddedToTeam(TEAM)), "add the bot to the team");
		expect(load.post(activities.channelMessage(TEAM, TEAM, STAFF, "link IT")), "link IT");
		expect(load.post(activities.channelMessage(TEAM, FACILITIES, STAFF, "link FM")), "link FM");
		expect(load.post(activities.channelMessage(TEAM, FACILITIES, STAFF, "link HR")), "link HR");
	}

	/**
	 * Each bench manager in the register with one report (issue 16: naming oneself as a
	 * starter's manager counts only for someone who manages people), imported through the
	 * API as the local operator.
	 */
	private static void registerManagers(ServiceProcess service, int conversations) throws Exception {
		StringBuilder csv = new StringBuilder("name,upn,entraObjectId,hrEmployeeId,managerUpn\n");
		for (int n = 0; n < conversations; n++) {
			String manager = "bench.manager." + n + "@contoso.example";
			csv.append("Bench Manager ")
				.append(n)
				.append(',')
				.append(manager)
				.append(",bench-aad-manager-")
				.append(n)
				.append(",,\n");
			csv.append("Bench Report ")
				.append(n)
				.append(",bench.report.")
				.append(n)
				.append("@contoso.example,,,")
				.append(manager)
				.append('\n');
		}
		java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(service.baseUrl() + "/api/employees/import"))
				.header("Content-Type", "text/csv")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv.toString()))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() >= 300) {
			throw new IllegalStateException("register the managers: HTTP " + answer.statusCode() + " " + answer.body());
		}
	}

	private static void expect(Load.Answer answer, String what) {
		if (answer.status() >= 300) {
			throw new IllegalStateException(what + ": HTTP " + answer.status() + " " + new String(answer.body()));
		}
	}

	/**
	 * A start date the intake accepts without a late-notice flag: a Monday 6+ weeks out.
	 */
	static String startDateWords() {
		LocalDate date = LocalDate.now().plusWeeks(6).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		return date.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
	}

	/** A name no one else has, shaped like a real one: "Anna de Vries Qwhxzt". */
	static String uniqueName() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder name = new StringBuilder("Anna de Vries ");
		name.append((char) ('A' + random.nextInt(26)));
		for (int i = 0; i < 7; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.toString();
	}

	static ObjectNode submitData(JsonNode form) {
		return Activities.submission(form, Map.of());
	}

	/** Command-line options; every one has a default that reproduces RESULTS.md. */
	static final class Options {

		Path jar = Path.of("target", "handover-0.1.0-SNAPSHOT.jar");

		/**
		 * The production JVM settings of the README (and infra/modules/app.bicep's
		 * JAVA_OPTS): a capped heap and capped native pools, so the service stays within
		 * 512 MiB.
		 */
		List<String> jvm = List.of(ServiceProcess.PRODUCTION_JVM.split(" "));

		boolean jvmGiven;

		/**
		 * The in-memory store keeps every document on the service's heap. Under the
		 * production heap (208 MiB; 224 MiB in that run) the starter's tickets filled it
		 * and the JVM spent 7 to 8 s of every 10 in full collections (RESULTS.md, seventh
		 * session), so it gets a heap for its data; its RSS is then not the production
		 * figure.
		 */
		static final String IN_MEMORY_HEAP = "-Xmx1g";

		/**
		 * Prints each measured turn at least this slow, with its time and activity id.
		 */
		long slowMillis;

		int conversations = 50;

		Path echoJar = Path.of("bench", "echo", "target", "echo.jar");

		boolean echo = true;

		Duration warmUp = Duration.ofSeconds(10);

		Duration measured = Duration.ofSeconds(20);

		boolean inMemory;

		boolean scale;

		boolean scaleOnly;

		/** A real MongoDB for the scale part (its database {@link #MONGODB_DATABASE}). */
		String mongodbUri;

		static final String MONGODB_DATABASE = "handover_bench";

		int employees = 100_000;

		long connectorLatencyMillis;

		Path results;

		boolean runbook;

		int runs = 10;

		int warmUpRuns = 3;

		long graphLatencyMillis = 100;

		int startUpRuns;

		/**
		 * Start both from the extracted jar with a class-data archive (AOT cache on 25).
		 */
		boolean cds;

		/** The embedded store soak (issue 25) and its number of writes. */
		boolean storeSoak;

		int writes = 100_000;

		/** Issue 20's simulation and its size. */
		boolean nothingLeftBehind;

		int people = 2_000;

		int days = 90;

		double minutes = 6;

		int kills = 2;

		long seed = 20;

		/** JVM options of the echo bot in the start-up runs; the service's by default. */
		List<String> echoJvm;

		String commandLine = "";

		static Options parse(String[] args) {
			Options options = new Options();
			options.commandLine = String.join(" ", args);
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				String value = i + 1 < args.length ? args[i + 1] : null;
				switch (arg) {
					case "--jar" -> options.jar = Path.of(value);
					case "--echo" -> options.echo = Boolean.parseBoolean(value);
					case "--jvm" -> {
						options.jvm = Arrays.asList(value.trim().split("\\s+"));
						options.jvmGiven = true;
					}
					case "--conversations" -> options.conversations = Integer.parseInt(value);
					case "--warm-up" -> options.warmUp = Duration.ofSeconds(Long.parseLong(value));
					case "--seconds" -> options.measured = Duration.ofSeconds(Long.parseLong(value));
					case "--store" -> options.inMemory = "memory".equals(value);
					case "--slow-ms" -> options.slowMillis = Long.parseLong(value);
					case "--results" -> options.results = Path.of(value);
					case "--employees" -> options.employees = Integer.parseInt(value);
					case "--connector-latency" -> options.connectorLatencyMillis = Long.parseLong(value);
					case "--scale" -> {
						options.scale = true;
						continue;
					}
					case "--scale-only" -> {
						options.scaleOnly = true;
						continue;
					}
					case "--mongodb-uri" -> options.mongodbUri = value;
					case "--runbook" -> {
						options.runbook = true;
						continue;
					}
					case "--runs" -> options.runs = Integer.parseInt(value);
					case "--warm-up-runs" -> options.warmUpRuns = Integer.parseInt(value);
					case "--graph-latency" -> options.graphLatencyMillis = Long.parseLong(value);
					case "--startup-only" -> {
						options.startUpRuns = Math.max(options.startUpRuns, 5);
						continue;
					}
					case "--startup-runs" -> options.startUpRuns = Integer.parseInt(value);
					case "--cds" -> {
						options.cds = true;
						continue;
					}
					case "--store-soak" -> {
						options.storeSoak = true;
						continue;
					}
					case "--writes" -> options.writes = Integer.parseInt(value);
					case "--nothing-left-behind" -> {
						options.nothingLeftBehind = true;
						continue;
					}
					case "--people" -> options.people = Integer.parseInt(value);
					case "--days" -> options.days = Integer.parseInt(value);
					case "--minutes" -> options.minutes = Double.parseDouble(value);
					case "--kills" -> options.kills = Integer.parseInt(value);
					case "--seed" -> options.seed = Long.parseLong(value);
					case "--echo-jar" -> options.echoJar = Path.of(value);
					case "--echo-jvm" -> options.echoJvm = Arrays.asList(value.trim().split("\\s+"));
					default -> throw new IllegalArgumentException("Unknown option " + arg
							+ " (--jar, --echo true|false, --jvm, --conversations, --warm-up, --seconds, --store file|memory, --slow-ms MS, --results, --scale, --scale-only, --mongodb-uri URI, --employees, --connector-latency MS, --runbook, --runs N, --warm-up-runs N, --graph-latency MS, --startup-only, --startup-runs N, --cds, --echo-jar, --echo-jvm, --store-soak, --writes N, --nothing-left-behind, --people N, --days N, --minutes M, --kills N, --seed N)");
				}
				i++;
			}
			if (options.inMemory && !options.jvmGiven) {
				options.jvm = options.jvm.stream()
					.map(option -> option.startsWith("-Xmx") ? IN_MEMORY_HEAP : option)
					.toList();
			}
			return options;
		}

		String describe() {
			return String.format(Locale.ROOT,
					"%d conversations, %d s warm-up + %d s measured per scenario, %s store, connector stub latency %d ms",
					this.conversations, this.warmUp.toSeconds(), this.measured.toSeconds(),
					this.inMemory ? "in-memory" : "H2 file", this.connectorLatencyMillis);
		}

	}

	static String now() {
		return LocalDateTime.now().withNano(0).toString().replace('T', ' ');
	}

}
