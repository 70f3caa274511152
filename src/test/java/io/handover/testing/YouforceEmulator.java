package io.handover.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Visma Connect's token endpoint and YouForce's IAM API on loopback, as Visma documents
 * them (community.visma.com "IAM other endpoints", the IAM data mapping, "API Status &
 * Policy"; the shapes the open-source HelloID Raet IAM source connector reads): a
 * client-credentials token for {@code client_id}, {@code client_secret} and
 * {@code tenant_id} ({@code 400 {"error": "invalid_client"}} otherwise), then
 * {@code GET /iam/v1.0/persons|employments|jobProfiles|roleAssignments} with the bearer
 * token and {@code x-raet-tenant-id}, answered as {@code {"value": [...], "nextLink":
 * ...}} paged with {@code take}/{@code skip}, filtered on the UTC {@code from}/{@code to}
 * window of the last change (and employments on {@code personCode}), properties without a
 * value left out, "still employed" as a discharge date of 9999-12-31. The API gateway's
 * errors are {@code {"fault": {"faultstring", "detail": {"errorcode"}}}}: 401 for a token
 * it does not know, 429 for the spike arrest (100 calls a minute, enforced when a test
 * turns it on); a 429 with Retry-After and a 5xx on a given page are planned by tests.
 */
public final class YouforceEmulator implements AutoCloseable {

	public static final String CLIENT_ID = "handover-youforce-client";

	public static final String CLIENT_SECRET = "yf-secret-9Qk2-Lm7p";

	public static final String TENANT_ID = "1234567";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final int MAX_TAKE = 1000;

	private final HttpServer server;

	private final Clock clock;

	private final Map<String, List<Item>> lists = new ConcurrentHashMap<>();

	private final Set<String> tokens = ConcurrentHashMap.newKeySet();

	private final AtomicInteger issued = new AtomicInteger();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final PlannedFaults faults = new PlannedFaults();

	private volatile int tokenLifetimeSeconds = 3600;

	/** The gateway's spike arrest: API calls allowed per minute; 0: none. */
	private volatile int spikeArrestPerMinute;

	private final List<Instant> apiCalls = new CopyOnWriteArrayList<>();

	/** One record of a list and when it last changed (the IAM API does not show it). */
	private record Item(Map<String, Object> data, Instant[] changed) {
	}

	public YouforceEmulator(Clock clock) {
		this.clock = clock;
		for (String list : List.of("persons", "employments", "jobProfiles", "roleAssignments")) {
			this.lists.put(list, new CopyOnWriteArrayList<>());
		}
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

	/** The API host to configure as {@code handover.hr.youforce.base-url}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The token endpoint to configure as {@code handover.hr.youforce.token-url}. */
	public String tokenUrl() {
		return baseUrl() + "/connect/token";
	}

	/** A person in the HR core, with a business e-mail address when given. */
	public void person(String personCode, String knownAs, String lastNamePrefix, String lastName,
			String businessEmail) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("id", "P" + personCode);
		person.put("personCode", personCode);
		person.put("knownAs", knownAs);
		person.put("firstNames", knownAs);
		person.put("lastName", lastName);
		person.put("lastNamePrefix", lastNamePrefix);
		person.put("lastNameAtBirth", lastName);
		person.put("lastNameAtBirthPrefix", lastNamePrefix);
		if (businessEmail != null) {
			person.put("emailAddresses", List.of(Map.of("type", "Business", "address", businessEmail)));
		}
		person.put("validFrom", "2000-01-01");
		person.put("validUntil", "9999-12-31");
		add("persons", person);
	}

	/** An employment (dienstverband) of a person; no discharge date: still employed. */
	public void employment(String personCode, String employmentCode, LocalDate hireDate, LocalDate dischargeDate,
			String jobProfileId) {
		Map<String, Object> employment = new LinkedHashMap<>();
		employment.put("id", "E" + personCode + "-" + employmentCode);
		employment.put("personCode", personCode);
		employment.put("personId", "P" + personCode);
		employment.put("employmentCode", employmentCode);
		employment.put("hireDate", hireDate.toString());
		employment.put("dischargeDate", dischargeDate != null ? dischargeDate.toString() : "9999-12-31");
		employment.put("jobProfile", jobProfileId);
		employment.put("organizationUnit", "OU-100");
		add("employments", employment);
	}

	public void jobProfile(String id, String shortName, String fullName) {
		add("jobProfiles", new LinkedHashMap<>(Map.of("id", id, "shortName", shortName, "fullName", fullName)));
	}

	/**
	 * A role on an organisation unit (the IAM API's roleAssignments: the manager role's
	 * short name is MGR); no end date: open-ended.
	 */
	public void roleAssignment(String personCode, String organizationUnit, String shortName, LocalDate startDate,
			LocalDate endDate) {
		Map<String, Object> assignment = new LinkedHashMap<>();
		assignment.put("id", "RA" + personCode + "-" + organizationUnit + "-" + shortName);
		assignment.put("personCode", personCode);
		assignment.put("personId", "P" + personCode);
		assignment.put("organizationUnit", organizationUnit);
		assignment.put("shortName", shortName);
		assignment.put("startDate", startDate.toString());
		assignment.put("endDate", endDate != null ? endDate.toString() : "9999-12-31");
		add("roleAssignments", assignment);
	}

	/** HR changes a field of a person's employment now (e.g. the discharge date). */
	public void changeEmployment(String personCode, String field, Object value) {
		change("employments", personCode, field, value);
	}

	/**
	 * HR changes a field of a person's role assignment now (e.g. its end date); their
	 * first, when they hold several.
	 */
	public void changeRoleAssignment(String personCode, String field, Object value) {
		change("roleAssignments", personCode, field, value);
	}

	/** HR changes a field of a person now (e.g. their last name). */
	public void changePerson(String personCode, String field, Object value) {
		change("persons", personCode, field, value);
	}

	/** Answers the given page of a list (1-based; 0: the next) with this status once. */
	public void fail(String list, int page, int status, Integer retryAfterSeconds) {
		this.faults.plan(new PlannedFaults.Fault(list, page, status, retryAfterSeconds, null));
	}

	/** Answers the given page of a list with this body once. */
	public void garble(String list, int page, String body) {
		this.faults.plan(new PlannedFaults.Fault(list, page, 200, null, body));
	}

	/** Visma forgets every token it issued (they are refused from now on). */
	public void revokeTokens() {
		this.tokens.clear();
	}

	public int tokensIssued() {
		return this.issued.get();
	}

	/** Every request, as {@code METHOD /path?query}, oldest first. */
	public List<String> requests() {
		return List.copyOf(this.requests);
	}

	private void add(String list, Map<String, Object> record) {
		this.lists.get(list).add(new Item(record, new Instant[] { this.clock.instant() }));
	}

	private void change(String list, String personCode, String field, Object value) {
		Item item = this.lists.get(list)
			.stream()
			.filter(i -> personCode.equals(i.data().get("personCode")))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no " + list + " of " + personCode));
		item.data().put(field, value instanceof LocalDate day ? day.toString() : value);
		item.changed()[0] = this.clock.instant();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath();
		String rawQuery = exchange.getRequestURI().getRawQuery();
		this.requests.add(exchange.getRequestMethod() + " " + path + (rawQuery != null ? "?" + rawQuery : ""));
		if (path.equals("/connect/token")) {
			token(exchange);
			return;
		}
		String auth = exchange.getRequestHeaders().getFirst("Authorization");
		if (auth == null || !auth.startsWith("Bearer ") || !this.tokens.contains(auth.substring(7))) {
			respond(exchange, 401, fault("Invalid access token", "oauth.v2.InvalidAccessToken"), null);
			return;
		}
		if (!TENANT_ID.equals(exchange.getRequestHeaders().getFirst("x-raet-tenant-id"))) {
			respond(exchange, 403, "{\"message\":\"The application is not authorised for this tenant\"}", null);
			return;
		}
		if (spikeArrested()) {
			// Apigee's spike arrest names no Retry-After.
			respond(exchange, 429, fault("Spike arrest violation. Allowed rate : " + this.spikeArrestPerMinute + "pm",
					"policies.ratelimit.SpikeArrestViolation"), null);
			return;
		}
		String name = path.startsWith("/iam/v1.0/") ? path.substring("/iam/v1.0/".length()) : "";
		List<Item> list = this.lists.get(name);
		if (!"GET".equals(exchange.getRequestMethod()) || list == null) {
			respond(exchange, 404, "{\"message\":\"Resource not found\"}", null);
			return;
		}
		Map<String, String> query = query(rawQuery);
		int take = Integer.parseInt(query.getOrDefault("take", "100"));
		int skip = Integer.parseInt(query.getOrDefault("skip", "0"));
		if (take < 1 || take > MAX_TAKE) {
			respond(exchange, 400, "{\"message\":\"take must be between 1 and " + MAX_TAKE + "\"}", null);
			return;
		}
		PlannedFaults.Fault fault = this.faults.take(name, skip / take + 1);
		if (fault != null) {
			String body = fault.body() != null ? fault.body()
					: fault.status() == 429
							? fault("Spike arrest violation. Allowed rate : 100pm",
									"policies.ratelimit.SpikeArrestViolation")
							: fault("The service is temporarily unavailable",
									"messaging.adaptors.http.flow.ServiceUnavailable");
			respond(exchange, fault.status(), body, fault.retryAfterSeconds());
			return;
		}
		List<Map<String, Object>> selected = new ArrayList<>();
		try {
			Instant from = query.containsKey("from") ? Instant.parse(query.get("from")) : null;
			Instant to = query.containsKey("to") ? Instant.parse(query.get("to")) : null;
			for (Item item : list) {
				Instant changed = item.changed()[0];
				boolean inWindow = (from == null || !changed.isBefore(from)) && (to == null || !changed.isAfter(to));
				boolean ofPerson = !query.containsKey("personCode")
						|| query.get("personCode").equals(item.data().get("personCode"));
				if (inWindow && ofPerson) {
					selected.add(withoutEmptyValues(item.data()));
				}
			}
		}
		catch (java.time.format.DateTimeParseException ex) {
			respond(exchange, 400, "{\"message\":\"from and to are UTC date-times: YYYY-MM-DDTHH:MM:SS.sssZ\"}", null);
			return;
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("value", selected.subList(Math.min(skip, selected.size()), Math.min(skip + take, selected.size())));
		if (skip + take < selected.size()) {
			Map<String, String> next = new LinkedHashMap<>(query);
			next.put("skip", String.valueOf(skip + take));
			next.put("take", String.valueOf(take));
			StringBuilder link = new StringBuilder(baseUrl()).append(path).append('?');
			next.forEach((key, value) -> link.append(key)
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
				.append('&'));
			answer.put("nextLink", link.substring(0, link.length() - 1));
		}
		respond(exchange, 200, JSON.writeValueAsString(answer), null);
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		if (!"POST".equals(exchange.getRequestMethod())) {
			respond(exchange, 405, "{\"error\":\"invalid_request\"}", null);
		}
		else if (!"client_credentials".equals(form.get("grant_type"))) {
			respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}", null);
		}
		else if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
			respond(exchange, 400, "{\"error\":\"invalid_client\"}", null);
		}
		else if (!TENANT_ID.equals(form.get("tenant_id"))) {
			respond(exchange, 400,
					"{\"error\":\"invalid_grant\",\"error_description\":\"The client is not authorised for this tenant\"}",
					null);
		}
		else {
			String token = "yf-access-" + this.issued.incrementAndGet();
			this.tokens.add(token);
			respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":" + this.tokenLifetimeSeconds
					+ ",\"token_type\":\"Bearer\",\"scope\":\"youforce-api:iam\"}", null);
		}
	}

	/**
	 * Enforces the gateway's spike arrest (Visma documents 100 calls a minute per
	 * application) on the emulator's clock; 0 turns it off.
	 */
	public void spikeArrest(int callsPerMinute) {
		this.spikeArrestPerMinute = callsPerMinute;
		this.apiCalls.clear();
	}

	private synchronized boolean spikeArrested() {
		if (this.spikeArrestPerMinute == 0) {
			return false;
		}
		Instant now = this.clock.instant();
		this.apiCalls.removeIf(call -> call.isBefore(now.minusSeconds(60)));
		if (this.apiCalls.size() >= this.spikeArrestPerMinute) {
			return true;
		}
		this.apiCalls.add(now);
		return false;
	}

	/** How long the tokens it issues say they last. */
	public void tokenLifetime(int seconds) {
		this.tokenLifetimeSeconds = seconds;
	}

	private static Map<String, Object> withoutEmptyValues(Map<String, Object> record) {
		Map<String, Object> shown = new LinkedHashMap<>();
		record.forEach((key, value) -> {
			if (value != null) {
				shown.put(key, value);
			}
		});
		return shown;
	}

	private static String fault(String text, String code) {
		return JSON
			.writeValueAsString(Map.of("fault", Map.of("faultstring", text, "detail", Map.of("errorcode", code))));
	}

	private static void respond(HttpExchange exchange, int status, String body, Integer retryAfter) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		if (retryAfter != null) {
			exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter));
		}
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> query = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return query;
		}
		Arrays.stream(raw.split("&"))
			.map(pair -> pair.split("=", 2))
			.forEach(pair -> query.put(URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
		return query;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
