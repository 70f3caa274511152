package io.handover.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Bot Connector on loopback, lean enough not to be the bottleneck: it answers the
 * calls the bot makes, counts them, keeps the last card sent to each personal chat (the
 * form a manager would fill in) and collects the Done buttons of the department cards
 * posted to channels (what department staff would click). Unlike the test suite's stub it
 * keeps no call log, so a long run does not fill its memory.
 */
final class ConnectorStub implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern ACTIVITY = Pattern.compile("/v3/conversations/([^/]+)/activities/([^/]+)");

	private static final Pattern ACTIVITIES = Pattern.compile("/v3/conversations/([^/]+)/activities");

	private static final Pattern MEMBER = Pattern.compile("/v3/conversations/([^/]+)/members/([^/]+)");

	private static final Pattern MEMBERS = Pattern.compile("/v3/conversations/([^/]+)/(paged)?members");

	private static final Pattern TEAM_CHANNELS = Pattern.compile("/v3/teams/([^/]+)/conversations");

	private static final Pattern TEAM = Pattern.compile("/v3/teams/([^/]+)");

	private final HttpServer server;

	private final ExecutorService pool;

	private final Map<String, ArrayNode> channels = new ConcurrentHashMap<>();

	private final Map<String, JsonNode> lastCard = new ConcurrentHashMap<>();

	private final Queue<Click> doneButtons = new ConcurrentLinkedQueue<>();

	private final Set<String> collectedTasks = ConcurrentHashMap.newKeySet();

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong();

	private final Staff staff;

	private final long latencyMillis;

	/**
	 * @param latencyMillis added to every answer: a real Bot Connector is tens of
	 * milliseconds away
	 */
	ConnectorStub(Staff staff, long latencyMillis) throws IOException {
		// Without TCP_NODELAY the JDK server's separate header and body writes meet the
		// client's delayed ACK: every call would take 40 ms, which no real connector
		// adds.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		this.staff = staff;
		this.latencyMillis = latencyMillis;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
		this.server.createContext("/", this::handle);
		this.pool = Executors.newFixedThreadPool(latencyMillis > 0 ? 256 : 16);
		this.server.setExecutor(this.pool);
		this.server.start();
	}

	String serviceUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/";
	}

	/** The team's channels as Teams lists them (General's id is the team id). */
	void channels(String teamId, Map<String, String> idToName) {
		ArrayNode list = JSON.createArrayNode();
		idToName.forEach((id, name) -> {
			ObjectNode channel = list.addObject().put("id", id);
			if (name != null) {
				channel.put("name", name);
			}
		});
		this.channels.put(teamId, list);
	}

	/** The last card the bot sent to this conversation, or null. */
	JsonNode lastCardIn(String conversationId) {
		return this.lastCard.get(conversationId);
	}

	/** A Done button of a posted department card nobody clicked yet, or null. */
	Click nextDoneButton() {
		return this.doneButtons.poll();
	}

	int doneButtonsWaiting() {
		return this.doneButtons.size();
	}

	long count(String kind) {
		LongAdder adder = this.counts.get(kind);
		return adder == null ? 0 : adder.sum();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.pool.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getRawPath();
			byte[] bytes = exchange.getRequestBody().readAllBytes();
			JsonNode body = bytes.length == 0 ? null : JSON.readTree(bytes);
			Answer answer = route(method, path, body);
			if (this.latencyMillis > 0) {
				Thread.sleep(this.latencyMillis);
			}
			this.counts.computeIfAbsent(answer.kind(), k -> new LongAdder()).increment();
			respond(exchange, answer.status(), answer.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			respond(exchange, 500, JSON.createObjectNode().put("error", String.valueOf(ex)));
		}
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
				received(conversation, body);
				return new Answer("update", 200, JSON.createObjectNode().put("id", decode(m.group(2))));
			}
			if ("POST".equals(method)) {
				received(conversation, body);
				return new Answer("reply", 200, JSON.createObjectNode().put("id", nextId()));
			}
			return new Answer("delete", 200, null);
		}
		if ("POST".equals(method) && (m = ACTIVITIES.matcher(path)).matches()) {
			received(decode(m.group(1)), body);
			return new Answer("send", 201, JSON.createObjectNode().put("id", nextId()));
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
			String team = decode(m.group(1));
			ArrayNode list = this.channels.getOrDefault(team, JSON.createArrayNode());
			return new Answer("channels", 200, JSON.createObjectNode().set("conversations", list));
		}
		if ("GET".equals(method) && (m = TEAM.matcher(path)).matches()) {
			String team = decode(m.group(1));
			return new Answer("team", 200, JSON.createObjectNode().put("id", team).put("name", "Team " + team));
		}
		return new Answer("unknown", 404, JSON.createObjectNode().put("error", "no such route " + path));
	}

	private void received(String conversation, JsonNode activity) {
		if (activity == null) {
			return;
		}
		for (JsonNode attachment : activity.path("attachments")) {
			if ("application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asText())) {
				JsonNode card = attachment.get("content");
				this.lastCard.put(conversation, card);
				collectDoneButtons(conversation, card, false);
			}
		}
	}

	/**
	 * Done buttons that need no input (not inside a Show Card); a task is offered once.
	 */
	private void collectDoneButtons(String conversation, JsonNode node, boolean insideShowCard) {
		if (node.isArray()) {
			node.forEach(child -> collectDoneButtons(conversation, child, insideShowCard));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		String type = node.path("type").asText();
		if (!insideShowCard && "Action.Execute".equals(type) && "task.done".equals(node.path("verb").asText())) {
			JsonNode data = node.path("data");
			String taskId = data.path("taskId").asText();
			if (!taskId.isEmpty() && this.collectedTasks.add(taskId)) {
				this.doneButtons.add(new Click(conversation, data.deepCopy()));
			}
			return;
		}
		boolean showCard = insideShowCard || "Action.ShowCard".equals(type);
		node.fields().forEachRemaining(field -> collectDoneButtons(conversation, field.getValue(), showCard));
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

	/** A Done button: the channel its card is in and the action's data. */
	record Click(String conversationId, JsonNode data) {
	}

	/** The one member of every team roster: the department staff member who clicks. */
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

	private record Answer(String kind, int status, JsonNode body) {
	}

}
