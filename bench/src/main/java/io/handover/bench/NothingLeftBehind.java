package io.handover.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handover.testing.GraphStub;
import io.handover.testing.PassSystemStub;
import io.handover.testing.TokenStub;

/**
 * Issue 20, part 6: "nothing left behind". A simulated organisation of {@code --people}
 * employees over {@code --days} simulated days, run against the real service jar (a
 * process of its own on its embedded H2 store file) on an accelerated clock
 * ({@code handover.clock.*}), with the tests' own Microsoft Graph emulator (faults: 429
 * storms, 503 bursts, a 403 on one step), token endpoint and pass system. Joiners, movers
 * and leavers arrive at realistic rates (per year: 15 % leave, as many join, 8 % change
 * role) through the REST API, as HR would send them; some leavers' dates move after the
 * announcement; department staff work the open tasks through the REST API — most on time,
 * some late, some forget a task, a few click Done without doing the work. Someone now and
 * then adds a leaver who left back to a group. The service is killed (SIGKILL) and
 * restarted on the same store {@code --kills} times.
 * <p>
 * At the end, for every leaver whose last day is more than a day past: an independent
 * look at the Graph emulator, the pass system and the asset register for anything still
 * on their name, and whether an open task of their ticket names it; then the guard's own
 * verdict ({@code POST /api/leavers/{key}/check}), and whether that check had to open a
 * task (a residue the scheduled checks had left without one).
 */
final class NothingLeftBehind {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final String E3 = "6fd2c87f-b296-42f0-b197-1e91e994b900";

	/** Real milliseconds between the runbook's and the guard's rounds. */
	private static final int SCHEDULE_MILLIS = 300;

	private static final String[] DEPARTMENTS = { "Sales", "Finance", "Marketing", "Engineering", "Support",
			"Operations", "Legal", "Purchasing", "Logistics", "Research" };

	/**
	 * The group whose memberships the application may not remove: the 403 on one step.
	 */
	private static final String REFUSED_GROUP = "g-dept-6";

	private static final String[] FIRST = { "Anna", "Jan", "Sophie", "Daan", "Emma", "Lucas", "Julia", "Sem", "Tess",
			"Finn", "Lotte", "Bram", "Sara", "Thijs", "Eva", "Ruben", "Noor", "Milan", "Fleur", "Lars" };

	private final Settings settings;

	private final Random random;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<Person> people = new ArrayList<>();

	private final List<Leaver> leavers = new ArrayList<>();

	private final Map<String, Integer> counts = new TreeMap<>();

	/** The machine's 1-minute load average, sampled once a simulated day. */
	private final List<Double> load = new ArrayList<>();

	private GraphStub graph;

	private PassSystemStub passes;

	private ServiceProcess service;

	private List<String> serviceSettings;

	/** Simulated time is simulatedFrom at realFrom, moving speed times as fast. */
	private volatile Instant simulatedFrom;

	private volatile Instant realFrom;

	private final double speed;

	private final Instant start;

	private int joinerSerial;

	/**
	 * When the simulation left something on a leaver's name that no task would name any
	 * more (a task clicked Done without the work, a membership added back): ticket key →
	 * guard task kind → times. Time-to-find is measured from these, or from the runbook's
	 * hour of the last day when none came later.
	 */
	private final Map<String, Map<String, List<Instant>>> exposures = new HashMap<>();

	/** When the simulation added a leaver back to a group: ticket key → times. */
	private final Map<String, List<Instant>> addedBack = new HashMap<>();

	/** How long the first start took: the expected outage of a restart. */
	private Duration startUp = Duration.ofMinutes(1);

	record Settings(int people, int days, double minutes, int kills, long seed, Path jar, List<String> jvm) {
	}

	/** One employee of the simulated organisation, in the directory and the register. */
	static final class Person {

		final int n;

		final String id;

		final String upn;

		final String name;

		final String department;

		String employeeId;

		boolean leaving;

		boolean assetsImported;

		Person(int n, String id, String upn, String name, String department) {
			this.n = n;
			this.id = id;
			this.upn = upn;
			this.name = name;
			this.department = department;
		}

	}

	/** A leaver ticket the simulation opened. */
	static final class Leaver {

		final Person person;

		final String key;

		LocalDate lastDay;

		boolean rescheduled;

		Leaver(Person person, String key, LocalDate lastDay) {
			this.person = person;
			this.key = key;
			this.lastDay = lastDay;
		}

	}

	NothingLeftBehind(Settings settings) {
		this.settings = settings;
		this.random = new Random(settings.seed());
		this.speed = settings.days() * 86_400.0 / (settings.minutes() * 60.0);
		this.start = LocalDate.now(ZONE).atTime(6, 0).atZone(ZONE).toInstant();
	}

	/** As the service's clock ({@code AcceleratedClock}): still until the real anchor. */
	Instant now() {
		long realNanos = Duration.between(this.realFrom, Instant.now()).toNanos();
		return this.simulatedFrom.plusNanos((long) (Math.max(0, realNanos) * this.speed));
	}

	LocalDate today() {
		return LocalDate.ofInstant(now(), ZONE);
	}

