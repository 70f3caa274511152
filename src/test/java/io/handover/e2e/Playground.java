package io.handover.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import io.handover.e2e.MockTenant.User;

/**
 * Microsoft 365 Agents Playground, Microsoft's local Teams emulator, as a child process
 * in front of a running Handover, with the {@link MockTenant} as its mock data. Tests act
 * through the Playground only: they send messages as the current user (the manager)
 * through its message API, act as anyone else through its custom activities, click cards
 * through its invoke API as any user, and read what the bot posted from its conversation
 * stream (a WebSocket), exactly as the Playground's web page does. {@link #ui()} drives
 * that web page in headless Chromium.
 */
public final class Playground implements AutoCloseable {

	public static final Duration DEFAULT_WAIT = Duration.ofSeconds(15);

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern LISTENING = Pattern.compile("Listening on (\\d+)");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Process process;

	private final Path log;

	private final URI url;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final List<PlaygroundMessage> messages = new CopyOnWriteArrayList<>();

	private final AtomicLong sequence = new AtomicLong();

	private final Map<String, List<String>> members = new ConcurrentHashMap<>();

	private final Thread shutdownHook;

	private WebSocket stream;

	private WebSocket logStream;

	private Playground(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.url = URI.create("http://localhost:" + port);
		this.shutdownHook = new Thread(this::stopProcess, "playground-shutdown");
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	/**
	 * Starts the Playground for the bot listening on {@code botPort} (its
	 * {@code /api/messages}) and waits until it answers and its stream is connected.
	 */
	public static Playground start(int botPort) {
		NodeTools tools = NodeTools.installed();
		try {
			Path folder = Path.of("target", "e2e-playground", String.valueOf(botPort)).toAbsolutePath();
			Files.createDirectories(folder);
			// the repository's own trial configuration (MockTenantTests: the tests' names
			// for its people)
			Path config = folder.resolve(".m365agentsplayground.yml");
			Files.copy(MockTenant.CONFIG, config, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			Path log = folder.resolve("playground.log");
			ProcessBuilder builder = new ProcessBuilder("node",
					tools.packageFile("@microsoft/m365agentsplayground", "cli.js").toString(), "-e",
					"http://127.0.0.1:" + botPort + "/api/messages", "-c", "msteams", "-p", String.valueOf(freePort()),
					"--disable-telemetry")
				.directory(folder.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("TEAMSAPPTESTER_BROWSER", "none");
			builder.environment().put("M365_AGENTS_PLAYGROUND_CONFIG_PATH", config.toString());
			Playground playground = new Playground(builder.start(), log, awaitPort(log));
			try {
				playground.awaitReady();
			}
			catch (RuntimeException | Error ex) {
				playground.close();
				throw ex;
			}
			return playground;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The configuration the Playground runs with (its {@code /_internal/v1/config}). */
	public JsonNode config() {
		return get("/_internal/v1/config").path("config");
	}

	/** The Playground's web page (and API root). */
	public URI url() {
		return this.url;
	}

	/** Drives the web page in headless Chromium. */
	public PlaygroundUi ui() {
		return new PlaygroundUi(this.url);
	}

	/**
	 * Sends a message as the current user (the manager) through the message API, as typed
	 * in the Playground.
	 */
	public Sent say(String conversationId, String text) {
		ObjectNode body = JSON.createObjectNode();
		body.putObject("from").put("id", MockTenant.MANAGER.id());
		body.put("text", text);
		body.put("textFormat", "plain");
		return post(conversationId, body);
	}

	/**
	 * Posts {@code @Handover text} in a channel as the current user: a new post, whose
	 * thread the bot answers in.
	 */
	public Sent mention(String channelId, String text) {
		String at = "<at>" + MockTenant.BOT_NAME + "</at>";
		ObjectNode body = JSON.createObjectNode();
		body.putObject("from").put("id", MockTenant.MANAGER.id());
		body.put("text", at + " " + text);
		body.put("textFormat", "plain");
		ObjectNode mention = body.putArray("mentions").addObject();
		mention.putObject("mentioned").put("id", MockTenant.BOT_ID);
		mention.put("text", at);
		return post(channelId, body);
	}

	/**
	 * Sends a message as anyone, through a custom activity (the message API always sends
	 * as the current user).
	 */
	public Sent sayAs(User user, String conversationId, String text) {
		ObjectNode activity = activityTemplate(conversationId);
		activity.put("type", "message");
		activity.put("text", text);
		activity.put("textFormat", "plain");
		activity.put("locale", "en-US");
		activity.set("from", account(user));
		long before = this.sequence.get();
		inject(activity);
		return new Sent(conversationId, activity.path("id").asString(), before);
	}

	/**
	 * Sends a file as anyone, the way Teams hands a bot a file sent in a chat: a message
	 * with an {@code application/vnd.microsoft.teams.file.download.info} attachment (a
	 * pre-authorised download link), through a custom activity (the Playground's compose
	 * box sends no attachments).
	 */
	public Sent sendFileAs(User user, String conversationId, String text, String fileName, String fileType,
			String downloadUrl) {
		ObjectNode activity = activityTemplate(conversationId);
		activity.put("type", "message");
		activity.put("text", text);
		activity.put("textFormat", "plain");
		activity.put("locale", "en-US");
		activity.set("from", account(user));
		ObjectNode file = activity.putArray("attachments").addObject();
		file.put("contentType", "application/vnd.microsoft.teams.file.download.info");
		file.put("contentUrl", downloadUrl);
		file.put("name", fileName);
		file.putObject("content")
			.put("downloadUrl", downloadUrl)
			.put("uniqueId", java.util.UUID.randomUUID().toString())
			.put("fileType", fileType);
		long before = this.sequence.get();
		inject(activity);
		return new Sent(conversationId, activity.path("id").asString(), before);
	}

	/** {@code @Handover text} in a channel as anyone (see {@link #sayAs}). */
	public Sent mentionAs(User user, String channelId, String text) {
		String at = "<at>" + MockTenant.BOT_NAME + "</at>";
		ObjectNode activity = activityTemplate(channelId);
		activity.put("type", "message");
		activity.put("text", at + " " + text);
		activity.put("textFormat", "plain");
		activity.put("locale", "en-US");
		activity.set("from", account(user));
		ObjectNode mention = activity.putArray("entities").addObject();
		mention.put("type", "mention");
		mention.put("text", at);
		mention.putObject("mentioned").put("id", MockTenant.BOT_ID).put("name", MockTenant.BOT_NAME);
		long before = this.sequence.get();
		inject(activity);
		return new Sent(channelId, activity.path("id").asString(), before);
	}

	/**
	 * The activity the Playground would send into a conversation (ids, service URL,
	 * recipient, conversation), to be completed and {@link #inject injected}.
	 */
	public ObjectNode activityTemplate(String conversationId) {
		JsonNode template = get("/_internal/v1/customActivities/template?conversationId=" + encode(conversationId));
		return (ObjectNode) template;
	}

	/**
	 * Adds the bot to a conversation as the Playground's page does when it opens one: an
	 * {@code installationUpdate} and a {@code conversationUpdate} with the bot among the
	 * members added (for a channel, with the team in its channel data).
	 */
	public void install(String conversationId) {
		send(HttpRequest
			.newBuilder(this.url.resolve("/_debug/conversation/" + encode(conversationId) + "/installation")),
				JSON.createObjectNode());
	}

	/**
	 * Delivers any activity to the bot as is (installation, team and channel events, a
	 * message from another user).
	 */
	public void inject(ObjectNode activity) {
		send(HttpRequest.newBuilder(this.url.resolve("/_internal/v1/customActivities")), activity);
	}

	/**
	 * Presses an {@code Action.Execute} of a card as {@code user} and returns the bot's
	 * invoke response (for a refreshed card: {@code {type, value: card}}).
	 */
	public JsonNode click(User user, PlaygroundMessage card, String verb, Map<String, ?> data) {
		ObjectNode body = JSON.createObjectNode();
		body.put("name", "adaptiveCard/action");
		// As Teams sends it: the Entra object id is what a signature is checked against.
		body.set("from", account(user));
		body.putObject("conversation").put("id", card.threadId());
		body.put("replyToId", card.messageId());
		ObjectNode value = body.putObject("value");
		ObjectNode action = value.putObject("action");
		action.put("type", "Action.Execute");
		action.put("verb", verb);
		action.set("data", JSON.valueToTree(data));
		value.put("trigger", "manual");
		return send(HttpRequest.newBuilder(this.url.resolve("/_conversation/v1/invoke")), body);
	}

	/**
	 * Presses the card's {@code Action.Execute} with this title as {@code user}, with the
	 * action's own data plus the given input values, as a person filling in the card
	 * would.
	 */
	public JsonNode clickAction(User user, PlaygroundMessage card, String title, Map<String, ?> inputs) {
		PlaygroundMessage current = latest(card.messageId()).orElse(card);
		JsonNode action = findAction(current.card(), title)
			.orElseThrow(() -> new AssertionError("No Action.Execute titled '" + title + "' on " + current.card()));
		ObjectNode data = action.path("data").isObject() ? ((ObjectNode) action.path("data")).deepCopy()
				: JSON.createObjectNode();
		data.setAll((ObjectNode) JSON.valueToTree(inputs));
		return click(user, current, action.path("verb").asString(), JSON.convertValue(data, Map.class));
	}

	/**
	 * The first bot message in the conversation (or thread) of {@code sent}, after it.
	 */
	public PlaygroundMessage replyTo(Sent sent) {
		return awaitMessage(sent.afterSequence(), m -> m.fromBot() && m.conversationId().equals(sent.conversationId()),
				DEFAULT_WAIT, "a reply in " + sent.conversationId());
	}

	/** The first message seen (ever) that matches. */
	public PlaygroundMessage awaitMessage(Predicate<PlaygroundMessage> matching, Duration timeout) {
		return awaitMessage(0, matching, timeout, "a matching message");
	}

	/** The first message seen after {@code afterSequence} that matches. */
	public PlaygroundMessage awaitMessage(long afterSequence, Predicate<PlaygroundMessage> matching, Duration timeout,
			String description) {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			for (PlaygroundMessage message : this.messages) {
				if (message.sequence() > afterSequence && matching.test(message)) {
					return message;
				}
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Waited " + timeout + " for " + description + "; the Playground showed "
						+ this.messages.size() + " messages: " + this.messages);
			}
			pause(50);
		}
	}

	/**
	 * A bot message in {@code user}'s personal chat with the bot (found by its roster).
	 */
	public PlaygroundMessage awaitPersonalMessageTo(User user, Predicate<PlaygroundMessage> matching,
			Duration timeout) {
		return awaitMessage(0, m -> m.fromBot() && isPersonalChatOf(m.conversationId(), user) && matching.test(m),
				timeout, "a personal message to " + user.name());
	}

	/** Every message seen so far, in order, updates included. */
	public List<PlaygroundMessage> messages() {
		return List.copyOf(this.messages);
	}

	/** The last version (created or updated) of a message. */
	public Optional<PlaygroundMessage> latest(String messageId) {
		PlaygroundMessage latest = null;
		for (PlaygroundMessage message : this.messages) {
			if (message.messageId().equals(messageId)) {
				latest = message;
			}
		}
		return Optional.ofNullable(latest);
	}

	/**
	 * The position in the stream now: pass it to {@link #awaitMessage} to see only what
	 * follows.
	 */
	public long now() {
		return this.sequence.get();
	}

	/**
	 * The user ids of a conversation's members, as the Playground's connector reports
	 * them.
	 */
	public List<String> members(String conversationId) {
		return this.members.computeIfAbsent(conversationId, id -> {
			List<String> ids = new ArrayList<>();
			get("/_connector/v3/conversations/" + encode(id) + "/members")
				.forEach(m -> ids.add(m.path("id").asString()));
			return List.copyOf(ids);
		});
	}

	/** The Playground's own output, for a failure message. */
	public String log() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		if (this.stream != null) {
			this.stream.abort();
		}
		if (this.logStream != null) {
			this.logStream.abort();
		}
		stopProcess();
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// Already shutting down: the hook does the same.
		}
	}

	/**
	 * A message sent to the bot: where its answer will appear (for a channel post, its
	 * thread) and the stream position before it was sent.
	 */
	public record Sent(String conversationId, String messageId, long afterSequence) {
	}

	private boolean isPersonalChatOf(String conversationId, User user) {
		if (conversationId.equals(MockTenant.PERSONAL_CHAT)) {
			return user.equals(MockTenant.MANAGER);
		}
		if (shownOnThePage(conversationId)) {
			return false;
		}
		try {
			return members(conversationId).equals(List.of(user.id()));
		}
		catch (RuntimeException | AssertionError ex) {
			return false;
		}
	}

	private Sent post(String conversationId, ObjectNode body) {
		long before = this.sequence.get();
		JsonNode answer = send(
				HttpRequest.newBuilder(
						this.url.resolve("/_conversation/v1/conversations/" + encode(conversationId) + "/messages")),
				body);
		String thread = answer.hasNonNull("postConversationId") ? answer.path("postConversationId").asString()
				: conversationId;
		return new Sent(thread, answer.path("messageId").asString(), before);
	}

	private void awaitReady() {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (true) {
			try {
				get("/_internal/v1/config");
				break;
			}
			catch (RuntimeException | AssertionError ex) {
				if (Instant.now().isAfter(deadline) || !this.process.isAlive()) {
					throw new AssertionError("The Playground did not answer at " + this.url + ":\n" + log(), ex);
				}
				pause(200);
			}
		}
		String ws = "ws://localhost:" + this.url.getPort();
		this.stream = this.http.newWebSocketBuilder()
			.buildAsync(URI.create(ws + "/_ws_conversation/v1/conversations/stream"),
					new StreamListener(this::conversationEvent))
			.join();
		this.logStream = this.http.newWebSocketBuilder()
			.buildAsync(URI.create(ws + "/_ws/log/stream"), new StreamListener(this::logEvent))
			.join();
	}

	private static int awaitPort(Path log) throws IOException {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (Files.exists(log)) {
				Matcher matcher = LISTENING.matcher(Files.readString(log));
				if (matcher.find()) {
					// It picks another port when the one asked for is taken.
					return Integer.parseInt(matcher.group(1));
				}
			}
			pause(100);
		}
		throw new AssertionError("The Playground did not start within " + START_TIMEOUT + ":\n"
				+ (Files.exists(log) ? Files.readString(log) : "(no output)"));
	}

