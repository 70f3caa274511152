package io.handover.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small Microsoft Graph on loopback, for the real Graph SDK to talk to: users (with
 * their manager and direct reports), groups (static and dynamic), licences, managed
 * devices, Windows Autopilot, mailbox settings, drives and JSON batching. It records
 * every request (a batch's inner requests one by one), checks the bearer token, and can
 * be told to fail the next matching requests (e.g. 429 with Retry-After, 503, 403) — also
 * inside a batch.
 */
public final class GraphStub implements AutoCloseable {

	public static final String SECRET_PASS = "TAP-Secret-7Hq2-Zx9";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/**
	 * Every request any stub of this test run received ({@code METHOD /path}, batch items
	 * one by one), never forgotten by {@link #reset()}: checked against
	 * docs/graph-permissions.md.
	 */
	private static final Set<String> RECEIVED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final List<String> verifiedDomains = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final List<Failure> failures = new CopyOnWriteArrayList<>();

	private final Map<String, User> users = new LinkedHashMap<>();

	private final Map<String, Group> groups = new LinkedHashMap<>();

	private final Map<String, String> skus = new LinkedHashMap<>();

	private final Map<String, Device> devices = new LinkedHashMap<>();

	private final List<Map<String, Object>> autopilot = new CopyOnWriteArrayList<>();

	private volatile String expectedToken;

	/** What "now" is for the stub (revoking sessions); the wall clock unless set. */
	private volatile java.util.function.Supplier<Instant> now = Instant::now;

	private volatile ChannelSource channels = ChannelSource.EMPTY;

	private final List<Slowness> slowness = new CopyOnWriteArrayList<>();

	private final java.util.concurrent.atomic.AtomicInteger slowCallsArrived = new java.util.concurrent.atomic.AtomicInteger();

	public GraphStub() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			// as many requests at once as the application sends (the guard reads six
			// areas of a leaver at once, the runbook and the guard's urgent looks have
			// pools of their own): with four, a test's slowed-down reads held up the
			// stub's other answers
			this.server.setExecutor(Executors.newFixedThreadPool(16));
			this.server.createContext("/", this::handle);
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The base URL to configure, e.g. {@code http://127.0.0.1:53212/v1.0}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1.0";
	}

	/** Where the stub's "now" comes from, e.g. a test clock. */
	public void now(java.util.function.Supplier<Instant> now) {
		this.now = now;
	}

	/** Only requests with {@code Authorization: Bearer <token>} are served; null: any. */
	public void expectToken(String token) {
		this.expectedToken = token;
	}

	/**
	 * The requests received so far in this test run (by any stub) that have no row in
	 * docs/graph-permissions.md: a Graph call the permission table does not know.
	 */
	public static Set<String> callsWithoutAPermissionRow() {
		return GraphPermissionTable.read().unlisted(Set.copyOf(RECEIVED));
	}

	/** Forgets everything: directory content, calls and planned failures. */
	public synchronized void reset() {
		this.calls.clear();
		this.failures.clear();
		this.slowness.clear();
		this.slowCallsArrived.set(0);
		this.users.clear();
		this.groups.clear();
		this.skus.clear();
		this.devices.clear();
		this.autopilot.clear();
		this.channels = ChannelSource.EMPTY;
		this.now = Instant::now;
	}

	/**
	 * Where the stub's Teams channels get their messages from, e.g. what a connector stub
	 * was sent; read by the channel messages' delta query.
	 */
	public void channelsFrom(ChannelSource source) {
		this.channels = source;
	}

	public synchronized User addUser(String id, String upn, String name) {
		User user = new User(id, upn, name);
		this.users.put(id, user);
		return user;
	}

	public synchronized Group addGroup(String id, String name, String dynamicRule, String... memberIds) {
		Group group = new Group(id, name, dynamicRule);
		group.members.addAll(List.of(memberIds));
		this.groups.put(id, group);
		return group;
	}

	/** A domain the tenant verified (Graph {@code GET /organization}). */
	public synchronized void addVerifiedDomain(String domain) {
		this.verifiedDomains.add(domain);
	}

	public synchronized void addSku(String skuId, String partNumber) {
		this.skus.put(skuId, partNumber);
	}

	public synchronized void addDevice(String id, String userId, String name, String serial, String os,
			boolean companyOwned) {
		this.devices.put(id, new Device(id, userId, name, serial, os, companyOwned ? "company" : "personal"));
	}

	public synchronized void addAutopilotDevice(String serial) {
		this.autopilot.add(Map.of("serialNumber", serial));
	}

	public synchronized Optional<User> user(String idOrUpn) {
		return findUser(idOrUpn);
	}

	public synchronized Group group(String id) {
		return this.groups.get(id);
	}

	public synchronized Device device(String id) {
		return this.devices.get(id);
	}

	public List<Map<String, Object>> importedAutopilotDevices() {
		return List.copyOf(this.autopilot);
	}

	/**
	 * Answers the next {@code times} requests with this method whose path matches the
	 * regular expression with an error.
	 */
	public void failNext(String method, String pathRegex, int status, Integer retryAfterSeconds, int times, String code,
			String message) {
		this.failures
			.add(new Failure(method, Pattern.compile(pathRegex), status, retryAfterSeconds, times, code, message));
	}

	/** Forgets the planned failures that were not used up. */
	public void clearFailures() {
		this.failures.clear();
	}

	/**
	 * Answers every request with this method whose path (and query) matches only after
	 * {@code delay}: a slow Graph. Other requests are answered meanwhile.
	 */
	public void slowDown(String method, String pathRegex, java.time.Duration delay) {
		this.slowness
			.add(new Slowness(method, Pattern.compile(pathRegex), delay, new java.util.concurrent.CountDownLatch(1)));
	}

	/**
	 * Graph is quick again: the slowed-down requests waiting now are answered at once,
	 * later ones without delay. For a test that has seen what it waited for, so it does
	 * not sit out the rest of the delay.
	 */
	public void answerSlowCallsNow() {
		List<Slowness> slowed = List.copyOf(this.slowness);
		this.slowness.removeAll(slowed);
		slowed.forEach(slow -> slow.over().countDown());
	}

	/** How many slowed-down requests have arrived so far (answered or not). */
	public int slowCallsArrived() {
		return this.slowCallsArrived.get();
	}

	/**
	 * Every request, batch items one by one (the batch envelope too, as POST /$batch).
	 */
	public List<Call> calls() {
		return List.copyOf(this.calls);
	}

	/** The requests that change something, in order, without batch envelopes. */
	public List<Call> changes() {
		return this.calls.stream().filter(c -> !c.method.equals("GET") && !c.path.equals("/$batch")).toList();
	}

	/** How often a request reached the stub and succeeded. */
	public long succeeded(String method, String path) {
		return this.calls.stream()
			.filter(c -> c.method.equals(method) && c.path.equals(path) && c.status < 300)
			.count();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = decode(exchange.getRequestURI().getRawPath()).replaceFirst("^/v1\\.0", "");
		String query = exchange.getRequestURI().getRawQuery();
		String full = query != null ? path + "?" + decode(query) : path;
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String auth = exchange.getRequestHeaders().getFirst("Authorization");
		boolean authorized = auth != null && auth.startsWith("Bearer ")
				&& (this.expectedToken == null || auth.equals("Bearer " + this.expectedToken));
		Answer answer;
		if (!authorized) {
			answer = error(401, "InvalidAuthenticationToken", "Access token is empty or invalid.", null);
		}
		else if (method.equals("POST") && path.equals("/$batch")) {
			answer = batch(body);
		}
		else {
			for (Slowness slow : this.slowness) {
				if (slow.method().equals(method) && slow.path().matcher(full).find()) {
					this.slowCallsArrived.incrementAndGet();
					try {
						slow.over().await(slow.delay().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
			}
			answer = dispatch(method, path, full, body.isEmpty() ? null : body);
		}
		this.calls.add(new Call(method, full, body.isEmpty() ? null : body, false, answer.status, authorized));
		RECEIVED.add(method + " " + path);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		answer.headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
		byte[] bytes = answer.body != null ? answer.body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		exchange.sendResponseHeaders(answer.status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	private Answer batch(String body) throws IOException {
		JsonNode requests = JSON.readTree(body).path("requests");
		if (requests.size() > 20) {
			return error(400, "BadRequest", "A batch may hold at most 20 requests.", null);
		}
		List<Map<String, Object>> responses = new ArrayList<>();
		for (JsonNode request : requests) {
			String url = request.path("url").asString();
			String inner = url.startsWith("/") ? url : "/" + url;
			String innerPath = inner.contains("?") ? inner.substring(0, inner.indexOf('?')) : inner;
			String innerFull = decode(inner);
			JsonNode innerBody = request.get("body");
			String innerJson = innerBody != null && !innerBody.isNull() ? JSON.writeValueAsString(innerBody) : null;
			Answer answer = dispatch(request.path("method").asString(), decode(innerPath), innerFull, innerJson);
			this.calls
				.add(new Call(request.path("method").asString(), innerFull, innerJson, true, answer.status, true));
			RECEIVED.add(request.path("method").asString() + " " + decode(innerPath));
			Map<String, Object> response = new LinkedHashMap<>();
			response.put("id", request.path("id").asString());
			response.put("status", answer.status);
			Map<String, String> headers = new LinkedHashMap<>(answer.headers);
			headers.put("Content-Type", "application/json");
			response.put("headers", headers);
			if (answer.body != null) {
				response.put("body", JSON.readTree(answer.body));
			}
			responses.add(response);
		}
		return ok(200, Map.of("responses", responses));
	}

	private synchronized Answer dispatch(String method, String path, String full, String body) throws IOException {
		for (Failure failure : this.failures) {
			if (failure.remaining > 0 && failure.method.equals(method) && failure.path.matcher(full).find()) {
				failure.remaining--;
				return error(failure.status, failure.code, failure.message, failure.retryAfter);
			}
		}
		Matcher m;
		if ((m = match("/teams/([^/]+)/channels/([^/]+)/messages/delta(\\(\\))?", path)).matches()
				&& method.equals("GET")) {
			return channelDelta(m.group(1), m.group(2), full);
		}
		if ((m = match("/users/([^/]+)", path)).matches()) {
			Optional<User> user = findUser(m.group(1));
			if (user.isEmpty()) {
				return error(404, "Request_ResourceNotFound",
						"Resource '" + m.group(1)
								+ "' does not exist or one of its queried reference-property objects are not present.",
						null);
			}
			return switch (method) {
				// like Graph, signInActivity and licenseAssignmentStates only when asked
				// for by $select
				case "GET" -> {
					Map<String, Object> json = user.get().json(full.contains("signInActivity"));
					if (full.contains("licenseAssignmentStates")) {
						json.put("licenseAssignmentStates", user.get().licenseAssignmentStates());
					}
					yield ok(200, json);
				}
				case "PATCH" -> {
					JsonNode change = JSON.readTree(body);
					if (change.has("accountEnabled")) {
						user.get().accountEnabled = change.get("accountEnabled").asBoolean();
					}
					yield new Answer(204, null, Map.of());
				}
				case "DELETE" -> {
					// what an app gets when it forgets the /$ref on a member removal
					this.users.remove(user.get().id);
					yield new Answer(204, null, Map.of());
				}
				default -> error(405, "MethodNotAllowed", method, null);
			};
		}
		if (path.equals("/users") && method.equals("POST")) {
			JsonNode created = JSON.readTree(body);
			User user = addUser(UUID.randomUUID().toString(), created.path("userPrincipalName").asString(),
					created.path("displayName").asString());
			user.accountEnabled = created.path("accountEnabled").asBoolean(true);
			return ok(201, user.json());
		}
		if ((m = match("/users/([^/]+)/(.+)", path)).matches()) {
			Optional<User> found = findUser(m.group(1));
			if (found.isEmpty()) {
				return error(404, "Request_ResourceNotFound", "Resource '" + m.group(1) + "' does not exist.", null);
			}
			return userPart(method, found.get(), m.group(2), body, full);
		}
		if (path.equals("/groups") && method.equals("GET")) {
			Matcher name = Pattern.compile("displayName eq '(.*)'").matcher(full);
			List<Map<String, Object>> value = this.groups.values()
				.stream()
				.filter(g -> !name.find(0) || g.name.equals(name.group(1).replace("''", "'")))
				.map(Group::json)
				.toList();
			return ok(200, Map.of("value", value));
		}
		if ((m = match("/groups/([^/]+)", path)).matches() && method.equals("GET")) {
			Group group = this.groups.get(m.group(1));
			return group != null ? ok(200, group.json()) : error(404, "Request_ResourceNotFound", "No group", null);
		}
		if ((m = match("/groups/([^/]+)/members/\\$ref", path)).matches() && method.equals("POST")) {
			Group group = this.groups.get(m.group(1));
			String member = JSON.readTree(body).path("@odata.id").asString().replaceFirst(".*/directoryObjects/", "");
			if (group.rule != null) {
				return error(400, "Request_BadRequest",
						"Insufficient privileges to complete the write operation: dynamic membership group.", null);
			}
			if (!group.members.add(member)) {
				return error(400, "Request_BadRequest",
						"One or more added object references already exist for the following modified properties: 'members'.",
						null);
			}
			return new Answer(204, null, Map.of());
		}
		if ((m = match("/groups/([^/]+)/members/([^/]+)/\\$ref", path)).matches() && method.equals("DELETE")) {
			Group group = this.groups.get(m.group(1));
			if (group == null || !group.members.remove(m.group(2))) {
				return error(404, "Request_ResourceNotFound", "Member does not exist in the group.", null);
			}
			// a licence the group gave goes with the membership
			findUser(m.group(2)).ifPresent(user -> user.groupLicences.values().removeIf(group.id::equals));
			return new Answer(204, null, Map.of());
		}
		if ((m = match("/groups/([^/]+)/members/([^/]+)", path)).matches() && method.equals("DELETE")) {
			// Without /$ref Graph deletes the directory object itself.
			this.users.remove(m.group(2));
			return new Answer(204, null, Map.of());
		}
		if (path.equals("/organization") && method.equals("GET")) {
			return ok(200, Map.of("value", List.of(Map.of("id", "organisation", "verifiedDomains",
					this.verifiedDomains.stream().map(domain -> Map.of("name", domain)).toList()))));
		}
		if (path.equals("/oauth2PermissionGrants") && method.equals("GET")) {
			// the delegated permission grants of one user, the only way an app may list
			// them
			Matcher principal = Pattern.compile("principalId eq '([^']+)'").matcher(full);
			if (!principal.find()) {
				return error(400, "Request_UnsupportedQuery", "Only $filter=principalId eq '{id}' is served", null);
			}
			return ok(200, Map.of("value",
					findUser(principal.group(1)).map(u -> List.copyOf(u.permissionGrants)).orElse(List.of())));
		}
		if (path.equals("/subscribedSkus")) {
			return ok(200,
					Map.of("value",
							this.skus.entrySet()
								.stream()
								.map(e -> Map.of("skuId", e.getKey(), "skuPartNumber", e.getValue()))
								.toList()));
		}
		if ((m = match("/deviceManagement/managedDevices/([^/]+)/(wipe|retire)", path)).matches()) {
			Device device = this.devices.get(m.group(1));
			if (device == null) {
				return error(404, "ResourceNotFound", "No managed device " + m.group(1), null);
			}
			device.state = m.group(2) + "Pending";
			return new Answer(204, null, Map.of());
		}
		if (path.equals("/deviceManagement/windowsAutopilotDeviceIdentities")) {
			Matcher serial = Pattern.compile("contains\\(serialNumber,'(.*)'\\)").matcher(full);
			String wanted = serial.find() ? serial.group(1) : "";
			return ok(200, Map.of("value",
					this.autopilot.stream().filter(d -> wanted.equals(d.get("serialNumber"))).toList()));
		}
		if (path.equals("/deviceManagement/importedWindowsAutopilotDeviceIdentities") && method.equals("POST")) {
			@SuppressWarnings("unchecked")
			Map<String, Object> imported = JSON.readValue(body, Map.class);
			Map<String, Object> stored = new LinkedHashMap<>(imported);
			stored.put("id", UUID.randomUUID().toString());
			this.autopilot.add(stored);
			return ok(201, stored);
		}
		if ((m = match("/drives/([^/]+)/items/root/invite", path)).matches() && method.equals("POST")) {
			return ok(200, Map.of("value", List.of(Map.of("id", "perm-1", "roles", List.of("write")))));
		}
		return error(404, "UnknownRoute", method + " " + path + " is not served by the stub", null);
	}

	private Answer userPart(String method, User user, String part, String body, String full) throws IOException {
		switch (method + " " + part) {
			case "GET manager": {
				// as Graph: no manager is a 404, not an empty answer
				User manager = user.managerId != null ? this.users.get(user.managerId) : null;
				if (manager == null) {
					return error(404, "Request_ResourceNotFound",
							"Resource 'manager' does not exist or one of its queried reference-property objects are not present.",
							null);
				}
				Map<String, Object> json = new LinkedHashMap<>(manager.json());
				json.put("@odata.type", "#microsoft.graph.user");
				return ok(200, json);
			}
			case "GET directReports": {
				Matcher top = Pattern.compile("\\$top=(\\d+)").matcher(full);
				long limit = top.find() ? Long.parseLong(top.group(1)) : Long.MAX_VALUE;
				List<Map<String, Object>> reports = this.users.values()
					.stream()
					.filter(u -> user.id.equals(u.managerId))
					.limit(limit)
					.map(u -> {
						Map<String, Object> json = new LinkedHashMap<>(u.json());
						json.put("@odata.type", "#microsoft.graph.user");
						return json;
					})
					.toList();
				return ok(200, Map.of("value", reports));
			}
			case "POST revokeSignInSessions":
				user.sessionsValidFrom = this.now.get();
				return ok(200, Map.of("value", true));
			case "POST checkMemberGroups": {
				// the v1.0 action bound to directoryObject: groupIds in, the ids of those
				// the user is a member of out
				JsonNode asked = JSON.readTree(body).path("groupIds");
				if (!asked.isArray()) {
					return error(400, "Request_BadRequest", "groupIds is required", null);
				}
				List<String> member = new java.util.ArrayList<>();
				asked.forEach(id -> {
					Group group = this.groups.get(id.asString());
					if (group != null && group.members.contains(user.id)) {
						member.add(group.id);
					}
				});
				return ok(200, Map.of("value", member));
			}
			case "GET memberOf/microsoft.graph.group", "GET memberOf/graph.group":
				return ok(200,
						Map.of("value",
								this.groups.values()
									.stream()
									.filter(g -> g.members.contains(user.id))
									.map(Group::json)
									.toList()));
			case "GET transitiveMemberOf/microsoft.graph.directoryRole", "GET transitiveMemberOf/graph.directoryRole": {
				List<Map<String, Object>> roles = user.adminRoles.stream()
					.map(role -> Map.<String, Object>of("@odata.type", "#microsoft.graph.directoryRole", "id",
							"role-" + role.hashCode(), "displayName", role))
					.toList();
				return ok(200, Map.of("value", roles));
			}
			case "GET licenseDetails":
				return ok(200, Map.of("value", java.util.stream.Stream
					.concat(user.licences.stream(), user.groupLicences.keySet().stream())
					.distinct()
					.map(sku -> Map.of("id", sku, "skuId", sku, "skuPartNumber", this.skus.getOrDefault(sku, "?")))
					.toList()));
			case "POST assignLicense": {
				JsonNode change = JSON.readTree(body);
				if (!change.has("addLicenses") || !change.has("removeLicenses")) {
					return error(400, "Request_BadRequest",
							"Invalid value specified for property 'addLicenses' or 'removeLicenses'.", null);
				}
				for (JsonNode sku : change.get("removeLicenses")) {
					if (!user.licences.contains(sku.asString()) && user.groupLicences.containsKey(sku.asString())) {
						// Graph's answer for a licence inherited from a group
						return error(400, "Request_BadRequest",
								"User license is inherited from a group membership and it cannot be removed directly from the user.",
								null);
					}
				}
				change.get("removeLicenses").forEach(sku -> user.licences.remove(sku.asString()));
				change.get("addLicenses").forEach(add -> user.licences.add(add.path("skuId").asString()));
				return ok(200, user.json());
			}
			case "POST authentication/temporaryAccessPassMethods": {
				JsonNode request = JSON.readTree(body);
				Map<String, Object> pass = new LinkedHashMap<>();
				pass.put("id", UUID.randomUUID().toString());
				pass.put("temporaryAccessPass", SECRET_PASS);
				pass.put("isUsableOnce", request.path("isUsableOnce").asBoolean());
				pass.put("lifetimeInMinutes", request.path("lifetimeInMinutes").asInt(60));
				pass.put("startDateTime", request.path("startDateTime").asString(null));
				Map<String, Object> listed = new LinkedHashMap<>(pass);
				listed.remove("temporaryAccessPass");
				listed.put("isUsable", true);
				listed.put("methodUsabilityReason", "EnabledByPolicy");
				user.accessPasses.add(listed);
				return ok(201, pass);
			}
			// the offboarding guard's reads
			case "GET authentication/temporaryAccessPassMethods":
				return ok(200, Map.of("value", List.copyOf(user.accessPasses)));
			case "GET mailboxSettings": {
				JsonNode settings = user.mailboxSettings;
				return ok(200, settings != null ? JSON.treeToValue(settings, Map.class)
						: Map.of("automaticRepliesSetting", Map.of("status", "disabled")));
			}
			case "GET mailFolders/inbox/messageRules":
				return ok(200, Map.of("value", List.copyOf(user.inboxRules)));
			case "GET appRoleAssignments":
				return ok(200, Map.of("value", List.copyOf(user.appRoleAssignments)));
			case "GET oauth2PermissionGrants":
				// Graph: "Application: Not supported" (user-list-oauth2permissiongrants)
				return error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.",
						null);
			case "GET managedDevices":
				return ok(200,
						Map.of("value",
								this.devices.values()
									.stream()
									.filter(d -> d.userId.equals(user.id))
									.map(Device::json)
									.toList()));
			case "PATCH mailboxSettings":
				user.mailboxSettings = JSON.readTree(body);
				return ok(200, JSON.readValue(body, Map.class));
			case "GET drive":
				return ok(200, Map.of("id", "drive-" + user.id));
			default:
				return error(404, "UnknownRoute", method + " /users/{id}/" + part + " is not served by the stub", null);
		}
	}

	private Optional<User> findUser(String idOrUpn) {
		User byId = this.users.get(idOrUpn);
		if (byId != null) {
			return Optional.of(byId);
		}
		return this.users.values().stream().filter(u -> u.upn.equalsIgnoreCase(idOrUpn)).findFirst();
	}

	/**
	 * The delta query of a channel's messages: only
	 * {@code $filter=lastModifiedDateTime gt
	 * …}, as Graph supports; pages of {@link #CHANNEL_PAGE} messages, so callers must
	 * follow {@code @odata.nextLink}.
	 */
	private Answer channelDelta(String teamId, String channelId, String full) throws IOException {
		Matcher filter = Pattern.compile("lastModifiedDateTime gt ([^&]+)").matcher(full);
		Instant since = filter.find() ? Instant.parse(filter.group(1).strip()) : Instant.EPOCH;
		Matcher skip = Pattern.compile("\\$skiptoken=(\\d+)").matcher(full);
		int from = skip.find() ? Integer.parseInt(skip.group(1)) : 0;
		List<ChannelMessage> changed = this.channels.messages(teamId, channelId)
			.stream()
			.filter(message -> message.lastModifiedAt().isAfter(since))
			.toList();
		List<Map<String, Object>> page = new ArrayList<>();
		for (ChannelMessage message : changed.subList(Math.min(from, changed.size()),
				Math.min(from + CHANNEL_PAGE, changed.size()))) {
			page.add(message.json());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("value", page);
		String link = baseUrl() + "/teams/" + teamId + "/channels/" + channelId + "/messages/delta()?$filter="
				+ java.net.URLEncoder.encode("lastModifiedDateTime gt " + since, StandardCharsets.UTF_8);
		if (from + CHANNEL_PAGE < changed.size()) {
			body.put("@odata.nextLink", link + "&$skiptoken=" + (from + CHANNEL_PAGE));
		}
		else {
			body.put("@odata.deltaLink", link + "&$deltatoken=" + changed.size());
		}
		return ok(200, body);
	}

	static final int CHANNEL_PAGE = 3;

	/** The messages of a Teams channel, as far as the stub knows. */
	@FunctionalInterface
	public interface ChannelSource {

		ChannelSource EMPTY = (teamId, channelId) -> List.of();

		List<ChannelMessage> messages(String teamId, String channelId);

	}

	/** A channel message with its Adaptive Cards. */
	public record ChannelMessage(String id, Instant createdAt, Instant lastModifiedAt, List<JsonNode> cards) {

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", this.id);
			json.put("messageType", "message");
			json.put("createdDateTime", this.createdAt.toString());
			json.put("lastModifiedDateTime", this.lastModifiedAt.toString());
			List<Map<String, Object>> attachments = new ArrayList<>();
			for (JsonNode card : this.cards) {
				Map<String, Object> attachment = new LinkedHashMap<>();
				attachment.put("id", UUID.randomUUID().toString());
				attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
				// Graph gives a card's content as a string of JSON
				attachment.put("content", card.toString());
				attachments.add(attachment);
			}
			json.put("attachments", attachments);
			return json;
		}

	}

	private static Matcher match(String regex, String path) {
		return Pattern.compile(regex).matcher(path);
	}

	private static String decode(String raw) {
		return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static Answer ok(int status, Object body) throws IOException {
		return new Answer(status, JSON.writeValueAsString(body), Map.of());
	}

	private static Answer error(int status, String code, String message, Integer retryAfter) {
		ObjectNode error = JSON.createObjectNode();
		error.putObject("error").put("code", code).put("message", message);
		Map<String, String> headers = retryAfter != null ? Map.of("Retry-After", String.valueOf(retryAfter)) : Map.of();
		return new Answer(status, error.toString(), headers);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** One request as the stub saw it; {@code path} is decoded, below /v1.0. */
	public record Call(String method, String path, String body, boolean batched, int status, boolean authorized) {

		/** The body as JSON, or null. */
		public JsonNode json() {
			return this.body != null ? JSON.readTree(this.body) : null;
		}

		@Override
		public String toString() {
			return this.method + " " + this.path + (this.body != null ? " " + this.body : "") + " -> " + this.status;
		}

	}

	private record Answer(int status, String body, Map<String, String> headers) {
	}

	private record Slowness(String method, Pattern path, java.time.Duration delay,
			java.util.concurrent.CountDownLatch over) {
	}

	private static final class Failure {

		final String method;

		final Pattern path;

		final int status;

		final Integer retryAfter;

		int remaining;

		final String code;

		final String message;

		Failure(String method, Pattern path, int status, Integer retryAfter, int times, String code, String message) {
			this.method = method;
			this.path = path;
			this.status = status;
			this.retryAfter = retryAfter;
			this.remaining = times;
			this.code = code;
			this.message = message;
		}

	}

	/** A user of the stub directory. */
	public static final class User {

		public final String id;

		public final String upn;

		public final String name;

		public volatile boolean accountEnabled = true;

		/** Licences assigned directly, by sku id. */
		public final Set<String> licences = new LinkedHashSet<>();

		/** Licences inherited from a group: sku id → the group's id. */
		public final Map<String, String> groupLicences = new java.util.concurrent.ConcurrentHashMap<>();

		public volatile JsonNode mailboxSettings;

		/** The object id of the user's manager in the directory; null: none. */
		public volatile String managerId;

		/** When the account was created (a year before the stub started, unless set). */
		public volatile Instant createdAt = Instant.parse("2025-11-02T09:15:00Z");

		/**
		 * Tokens issued before this are refused
		 * ({@code signInSessionsValidFromDateTime}): the creation time until the sessions
		 * are revoked.
		 */
		public volatile Instant sessionsValidFrom;

		/** The user's Temporary Access Passes as Graph lists them (never the pass). */
		public final List<Map<String, Object>> accessPasses = new CopyOnWriteArrayList<>();

		/** Inbox rules as Graph lists them ({@code messageRule}). */
		public final List<Map<String, Object>> inboxRules = new CopyOnWriteArrayList<>();

		public final List<Map<String, Object>> appRoleAssignments = new CopyOnWriteArrayList<>();

		public final List<Map<String, Object>> permissionGrants = new CopyOnWriteArrayList<>();

		/** An inbox rule that forwards every message to this address. */
		public User forwardingTo(String ruleId, String address) {
			this.inboxRules.add(Map.of("id", ruleId, "displayName", "Forward to " + address, "isEnabled", true,
					"actions", Map.of("forwardTo", List.of(Map.of("emailAddress", Map.of("address", address))))));
			return this;
		}

		/** A usable Temporary Access Pass. */
		public User withAccessPass(String id) {
			this.accessPasses.add(Map.of("id", id, "isUsable", true, "methodUsabilityReason", "EnabledByPolicy",
					"lifetimeInMinutes", 43200, "startDateTime", "2026-11-20T08:00:00Z"));
			return this;
		}

		/** The last interactive sign-in; null: never signed in. */
		public volatile Instant lastSignInAt;

		/**
		 * Display names of the directory roles the user holds (e.g. "Global
		 * Administrator").
		 */
		public final List<String> adminRoles = new CopyOnWriteArrayList<>();

		User(String id, String upn, String name) {
			this.id = id;
			this.upn = upn;
			this.name = name;
		}

		/** Signed in at {@code when}. */
		public User signedInAt(Instant when) {
			this.lastSignInAt = when;
			return this;
		}

		public User createdAt(Instant when) {
			this.createdAt = when;
			return this;
		}

		/** The directory names {@code manager} as this user's manager. */
		public User managedBy(User manager) {
			this.managerId = manager != null ? manager.id : null;
			return this;
		}

		public User withAdminRole(String role) {
			this.adminRoles.add(role);
			return this;
		}

		Map<String, Object> json() {
			return json(false);
		}

		/** As Graph: one state per direct assignment and one per group that gives it. */
		List<Map<String, Object>> licenseAssignmentStates() {
			List<Map<String, Object>> states = new ArrayList<>();
			for (String sku : this.licences) {
				Map<String, Object> state = new LinkedHashMap<>();
				state.put("skuId", sku);
				state.put("assignedByGroup", null);
				state.put("state", "Active");
				states.add(state);
			}
			this.groupLicences.forEach((sku, group) -> {
				Map<String, Object> state = new LinkedHashMap<>();
				state.put("skuId", sku);
				state.put("assignedByGroup", group);
				state.put("state", "Active");
				states.add(state);
			});
			return states;
		}

		Map<String, Object> json(boolean signInActivity) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", this.id);
			json.put("userPrincipalName", this.upn);
			json.put("displayName", this.name);
			json.put("accountEnabled", this.accountEnabled);
			json.put("createdDateTime", this.createdAt.toString());
			json.put("signInSessionsValidFromDateTime",
					(this.sessionsValidFrom != null ? this.sessionsValidFrom : this.createdAt).toString());
			if (signInActivity) {
				Map<String, Object> activity = new LinkedHashMap<>();
				activity.put("lastSignInDateTime", this.lastSignInAt != null ? this.lastSignInAt.toString() : null);
				json.put("signInActivity", activity);
			}
			return json;
		}

	}

	/** A group of the stub directory; with a rule it is dynamic. */
	public static final class Group {

		public final String id;

		public final String name;

		public final String rule;

		public final Set<String> members = new LinkedHashSet<>();

		Group(String id, String name, String rule) {
			this.id = id;
			this.name = name;
			this.rule = rule;
		}

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("@odata.type", "#microsoft.graph.group");
			json.put("id", this.id);
			json.put("displayName", this.name);
			json.put("groupTypes", this.rule != null ? List.of("DynamicMembership") : List.of());
			if (this.rule != null) {
				json.put("membershipRule", this.rule);
			}
			return json;
		}

	}

	/** A managed device of the stub. */
	public static final class Device {

		public final String id;

		final String userId;

		final String name;

		final String serial;

		final String os;

		final String owner;

		public volatile String state = "managed";

		Device(String id, String userId, String name, String serial, String os, String owner) {
			this.id = id;
			this.userId = userId;
			this.name = name;
			this.serial = serial;
			this.os = os;
			this.owner = owner;
		}

		Map<String, Object> json() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("id", this.id);
			json.put("deviceName", this.name);
			json.put("serialNumber", this.serial);
			json.put("operatingSystem", this.os);
			json.put("managedDeviceOwnerType", this.owner);
			json.put("managementState", this.state);
			return json;
		}

	}

	/** A made-up hardware hash, base64 as the supplier's CSV has it. */
	public static String hardwareHash(String serial) {
		return Base64.getEncoder().encodeToString(("hash-of-" + serial).getBytes(StandardCharsets.UTF_8));
	}

}