	String run(Path work) throws Exception {
		long began = System.nanoTime();
		try (GraphStub graph = new GraphStub();
				TokenStub tokens = new TokenStub();
				PassSystemStub passes = new PassSystemStub();
				// Teams: IT's channel linked, so the guard's review cards reach IT
				// (without
				// one, every review was owed and tried again hourly)
				ConnectorStub connector = new ConnectorStub(Bench.STAFF, 0)) {
			this.graph = graph;
			this.passes = passes;
			this.simulatedFrom = this.start;
			// simulated time stands still during the set-up (start, channels, the
			// imports,
			// minutes on a busy machine): it starts when the service is started again
			// after
			// it, so the first simulated day is not eaten by the import
			this.realFrom = Instant.now().plus(Duration.ofDays(1));
			graph.now(this::now);
			organisation();
			this.serviceSettings = List.of("--handover.graph.tenant-id=sim-tenant",
					"--handover.graph.client-id=sim-app", "--handover.graph.client-secret=sim-secret",
					"--handover.graph.base-url=" + graph.baseUrl(),
					"--handover.graph.authority-host=" + tokens.authorityHost(),
					"--handover.graph.trust-store=" + Path.of(TokenStub.TRUST_STORE).toAbsolutePath(),
					"--handover.graph.trust-store-password=" + TokenStub.TRUST_STORE_PASSWORD,
					"--handover.graph.retry-delay=PT1S", "--handover.guard.pass-system.url=" + passes.baseUrl(),
					"--handover.guard.pass-system.token=" + PassSystemStub.TOKEN,
					// the schedules run every 300 real ms rather than on a cron (a second
					// is an hour or more of simulated time): the cron set empty, a fixed
					// delay instead
					"--handover.guard.cron=", "--handover.guard.interval=" + SCHEDULE_MILLIS,
					"--handover.runbook.cron=", "--handover.runbook.interval=" + SCHEDULE_MILLIS,
					// a killed service's schedule locks expire after real minutes (hours
					// of
					// simulated time): here after seconds, as minutes are to a real day
					"--handover.guard.lock-at-most-for=PT20S", "--handover.runbook.lock-at-most-for=PT20S",
					// a check's lease on its leaver is real time too (it bounds a check's
					// run): a killed service's holds its leavers back seconds, not
					// minutes
					"--handover.guard.lease=PT20S", "--handover.clock.speed=" + this.speed,
					// only an Administrator's link takes effect at once (issue 16)
					"--handover.access.admins=" + Bench.STAFF.aadObjectId());
			Path store = Files.createTempDirectory(work, "sim-store-");
			int port;
			try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			// the service never outlives the driver: not on a failed set-up, nor when the
			// driver is stopped
			Thread stopService = new Thread(() -> {
				if (this.service != null) {
					this.service.destroyNow();
				}
			});
			Runtime.getRuntime().addShutdownHook(stopService);
			try {
				long starting = System.nanoTime();
				startService(work, store, port);
				this.startUp = Duration.ofNanos(System.nanoTime() - starting);
				Bench.linkDepartments(new Load(this.service.messagesUrl()), new Activities(connector.serviceUrl()),
						connector);
				long importing = System.nanoTime();
				register();
				double imported = (System.nanoTime() - importing) / 1e9;
				// the set-up done: the clock runs from when the service is back
				this.service.stop();
				this.simulatedFrom = this.start;
				this.realFrom = Instant.now().plus(this.startUp.multipliedBy(3).dividedBy(2));
				startService(work, store, port);
				System.out.printf(Locale.ROOT,
						"Simulation: %d people, %d days at %.0fx (a day every %.1f s), %d kills, seed %d; "
								+ "start-up %.1f s, imports %.1f s (simulated time stood still); service log %s%n",
						this.settings.people(), this.settings.days(), this.speed, 86_400 / this.speed,
						this.settings.kills(), this.settings.seed(), this.startUp.toMillis() / 1e3, imported,
						this.service.log());
				simulate(work, store, port);
				String verdict = verdict(Duration.ofNanos(System.nanoTime() - began));
				return verdict + String.format(Locale.ROOT, "%nEach residue the guard found, with its times: %s%n",
						writeFindings(work));
			}
			finally {
				if (this.service != null) {
					this.service.close();
				}
				try {
					Runtime.getRuntime().removeShutdownHook(stopService);
				}
				catch (IllegalStateException shuttingDown) {
					// the hook runs anyway
				}
			}
		}
	}

	/**
	 * Everyone in the directory (groups, a licence, a laptop, some with more) and a
	 * badge.
	 */
	private void organisation() {
		this.graph.addVerifiedDomain("contoso.example");
		this.graph.addSku(E3, "ENTERPRISEPACK");
		this.graph.addGroup("g-all", "All Staff", null);
		this.graph.addGroup("g-amsterdam", "Amsterdam office", "user.city -eq \"Amsterdam\"");
		for (int d = 0; d < DEPARTMENTS.length; d++) {
			this.graph.addGroup("g-dept-" + d, DEPARTMENTS[d], null);
		}
		for (int n = 0; n < this.settings.people(); n++) {
			hire(n);
		}
	}

	private Person hire(int n) {
		String name = FIRST[n % FIRST.length] + " " + surname(n);
		String upn = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@contoso.example";
		int department = this.random.nextInt(DEPARTMENTS.length);
		Person person = new Person(n, "00000000-0000-4000-8000-" + String.format(Locale.ROOT, "%012d", n), upn, name,
				DEPARTMENTS[department]);
		synchronized (this.graph) {
			GraphStub.User user = this.graph.addUser(person.id, upn, name);
			this.graph.group("g-all").members.add(person.id);
			this.graph.group("g-amsterdam").members.add(person.id);
			this.graph.group("g-dept-" + department).members.add(person.id);
			user.licences.add(E3);
			if (this.random.nextInt(100) < 15) {
				user.withAccessPass("tap-" + n);
			}
			if (this.random.nextInt(100) < 5) {
				user.forwardingTo("rule-" + n, "private." + n + "@mail.example");
			}
			if (this.random.nextInt(100) < 10) {
				user.appRoleAssignments.add(Map.of("id", "ara-" + n, "resourceDisplayName", "Salesforce", "resourceId",
						"00000000-0000-4000-9000-000000000001", "principalId", person.id));
			}
			this.graph.addDevice("dev-" + n, person.id, "LAPTOP-" + n, "PF" + n, "Windows", true);
		}
		this.passes.issue(upn, "B-" + n);
		this.people.add(person);
		return person;
	}

	/** A surname of letters only, different for every n. */
	private static String surname(int n) {
		StringBuilder name = new StringBuilder();
		int rest = n;
		do {
			name.append((char) ('a' + rest % 26));
			rest /= 26;
		}
		while (rest > 0);
		return "Sim" + name;
	}

	/**
	 * The employee register, as an Administrator imports it. Each person's laptop and
	 * office pass are imported into the asset register when they are announced as leaving
	 * ({@link #assetsOf}): the asset import writes row by row (4,000 rows took over 15
	 * minutes on the loaded machine), and only leavers' assets are looked at.
	 */
	private void register() throws Exception {
		StringBuilder employees = new StringBuilder("name,upn,entraObjectId,hrEmployeeId,managerUpn\n");
		for (Person person : this.people) {
			employees.append(person.name)
				.append(',')
				.append(person.upn)
				.append(',')
				.append(person.id)
				.append(",HR-")
				.append(person.n)
				.append(",marieke.jansen@contoso.example\n");
		}
		expect(send("POST", "/api/employees/import", employees.toString(), "text/csv"), "import the employees");
	}

