package io.handover.faults;

import java.io.IOException;
import java.time.Instant;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.handover.testing.GraphStub;

/**
 * The Bot Connector on loopback for the fault suite, living in the test's JVM so it
 * outlives every crash of the service. It counts every new message posted into a
 * conversation by what it shows (conversation, ticket key and the task ids on the card),
 * so a card posted twice is seen as such, keeps the last card of each personal chat (the
 * form a manager fills in) and offers the Done buttons of department cards to click. For
 * stretches it can answer 503 or 429 with Retry-After, as the real connector does when
 * Teams is throttling or degraded.
 */
final class CountingConnector implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern ACTIVITY = Pattern.compile("/v3/conversations/([^/]+)/activities/([^/]+)");

	private static final Pattern ACTIVITIES = Pattern.compile("/v3/conversations/([^/]+)/activities");

	private static final Pattern MEMBER = Pattern.compile("/v3/conversations/([^/]+)/members/([^/]+)");

	private static final Pattern MEMBERS = Pattern.compile("/v3/conversations/([^/]+)/(paged)?members");

	private static final Pattern TEAM_CHANNELS = Pattern.compile("/v3/teams/([^/]+)/conversations");

	private static final Pattern TEAM = Pattern.compile("/v3/teams/([^/]+)");

	private final HttpServer server;

	private final ExecutorService pool = Executors.newFixedThreadPool(16);

	private final Map<String, ArrayNode> channels = new ConcurrentHashMap<>();

	private final Map<String, JsonNode> lastCard = new ConcurrentHashMap<>();

	private final Queue<Click> doneButtons = new ConcurrentLinkedQueue<>();

	private final Set<String> offeredTasks = ConcurrentHashMap.newKeySet();

	/** Every department card posted (not updated): what a channel member would see. */
	private final List<Post> posts = new CopyOnWriteArrayList<>();

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	/** Each conversation's messages with their cards as last sent: what Graph shows. */
	private final Map<String, Map<String, GraphStub.ChannelMessage>> shown = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong();

	private final AtomicReference<Outage> outage = new AtomicReference<>();

	private final AtomicReference<Runnable> afterChannelPost = new AtomicReference<>();

	private final Staff staff;

	CountingConnector(Staff staff) throws IOException {
		System.setProperty("sun.net.httpserver.nodelay", "true");
		this.staff = staff;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.pool);
		this.server.start();
	}

	String serviceUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/";
	}

	void channels(String teamId, Map<String, String> idToName) {
		ArrayNode list = JSON.createArrayNode();
		idToName.forEach((id, name) -> list.addObject().put("id", id).put("name", name));
		this.channels.put(teamId, list);
	}

	JsonNode lastCardIn(String conversationId) {
		return this.lastCard.get(conversationId);
	}

	/** A Done button of a posted department card nobody clicked yet, or null. */
	Click nextDoneButton() {
		return this.doneButtons.poll();
	}

	List<Post> posts() {
		return List.copyOf(this.posts);
	}

	long count(String kind) {
		LongAdder adder = this.counts.get(kind);
		return adder == null ? 0 : adder.sum();
	}

	/**
	 * From now on every call to the connector is answered {@code status} (503 or 429,
	 * with {@code Retry-After: retryAfterSeconds}) until {@link #recover()}.
	 */
	void degrade(int status, int retryAfterSeconds) {
		this.outage.set(new Outage(status, retryAfterSeconds));
	}

	void recover() {
		this.outage.set(null);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.pool.shutdownNow();
	}

	/**
	 * Runs {@code action} once, when the next card post into a channel has been taken
	 * (the channel shows it) and before it is answered: a kill there leaves what a kill
	 * between the answer and storing the message id leaves.
	 */
	void afterNextChannelPost(Runnable action) {
		this.afterChannelPost.set(action);
	}

	/** Forgets an action {@link #afterNextChannelPost} armed that has not run. */
	void disarm() {
		this.afterChannelPost.set(null);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getRawPath();
			byte[] bytes = exchange.getRequestBody().readAllBytes();
			Outage down = this.outage.get();
			if (down != null) {
				increment("refused-" + down.status());
				exchange.getResponseHeaders().set("Retry-After", String.valueOf(down.retryAfterSeconds()));
				respond(exchange, down.status(), JSON.createObjectNode()
					.set("error",
							JSON.createObjectNode().put("code", "ServiceUnavailable").put("message", "try later")));
				return;
			}
			JsonNode body = bytes.length == 0 ? null : JSON.readTree(bytes);
			Answer answer = route(method, path, body);
			increment(answer.kind());
			Runnable after = "send".equals(answer.kind()) && decode(path).contains("@thread")
					? this.afterChannelPost.getAndSet(null) : null;
			if (after != null) {
				// Teams has the card (the channel shows it) and the service never learns
				// its message id: what a kill between the answer and storing the id
				// leaves
				after.run();
				return;
			}
			respond(exchange, answer.status(), answer.body());
		}
		catch (RuntimeException ex) {
			respond(exchange, 500, JSON.createObjectNode().put("error", String.valueOf(ex)));
		}
	}

	private void increment(String kind) {
		this.counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
	}

	private Answer route(String method, String path, JsonNode body) {
		Matcher m;
		if ("POST".equals(method) && "/v3/conversations".equals(path)) {
			return new Answer("create", 201,
					JSON.createObjectNode()
						.put("id", "a:created-" + this.ids.incrementAndGet())
						.put("activityId", nextId()));
		}
		if ((m = ACTIVITY.matcher(path)).matches()) {
			String conversation = decode(m.group(1));
			if ("PUT".equals(method)) {
				received(conversation, body, null);
				show(conversation, decode(m.group(2)), body);
				return new Answer("update", 200, JSON.createObjectNode().put("id", decode(m.group(2))));
			}
			if ("POST".equals(method)) {
				String id = nextId();
				received(conversation, body, id);
				show(conversation, id, body);
				return new Answer("reply", 200, JSON.createObjectNode().put("id", id));
			}
			return new Answer("delete", 200, null);
		}
		if ("POST".equals(method) && (m = ACTIVITIES.matcher(path)).matches()) {
			String id = nextId();
			received(decode(m.group(1)), body, id);
			show(decode(m.group(1)), id, body);
			return new Answer("send", 201, JSON.createObjectNode().put("id", id));
		}
		if ("GET".equals(method) && (m = MEMBER.matcher(path)).matches()) {
			String user = decode(m.group(2));
			if (user.equals(this.staff.teamsId()) || user.equals(this.staff.aadObjectId())) {
				return new Answer("member", 200, this.staff.toJson());
			}
			return new Answer("member", 404, JSON.createObjectNode().put("error", "not a member"));
		}
		if ("GET".equals(method) && (m = MEMBERS.matcher(path)).matches()) {
			ArrayNode list = JSON.createArrayNode().add(this.staff.toJson());
			return new Answer("members", 200, m.group(2) != null ? JSON.createObjectNode().set("members", list) : list);
		}
		if ("GET".equals(method) && (m = TEAM_CHANNELS.matcher(path)).matches()) {
			ArrayNode list = this.channels.getOrDefault(decode(m.group(1)), JSON.createArrayNode());
			return new Answer("channels", 200, JSON.createObjectNode().set("conversations", list));
		}
		if ("GET".equals(method) && (m = TEAM.matcher(path)).matches()) {
			String team = decode(m.group(1));
			return new Answer("team", 200, JSON.createObjectNode().put("id", team).put("name", "Team " + team));
		}
		return new Answer("unknown", 404, JSON.createObjectNode().put("error", "no such route " + path));
	}

	/**
	 * A channel's messages as Graph would list them, for the Graph stub: in the order
	 * posted, so a read page by page while new cards arrive skips none (a hash map's
	 * order changes as it grows).
	 */
	List<GraphStub.ChannelMessage> messagesIn(String conversationId) {
		return this.shown.getOrDefault(conversationId, Map.of())
			.values()
			.stream()
			.sorted(Comparator.comparing(GraphStub.ChannelMessage::createdAt)
				.thenComparing(GraphStub.ChannelMessage::id))
			.toList();
	}

	private void show(String conversation, String messageId, JsonNode activity) {
		if (activity == null) {
			return;
		}
		List<JsonNode> cards = new ArrayList<>();
		activity.path("attachments").forEach(attachment -> cards.add(attachment.path("content").deepCopy()));
		Instant now = Instant.now();
		this.shown.computeIfAbsent(conversation, c -> new ConcurrentHashMap<>())
			.merge(messageId, new GraphStub.ChannelMessage(messageId, now, now, cards),
					(before, after) -> new GraphStub.ChannelMessage(messageId, before.createdAt(), now, cards));
	}

	/**
	 * @param postedId the id of a new message, or null for an update of an existing one
	 */
	private void received(String conversation, JsonNode activity, String postedId) {
		if (activity == null) {
			return;
		}
		for (JsonNode attachment : activity.path("attachments")) {
			if ("application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asString())) {
				JsonNode card = attachment.get("content");
				this.lastCard.put(conversation, card);
				Set<String> taskIds = new TreeSet<>();
				collect(conversation, card, false, taskIds);
				// a department card names its ticket and department in its refresh action
				JsonNode names = card.path("refresh").path("action").path("data");
				if (postedId != null && "task.department".equals(names.path("card").asString())) {
					this.posts.add(new Post(conversation, names.path("ticketKey").asString(),
							names.path("departmentKey").asString(), String.join(",", taskIds), postedId,
							System.nanoTime()));
				}
			}
		}
	}

	/**
	 * The task ids on a card, and its Done buttons that need no input (not inside a Show
	 * Card); each task is offered once.
	 */
	private void collect(String conversation, JsonNode node, boolean insideShowCard, Set<String> taskIds) {
		if (node.isArray()) {
			node.forEach(child -> collect(conversation, child, insideShowCard, taskIds));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		String type = node.path("type").asString();
		if ("Action.Execute".equals(type)) {
			JsonNode data = node.path("data");
			String taskId = data.path("taskId").asString();
			if (!taskId.isEmpty()) {
				taskIds.add(taskId);
				if (!insideShowCard && "task.done".equals(node.path("verb").asString())
						&& this.offeredTasks.add(taskId)) {
					this.doneButtons.add(new Click(conversation, taskId, data.deepCopy()));
				}
			}
			return;
		}
		boolean showCard = insideShowCard || "Action.ShowCard".equals(type);
		node.properties()
			.iterator()
			.forEachRemaining(field -> collect(conversation, field.getValue(), showCard, taskIds));
	}

	private String nextId() {
		return "1" + String.format("%012d", this.ids.incrementAndGet());
	}

	private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
		byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private static String decode(String raw) {
		return URLDecoder.decode(raw, StandardCharsets.UTF_8);
	}

	/** Posts of one card (same conversation, ticket and tasks) beyond the first. */
	static List<List<Post>> duplicates(List<Post> posts) {
		Map<String, List<Post>> byCard = new java.util.LinkedHashMap<>();
		posts.forEach(post -> byCard.computeIfAbsent(post.card(), k -> new ArrayList<>()).add(post));
		return byCard.values().stream().filter(list -> list.size() > 1).toList();
	}

	/**
	 * A department card as posted: where, which ticket and department, and the tasks it
	 * offered buttons for then.
	 */
	record Post(String conversationId, String ticketKey, String department, String taskIds, String messageId,
			long atNanos) {

		/**
		 * One card per channel, ticket and department; its tasks may change between
		 * copies.
		 */
		String card() {
			return this.conversationId + "|" + this.ticketKey + "|" + this.department;
		}

	}

	/** A Done button: the channel its card is in, the task and the action's data. */
	record Click(String conversationId, String taskId, JsonNode data) {
	}

	/** The one member of every roster: the department staff member who clicks. */
	record Staff(String teamsId, String aadObjectId, String name, String email) {

		ObjectNode toJson() {
			return JSON.createObjectNode()
				.put("id", this.teamsId)
				.put("aadObjectId", this.aadObjectId)
				.put("name", this.name)
				.put("email", this.email)
				.put("userPrincipalName", this.email);
		}

	}

	private record Outage(int status, int retryAfterSeconds) {
	}

	private record Answer(String kind, int status, JsonNode body) {
	}

}
