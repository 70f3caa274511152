package io.handover.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.handover.testing.GraphStub;
import io.handover.testing.TokenStub;
import org.bson.Document;

/**
 * The crash suite of issue 8: managers announce starters and department staff click Done
 * on the task cards while the service is killed with SIGKILL at random moments and
 * restarted on the same store file. Afterwards it checks, against the store and the
 * connector stub, that no acknowledged work was lost, that every card owed was posted
 * exactly once and that no task moved twice.
 */
final class CrashRun {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern TICKET_KEY = Pattern.compile("JML-\\d{4,}");

	private final Settings settings;

	private final CountingConnector connector;

	private final ServiceJar service;

	private final Turns turns;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final AtomicInteger announcementsLeft;

	/**
	 * Announcements a manager made again after one was refused (a connector outage): at
	 * most as many as the run has, so a run whose every announcement met an outage still
	 * ends with work to click instead of waiting for its deadline.
	 */
	private final AtomicInteger announcedAgain = new AtomicInteger();

	private final AtomicInteger actionsLeft;

	private final AtomicInteger progress = new AtomicInteger();

	private final LongAdder sent = new LongAdder();

	private final LongAdder successes = new LongAdder();

	private final LongAdder refusals = new LongAdder();

	private final LongAdder serverErrors = new LongAdder();

	private final LongAdder unanswered = new LongAdder();

	private final LongAdder strangerClicks = new LongAdder();

	private final List<String> problems = new CopyOnWriteArrayList<>();

	/** Ticket key of every announcement the service confirmed, by the starter's name. */
	private final Map<String, String> confirmedTickets = new ConcurrentHashMap<>();

	/** Every task whose Done the service confirmed. */
	private final Set<String> confirmedDone = ConcurrentHashMap.newKeySet();

	private final List<Long> killedAtNanos = new CopyOnWriteArrayList<>();

	private final GraphStub graph;

	/** Kills after Teams took a card post, before the service learnt its message id. */
	private final AtomicInteger windowKills = new AtomicInteger();

	private volatile boolean servicePaused;

	private final AtomicInteger stretchesDone = new AtomicInteger();

	/** A run that cannot finish (no cards to click) stops here and reports why. */
	private final long workDeadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();

	CrashRun(Settings settings, CountingConnector connector, ServiceJar service, GraphStub graph) {
		this.settings = settings;
		this.connector = connector;
		this.service = service;
		this.graph = graph;
		this.turns = new Turns(connector.serviceUrl());
		this.announcementsLeft = new AtomicInteger(settings.announcements());
		this.actionsLeft = new AtomicInteger(settings.cardActions());
	}

	static CrashReport run(Settings settings, Path folder) throws Exception {
		try (CountingConnector connector = new CountingConnector(Turns.STAFF);
				TokenStub tokens = new TokenStub();
				GraphStub graph = new GraphStub();
				ServiceJar service = new ServiceJar(folder, settings.jvmOptions(), graphOn(graph, tokens))) {
			// Graph shows the team's channels as the connector received them, so a card
			// post a kill interrupted can be found there (ChannelReadBack)
			graph.channelsFrom((teamId, channelId) -> Turns.TEAM_GROUP.equals(teamId) ? connector.messagesIn(channelId)
					: List.of());
			// each manager has a direct report in the directory: they manage people, so
			// their own starters' tickets open on their authority
			for (int manager = 1; manager <= settings.workers(); manager++) {
				GraphStub.User inGraph = graph.addUser(Turns.managerAadObjectId(manager),
						"manager" + manager + "@faults.example", Turns.managerName(manager));
				graph
					.addUser("faults-aad-report-" + manager, "report" + manager + "@faults.example",
							"Report " + manager)
					.managedBy(inGraph);
			}
			return new CrashRun(settings, connector, service, graph).run();
		}
	}