	/** The person's laptop and office pass, in the register (imported). */
	private boolean assetsOf(Person person) throws Exception {
		StringBuilder assets = new StringBuilder("tag,type,model,serialNumber,location,assignedTo\n");
		assets.append("IT-")
			.append(person.n)
			.append(",laptop,Lenovo ThinkPad T14,PF")
			.append(person.n)
			.append(",Amsterdam,")
			.append(person.upn)
			.append('\n');
		assets.append("FM-")
			.append(person.n)
			.append(",access-pass,Office pass,PASS-")
			.append(person.n)
			.append(",Amsterdam,")
			.append(person.upn)
			.append('\n');
		JsonNode report = send("POST", "/api/assets/import", assets.toString(), "text/csv");
		return report != null;
	}

	/** How often the service was started (its logs are numbered). */
	private int starts;

	private void startService(Path work, Path store, int port) throws Exception {
		int start = ++this.starts;
		List<String> settings = new ArrayList<>(this.serviceSettings);
		settings.add("--handover.clock.simulated-from=" + this.simulatedFrom);
		settings.add("--handover.clock.real-from=" + this.realFrom);
		this.service = ServiceProcess.startOn(this.settings.jar(), this.settings.jvm(), false, work, store, port,
				settings, "sim-service-" + start + ".log");
		// a start on a machine shared with several builds took over 4 minutes
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.service.alive()) {
				throw new IllegalStateException("The service stopped during start-up; see " + this.service.log());
			}
			try {
				HttpResponse<String> ready = this.http
					.send(HttpRequest.newBuilder(URI.create(this.service.baseUrl() + "/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(2))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (ready.statusCode() == 200) {
					return;
				}
			}
			catch (java.io.IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		this.service.kill();
		throw new IllegalStateException("Not ready within 10 minutes (stopped); see " + this.service.log());
	}

	/**
	 * Day by day of simulated time: the day's announcements, faults and staff work; the
	 * kills at random moments. During a restart simulated time stands still (the service
	 * and the simulation agree on it again once it is back).
	 */
	private void simulate(Path work, Path store, int port) throws Exception {
		LocalDate first = today();
		LocalDate last = first.plusDays(this.settings.days());
		List<LocalDate> killDays = new ArrayList<>();
		for (int k = 0; k < this.settings.kills(); k++) {
			killDays.add(first.plusDays(1 + this.random.nextInt(Math.max(1, this.settings.days() - 2))));
		}
		refuseOneStep();
		LocalDate done = first.minusDays(1);
		while (done.isBefore(last)) {
			LocalDate day = today();
			if (!day.isAfter(done)) {
				Thread.sleep(50);
				continue;
			}
			done = done.plusDays(1);
			count("simulated days");
			sampleLoad();
			if (killDays.remove(done)) {
				Thread.sleep(this.random.nextInt(2_000));
				this.service.kill();
				count("kills");
				// simulated time stands still until the service is surely back (three
				// times the first start-up: on a loaded machine a restart took 2.7 times
				// as long, and every real second it came back late was 16-27 simulated
				// minutes of outage a real restart does not have); the runbook and the
				// guard catch up from there
				Instant down = now();
				this.simulatedFrom = down;
				this.realFrom = Instant.now().plus(this.startUp.multipliedBy(3));
				long restarting = System.nanoTime();
				startService(work, store, port);
				System.out.printf(Locale.ROOT, "Killed on %s, back after %.1f s, %.1f simulated hours later%n", done,
						(System.nanoTime() - restarting) / 1e9, Duration.between(down, now()).toMinutes() / 60.0);
			}
			try {
				day(done);
			}
			catch (java.io.IOException | RuntimeException trouble) {
				count("driver calls that failed");
			}
			if (done.getDayOfMonth() == 1 || done.equals(last)) {
				System.out.printf(Locale.ROOT, "%s: %d leavers announced, %s%n", done, this.leavers.size(),
						this.counts);
			}
		}
		// two more days without anything new (nor faults, but the one refused step): the
		// runbook and the guard catch up
		this.graph.clearFailures();
		refuseOneStep();
		LocalDate settled = last.plusDays(2);
		while (today().isBefore(settled)) {
			Thread.sleep(100);
		}
	}

	private void sampleLoad() {
		try {
			this.load.add(Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
		}
		catch (java.io.IOException | RuntimeException unknown) {
			// not Linux: no figure
		}
	}

	private void day(LocalDate day) throws Exception {
		double perDay = this.settings.people() / 365.0;
		for (int i = poisson(perDay * 0.15); i > 0; i--) {
			announceLeaver(day);
		}
		for (int i = poisson(perDay * 0.15); i > 0; i--) {
			announceJoiner(day);
		}
		for (int i = poisson(perDay * 0.08); i > 0; i--) {
			announceMover(day);
		}
		for (Leaver leaver : this.leavers) {
			// HR moves a date after the announcement (5 % of leavers, once)
			if (!leaver.rescheduled && leaver.lastDay.isAfter(day.plusDays(3)) && this.random.nextInt(100) < 1) {
				leaver.rescheduled = true;
				LocalDate moved = leaver.lastDay.plusDays(this.random.nextInt(15) - 5);
				if (moved.isAfter(day.plusDays(1))) {
					ObjectNode body = JSON.createObjectNode()
						.put("date", moved.toString())
						.put("reason", "HR moved the date");
					if (send("POST", "/api/tickets/" + leaver.key + "/reschedule", body.toString(),
							"application/json") != null) {
						leaver.lastDay = moved;
						count("last days moved");
					}
				}
			}
			// someone adds a leaver who left back to All Staff (a copy-pasted membership)
			if (leaver.lastDay.isBefore(day.minusDays(2)) && leaver.lastDay.isAfter(day.minusDays(25))
					&& this.random.nextInt(1000) < 8) {
				synchronized (this.graph) {
					if (this.graph.group("g-all").members.add(leaver.person.id)) {
						count("memberships added back after the last day");
						Instant at = exposed(leaver.key, "guard.group.member");
						synchronized (this.exposures) {
							this.addedBack.computeIfAbsent(leaver.key, key -> new ArrayList<>()).add(at);
						}
					}
				}
			}
		}
		faults();
		staff(day);
	}

	/** The write the application may never make: removing members of one group. */
	private void refuseOneStep() {
		this.graph.failNext("DELETE", "/groups/" + REFUSED_GROUP + "/members/", 403, null, Integer.MAX_VALUE,
				"Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
	}

	/**
	 * 429 storms and 503 bursts, on about one day in ten each, over by the next day (the
	 * faults a day planned and Graph's calls did not use up are dropped).
	 */
	private void faults() {
		this.graph.clearFailures();
		refuseOneStep();
		if (this.random.nextInt(10) == 0) {
			for (String method : List.of("GET", "POST", "PATCH", "DELETE")) {
				this.graph.failNext(method, ".", 429, 2, 8, "TooManyRequests",
						"Too many requests: the application is throttled.");
			}
			count("429 storms");
		}
		if (this.random.nextInt(10) == 0) {
			for (String method : List.of("GET", "POST", "PATCH", "DELETE")) {
				this.graph.failNext(method, ".", 503, null, 4, "ServiceUnavailable",
						"The service is temporarily unavailable.");
			}
			count("503 bursts");
		}
	}

	private void announceLeaver(LocalDate day) throws Exception {
		Person person = stayingPerson();
		if (person == null) {
			return;
		}
		// notice: a month or two, one in ten late (3 to 13 days)
		LocalDate lastDay = this.random.nextInt(10) == 0 ? day.plusDays(3 + this.random.nextInt(11))
				: day.plusDays(14 + this.random.nextInt(45));
		if (!person.assetsImported) {
			if (!assetsOf(person)) {
				count("asset imports refused");
			}
			person.assetsImported = true;
		}
		ObjectNode ticket = JSON.createObjectNode().put("kind", "LEAVER");
		ticket.putObject("employee").put("name", person.name).put("upn", person.upn);
		ticket.putObject("manager").put("upn", "marieke.jansen@contoso.example").put("name", "Marieke Jansen");
		ticket.put("profile", "account-manager")
			.put("date", lastDay.toString())
			.put("workLocation", "OFFICE")
			.put("deviceRetrieval", "IN_PERSON");
		JsonNode opened = send("POST", "/api/tickets", ticket.toString(), "application/json");
		if (opened == null || !opened.hasNonNull("key")) {
			count("leavers refused");
			return;
		}
		person.leaving = true;
		person.employeeId = opened.path("employee").path("id").asText(null);
		this.leavers.add(new Leaver(person, opened.path("key").asText(), lastDay));
		count("leavers");
	}

	private void announceJoiner(LocalDate day) throws Exception {
		int n = this.settings.people() + this.joinerSerial++;
		String name = FIRST[n % FIRST.length] + " " + surname(n);
		ObjectNode ticket = JSON.createObjectNode().put("kind", "JOINER");
		ticket.putObject("employee").put("name", name);
		ticket.putObject("manager").put("upn", "marieke.jansen@contoso.example").put("name", "Marieke Jansen");
		ticket.put("profile", "account-manager")
			.put("date", day.plusDays(14 + this.random.nextInt(45)).toString())
			.put("workLocation", "OFFICE");
		count(send("POST", "/api/tickets", ticket.toString(), "application/json") != null ? "joiners"
				: "joiners refused");
	}

	private void announceMover(LocalDate day) throws Exception {
		Person person = stayingPerson();
		if (person == null) {
			return;
		}
		ObjectNode ticket = JSON.createObjectNode().put("kind", "MOVER");
		ticket.putObject("employee").put("name", person.name).put("upn", person.upn);
		ticket.putObject("manager").put("upn", "marieke.jansen@contoso.example").put("name", "Marieke Jansen");
		ticket.put("profile", "software-engineer")
			.put("previousProfile", "account-manager")
			.put("date", day.plusDays(7 + this.random.nextInt(30)).toString())
			.put("workLocation", "OFFICE");
		count(send("POST", "/api/tickets", ticket.toString(), "application/json") != null ? "movers"
				: "movers refused");
	}

	private Person stayingPerson() {
		for (int attempt = 0; attempt < 20; attempt++) {
			Person person = this.people.get(this.random.nextInt(this.people.size()));
			if (!person.leaving) {
				return person;
			}
		}
		return null;
	}

	/**
	 * Department staff work their open tasks that are due: half of them on the day, the
	 * rest later; one task in ten is forgotten for good; one in twenty-five is clicked
	 * Done without the work being done.
	 */
	private void staff(LocalDate day) throws Exception {
		JsonNode open = send("GET", "/api/tasks", null, null);
		if (open == null) {
			return;
		}
		for (JsonNode task : open) {
			String id = task.path("id").asText();
			LocalDate due = task.hasNonNull("dueOn") ? LocalDate.parse(task.path("dueOn").asText()) : day;
			if (due.isAfter(day) || "BLOCKED".equals(task.path("status").asText())
					&& !task.path("kind").asText().startsWith("it.")) {
				continue;
			}
			int fate = Math.floorMod((id + this.settings.seed()).hashCode(), 100);
			if (fate < 10) {
				continue; // forgotten
			}
			if (this.random.nextInt(100) >= 50) {
				continue; // later
			}
			boolean wrong = fate >= 96;
			if (!wrong) {
				fix(task);
			}
			else {
				count("tasks clicked Done without the work");
				String ticketKey = task.path("ticketKey").asText(null);
				String left = residueKindOf(task);
				if (ticketKey != null && left != null) {
					exposed(ticketKey, left);
				}
			}
			close(task);
		}
	}

	private Instant exposed(String ticketKey, String guardKind) {
		Instant at = now();
		synchronized (this.exposures) {
			this.exposures.computeIfAbsent(ticketKey, key -> new HashMap<>())
				.computeIfAbsent(guardKind, kind -> new ArrayList<>())
				.add(at);
		}
		return at;
	}

	/** The guard task kind of what a task clicked Done without the work leaves behind. */
	private static String residueKindOf(JsonNode task) {
		String kind = task.path("kind").asText();
		if (kind.startsWith("guard.")) {
			return kind;
		}
		if (task.path("asset").hasNonNull("assignmentId")) {
			return "guard.asset.assigned";
		}
		return switch (kind) {
			case "it.directory.disable" -> "guard.account.enabled";
			case "it.directory.sessions.revoke" -> "guard.sessions.valid";
			case "it.directory.groups.remove" -> "guard.group.member";
			case "it.directory.licences.remove" -> "guard.licence.assigned";
			case "it.device.retire", "it.device.wipe.remote" -> "guard.device.managed";
			case "it.mailbox.auto-reply" -> "guard.mail.auto-reply";
			default -> null;
		};
	}

	/** What a person does in the admin centres, the register and the pass system. */
	private void fix(JsonNode task) throws Exception {
		String kind = task.path("kind").asText();
		String subject = task.path("subject").asText(null);
		Person person = personOf(task);
		if (person == null) {
			return;
		}
		synchronized (this.graph) {
			GraphStub.User user = this.graph.user(person.id).orElse(null);
			if (user != null) {
				switch (kind) {
					case "it.directory.disable", "guard.account.enabled" -> user.accountEnabled = false;
					case "it.directory.sessions.revoke", "guard.sessions.valid" -> user.sessionsValidFrom = now();
					// by hand in the admin centre: the application's 403 does not stop a
					// person
					case "it.directory.groups.remove" -> allStaticGroups().forEach(g -> g.members.remove(person.id));
					case "guard.group.member" -> {
						if (subject != null && this.graph.group(subject) != null) {
							this.graph.group(subject).members.remove(person.id);
						}
					}
					case "it.directory.licences.remove" -> user.licences.clear();
					case "guard.licence.assigned" -> user.licences.remove(subject);
					case "it.device.retire", "it.device.wipe.remote", "guard.device.managed" ->
						this.graph.device("dev-" + person.n).state = "retirePending";
					case "it.mailbox.auto-reply", "guard.mail.auto-reply" ->
						user.mailboxSettings = tools.jackson.databind.json.JsonMapper.builder()
							.build()
							.readTree("{\"automaticRepliesSetting\":{\"status\":\"alwaysEnabled\"}}");
					case "guard.mail.forward" ->
						user.inboxRules.removeIf(rule -> subject != null && subject.startsWith(rule.get("id") + ":"));
					case "guard.access-pass.usable" -> user.accessPasses.clear();
					case "guard.application.grant" -> {
						user.appRoleAssignments.removeIf(a -> a.get("id").equals(subject));
						user.permissionGrants.removeIf(a -> a.get("id").equals(subject));
					}
					default -> {
					}
				}
			}
		}
		if (kind.equals("guard.badge.active") || task.path("asset").path("type").asText().equals("access-pass")) {
			this.passes.activeBadges(person.upn).forEach(badge -> this.passes.deactivate(person.upn, badge));
		}
		String assignment = kind.equals("guard.asset.assigned") ? subject
				: task.path("asset").path("assignmentId").asText(null);
		if (assignment != null) {
			ObjectNode signature = JSON.createObjectNode()
				.put("signerId", "local-operator")
				.put("channel", "API")
				.put("contentShown", "Returned at the desk");
			String returned = kind.startsWith("guard.") ? "/api/assets/assignments/" + assignment + "/return"
					: "/api/tasks/" + task.path("id").asText() + "/return";
			send("POST", returned, signature.toString(), "application/json");
			send("POST", "/api/assets/assignments/" + assignment + "/receipt", "{}", "application/json");
		}
		count("tasks done");
	}

	private List<GraphStub.Group> staticGroups() {
		List<GraphStub.Group> groups = new ArrayList<>();
		groups.add(this.graph.group("g-all"));
		for (int d = 0; d < DEPARTMENTS.length; d++) {
			if (!("g-dept-" + d).equals(REFUSED_GROUP)) {
				groups.add(this.graph.group("g-dept-" + d));
			}
		}
		return groups;
	}

	/** Done, or (a task that wants inputs or is blocked) not needed "done by hand". */
	private void close(JsonNode task) throws Exception {
		String id = task.path("id").asText();
		if (send("POST", "/api/tasks/" + id + "/complete", "{}", "application/json") == null) {
			ObjectNode reason = JSON.createObjectNode().put("reason", "Done by hand");
			if (send("POST", "/api/tasks/" + id + "/not-needed", reason.toString(), "application/json") == null) {
				count("tasks staff could not close");
			}
		}
	}

	private Person personOf(JsonNode task) {
		String employeeId = task.path("employeeId").asText(null);
		for (Leaver leaver : this.leavers) {
			if (leaver.person.employeeId != null && leaver.person.employeeId.equals(employeeId)) {
				return leaver.person;
			}
		}
		return null;
	}

	/**
	 * For each leaver whose last day is more than a day past: what is still on their name
	 * (the emulators and the register, looked at directly), whether an open task of their
	 * ticket names it, and the guard's verdict.
	 */
	private String verdict(Duration took) throws Exception {
		LocalDate cutoff = today().minusDays(1);
		int checked = 0;
		int residues = 0;
		int withTask = 0;
		int withoutTask = 0;
		int leaversWithout = 0;
		int guardResidues = 0;
		int guardUnobservable = 0;
		int openedByFinalCheck = 0;
		int guardWithoutTask = 0;
		int notFoundByGuard = 0;
		Map<String, Integer> byArea = new TreeMap<>();
		Map<String, Integer> withoutByArea = new TreeMap<>();
		List<String> examples = new ArrayList<>();
		for (Leaver leaver : this.leavers) {
			if (!leaver.lastDay.isBefore(cutoff)) {
				continue;
			}
			JsonNode ticket = send("GET", "/api/tickets/" + leaver.key, null, null);
			if (ticket == null || "CANCELLED".equals(ticket.path("state").asText())) {
				continue;
			}
			checked++;
			List<Residue> found = residuesOf(leaver, ticket);
			boolean anyWithout = false;
			Map<String, Integer> seenByArea = new HashMap<>();
			for (Residue residue : found) {
				residues++;
				byArea.merge(residue.area(), 1, Integer::sum);
				seenByArea.merge(residue.area(), 1, Integer::sum);
				if (named(ticket, residue)) {
					withTask++;
				}
				else {
					withoutTask++;
					anyWithout = true;
					withoutByArea.merge(residue.area(), 1, Integer::sum);
					if (examples.size() < 10) {
						examples.add(leaver.key + " (last day " + leaver.lastDay + "): " + residue.area() + " "
								+ residue.subject());
					}
				}
			}
			if (anyWithout) {
				leaversWithout++;
			}
			timesToFind(leaver, ticket, found);
			JsonNode review = send("POST", "/api/leavers/" + leaver.key + "/check", null, null);
			if (review != null) {
				Map<String, Integer> guardByArea = new HashMap<>();
				for (JsonNode finding : review.path("residues")) {
					guardResidues++;
					guardByArea.merge(finding.path("area").asText(), 1, Integer::sum);
					if (finding.path("taskId").isNull() || finding.path("taskId").isMissingNode()) {
						guardWithoutTask++;
					}
				}
				guardUnobservable += review.path("unobservable").size();
				openedByFinalCheck += review.path("opened").size();
				for (Map.Entry<String, Integer> area : seenByArea.entrySet()) {
					int guard = guardByArea.getOrDefault(area.getKey(), 0);
					if (guard < area.getValue()) {
						notFoundByGuard += area.getValue() - guard;
					}
				}
			}
		}
		double share = checked == 0 ? 0 : 100.0 * leaversWithout / checked;
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"| figure | value |%n|---|---:|%n| people / simulated days / speed | %d / %d / %.0fx |%n"
						+ "| run time (real) | %.1f min |%n| leavers announced | %d |%n"
						+ "| leavers more than a day past their last day (checked) | %d |%n"
						+ "| residues seen directly (Graph emulator, pass system, register) | %d |%n"
						+ "| … with an open task naming them | %d |%n"
						+ "| **… without an open task naming them** | **%d** |%n"
						+ "| **share of leavers with a residue no open task names** | **%.1f %%** |%n"
						+ "| guard's final verdict: residues / not observable | %d / %d |%n"
						+ "| guard's residues without a task / tasks its final check had to open | %d / %d |%n"
						+ "| residues seen directly that the guard's verdict does not list | %d |%n",
				this.settings.people(), this.settings.days(), this.speed, took.toSeconds() / 60.0, this.leavers.size(),
				checked, residues, withTask, withoutTask, share, guardResidues, guardUnobservable, guardWithoutTask,
				openedByFinalCheck, notFoundByGuard));
		out.append(String.format(Locale.ROOT,
				"%nClock: %.0fx, one simulated hour = %.2f real s; the runbook's and the guard's rounds every %d real ms "
						+ "(%.0f simulated min)%n",
				this.speed, 3600 / this.speed, SCHEDULE_MILLIS, SCHEDULE_MILLIS / 1000.0 * this.speed / 60));
		if (!this.load.isEmpty()) {
			List<Double> sorted = new ArrayList<>(this.load);
			java.util.Collections.sort(sorted);
			out.append(String.format(Locale.ROOT,
					"Load average (1 min, once a simulated day, %d samples): min %.1f, median %.1f, max %.1f%n",
					sorted.size(), sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1)));
		}
		out.append(toFind());
		out.append(
				String.format(Locale.ROOT, "%nResidues by area (without a task): %s%n", areas(byArea, withoutByArea)));
		out.append(String.format(Locale.ROOT, "Events: %s%n", this.counts));
		if (!examples.isEmpty()) {
			out.append("\nWithout a task, e.g.:\n");
			examples.forEach(example -> out.append("- ").append(example).append('\n'));
		}
		return out.toString();
	}

	/** Simulated minutes from a residue's start to the guard's task, by guard kind. */
	private final Map<String, List<Double>> found = new TreeMap<>();

	/**
	 * The same, counted from when the residue was last left without an open task naming
	 * it (see {@link #timesToFind}), by guard kind.
	 */
	private final Map<String, List<Double>> foundUnnamed = new TreeMap<>();

	/** The same (from when it was left without a task), by what left it without one. */
	private final Map<String, List<Double>> foundByCause = new TreeMap<>();

	/**
	 * The same (from when it was left without a task), by the guard look that found it.
	 */
	private final Map<String, List<Double>> foundByTrigger = new TreeMap<>();

	/** One line per task the guard opened on a checked leaver (CSV, for analysis). */
	private final List<String> findings = new ArrayList<>();

	/**
	 * The kinds of the runbook's and people's tasks that name a residue of a guard kind.
	 */
	private static final Map<String, List<String>> NAMED_BY = Map.of("guard.account.enabled",
			List.of("it.directory.disable"), "guard.sessions.valid", List.of("it.directory.sessions.revoke"),
			"guard.group.member", List.of("it.directory.groups.remove"), "guard.licence.assigned",
			List.of("it.directory.licences.remove"), "guard.device.managed",
			List.of("it.device.wipe.remote", "it.device.retire"), "guard.mail.auto-reply",
			List.of("it.mailbox.auto-reply"), "guard.application.unconfirmed", List.of("it.application.revoke"));

	/**
	 * For each task the guard opened on this leaver's ticket (its notes say when it saw
	 * the residue): how long after the residue began. A residue begins at the runbook's
	 * hour of the last day, or later when the simulation caused it later (a task clicked
	 * Done without the work, a membership added back). Residues seen directly at the end
	 * that no guard task names count as not found.
	 * <p>
	 * Besides, counted from when the residue was last <em>left without an open task
	 * naming it</em>, the guard's own goal: the latest of the runbook's hour, a cause the
	 * simulation recorded, and the closing (by anyone) of a task that named it — a task
	 * of a kind that names it (the runbook's step, the owner's confirmation of that
	 * application, the collection of that asset) or the guard's own earlier task of the
	 * same kind and subject. Each such finding is classed by that cause and by the guard
	 * look that found it (the trigger in the audit trail's entry that opened the task).
	 */
	private void timesToFind(Leaver leaver, JsonNode ticket, List<Residue> left) throws Exception {
		Instant due = leaver.lastDay.atTime(17, 0).atZone(ZONE).toInstant();
		Map<String, List<Instant>> caused;
		synchronized (this.exposures) {
			caused = new HashMap<>(this.exposures.getOrDefault(leaver.key, Map.of()));
		}
		JsonNode audit = send("GET", "/api/audit?subjectType=ticket&subjectId=" + leaver.key, null, null);
		for (JsonNode task : ticket.path("tasks")) {
			String kind = task.path("kind").asText();
			if (!kind.startsWith("guard.") || kind.equals("guard.unobservable")) {
				continue;
			}
			java.util.regex.Matcher seen = java.util.regex.Pattern
				.compile("Seen by the offboarding guard at (\\S+?Z): ")
				.matcher(task.path("notes").asText(""));
			if (!seen.find()) {
				continue;
			}
			Instant at = Instant.parse(seen.group(1));
			Instant began = due;
			for (Instant cause : caused.getOrDefault(kind, List.of())) {
				if (cause.isAfter(began) && !cause.isAfter(at)) {
					began = cause;
				}
			}
			double minutes = Math.max(0, Duration.between(began, at).toSeconds() / 60.0);
			this.found.computeIfAbsent(kind, k -> new ArrayList<>()).add(minutes);
			// from when it was last left without an open task naming it
			String subject = task.path("subject").asText("");
			Instant unnamed = due;
			String cause = "last day";
			if (began.isAfter(due)) {
				unnamed = began;
				boolean addedBack;
				synchronized (this.exposures) {
					addedBack = this.addedBack.getOrDefault(leaver.key, List.of()).contains(began);
				}
				cause = addedBack ? "added back" : "clicked Done without the work";
			}
			for (JsonNode other : ticket.path("tasks")) {
				if (other == task || !other.hasNonNull("completedAt")) {
					continue;
				}
				String otherKind = other.path("kind").asText();
				boolean names = otherKind.equals(kind) && subject.equals(other.path("subject").asText(""))
						|| NAMED_BY.getOrDefault(kind, List.of()).contains(otherKind)
								&& (!kind.equals("guard.application.unconfirmed")
										|| subject.equals(other.path("subject").asText("")))
						|| kind.equals("guard.asset.assigned")
								&& subject.equals(other.path("asset").path("assignmentId").asText(""));
				Instant closed = Instant.parse(other.path("completedAt").asText());
				if (names && closed.isAfter(unnamed) && !closed.isAfter(at)) {
					unnamed = closed;
					cause = "its task closed (" + otherKind + ")";
				}
			}
			double sinceUnnamed = Math.max(0, Duration.between(unnamed, at).toSeconds() / 60.0);
			String trigger = triggerOf(audit, task.path("id").asText());
			this.foundUnnamed.computeIfAbsent(kind, k -> new ArrayList<>()).add(sinceUnnamed);
			String causeClass = cause.startsWith("its task closed (guard.") ? "its guard task closed"
					: cause.startsWith("its task closed") ? "its task closed by a person" : cause;
			this.foundByCause.computeIfAbsent(causeClass, k -> new ArrayList<>()).add(sinceUnnamed);
			this.foundByTrigger.computeIfAbsent(trigger, k -> new ArrayList<>()).add(sinceUnnamed);
			this.findings.add(String.join(",", leaver.key, leaver.lastDay.toString(), kind, subject.replace(',', ';'),
					due.toString(), began.toString(), unnamed.toString(), at.toString(),
					String.format(Locale.ROOT, "%.0f", minutes), String.format(Locale.ROOT, "%.0f", sinceUnnamed),
					cause, trigger, task.path("status").asText()));
		}
	}

	/**
	 * The guard look (its trigger) of the audited check that opened this task ("unknown"
	 * if none). The audit API answers each change as {@code {"before": …, "after": …}}
	 * whose values are JSON <em>text</em> (a string holding {@code ["id", …]}), so the
	 * ids are read by parsing that text, not by searching the node's printed form (whose
	 * quotes are escaped). The look is the entry's {@code look} change, or the start of
	 * its reason ({@code "<look>: <summary>"}) in entries written before it had one.
	 */
	static String triggerOf(JsonNode audit, String taskId) {
		if (audit != null) {
			for (JsonNode entry : audit) {
				if ("guard-checked".equals(entry.path("action").asText())
						&& changed(entry, "tasksOpened").contains(taskId)) {
					List<String> look = changed(entry, "look");
					if (!look.isEmpty()) {
						return look.get(0);
					}
					String why = entry.path("why").asText("");
					int colon = why.indexOf(':');
					return colon > 0 ? why.substring(0, colon) : why;
				}
			}
		}
		return "unknown";
	}

	/** The after-value of one change of an audit entry, as strings (one, or a list's). */
	private static List<String> changed(JsonNode entry, String field) {
		JsonNode after = entry.path("changes").path(field).path("after");
		List<String> values = new ArrayList<>();
		if (after.isMissingNode() || after.isNull()) {
			return values;
		}
		JsonNode value = after;
		if (after.isTextual()) {
			try {
				value = JSON.readTree(after.asText());
			}
			catch (com.fasterxml.jackson.core.JacksonException notJson) {
				value = after;
			}
		}
		if (value.isArray()) {
			value.forEach(item -> values.add(item.asText()));
		}
		else if (!value.isNull()) {
			values.add(value.asText());
		}
		return values;
	}

	private String toFind() {
		List<Double> all = new ArrayList<>();
		this.found.values().forEach(all::addAll);
		if (all.isEmpty()) {
			return String.format(Locale.ROOT, "%nTime to find: the guard opened no task for a residue.%n");
		}
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"%nTime to find (simulated; from the runbook's hour of the last day, or from when the simulation "
						+ "caused the residue later, to the guard's task; resolution one real second = %.1f simulated "
						+ "min): %s%n",
				this.speed / 60.0, distribution(all)));
		out.append("By kind: ");
		List<String> parts = new ArrayList<>();
		this.found.forEach((kind, times) -> parts.add(kind.substring("guard.".length()) + " " + times.size()
				+ " (median " + minutes(percentile(times, 50)) + ", max " + minutes(percentile(times, 100)) + ")"));
		out.append(String.join(", ", parts)).append('\n');
		List<Double> unnamed = new ArrayList<>();
		this.foundUnnamed.values().forEach(unnamed::addAll);
		out.append(String.format(Locale.ROOT,
				"%nTime to find, from when the residue was last left without an open task naming it (the runbook's "
						+ "hour, a cause the simulation recorded, or the closing of the task that named it): %s%n",
				distribution(unnamed)));
		out.append("| by kind | n | median | p90 | max | within 1 h |\n|---|---:|---:|---:|---:|---:|\n");
		this.foundUnnamed.forEach((kind, times) -> out.append(row(kind.substring("guard.".length()), times)));
		out.append("\n| by what left it without a task | n | median | p90 | max | within 1 h |\n"
				+ "|---|---:|---:|---:|---:|---:|\n");
		this.foundByCause.forEach((cause, times) -> out.append(row(cause, times)));
		out.append("\n| by the guard look that found it | n | median | p90 | max | within 1 h |\n"
				+ "|---|---:|---:|---:|---:|---:|\n");
		this.foundByTrigger.forEach((trigger, times) -> out.append(row(trigger, times)));
		return out.toString();
	}

	private static String distribution(List<Double> times) {
		if (times.isEmpty()) {
			return "none";
		}
		long within = times.stream().filter(m -> m <= 60).count();
		return String.format(Locale.ROOT, "%d residues, median %s, p90 %s, max %s, within 1 h %d (%.0f %%)",
				times.size(), minutes(percentile(times, 50)), minutes(percentile(times, 90)),
				minutes(percentile(times, 100)), within, 100.0 * within / times.size());
	}

	private static String row(String name, List<Double> times) {
		long within = times.stream().filter(m -> m <= 60).count();
		return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %d (%.0f %%) |%n", name, times.size(),
				minutes(percentile(times, 50)), minutes(percentile(times, 90)), minutes(percentile(times, 100)), within,
				100.0 * within / times.size());
	}

	/** Writes the findings' lines next to the service logs; answers the file. */
	Path writeFindings(Path work) throws java.io.IOException {
		Path file = work.resolve("time-to-find.csv");
		List<String> lines = new ArrayList<>();
		lines.add("ticket,lastDay,kind,subject,runbookHour,began,unnamedFrom,seenAt,minutesFromBegan,"
				+ "minutesFromUnnamed,cause,trigger,status");
		lines.addAll(this.findings);
		Files.write(file, lines);
		return file;
	}

	private static double percentile(List<Double> values, int p) {
		List<Double> sorted = new ArrayList<>(values);
		java.util.Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static String minutes(double minutes) {
		return minutes < 120 ? String.format(Locale.ROOT, "%.0f min", minutes)
				: String.format(Locale.ROOT, "%.1f h", minutes / 60);
	}

	private static String areas(Map<String, Integer> all, Map<String, Integer> without) {
		List<String> parts = new ArrayList<>();
		all.forEach((area, n) -> parts.add(area + " " + n + " (" + without.getOrDefault(area, 0) + ")"));
		return parts.isEmpty() ? "none" : String.join(", ", parts);
	}

	record Residue(String area, String kind, String subject, List<String> related, String assignmentId) {
	}

	/** What is still on the leaver's name, looked at directly. */
	private List<Residue> residuesOf(Leaver leaver, JsonNode ticket) throws Exception {
		List<Residue> found = new ArrayList<>();
		Person person = leaver.person;
		Instant lastDayStarts = leaver.lastDay.atStartOfDay(ZONE).toInstant();
		synchronized (this.graph) {
			GraphStub.User user = this.graph.user(person.id).orElseThrow();
			if (user.accountEnabled) {
				found.add(new Residue("account", "guard.account.enabled", person.id, List.of("it.directory.disable"),
						null));
			}
			Instant valid = user.sessionsValidFrom != null ? user.sessionsValidFrom : user.createdAt;
			if (valid.isBefore(lastDayStarts)) {
				found.add(new Residue("sessions", "guard.sessions.valid", person.id,
						List.of("it.directory.sessions.revoke"), null));
			}
			for (GraphStub.Group group : allStaticGroups()) {
				if (group.members.contains(person.id)) {
					found.add(new Residue("groups", "guard.group.member", group.id,
							List.of("it.directory.groups.remove"), null));
				}
			}
			for (String sku : user.licences) {
				found.add(new Residue("licences", "guard.licence.assigned", sku,
						List.of("it.directory.licences.remove"), null));
			}
			GraphStub.Device laptop = this.graph.device("dev-" + person.n);
			boolean laptopBack = true;
			if (laptop != null && "managed".equals(laptop.state)) {
				laptopBack = false;
			}
			if (!user.accessPasses.isEmpty()) {
				found.add(new Residue("access-passes", "guard.access-pass.usable",
						String.valueOf(user.accessPasses.get(0).get("id")), List.of(), null));
			}
			for (Map<String, Object> rule : user.inboxRules) {
				found.add(new Residue("mailbox", "guard.mail.forward", rule.get("id") + ":", List.of(), null));
			}
			tools.jackson.databind.JsonNode mailbox = user.mailboxSettings;
			String replies = mailbox == null ? "disabled"
					: mailbox.path("automaticRepliesSetting").path("status").asString("disabled");
			if ("disabled".equalsIgnoreCase(replies)) {
				found.add(new Residue("mailbox", "guard.mail.auto-reply", person.id, List.of("it.mailbox.auto-reply"),
						null));
			}
			for (Map<String, Object> grant : user.appRoleAssignments) {
				found.add(new Residue("application-grants", "guard.application.grant", String.valueOf(grant.get("id")),
						List.of(), null));
			}
			if (!laptopBack) {
				// a managed laptop is fine once it is back in the register
				JsonNode held = send("GET", "/api/assets/held-by/" + ticket.path("employee").path("id").asText(), null,
						null);
				boolean inRegister = held != null && held.toString().contains("\"PF" + person.n + "\"");
				if (inRegister) {
					found.add(new Residue("devices", "guard.device.managed", "dev-" + person.n,
							List.of("it.device.wipe.remote", "it.device.retire"), null));
				}
			}
		}
		JsonNode held = send("GET", "/api/assets/held-by/" + ticket.path("employee").path("id").asText(), null, null);
		if (held != null) {
			for (JsonNode holding : held) {
				found.add(new Residue("register", "guard.asset.assigned", holding.path("assignmentId").asText(),
						List.of(), holding.path("assignmentId").asText()));
			}
		}
		for (String badge : this.passes.activeBadges(person.upn)) {
			found.add(new Residue("badges", "guard.badge.active", badge, List.of(), null));
		}
		return found;
	}

	private List<GraphStub.Group> allStaticGroups() {
		List<GraphStub.Group> groups = new ArrayList<>(staticGroups());
		groups.add(this.graph.group(REFUSED_GROUP));
		return groups;
	}

	/** An open task of the ticket names the residue, by the guard's own rule. */
	private static boolean named(JsonNode ticket, Residue residue) {
		for (JsonNode task : ticket.path("tasks")) {
			String status = task.path("status").asText();
			if (!status.equals("OPEN") && !status.equals("CLAIMED") && !status.equals("BLOCKED")) {
				continue;
			}
			String kind = task.path("kind").asText();
			String subject = task.path("subject").asText(null);
			if (kind.equals(residue.kind()) && (subject == null || subject.equals(residue.subject())
					|| subject.startsWith(residue.subject()))) {
				return true;
			}
			if (residue.assignmentId() != null
					&& residue.assignmentId().equals(task.path("asset").path("assignmentId").asText(null))) {
				return true;
			}
			if (residue.related().contains(kind)) {
				return true;
			}
			if (kind.equals("guard.unobservable") && subject != null
					&& List.of(subject.split(",")).contains(residue.area())) {
				return true;
			}
		}
		return false;
	}

	private int poisson(double mean) {
		double limit = Math.exp(-mean);
		double product = this.random.nextDouble();
		int n = 0;
		while (product > limit) {
			product *= this.random.nextDouble();
			n++;
		}
		return n;
	}

	private void count(String what) {
		synchronized (this.counts) {
			this.counts.merge(what, 1, Integer::sum);
		}
	}

	/** The answer, or null when the service refused it or could not be reached. */
	private JsonNode send(String method, String path, String body, String contentType) throws Exception {
		// the first imports (thousands of rows) take minutes on a busy machine
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.service.baseUrl() + path))
			.timeout(path.endsWith("/import") ? Duration.ofMinutes(15) : Duration.ofSeconds(120));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() >= 500) {
				count("5xx answers");
			}
			if (response.statusCode() >= 300) {
				return null;
			}
			return response.body().length > 0 ? JSON.readTree(response.body()) : JSON.createObjectNode();
		}
		catch (java.io.IOException unreachable) {
			count("calls while the service was down");
			return null;
		}
	}

	private static void expect(JsonNode answer, String what) {
		if (answer == null) {
			throw new IllegalStateException(what + " was refused");
		}
	}

}
