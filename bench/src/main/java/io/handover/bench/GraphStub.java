package io.handover.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * Microsoft Graph and the Entra token endpoint on loopback for the leaver runbook
 * benchmark: just what the runbook reads and changes (users, their groups, licences and
 * managed devices, mailbox settings, drives, JSON batching), every HTTP call answered
 * after a fixed latency, as a far-away Graph would. The token endpoint is https with the
 * test certificate of {@code src/test/resources/graph} (MSAL accepts only https); the
 * service trusts it through {@code handover.graph.trust-store}.
 */
final class GraphStub implements AutoCloseable {

	static final String TRUST_STORE = "src/test/resources/graph/stub-trust.p12";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer graph;

	private final HttpsServer tokens;

	private final long latencyMillis;

	private final Map<String, User> users = new ConcurrentHashMap<>();

	private final Map<String, Group> groups = new ConcurrentHashMap<>();

	private final Map<String, Device> devices = new ConcurrentHashMap<>();

	private final Map<String, String> skus = new ConcurrentHashMap<>();

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	GraphStub(long latencyMillis) throws Exception {
		this.latencyMillis = latencyMillis;
		this.graph = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.graph.setExecutor(Executors.newFixedThreadPool(32));
		this.graph.createContext("/", this::handle);
		this.graph.start();
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = GraphStub.class.getResourceAsStream("/graph/stub-tls.p12")) {
			keys.load(in, "changeit".toCharArray());
		}
		KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		factory.init(keys, "changeit".toCharArray());
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(factory.getKeyManagers(), null, null);
		this.tokens = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.tokens.setHttpsConfigurator(new HttpsConfigurator(tls));
		this.tokens.setExecutor(Executors.newFixedThreadPool(2));
		this.tokens.createContext("/", this::token);
		this.tokens.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.graph.getAddress().getPort() + "/v1.0";
	}

	String authorityHost() {
		return "https://127.0.0.1:" + this.tokens.getAddress().getPort();
	}

	/**
	 * A leaver as the issue describes him: 3 static groups and 1 dynamic, 2 licences, a
	 * company laptop and a personal phone.
	 */
	User addLeaver(String id, String upn, String name) {
		User user = new User(id, upn, name);
		this.users.put(id, user);
		this.skus.putIfAbsent("6fd2c87f-b296-42f0-b197-1e91e994b900", "ENTERPRISEPACK");
		this.skus.putIfAbsent("f30db892-07e9-47e9-837c-80727f46fd3d", "FLOW_FREE");
		user.licences.addAll(this.skus.keySet());
		group("g-staff", "All Staff", null).members.add(id);
		group("g-sales", "Sales", null).members.add(id);
		group("g-crm", "CRM Users", null).members.add(id);
		group("g-amsterdam", "Amsterdam office", "user.city -eq \"Amsterdam\"").members.add(id);
		this.devices.put("laptop-" + id,
				new Device("laptop-" + id, id, "LAPTOP-" + id.substring(0, 4), "PF" + id, "Windows", "company"));
		this.devices.put("phone-" + id, new Device("phone-" + id, id, "iPhone", "F2" + id, "iOS", "personal"));
		return user;
	}

	/**
	 * The requests that changed something for this user, in order (batch items one by
	 * one).
	 */
	List<Call> changesOf(String userId) {
		return this.calls.stream()
			.filter(c -> !c.method().equals("GET") && !c.path().equals("/$batch") && c.path().contains(userId))
			.toList();
	}

	/** HTTP calls that reached the stub since the given index (a batch counts once). */
	int httpCalls() {
		return (int) this.calls.stream().filter(c -> !c.batched()).count();
	}

	private synchronized Group group(String id, String name, String rule) {
		return this.groups.computeIfAbsent(id, key -> new Group(key, name, rule));
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			sleep(this.latencyMillis);
			String method = exchange.getRequestMethod();
			String path = decode(exchange.getRequestURI().getRawPath()).replaceFirst("^/v1\\.0", "");
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Answer answer = path.equals("/$batch") && method.equals("POST") ? batch(body)
					: dispatch(method, path, body.isEmpty() ? null : body);
			this.calls.add(new Call(method, path, false, answer.status()));
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			byte[] bytes = answer.body() != null ? answer.body().getBytes(StandardCharsets.UTF_8) : new byte[0];
			exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				exchange.getResponseBody().write(bytes);
			}
		}
	}

	private Answer batch(String body) throws IOException {
		List<Map<String, Object>> responses = new ArrayList<>();
		for (JsonNode request : JSON.readTree(body).path("requests")) {
			String url = request.path("url").asText();
			String inner = decode(url.startsWith("/") ? url : "/" + url);
			String innerPath = inner.contains("?") ? inner.substring(0, inner.indexOf('?')) : inner;
			JsonNode innerBody = request.get("body");
			Answer answer = dispatch(request.path("method").asText(), innerPath,
					innerBody != null && !innerBody.isNull() ? JSON.writeValueAsString(innerBody) : null);
			this.calls.add(new Call(request.path("method").asText(), innerPath, true, answer.status()));
			Map<String, Object> response = new LinkedHashMap<>();
			response.put("id", request.path("id").asText());
			response.put("status", answer.status());
			response.put("headers", Map.of("Content-Type", "application/json"));
			if (answer.body() != null) {
				response.put("body", JSON.readTree(answer.body()));
			}
			responses.add(response);
		}
		return ok(200, Map.of("responses", responses));
	}

	private Answer dispatch(String method, String path, String body) throws IOException {
		Matcher m;
		if ((m = match("/users/([^/]+)", path)).matches()) {
			User user = findUser(m.group(1));
			if (user == null) {
				return error(404, "Request_ResourceNotFound", "Resource '" + m.group(1) + "' does not exist.");
			}
			if (method.equals("PATCH")) {
				JsonNode change = JSON.readTree(body);
				if (change.has("accountEnabled")) {
					user.accountEnabled = change.get("accountEnabled").asBoolean();
				}
				return new Answer(204, null);
			}
			return ok(200, user.json());
		}
		if ((m = match("/users/([^/]+)/(.+)", path)).matches()) {
			User user = findUser(m.group(1));
			if (user == null) {
				return error(404, "Request_ResourceNotFound", "Resource '" + m.group(1) + "' does not exist.");
			}
			return userPart(method, user, m.group(2), body);
		}
		if ((m = match("/groups/([^/]+)/members/([^/]+)/\\$ref", path)).matches() && method.equals("DELETE")) {
			Group group = this.groups.get(m.group(1));
			if (group == null || !group.members.remove(m.group(2))) {
				return error(404, "Request_ResourceNotFound", "Member does not exist in the group.");
			}
			return new Answer(204, null);
		}
		if ((m = match("/deviceManagement/managedDevices/([^/]+)/(wipe|retire)", path)).matches()) {
			Device device = this.devices.get(m.group(1));
			if (device == null) {
				return error(404, "ResourceNotFound", "No managed device " + m.group(1));
			}
			device.state = m.group(2) + "Pending";
			return new Answer(204, null);
		}
		if (match("/drives/([^/]+)/items/root/invite", path).matches() && method.equals("POST")) {
			return ok(200, Map.of("value", List.of(Map.of("id", "perm-1", "roles", List.of("write")))));
		}
		return error(404, "UnknownRoute", method + " " + path + " is not served by the stub");
	}

	private Answer userPart(String method, User user, String part, String body) throws IOException {
		switch (method + " " + part) {
			case "POST revokeSignInSessions":
				return ok(200, Map.of("value", true));
			case "GET memberOf/microsoft.graph.group", "GET memberOf/graph.group":
				return ok(200,
						Map.of("value",
								this.groups.values()
									.stream()
									.filter(g -> g.members.contains(user.id))
									.map(Group::json)
									.toList()));
			case "GET licenseDetails":
				return ok(200, Map.of("value", user.licences.stream()
					.map(sku -> Map.of("id", sku, "skuId", sku, "skuPartNumber", this.skus.getOrDefault(sku, "?")))
					.toList()));
			case "POST assignLicense":
				JSON.readTree(body).path("removeLicenses").forEach(sku -> user.licences.remove(sku.asText()));
				return ok(200, user.json());
			case "GET managedDevices":
				return ok(200,
						Map.of("value",
								this.devices.values()
									.stream()
									.filter(d -> d.userId.equals(user.id))
									.map(Device::json)
									.toList()));
			case "PATCH mailboxSettings":
				return ok(200, JSON.readValue(body, Map.class));
			case "GET drive":
				return ok(200, Map.of("id", "drive-" + user.id));
			default:
				return error(404, "UnknownRoute", method + " /users/{id}/" + part + " is not served by the stub");
		}
	}

	private void token(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			exchange.getRequestBody().readAllBytes();
			String body;
			int status = 200;
			if (path.endsWith("/oauth2/v2.0/token")) {
				body = "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"ext_expires_in\":3600,"
						+ "\"access_token\":\"bench-access-token\"}";
			}
			else if (path.endsWith("/.well-known/openid-configuration")) {
				String base = authorityHost() + path.substring(0, path.indexOf("/v2.0/.well-known"));
				body = "{\"token_endpoint\":\"" + base + "/oauth2/v2.0/token\",\"authorization_endpoint\":\"" + base
						+ "/oauth2/v2.0/authorize\",\"issuer\":\"" + base + "/v2.0\"}";
			}
			else {
				status = 404;
				body = "{\"error\":\"not_found\"}";
			}
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
		}
	}

	private User findUser(String idOrUpn) {
		User byId = this.users.get(idOrUpn);
		if (byId != null) {
			return byId;
		}
		return this.users.values().stream().filter(u -> u.upn.equalsIgnoreCase(idOrUpn)).findFirst().orElse(null);
	}

	private static Matcher match(String regex, String path) {
		return Pattern.compile(regex).matcher(path);
	}

	private static String decode(String raw) {
		return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static Answer ok(int status, Object body) throws IOException {
		return new Answer(status, JSON.writeValueAsString(body));
	}

	private static Answer error(int status, String code, String message) {
		return new Answer(status,
				JSON.createObjectNode()
					.set("error", JSON.createObjectNode().put("code", code).put("message", message))
					.toString());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.graph.stop(0);
		this.tokens.stop(0);
	}

	record Call(String method, String path, boolean batched, int status) {
	}

	private record Answer(int status, String body) {
	}

	static final class User {

		final String id;

		final String upn;

		final String name;

		volatile boolean accountEnabled = true;

		final Set<String> licences = ConcurrentHashMap.newKeySet();

		User(String id, String upn, String name) {
			this.id = id;
			this.upn = upn;
			this.name = name;
		}

		Map<String, Object> json() {
			return Map.of("id", this.id, "userPrincipalName", this.upn, "displayName", this.name, "accountEnabled",
					this.accountEnabled);
		}

	}

	private static final class Group {

		final String id;

		final String name;

		final String rule;

		final Set<String> members = ConcurrentHashMap.newKeySet();

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

	private static final class Device {

		final String id;

		final String userId;

		final String name;

		final String serial;

		final String os;

		final String owner;

		volatile String state = "managed";

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

}