	private JsonNode get(String path) {
		return send(HttpRequest.newBuilder(this.url.resolve(path)).GET(), null);
	}

	private JsonNode send(HttpRequest.Builder request, JsonNode body) {
		try {
			if (body != null) {
				request.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
			}
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new AssertionError("The Playground answered " + response.statusCode() + " to "
						+ response.request().uri() + ": " + response.body());
			}
			return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static ObjectNode account(User user) {
		ObjectNode account = JSON.createObjectNode();
		account.put("id", user.id());
		account.put("name", user.name());
		account.put("aadObjectId", user.aadObjectId());
		return account;
	}

	private static Optional<JsonNode> findAction(JsonNode node, String title) {
		if (node.isObject() && "Action.Execute".equals(node.path("type").asString())
				&& title.equals(node.path("title").asString())) {
			return Optional.of(node);
		}
		if (node.isContainer()) {
			for (JsonNode child : node) {
				Optional<JsonNode> found = findAction(child, title);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private void stopProcess() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.descendants().forEach(ProcessHandle::destroy);
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A message created or updated in a conversation the Playground shows. */
	private void conversationEvent(JsonNode event) {
		String action = event.path("action").asString();
		if (action.equals("createMessage") || action.equals("updateMessage")) {
			this.messages.add(PlaygroundMessage.of(this.sequence.incrementAndGet(), event));
		}
	}

	/**
	 * The log stream records every call the bot makes; a message into a 1:1 chat the bot
	 * opened with someone other than the current user appears only there, not in the
	 * conversation stream (the web page shows only the current user's chats).
	 */
	private void logEvent(JsonNode event) {
		JsonNode log = event.path("log");
		if (!"User Application".equals(log.path("from").asString())
				|| !"message".equals(log.path("activityName").asString())
				|| log.path("response").path("statusCode").asInt() / 100 != 2) {
			return;
		}
		JsonNode activity = log.path("request").path("body");
		String conversation = log.hasNonNull("conversationId") ? log.path("conversationId").asString()
				: activity.path("conversation").path("id").asString("");
		if (conversation.isEmpty() || shownOnThePage(conversation)) {
			return;
		}
		ObjectNode message = JSON.createObjectNode();
		message.put("messageId",
				log.path("response").path("body").path("id").asString(log.path("messageId").asString()));
		message.putObject("from").put("id", MockTenant.BOT_ID);
		if (activity.hasNonNull("text")) {
			message.put("text", activity.path("text").asString());
		}
		message.set("attachments",
				activity.path("attachments").isArray() ? activity.path("attachments") : JSON.createArrayNode());
		ObjectNode converted = JSON.createObjectNode();
		converted.put("action",
				log.path("response").path("statusCode").asInt() == 201 ? "createMessage" : "updateMessage");
		converted.put("actionConversationId", conversation);
		converted.set("message", message);
		converted.put("source", "log");
		this.messages.add(PlaygroundMessage.of(this.sequence.incrementAndGet(), converted));
	}

	private static boolean shownOnThePage(String conversationId) {
		return conversationId.equals(MockTenant.PERSONAL_CHAT) || conversationId.equals(MockTenant.GROUP_CHAT)
				|| conversationId.startsWith("19:");
	}

	/** Hands every complete text frame of a WebSocket, as JSON, to a consumer. */
	private static final class StreamListener implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		private final java.util.function.Consumer<JsonNode> events;

		StreamListener(java.util.function.Consumer<JsonNode> events) {
			this.events = events;
		}

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				String text = this.partial.toString();
				this.partial.setLength(0);
				try {
					this.events.accept(JSON.readTree(text));
				}
				catch (RuntimeException ex) {
					// Not an event we read.
				}
			}
			socket.request(1);
			return null;
		}

	}

}
