package io.handover.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Apple Business on loopback, as Apple's published documentation of the Apple School and
 * Business Manager API describes it, for Handover's adapter to talk to over real HTTP.
 * <ul>
 * <li>{@code POST /auth/oauth2/token}: OAuth 2 client credentials with a client
 * assertion; the assertion's ES256 signature is checked against the API account's
 * registered public key (by its {@code kid}), and its claims: {@code iss} and {@code sub}
 * the client id, {@code aud} {@value #AUDIENCE}, {@code iat} not in the future,
 * {@code exp} after now and at most 180 days after {@code iat}, a {@code jti} never used
 * before; scope {@code business.api}. Answers a bearer token for an hour, or
 * {@code invalid_client} with a description.</li>
 * <li>{@code GET /v1/orgDevices/{serial}}, {@code GET
 * /v1/orgDevices/{serial}/relationships/assignedServer}, {@code GET /v1/mdmServers},
 * {@code GET /v1/mdmServers/{id}/relationships/devices}.</li>
 * <li>{@code POST /v1/orgDeviceActivities} ({@code ASSIGN_DEVICES},
 * {@code UNASSIGN_DEVICES}, {@code RELEASE_DEVICES}) answers 201 with the activity
 * {@code IN_PROGRESS}; {@code GET /v1/orgDeviceActivities/{id}} shows it
 * {@code COMPLETED} (and the change made) after a set number of reads, or {@code FAILED}
 * when a failure was injected.</li>
 * </ul>
 * Errors in Apple's format ({@code {"errors":[{"status","code","title","detail"}]}}), 401
 * without a valid bearer token, a rate limit answering 429 with {@code Retry-After},
 * other failures on demand (each with the code Apple documents for its status), and a
 * record of every request.
 */
public final class AppleBusinessEmulator implements AutoCloseable {

	/** The audience Apple requires in a client assertion. */
	public static final String AUDIENCE = "https://account.apple.com/auth/oauth2/v2/token";

	public static final String SCOPE = "business.api";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final Pattern DEVICE = Pattern.compile("^/v1/orgDevices/([^/]+)$");

	private static final Pattern ASSIGNED_SERVER = Pattern
		.compile("^/v1/orgDevices/([^/]+)/relationships/assignedServer$");

	private static final Pattern SERVER_DEVICES = Pattern.compile("^/v1/mdmServers/([^/]+)/relationships/devices$");

	private static final Pattern ACTIVITY = Pattern.compile("^/v1/orgDeviceActivities/([^/]+)$");

	private static final Set<String> ACTIVITY_TYPES = Set.of("ASSIGN_DEVICES", "UNASSIGN_DEVICES", "RELEASE_DEVICES");

	private final HttpServer server;

	private final Map<String, ApiAccount> accounts = new ConcurrentHashMap<>();

	private final Map<String, Instant> tokens = new ConcurrentHashMap<>();

	private final Set<String> usedJtis = ConcurrentHashMap.newKeySet();

	private final Map<String, String> servers = new LinkedHashMap<>();

	private final Map<String, Device> devices = new LinkedHashMap<>();

	private final Map<String, Activity> activities = new LinkedHashMap<>();

	private final Map<String, String> failingSerials = new ConcurrentHashMap<>();

	private final List<Failure> failures = new CopyOnWriteArrayList<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger tokensIssued = new AtomicInteger();

	private volatile Supplier<Instant> now = Instant::now;

	private volatile int readsUntilDone = 1;

	/** API requests allowed per window (0: no limit), and when recent ones came. */
	private volatile int rateLimit;

	private volatile Duration rateWindow = Duration.ofMinutes(1);

	private final java.util.Deque<Instant> recentCalls = new java.util.ArrayDeque<>();

	public AppleBusinessEmulator() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			this.server.setExecutor(Executors.newFixedThreadPool(2));
			this.server.createContext("/", this::handle);
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An API account as Apple Business shows it, with the private key it let you save.
	 */
	public record ApiAccount(String clientId, String keyId, String privateKeyPem, PublicKey publicKey) {

		@Override
		public String toString() {
			return "ApiAccount[" + this.clientId + ", " + this.keyId + "]";
		}

	}

	/** One request received: the token endpoint's form body and the API's JSON bodies. */
	public record Request(String method, String path, String body, int status) {

		@Override
		public String toString() {
			return this.method + " " + this.path + " -> " + this.status;
		}

	}

	private record Device(String serial, String productFamily, String model, String server) {

	}

	private static final class Activity {

		final String id;

		final String type;

		final String server;

		final List<String> serials;

		final Instant created;

		final String failure;

		int reads;

		Instant completed;

		Activity(String id, String type, String server, List<String> serials, Instant created, String failure) {
			this.id = id;
			this.type = type;
			this.server = server;
			this.serials = serials;
			this.created = created;
			this.failure = failure;
		}

	}

	private record Failure(String method, String pathPart, int status, int retryAfter, AtomicInteger times) {

	}

	public String tokenUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/auth/oauth2/token";
	}

	public String apiBaseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Where the emulator's "now" comes from (tokens and assertions), e.g. a test clock.
	 */
	public void now(Supplier<Instant> now) {
		this.now = now;
	}

	/**
	 * An Organization Administrator creates an API account and generates its private key
	 * (PKCS #8 PEM); Apple keeps only the public key.
	 */
	public ApiAccount createApiAccount() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			KeyPair pair = generator.generateKeyPair();
			String pem = "-----BEGIN PRIVATE KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(pair.getPrivate().getEncoded())
					+ "\n-----END PRIVATE KEY-----\n";
			String suffix = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()), 36);
			ApiAccount account = new ApiAccount("BUSINESSAPI." + suffix, "key-" + suffix, pem, pair.getPublic());
			this.accounts.put(account.clientId(), account);
			return account;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An administrator generated a new private key for the account in Apple Business: the
	 * old key no longer signs for it, and the tokens issued so far are revoked. Answers
	 * the account with its new key; {@link #restore} puts the old one back.
	 */
	public ApiAccount regenerateKey(ApiAccount account) {
		ApiAccount fresh = createApiAccount();
		this.accounts.remove(fresh.clientId());
		ApiAccount renewed = new ApiAccount(account.clientId(), account.keyId(), fresh.privateKeyPem(),
				fresh.publicKey());
		this.accounts.put(account.clientId(), renewed);
		this.tokens.clear();
		return renewed;
	}

	/** The account signs with this key again. */
	public void restore(ApiAccount account) {
		this.accounts.put(account.clientId(), account);
	}

	/** A device management service (MDM server), e.g. Intune's entry. */
	public synchronized void addMdmServer(String id, String name) {
		this.servers.put(id, name);
	}

	/**
	 * A device bought through the organisation's reseller, assigned to no service yet.
	 */
	public synchronized void addDevice(String serial, String productFamily, String model) {
		this.devices.put(serial, new Device(serial, productFamily, model, null));
	}

	/** The device is assigned to this service already (done in the portal). */
	public synchronized void assignInPortal(String serial, String serverId) {
		Device device = this.devices.get(serial);
		this.devices.put(serial, new Device(serial, device.productFamily(), device.model(), serverId));
	}

	/** The service the device is assigned to now, if any. */
	public synchronized Optional<String> assignedServerOf(String serial) {
		Device device = this.devices.get(serial);
		return device != null ? Optional.ofNullable(device.server()) : Optional.empty();
	}

	/** Whether the organisation still owns the device (not released). */
	public synchronized boolean owns(String serial) {
		return this.devices.containsKey(serial);
	}

	/** How many status reads an activity needs before it shows as done (at least 1). */
	public void readsUntilDone(int reads) {
		this.readsUntilDone = Math.max(1, reads);
	}

	/** The next activity that involves this serial fails with this reason. */
	public void failNextActivityFor(String serial, String reason) {
		this.failingSerials.put(serial, reason);
	}

	/**
	 * The next {@code times} requests whose method matches and whose path contains
	 * {@code pathPart} are answered with {@code status} (429 with {@code Retry-After}
	 * seconds when given).
	 */
	public void failNext(String method, String pathPart, int status, int retryAfterSeconds, int times) {
		this.failures.add(new Failure(method, pathPart, status, retryAfterSeconds, new AtomicInteger(times)));
	}

	/**
	 * Apple's rate limit: at most {@code requests} API requests (the token endpoint
	 * aside) within {@code window} of real time; beyond it a 429
	 * {@code RATE_LIMIT_EXCEEDED} with {@code Retry-After} the seconds until one is
	 * allowed again. Off after {@link #resetRecord}.
	 */
	public synchronized void rateLimit(int requests, Duration window) {
		this.rateLimit = requests;
		this.rateWindow = window;
		this.recentCalls.clear();
	}

	/** Every request received, in order. */
	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/** The API requests (not the token endpoint's), as {@code METHOD /path}. */
	public List<String> apiCalls() {
		return this.requests.stream()
			.filter(r -> r.path().startsWith("/v1/"))
			.map(r -> r.method() + " " + r.path())
			.toList();
	}

	/**
	 * The bodies of the activities posted, in order (one Apple refused, e.g. with a 429,
	 * too).
	 */
	public List<JsonNode> activitiesPosted() {
		return this.requests.stream()
			.filter(r -> r.method().equals("POST") && r.path().equals("/v1/orgDeviceActivities"))
			.map(r -> JSON.readTree(r.body()))
			.toList();
	}

	/** How many access tokens were issued. */
	public int tokensIssued() {
		return this.tokensIssued.get();
	}

	/** Forgets requests, failures and tokens; keeps accounts, servers and devices. */
	public void resetRecord() {
		this.requests.clear();
		this.failures.clear();
		this.failingSerials.clear();
		this.tokens.clear();
		this.tokensIssued.set(0);
		this.readsUntilDone = 1;
		rateLimit(0, Duration.ofMinutes(1));
	}

	private void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Answer answer;
		try {
			answer = answer(exchange, method, path, body);
		}
		catch (RuntimeException ex) {
			answer = error(500, "INTERNAL_ERROR", "Internal error", String.valueOf(ex.getMessage()));
		}
		this.requests.add(new Request(method, path, body, answer.status()));
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	private record Answer(int status, String body, Map<String, String> headers) {

		Answer(int status, String body) {
			this(status, body, Map.of());
		}

	}

	private Answer answer(HttpExchange exchange, String method, String path, String body) {
		for (Failure failure : this.failures) {
			if (failure.method().equals(method) && path.contains(failure.pathPart())
					&& failure.times().getAndDecrement() > 0) {
				Answer failed = documented(failure.status());
				return failure.retryAfter() > 0
						? new Answer(failed.status(), failed.body(), Map.of("Retry-After", "" + failure.retryAfter()))
						: failed;
			}
		}
		if (path.equals("/auth/oauth2/token")) {
			return method.equals("POST") ? token(body) : error(405, "METHOD_NOT_ALLOWED", "Method not allowed", path);
		}
		if (!authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
			return error(401, "NOT_AUTHORIZED", "Authentication credentials are missing or invalid.",
					"Provide a properly configured and signed bearer token, and make sure that it has not expired.");
		}
		long wait = overRateLimit();
		if (wait > 0) {
			Answer limited = documented(429);
			return new Answer(429, limited.body(), Map.of("Retry-After", String.valueOf(wait)));
		}
		synchronized (this) {
			Matcher matcher;
			if (method.equals("GET") && (matcher = DEVICE.matcher(path)).matches()) {
				Device device = this.devices.get(matcher.group(1));
				return device == null ? notFound("orgDevices", matcher.group(1))
						: new Answer(200, JSON.writeValueAsString(Map.of("data", device(device))));
			}
			if (method.equals("GET") && (matcher = ASSIGNED_SERVER.matcher(path)).matches()) {
				Device device = this.devices.get(matcher.group(1));
				if (device == null) {
					return notFound("orgDevices", matcher.group(1));
				}
				ObjectNode answer = JSON.createObjectNode();
				if (device.server() == null) {
					answer.putNull("data");
				}
				else {
					answer.putObject("data").put("type", "mdmServers").put("id", device.server());
				}
				return new Answer(200, JSON.writeValueAsString(answer));
			}
			if (method.equals("GET") && path.equals("/v1/mdmServers")) {
				List<Object> data = new ArrayList<>();
				this.servers.forEach((id, name) -> data.add(Map.of("type", "mdmServers", "id", id, "attributes",
						Map.of("serverName", name, "serverType", "MDM"))));
				return new Answer(200,
						JSON.writeValueAsString(Map.of("data", data, "meta", Map.of("paging", Map.of("limit", 100)))));
			}
			if (method.equals("GET") && (matcher = SERVER_DEVICES.matcher(path)).matches()) {
				if (!this.servers.containsKey(matcher.group(1))) {
					return notFound("mdmServers", matcher.group(1));
				}
				String id = matcher.group(1);
				List<Object> data = this.devices.values()
					.stream()
					.filter(d -> id.equals(d.server()))
					.map(d -> (Object) Map.of("type", "orgDevices", "id", d.serial()))
					.toList();
				return new Answer(200, JSON.writeValueAsString(Map.of("data", data)));
			}
			if (method.equals("POST") && path.equals("/v1/orgDeviceActivities")) {
				return createActivity(body);
			}
			if (method.equals("GET") && (matcher = ACTIVITY.matcher(path)).matches()) {
				Activity activity = this.activities.get(matcher.group(1));
				if (activity == null) {
					return notFound("orgDeviceActivities", matcher.group(1));
				}
				activity.reads++;
				if (activity.completed == null && activity.reads >= this.readsUntilDone) {
					complete(activity);
				}
				return new Answer(200, JSON.writeValueAsString(Map.of("data", activity(activity))));
			}
		}
		return error(404, "NOT_FOUND", "The specified resource does not exist.",
				"The path provided does not match a defined resource type.");
	}

	private Answer createActivity(String body) {
		JsonNode data;
		try {
			data = JSON.readTree(body).path("data");
		}
		catch (RuntimeException ex) {
			return error(400, "PARAMETER_ERROR.INVALID", "A parameter has an invalid value.",
					"The request body is not JSON.");
		}
		String type = data.path("attributes").path("activityType").asString("");
		if (!"orgDeviceActivities".equals(data.path("type").asString("")) || !ACTIVITY_TYPES.contains(type)) {
			return error(409, "ENTITY_ERROR.ATTRIBUTE.INVALID", "An attribute value is invalid.",
					"The activity type '" + type + "' is not valid.");
		}
		String server = data.path("relationships").path("mdmServer").path("data").path("id").asString(null);
		if (!type.equals("RELEASE_DEVICES")) {
			if (server == null) {
				return error(409, "ENTITY_ERROR.RELATIONSHIP.REQUIRED", "A relationship is required.",
						"You must provide a value for the relationship 'mdmServer' with this request.");
			}
			if (!this.servers.containsKey(server)) {
				return notFound("mdmServers", server);
			}
		}
		List<String> serials = new ArrayList<>();
		for (JsonNode device : data.path("relationships").path("devices").path("data")) {
			serials.add(device.path("id").asString());
		}
		if (serials.isEmpty()) {
			return error(409, "ENTITY_ERROR.RELATIONSHIP.REQUIRED", "A relationship is required.",
					"You must provide a value for the relationship 'devices' with this request.");
		}
		String failure = serials.stream()
			.map(this.failingSerials::remove)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		Activity activity = new Activity(UUID.randomUUID().toString(), type, server, serials, this.now.get(), failure);
		this.activities.put(activity.id, activity);
		return new Answer(201, JSON.writeValueAsString(Map.of("data", activity(activity))));
	}

	private void complete(Activity activity) {
		activity.completed = this.now.get();
		if (activity.failure != null) {
			return;
		}
		for (String serial : activity.serials) {
			Device device = this.devices.get(serial);
			if (device == null) {
				continue;
			}
			switch (activity.type) {
				case "ASSIGN_DEVICES" -> this.devices.put(serial,
						new Device(serial, device.productFamily(), device.model(), activity.server));
				case "UNASSIGN_DEVICES" ->
					this.devices.put(serial, new Device(serial, device.productFamily(), device.model(), null));
				case "RELEASE_DEVICES" -> this.devices.remove(serial);
				default -> throw new IllegalStateException(activity.type);
			}
		}
	}

	private Map<String, Object> activity(Activity activity) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		boolean done = activity.completed != null;
		boolean failed = done && activity.failure != null;
		boolean unknownDevice = done && activity.serials.stream().anyMatch(s -> !this.devices.containsKey(s))
				&& !activity.type.equals("RELEASE_DEVICES");
		attributes.put("status", !done ? "IN_PROGRESS" : failed || unknownDevice ? "FAILED" : "COMPLETED");
		attributes.put("subStatus",
				!done ? "SUBMITTED" : failed || unknownDevice ? "COMPLETED_WITH_FAILURE" : "COMPLETED_WITH_SUCCESS");
		attributes.put("activityType", activity.type);
		attributes.put("createdDateTime", activity.created.toString());
		if (done) {
			attributes.put("completedDateTime", activity.completed.toString());
			attributes.put("downloadUrl", apiBaseUrl() + "/logs/" + activity.id + ".csv");
		}
		if (failed) {
			attributes.put("failureReason", activity.failure);
		}
		return Map.of("type", "orgDeviceActivities", "id", activity.id, "attributes", attributes);
	}

	private static Map<String, Object> device(Device device) {
		return Map.of("type", "orgDevices", "id", device.serial(), "attributes",
				Map.of("serialNumber", device.serial(), "productFamily", device.productFamily(), "deviceModel",
						device.model(), "status", device.server() != null ? "ASSIGNED" : "UNASSIGNED"));
	}

	private boolean authorised(String header) {
		if (header == null || !header.startsWith("Bearer ")) {
			return false;
		}
		Instant expires = this.tokens.get(header.substring("Bearer ".length()));
		return expires != null && this.now.get().isBefore(expires);
	}

	// --- the token endpoint

	private Answer token(String body) {
		Map<String, String> form = form(body);
		if (!"client_credentials".equals(form.get("grant_type"))) {
			return oauthError("unsupported_grant_type", "grant_type must be client_credentials");
		}
		if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
			return oauthError("invalid_request", "client_assertion_type must be jwt-bearer");
		}
		ApiAccount account = form.get("client_id") != null ? this.accounts.get(form.get("client_id")) : null;
		if (account == null) {
			return oauthError("invalid_client", "Unknown client_id");
		}
		String refusal = assertionRefusal(account, form.get("client_assertion"));
		if (refusal != null) {
			return oauthError("invalid_client", refusal);
		}
		if (!SCOPE.equals(form.get("scope"))) {
			return oauthError("invalid_scope", "scope must be " + SCOPE);
		}
		String token = "abm-" + UUID.randomUUID();
		this.tokens.put(token, this.now.get().plus(Duration.ofHours(1)));
		this.tokensIssued.incrementAndGet();
		return new Answer(200, JSON.writeValueAsString(
				Map.of("access_token", token, "token_type", "Bearer", "expires_in", 3600, "scope", SCOPE)));
	}

	/** Why the client assertion is not accepted for this account, or null. */
	private String assertionRefusal(ApiAccount account, String assertion) {
		String[] parts = assertion != null ? assertion.split("\\.", -1) : new String[0];
		if (parts.length != 3) {
			return "client_assertion is not a signed JWT";
		}
		JsonNode header;
		JsonNode claims;
		try {
			header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
			claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
		}
		catch (RuntimeException ex) {
			return "client_assertion is not a JWT";
		}
		if (!"ES256".equals(header.path("alg").asString(""))) {
			return "client_assertion must be signed with ES256";
		}
		if (!account.keyId().equals(header.path("kid").asString(""))) {
			return "kid does not name the key of this client";
		}
		if (!verifies(account.publicKey(), parts[0] + "." + parts[1], parts[2])) {
			return "client_assertion signature is invalid";
		}
		long now = this.now.get().getEpochSecond();
		if (!account.clientId().equals(claims.path("iss").asString(""))
				|| !account.clientId().equals(claims.path("sub").asString(""))) {
			return "iss and sub must be the client id";
		}
		if (!AUDIENCE.equals(claims.path("aud").asString(""))) {
			return "aud must be " + AUDIENCE;
		}
		long iat = claims.path("iat").asLong(0);
		long exp = claims.path("exp").asLong(0);
		if (iat == 0 || iat > now + 60) {
			return "iat is missing or in the future";
		}
		if (exp <= now) {
			return "client_assertion has expired";
		}
		if (exp - iat > Duration.ofDays(180).toSeconds()) {
			return "exp may be at most 180 days after iat";
		}
		String jti = claims.path("jti").asString("");
		if (jti.isEmpty() || !this.usedJtis.add(jti)) {
			return "jti is missing or was used before";
		}
		return null;
	}

	/** An ES256 JWS signature (R and S, 32 bytes each) checked with the JDK. */
	private static boolean verifies(PublicKey key, String signed, String signature) {
		try {
			byte[] raw = Base64.getUrlDecoder().decode(signature);
			if (raw.length != 64) {
				return false;
			}
			Signature verifier = Signature.getInstance("SHA256withECDSA");
			verifier.initVerify(key);
			verifier.update(signed.getBytes(StandardCharsets.US_ASCII));
			return verifier.verify(der(raw));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static byte[] der(byte[] raw) {
		byte[] r = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 0, 32)).toByteArray();
		byte[] s = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 32, 64)).toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0x30);
		out.write(4 + r.length + s.length);
		out.write(0x02);
		out.write(r.length);
		out.writeBytes(r);
		out.write(0x02);
		out.write(s.length);
		out.writeBytes(s);
		return out.toByteArray();
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	private static Answer oauthError(String error, String description) {
		return new Answer(400, JSON.writeValueAsString(Map.of("error", error, "error_description", description)));
	}

	/**
	 * Seconds until the next API request is allowed, or 0 when this one is (and is
	 * counted).
	 */
	private synchronized long overRateLimit() {
		if (this.rateLimit <= 0) {
			return 0;
		}
		Instant now = Instant.now();
		while (!this.recentCalls.isEmpty() && !this.recentCalls.peekFirst().plus(this.rateWindow).isAfter(now)) {
			this.recentCalls.removeFirst();
		}
		if (this.recentCalls.size() < this.rateLimit) {
			this.recentCalls.addLast(now);
			return 0;
		}
		long millis = Duration.between(now, this.recentCalls.peekFirst().plus(this.rateWindow)).toMillis();
		return Math.max(1, (millis + 999) / 1000);
	}

	/** An error as Apple's documentation lists it for the status. */
	private static Answer documented(int status) {
		return switch (status) {
			case 400 -> error(400, "PARAMETER_ERROR.INVALID", "A parameter has an invalid value.", "Injected failure");
			case 403 -> error(403, "FORBIDDEN_ERROR", "This request is forbidden for security reasons.",
					"The API account does not allow this request.");
			case 404 -> error(404, "NOT_FOUND", "The specified resource does not exist.", "Injected failure");
			case 409 -> error(409, "ENTITY_ERROR", "The request entity failed validation.", "Injected failure");
			case 429 -> error(429, "RATE_LIMIT_EXCEEDED", "The request rate limit has been reached.",
					"We've received too many requests for this API. Please wait and try again.");
			default -> error(status, "UNEXPECTED_ERROR", "An unexpected error occurred.", "Injected failure");
		};
	}

	private static Answer notFound(String type, String id) {
		return error(404, "NOT_FOUND", "The specified resource does not exist.",
				"There is no resource of type '" + type + "' with id '" + id + "'.");
	}

	private static Answer error(int status, String code, String title, String detail) {
		ObjectNode root = JSON.createObjectNode();
		ArrayNode errors = root.putArray("errors");
		errors.addObject()
			.put("id", UUID.randomUUID().toString())
			.put("status", String.valueOf(status))
			.put("code", code)
			.put("title", title)
			.put("detail", detail);
		return new Answer(status, JSON.writeValueAsString(root));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
