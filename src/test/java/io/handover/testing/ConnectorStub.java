package io.handover.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local Bot Connector service: a real HTTP server on loopback that answers the REST
 * calls the bot makes (send, reply, update, delete, create conversation, members, team
 * channels) the way the Bot Connector does, and records every call so tests can assert on
 * what a person would see. Faults (503, 429 with Retry-After) can be queued for the next
 * calls.
 */
public final class ConnectorStub implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern ACTIVITY = Pattern.compile("/v3/conversations/([^/]+)/activities/([^/]+)");

	private static final Pattern ACTIVITIES = Pattern.compile("/v3/conversations/([^/]+)/activities");

	private static final Pattern MEMBER = Pattern.compile("/v3/conversations/([^/]+)/members/([^/]+)");

	private static final Pattern MEMBERS = Pattern.compile("/v3/conversations/([^/]+)/(paged)?members");

	private static final Pattern TEAM_CHANNELS = Pattern.compile("/v3/teams/([^/]+)/conversations");

	private static final Pattern TEAM = Pattern.compile("/v3/teams/([^/]+)");

	private static ConnectorStub shared;

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();

	private final Map<String, List<Member>> members = new ConcurrentHashMap<>();

	private final Map<String, List<Channel>> channels = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	/** The 1:1 chat created with each member id, for as long as the stub runs. */
	private final Map<String, String> personalChats = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<Kind, Duration> delays = new ConcurrentHashMap<>();

	private volatile String createdServiceUrl;

	private ConnectorStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		this.server.start();
	}

	/**
	 * One stub per test JVM, so tests that share a Spring context share its service URL.
	 */
	public static synchronized ConnectorStub shared() {
		if (shared == null) {
			try {
				shared = new ConnectorStub();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot start the connector stub", ex);
			}
		}
		return shared;
	}

	/** The {@code serviceUrl} to put in activities. */
	public String serviceUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/";
	}

	/** Forgets recorded calls, rosters and faults: call before each test. */
	public void reset() {
		this.calls.clear();
		this.faults.clear();
		this.members.clear();
		this.channels.clear();
		this.delays.clear();
		this.createdServiceUrl = null;
	}

	/**
	 * Until the next {@link #reset()}, answers {@code createConversation} naming this
	 * service URL for the new conversation.
	 */
	public void answerCreatedConversationsAt(String serviceUrl) {
		this.createdServiceUrl = serviceUrl;
	}

	public List<Call> calls() {
		return List.copyOf(this.calls);
	}

	public List<Call> calls(Kind kind) {
		return this.calls.stream().filter(c -> c.kind() == kind).toList();
	}

	/**
	 * The calls of one kind to one conversation (other tests' cards go out in the
	 * background).
	 */
	public List<Call> calls(Kind kind, String conversationId) {
		return this.calls.stream().filter(c -> c.kind() == kind && conversationId.equals(c.conversationId())).toList();
	}

	/** Messages the bot sent to one conversation (posts and replies), in order. */
	public List<Call> sentTo(String conversationId) {
		return sent().stream()
			.filter(c -> c.conversationId() != null && (c.conversationId().equals(conversationId)
					|| c.conversationId().startsWith(conversationId + ";")))
			.toList();
	}

	/** Messages the bot sent (new posts and replies), in order. */
	public List<Call> sent() {
		return this.calls.stream().filter(c -> c.kind() == Kind.SEND || c.kind() == Kind.REPLY).toList();
	}

	/**
	 * Waits until the bot has made calls matching the condition; asynchronous senders
	 * need it.
	 */
	public List<Call> awaitCalls(Predicate<Call> condition, int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			List<Call> matching = this.calls.stream().filter(condition).toList();
			if (matching.size() >= count || System.nanoTime() > deadline) {
				return matching;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return matching;
			}
		}
	}

	/**
	 * The next matching call is answered with this status (and headers) instead of
	 * success.
	 */
	public void failNext(int status, Map<String, String> headers) {
		this.faults.add(new Fault(null, null, status, headers));
	}

	/**
	 * The next call to this conversation (or a thread in it) is answered with this status
	 * instead of success.
	 */
	public void failNext(String conversationId, int status, Map<String, String> headers) {
		this.faults.add(new Fault(null, conversationId, status, headers));
	}

	/**
	 * The next call of this kind (a read too) to this conversation or team is answered
	 * with this status.
	 */
	public void failNext(Kind kind, String conversationId, int status) {
		this.faults.add(new Fault(kind, conversationId, status, Map.of()));
	}

	/**
	 * The next call of this kind to this conversation is taken (a post shows in the
	 * channel) and its connection dropped before the answer, as when a network or a
	 * gateway cuts it: the caller never learns the message id.
	 */
	public void dropAnswerOfNext(Kind kind, String conversationId) {
		this.faults.add(new Fault(kind, conversationId, 0, Map.of()));
	}

	/**
	 * The next call of this kind to this conversation is taken (a post shows in the
	 * channel) and answered with this status, as by a gateway in front of Teams that
	 * timed out or lost Teams' answer (500, 502, 504).
	 */
	public void takeThenAnswerNext(Kind kind, String conversationId, int status) {
		this.faults.add(new Fault(kind, conversationId, -status, Map.of()));
	}

	/** Calls of this kind are answered only after this long, like a slow Teams. */
	public void delay(Kind kind, Duration delay) {
		this.delays.put(kind, delay);
	}

	public void roster(String conversationOrTeamId, List<Member> roster) {
		this.members.put(conversationOrTeamId, List.copyOf(roster));
	}

	public List<Member> rosterOf(String conversationOrTeamId) {
		return this.members.getOrDefault(conversationOrTeamId, List.of());
	}

	public void channels(String teamId, List<Channel> list) {
		this.channels.put(teamId, List.copyOf(list));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getRawPath();
			JsonNode body = readBody(exchange.getRequestBody());
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			Call call = route(method, path, body, authorization);
			pause(this.delays.get(call.kind()));
			Fault fault = takeFault(call);
			if (fault != null && fault.status() == 0) {
				// taken, then the connection closes without an answer
				this.calls.add(call);
				return;
			}
			if (fault != null && fault.status() < 0) {
				// taken, then a gateway's error instead of Teams' answer
				this.calls.add(call);
				respond(exchange, -fault.status(), errorBody(-fault.status()));
				return;
			}
			if (fault != null) {
				this.calls.add(call.failed(fault.status()));
				fault.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
				respond(exchange, fault.status(), errorBody(fault.status()));
				return;
			}
			this.calls.add(call);
			respond(exchange, call.status(), call.response());
		}
	}

	/**
	 * As Teams does, a 1:1 with someone the bot already has a chat with is that chat
	 * again; anything else is a new conversation.
	 */
	private String createdId(JsonNode body) {
		JsonNode members = body == null ? null : body.path("members");
		if (members != null && members.size() == 1 && !body.path("isGroup").asBoolean(false)
				&& members.get(0).hasNonNull("id")) {
			return this.personalChats.computeIfAbsent(members.get(0).get("id").asString(),
					(member) -> "a:created-" + this.ids.incrementAndGet());
		}
		return "a:created-" + this.ids.incrementAndGet();
	}

	private Call route(String method, String path, JsonNode body, String authorization) {
		Matcher m;
		if ("POST".equals(method) && "/v3/conversations".equals(path)) {
			String id = createdId(body);
			ObjectNode response = JSON.createObjectNode().put("id", id).put("activityId", nextId());
			if (this.createdServiceUrl != null) {
				response.put("serviceUrl", this.createdServiceUrl);
			}
			return new Call(Kind.CREATE_CONVERSATION, method, path, id, null, body, authorization, 201, response);
		}
		if ((m = ACTIVITY.matcher(path)).matches()) {
			String conversation = decode(m.group(1));
			String activity = decode(m.group(2));
			return switch (method) {
				case "POST" -> new Call(Kind.REPLY, method, path, conversation, activity, body, authorization, 200,
						JSON.createObjectNode().put("id", nextId()));
				case "PUT" -> new Call(Kind.UPDATE, method, path, conversation, activity, body, authorization, 200,
						JSON.createObjectNode().put("id", activity));
				case "DELETE" ->
					new Call(Kind.DELETE, method, path, conversation, activity, body, authorization, 200, null);
				default -> unknown(method, path, body, authorization);
			};
		}
		if ("POST".equals(method) && (m = ACTIVITIES.matcher(path)).matches()) {
			return new Call(Kind.SEND, method, path, decode(m.group(1)), null, body, authorization, 201,
					JSON.createObjectNode().put("id", nextId()));
		}
		// one member by Teams id, Entra object id, UPN or e-mail (TeamsInfo.getMember);
		// 404
		// when not a member, as the Bot Connector answers
		if ("GET".equals(method) && (m = MEMBER.matcher(path)).matches()) {
			String conversation = decode(m.group(1));
			String user = decode(m.group(2));
			return this.members.getOrDefault(conversation, List.of())
				.stream()
				.filter(member -> member.id().equals(user) || user.equals(member.aadObjectId())
						|| user.equalsIgnoreCase(member.email()))
				.findFirst()
				.map(member -> new Call(Kind.GET_MEMBER, method, path, conversation, null, body, authorization, 200,
						member.toJson()))
				.orElse(new Call(Kind.GET_MEMBER, method, path, conversation, null, body, authorization, 404,
						errorBody(404)));
		}
		if ("GET".equals(method) && (m = MEMBERS.matcher(path)).matches()) {
			String conversation = decode(m.group(1));
			ArrayNode list = JSON.createArrayNode();
			this.members.getOrDefault(conversation, List.of()).forEach(member -> list.add(member.toJson()));
			JsonNode response = m.group(2) != null ? JSON.createObjectNode().set("members", list) : list;
			return new Call(Kind.GET_MEMBERS, method, path, conversation, null, body, authorization, 200, response);
		}
		if ("GET".equals(method) && (m = TEAM_CHANNELS.matcher(path)).matches()) {
			String team = decode(m.group(1));
			ArrayNode list = JSON.createArrayNode();
			this.channels.getOrDefault(team, List.of(new Channel(team, null)))
				.forEach(channel -> list.add(channel.toJson()));
			return new Call(Kind.GET_CHANNELS, method, path, team, null, body, authorization, 200,
					JSON.createObjectNode().set("conversations", list));
		}
		if ("GET".equals(method) && (m = TEAM.matcher(path)).matches()) {
			String team = decode(m.group(1));
			return new Call(Kind.GET_TEAM, method, path, team, null, body, authorization, 200,
					JSON.createObjectNode().put("id", team).put("name", "Team " + team));
		}
		return unknown(method, path, body, authorization);
	}

	private synchronized Fault takeFault(Call call) {
		for (Fault fault : this.faults) {
			if (fault.kind() == null ? !call.kind().writes() : fault.kind() != call.kind()) {
				continue;
			}
			if (fault.conversationId() == null || fault.conversationId().equals(call.conversationId())
					|| (call.conversationId() != null
							&& call.conversationId().startsWith(fault.conversationId() + ";"))) {
				this.faults.remove(fault);
				return fault;
			}
		}
		return null;
	}

	private Call unknown(String method, String path, JsonNode body, String authorization) {
		return new Call(Kind.UNKNOWN, method, path, null, null, body, authorization, 404, errorBody(404));
	}

	private static void pause(Duration delay) {
		if (delay != null) {
			try {
				Thread.sleep(delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private String nextId() {
		return "1" + String.format("%012d", this.ids.incrementAndGet());
	}

	private static ObjectNode errorBody(int status) {
		ObjectNode error = JSON.createObjectNode();
		error.putObject("error")
			.put("code", status == 404 ? "NotFound" : "ServiceError")
			.put("message", "stubbed status " + status);
		return error;
	}

	private static JsonNode readBody(InputStream in) throws IOException {
		byte[] bytes = in.readAllBytes();
		return bytes.length == 0 ? null : JSON.readTree(bytes);
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

	/** What the bot can call. */
	public enum Kind {

		SEND, REPLY, UPDATE, DELETE, CREATE_CONVERSATION, GET_MEMBERS, GET_MEMBER, GET_CHANNELS, GET_TEAM, UNKNOWN;

		boolean writes() {
			return this == SEND || this == REPLY || this == UPDATE || this == DELETE || this == CREATE_CONVERSATION;
		}

	}

	/**
	 * One recorded call.
	 *
	 * @param status what the stub answered
	 */
	public record Call(Kind kind, String method, String path, String conversationId, String activityId, JsonNode body,
			String authorization, int status, JsonNode response, long receivedNanos) {

		Call(Kind kind, String method, String path, String conversationId, String activityId, JsonNode body,
				String authorization, int status, JsonNode response) {
			this(kind, method, path, conversationId, activityId, body, authorization, status, response,
					System.nanoTime());
		}

		Call failed(int failedStatus) {
			return new Call(this.kind, this.method, this.path, this.conversationId, this.activityId, this.body,
					this.authorization, failedStatus, null, this.receivedNanos);
		}

		public boolean succeeded() {
			return this.status < 300;
		}

		/** The Adaptive Cards in the activity sent, in order. */
		public List<JsonNode> cards() {
			List<JsonNode> cards = new ArrayList<>();
			if (this.body != null) {
				for (JsonNode attachment : this.body.path("attachments")) {
					if ("application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asString())) {
						cards.add(attachment.get("content"));
					}
				}
			}
			return cards;
		}

		public String text() {
			return this.body == null ? null : this.body.path("text").asString(null);
		}

		/** The id the stub gave the posted activity. */
		public String postedId() {
			return this.response == null ? null : this.response.path("id").asString(null);
		}

	}

	/** A member of a conversation or team roster. */
	public record Member(String id, String aadObjectId, String name, String email) {

		ObjectNode toJson() {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("id", this.id);
			fields.put("aadObjectId", this.aadObjectId);
			fields.put("name", this.name);
			fields.put("email", this.email);
			fields.put("userPrincipalName", this.email);
			ObjectNode node = JSON.createObjectNode();
			fields.forEach((k, v) -> {
				if (v != null) {
					node.put(k, v);
				}
			});
			return node;
		}

	}

	/** A channel of a team. */
	public record Channel(String id, String name) {

		ObjectNode toJson() {
			ObjectNode node = JSON.createObjectNode().put("id", this.id);
			if (this.name != null) {
				node.put("name", this.name);
			}
			return node;
		}

	}

	private record Fault(Kind kind, String conversationId, int status, Map<String, String> headers) {
	}

}