	/**
	 * The service's Graph settings: the stubs, over https for the token as in production.
	 */
	private static List<String> graphOn(GraphStub graph, TokenStub tokens) {
		return List.of("--handover.graph.tenant-id=faults-tenant", "--handover.graph.client-id=faults-app",
				"--handover.graph.client-secret=faults-secret", "--handover.graph.base-url=" + graph.baseUrl(),
				"--handover.graph.authority-host=" + tokens.authorityHost(),
				"--handover.graph.trust-store=" + Path.of(TokenStub.TRUST_STORE).toAbsolutePath(),
				"--handover.graph.trust-store-password=" + TokenStub.TRUST_STORE_PASSWORD);
	}

	private CrashReport run() throws Exception {
		long started = System.nanoTime();
		this.service.start();
		linkDepartments();
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < this.settings.workers(); i++) {
			int manager = i + 1;
			Thread worker = new Thread(() -> work(manager), "faults-worker-" + i);
			worker.start();
			workers.add(worker);
		}
		Thread stretches = new Thread(this::degradeConnectorInStretches, "faults-connector-stretches");
		stretches.start();
		int kills = killAtRandomMoments();
		stretches.join();
		for (Thread worker : workers) {
			worker.join();
		}
		boolean settled = awaitDeliveries(this.settings.settleTimeout());
		CrashReport report = check(kills, settled, Duration.ofNanos(System.nanoTime() - started));
		return report;
	}

	/** Installs the bot in a team: General → IT, Facilities → FM and HR. */
	private void linkDepartments() throws Exception {
		this.connector.channels(Turns.TEAM, Map.of(Turns.TEAM, "General", Turns.FACILITIES, "Facilities"));
		expectAccepted(this.turns.botAddedToTeam());
		expectAccepted(this.turns.channelMessage(Turns.TEAM, "link IT"));
		expectAccepted(this.turns.channelMessage(Turns.FACILITIES, "link FM"));
		expectAccepted(this.turns.channelMessage(Turns.FACILITIES, "link HR"));
	}

	private void expectAccepted(ObjectNode activity) throws Exception {
		Answer answer = deliver(activity);
		if (answer.status() >= 300) {
			throw new IllegalStateException("Set-up turn refused: " + answer.status() + " " + answer.body());
		}
	}

	/**
	 * Kills the service at random moments spread over the run (the k-th kill somewhere in
	 * the k-th slice of the work), restarting it on the same store each time.
	 */
	private int killAtRandomMoments() throws Exception {
		int total = this.settings.announcements() + this.settings.cardActions();
		int kills = 0;
		for (int k = 0; k < this.settings.kills(); k++) {
			double at = (k + ThreadLocalRandom.current().nextDouble(0.2, 0.95)) / (this.settings.kills() + 0.5);
			while (this.progress.get() < at * total && !workDone()) {
				Thread.sleep(ThreadLocalRandom.current().nextInt(1, 25));
			}
			if (workDone()) {
				break;
			}
			// every other kill lands after Teams took a card, before the service learnt
			// its message id: the next delivery must find it in the channel
			if (k % 2 == 0 || !killRightAfterACardPost()) {
				kill();
			}
			kills++;
			this.service.start();
			this.servicePaused = false;
		}
		return kills;
	}

	private void kill() throws InterruptedException {
		this.servicePaused = true;
		this.killedAtNanos.add(System.nanoTime());
		this.service.kill();
	}

	/** Whether the kill happened within 20 s (no card was posted in time otherwise). */
	private boolean killRightAfterACardPost() throws InterruptedException {
		CountDownLatch killed = new CountDownLatch(1);
		this.connector.afterNextChannelPost(() -> {
			try {
				kill();
				this.windowKills.incrementAndGet();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			killed.countDown();
		});
		if (killed.await(20, TimeUnit.SECONDS)) {
			return true;
		}
		this.connector.disarm();
		// it may have started just before the disarm
		return killed.await(35, TimeUnit.SECONDS);
	}

	/**
	 * The Bot Connector answers 503, then 429, each with Retry-After, for stretches of a
	 * few seconds while cards are owed.
	 */
	private void degradeConnectorInStretches() {
		try {
			for (int i = 0; i < this.settings.connectorStretches() && !workDone(); i++) {
				Thread.sleep(ThreadLocalRandom.current().nextLong(1000, 3000));
				int status = i % 2 == 0 ? 503 : 429;
				this.connector.degrade(status, 1 + i % 2);
				this.stretchesDone.incrementAndGet();
				Thread.sleep(ThreadLocalRandom.current().nextLong(3000, 5000));
				this.connector.recover();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.connector.recover();
		}
	}

	private boolean workDone() {
		if (System.nanoTime() > this.workDeadline) {
			return true;
		}
		return this.announcementsLeft.get() <= 0 && this.actionsLeft.get() <= 0;
	}

	private void work(int manager) {
		try {
			while (!workDone()) {
				if (this.actionsLeft.get() > 0) {
					CountingConnector.Click click = this.connector.nextDoneButton();
					if (click != null) {
						if (this.actionsLeft.getAndDecrement() > 0) {
							clickDone(click);
							this.progress.incrementAndGet();
						}
						continue;
					}
				}
				if (this.announcementsLeft.getAndDecrement() > 0) {
					announce(manager);
					this.progress.incrementAndGet();
				}
				else {
					this.announcementsLeft.set(0);
					Thread.sleep(50);
				}
			}
		}
		catch (Exception ex) {
			this.problems.add("worker " + manager + " stopped: " + ex);
		}
	}

	/**
	 * J1: the manager writes a starter, gets the prefilled form, submits it; the answer
	 * names the ticket.
	 */
	private void announce(int manager) throws Exception {
		String name = uniqueName();
		String text = name + " starts on " + Turns.startDateWords() + " as account manager";
		JsonNode form = null;
		for (int attempt = 0; attempt < 20 && form == null; attempt++) {
			Answer said = deliver(this.turns.personalMessage(manager, text));
			JsonNode card = this.connector.lastCardIn(Turns.personalChat(manager));
			if (said.status() == 202 && card != null && card.toString().contains(name)) {
				form = card;
			}
			else {
				Thread.sleep(500); // the form did not arrive (connector refusing): ask
									// again
			}
		}
		ObjectNode data = form == null ? null : Turns.submission(form);
		if (data == null) {
			this.refusals.increment();
			this.problems.add("no form for " + name);
			announceAgainLater();
			return;
		}
		// One activity, redelivered as is when the service did not answer: what the Bot
		// Connector does.
		Answer submitted = deliver(this.turns.personalCardAction(manager, "form.starter.submit", data));
		JsonNode answer = submitted.json();
		Matcher key = TICKET_KEY.matcher(answer.path("value").toString());
		if (answer.path("statusCode").asInt() == 200 && key.find()) {
			this.successes.increment();
			this.confirmedTickets.put(name, key.group());
		}
		else {
			this.refusals.increment();
			announceAgainLater();
		}
	}

	/** A refused manager tries again a little later, as people do. */
	private void announceAgainLater() throws InterruptedException {
		if (this.announcedAgain.incrementAndGet() <= this.settings.announcements()) {
			this.announcementsLeft.incrementAndGet();
			Thread.sleep(1000);
		}
	}

	/** J4: a department staff member clicks Done on a task card. */
	private void clickDone(CountingConnector.Click click) throws Exception {
		if (ThreadLocalRandom.current().nextInt(10) == 0) {
			// Someone outside the team clicks first: refused, nothing changes.
			deliver(this.turns.channelCardAction(click.conversationId(), "task.done", click.data(), Turns.STRANGER));
			this.strangerClicks.increment();
		}
		JsonNode json = deliver(this.turns.channelCardAction(click.conversationId(), "task.done", click.data())).json();
		for (int again = 0; again < 30 && json.path("statusCode").asInt() == 503; again++) {
			// "try again in a minute" on the card (e.g. Teams' roster unreadable): the
			// person clicks again a little later
			this.refusals.increment();
			Thread.sleep(1000);
			json = deliver(this.turns.channelCardAction(click.conversationId(), "task.done", click.data())).json();
		}
		// Done is confirmed by the refreshed task card; a refusal card does not name the
		// ticket.
		String ticketKey = click.data().path("ticketKey").asString("?");
		if (json.path("statusCode").asInt() == 200 && json.path("value").toString().contains(ticketKey)) {
			this.successes.increment();
			this.confirmedDone.add(click.taskId());
		}
		else {
			this.refusals.increment();
		}
	}

	/**
	 * Sends the activity until the service answers it; the same activity (same id) again
	 * after a connection failure, as the Bot Connector redelivers.
	 */
	private Answer deliver(ObjectNode activity) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.service.baseUrl() + "/api/messages"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(activity)))
			.build();
		// A restart after a kill takes seconds on a free machine and minutes on a busy
		// one: the connector's patience is bounded by time, not by a count of attempts.
		long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
		while (System.nanoTime() < deadline) {
			this.sent.increment();
			try {
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() >= 500) {
					this.serverErrors.increment();
					this.problems.add("HTTP " + response.statusCode() + " for " + activity.path("type").asString()
							+ ": " + abbreviate(response.body()) + causeInLog(response.body()));
					Thread.sleep(200);
					continue;
				}
				return new Answer(response.statusCode(), response.body());
			}
			catch (IOException killed) {
				this.unanswered.increment();
				Thread.sleep(this.servicePaused ? 300 : 100);
			}
		}
		throw new IllegalStateException("No answer to an activity within 6 minutes");
	}

	/**
	 * Waits until every owed card update was delivered (no outbox entry, no claim open)
	 * and every audit entry a ticket owed is in the trail.
	 */
	private boolean awaitDeliveries(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			try (MongoClient client = MongoClients.create(this.service.storeUri())) {
				MongoDatabase store = client.getDatabase("handover");
				long owing = store.getCollection("tickets").countDocuments(Filters.exists("outbox.0"));
				long claimed = store.getCollection("posted_cards").countDocuments(Filters.eq("messageId", null));
				long auditOwed = store.getCollection("tickets").countDocuments(Filters.exists("auditOwed.0"));
				if (owing == 0 && claimed == 0 && auditOwed == 0) {
					return true;
				}
			}
			Thread.sleep(500);
		}
		return false;
	}

	private CrashReport check(int kills, boolean settled, Duration took) throws Exception {
		List<String> findings = new ArrayList<>(this.problems);
		if (this.announcementsLeft.get() > 0 || this.actionsLeft.get() > 0) {
			findings.add("work not finished: " + Math.max(0, this.announcementsLeft.get()) + " announcements and "
					+ Math.max(0, this.actionsLeft.get()) + " card actions left");
		}
		if (!settled) {
			findings.add("card deliveries or audit entries still owed after " + this.settings.settleTimeout());
		}
		Map<String, Document> tickets = new HashMap<>();
		Map<String, Document> tasks = new HashMap<>();
		Map<String, Integer> taskMoves = new HashMap<>();
		Set<String> completedInAudit = new HashSet<>();
		Set<String> storedMessageIds = new HashSet<>();
		long unauthorised;
		try (MongoClient client = MongoClients.create(this.service.storeUri())) {
			MongoDatabase store = client.getDatabase("handover");
			for (Document ticket : store.getCollection("tickets").find()) {
				tickets.put(ticket.getString("_id"), ticket);
				for (Document task : ticket.getList("tasks", Document.class, List.of())) {
					tasks.put(idOf(task), task);
				}
			}
			store.getCollection("posted_cards")
				.find()
				.forEach(card -> storedMessageIds.add(card.getString("messageId")));
			// Their attempts are audited as "refused"; anything else would be a change.
			unauthorised = store.getCollection("audit")
				.countDocuments(
						Filters.and(Filters.in("actorId", Turns.STRANGER.aadObjectId(), Turns.STRANGER.teamsId()),
								Filters.ne("action", "refused")));
			// A refused click is not a move (and is audited once per click, however often
			// it is redelivered: TaskCardTests).
			for (Document entry : store.getCollection("audit")
				.find(Filters.and(Filters.eq("subjectType", "task"), Filters.ne("action", "refused")))) {
				String move = entry.getString("subjectId") + " " + entry.getString("action");
				taskMoves.merge(move, 1, Integer::sum);
				if ("completed".equals(entry.getString("action"))) {
					completedInAudit.add(entry.getString("subjectId"));
				}
			}
		}
		if (unauthorised > 0) {
			findings.add("changes by someone outside the team: " + unauthorised + " audit entries");
		}
		// Every confirmed announcement is a stored ticket, and only one per starter.
		long lostTickets = 0;
		for (Map.Entry<String, String> confirmed : this.confirmedTickets.entrySet()) {
			if (!tickets.containsKey(confirmed.getValue())) {
				lostTickets++;
				findings.add("lost: ticket " + confirmed.getValue() + " of " + confirmed.getKey() + " was confirmed");
			}
		}
		Map<String, Integer> ticketsPerStarter = new HashMap<>();
		tickets.values()
			.forEach(
					t -> ticketsPerStarter.merge(t.get("employee", Document.class).getString("name"), 1, Integer::sum));
		long duplicateTickets = ticketsPerStarter.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
		if (duplicateTickets > 0) {
			findings.add("duplicate tickets for one starter: " + duplicateTickets);
		}
		// Every confirmed Done is a done task.
		long lostDone = 0;
		for (String taskId : this.confirmedDone) {
			Document task = tasks.get(taskId);
			if (task == null || !"DONE".equals(task.getString("status"))) {
				lostDone++;
				findings.add("lost: Done of task " + taskId + " was confirmed, the store has "
						+ (task == null ? "no such task" : task.getString("status")));
			}
		}
		// No task moved twice; every done task has its audit entry.
		long movedTwice = taskMoves.values().stream().filter(n -> n > 1).count();
		taskMoves.forEach((move, n) -> {
			if (n > 1) {
				findings.add("task moved twice: " + move + " ×" + n);
			}
		});
		List<String> doneWithoutEntry = tasks.entrySet()
			.stream()
			.filter(e -> "DONE".equals(e.getValue().getString("status")) && !completedInAudit.contains(e.getKey()))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		long auditGaps = doneWithoutEntry.size();
		doneWithoutEntry.forEach(taskId -> findings.add("done task without its audit entry: " + taskId));
		JsonNode chain = JSON.readTree(get("/api/audit/verify"));
		if (!chain.path("intact").asBoolean()) {
			findings.add("audit chain broken: " + chain);
		}
		// Every card owed was posted exactly once.
		List<CountingConnector.Post> posts = this.connector.posts();
		List<List<CountingConnector.Post>> duplicates = CountingConnector.duplicates(posts);
		long duplicatePosts = duplicates.stream().mapToLong(list -> list.size() - 1).sum();
		for (List<CountingConnector.Post> copies : duplicates) {
			boolean firstIdStored = storedMessageIds.contains(copies.get(0).messageId());
			findings.add("card posted " + copies.size() + " times: " + copies.get(0).card() + " " + windowNote(copies)
					+ (firstIdStored ? "" : ", the first copy's message id never stored"));
		}
		long owed = 0;
		long delivered = 0;
		for (Document ticket : tickets.values()) {
			Map<String, Set<String>> byDepartment = new HashMap<>();
			for (Document task : ticket.getList("tasks", Document.class, List.of())) {
				byDepartment.computeIfAbsent(task.getString("department"), d -> new HashSet<>()).add(idOf(task));
			}
			for (Map.Entry<String, Set<String>> department : byDepartment.entrySet()) {
				owed++;
				String channel = "IT".equals(department.getKey()) ? Turns.TEAM : Turns.FACILITIES;
				boolean posted = posts.stream()
					.anyMatch(post -> post.conversationId().equals(channel)
							&& post.ticketKey().equals(ticket.getString("_id"))
							&& post.department().equals(department.getKey()));
				if (posted) {
					delivered++;
				}
				else {
					findings.add("card never posted: " + ticket.getString("_id") + " " + department.getKey());
				}
			}
		}
		return new CrashReport(this.settings, took, this.sent.sum(), this.successes.sum(), this.refusals.sum(),
				this.serverErrors.sum(), this.unanswered.sum(), kills, this.confirmedTickets.size(),
				this.confirmedDone.size(), owed, delivered, duplicatePosts, lostTickets + lostDone, duplicateTickets,
				movedTwice, auditGaps, chain.path("intact").asBoolean(), this.stretchesDone.get(),
				this.connector.count("refused-503") + this.connector.count("refused-429"), this.strangerClicks.sum(),
				unauthorised, this.windowKills.get(),
				this.graph.calls()
					.stream()
					.filter(call -> call.path().contains("/messages/delta") && !call.path().contains("$skiptoken"))
					.count(),
				findings);
	}

	/**
	 * Whether the first copy was answered by the connector shortly before a kill: the
	 * service died between the connector's answer and storing the message id.
	 */
	private String windowNote(List<CountingConnector.Post> copies) {
		long answered = copies.get(0).atNanos();
		return this.killedAtNanos.stream()
			.filter(kill -> kill >= answered)
			.findFirst()
			.map(kill -> String.format("(first copy answered %d ms before kill)", (kill - answered) / 1_000_000))
			.orElse("(no kill after the first copy)");
	}

	/** Spring Data stores an embedded object's {@code id} as {@code _id}. */
	private static String idOf(Document task) {
		return task.getString(task.containsKey("_id") ? "_id" : "id");
	}

	private String get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.service.baseUrl() + path))
			.timeout(Duration.ofSeconds(60))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String uniqueName() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder name = new StringBuilder("Anna de Vries ");
		name.append((char) ('A' + random.nextInt(26)));
		for (int i = 0; i < 7; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.toString();
	}

	/**
	 * The service's log from the line naming the failure's reference on, so a failure in
	 * CI (where the run's folder is gone) carries its cause in the report.
	 */
	private String causeInLog(String body) {
		Matcher reference = Pattern.compile("\"reference\"\\s*:\\s*\"([0-9a-f]{8})\"")
			.matcher(body == null ? "" : body);
		if (!reference.find()) {
			return "";
		}
		try {
			List<String> lines = java.nio.file.Files.readAllLines(this.service.log());
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).contains("reference " + reference.group(1))) {
					return "\n  service log:\n  "
							+ String.join("\n  ", lines.subList(i, Math.min(lines.size(), i + 25)));
				}
			}
			return " (reference not found in " + this.service.log() + ")";
		}
		catch (IOException ex) {
			return " (service log unreadable: " + ex + ")";
		}
	}

	private static String abbreviate(String text) {
		return text == null || text.length() < 300 ? text : text.substring(0, 300) + "…";
	}

	/**
	 * @param announcements starters announced (form and submit each)
	 * @param cardActions Done clicks on department cards
	 * @param kills SIGKILLs at random moments
	 * @param connectorStretches stretches of a few seconds in which the Bot Connector
	 * answers 503 or 429 with Retry-After
	 * @param workers concurrent conversations
	 */
	record Settings(int announcements, int cardActions, int kills, int connectorStretches, int workers,
			Duration settleTimeout, List<String> jvmOptions) {
	}

	private record Answer(int status, String body) {

		JsonNode json() {
			try {
				return this.body == null || this.body.isBlank() ? JSON.createObjectNode() : JSON.readTree(this.body);
			}
			catch (tools.jackson.core.JacksonException ex) {
				return JSON.createObjectNode();
			}
		}

	}

}
