package io.handover.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Nmbrs' identity service and REST API on loopback, as Nmbrs documents them (the
 * developer portal's getting-started guides, the REST reference's personal info shape)
 * and as integrations read them: a refresh-token grant that answers a new refresh token
 * and retires the one spent ({@code 400 {"error": "invalid_grant"}} for a spent or
 * unknown one), then {@code GET /api/companies/{companyId}/employees/personalinfo|
 * employments|functions} with the bearer token and {@code X-Subscription-Key}, paged with
 * {@code pageNumber}/{@code pageSize} and answered as {@code {"data": [{"employeeId",
 * "<list>": [...]}], "pagination": {"pageNumber", "pageSize", "totalPages",
 * "totalItems"}}}. Errors: the API gateway's {@code {"statusCode", "message"}} for a
 * missing subscription key and its 429 with Retry-After, the API's problem details
 * ({@code type}, {@code title}, {@code status}, {@code detail}) for a refused token or an
 * unknown company. Faults on a given page are planned by tests.
 */
public final class NmbrsEmulator implements AutoCloseable {

	public static final String CLIENT_ID = "handover-nmbrs-app";

	public static final String CLIENT_SECRET = "nm-secret-4Fv8-Qz1w";

	public static final String SUBSCRIPTION_KEY = "0f4c2b6e9d8a4c1b9e7f3a2d5c6b8e90";

	public static final String COMPANY_ID = "6d4ed88e-7044-42b8-b5f1-606f27873f14";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final int MAX_PAGE_SIZE = 100;

	private final HttpServer server;

	private final Clock clock;

	/** Per list, per employee id, that employee's records. */
	private final Map<String, Map<String, List<Map<String, Object>>>> lists = new ConcurrentHashMap<>();

	private final Map<String, String> employeeIdByNumber = new ConcurrentHashMap<>();

	private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();

	private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();

	private final AtomicInteger issued = new AtomicInteger();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final PlannedFaults faults = new PlannedFaults();

	public NmbrsEmulator(Clock clock) {
		this.clock = clock;
		for (String list : List.of("personalinfo", "employments", "functions")) {
			this.lists.put(list, new ConcurrentHashMap<>());
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

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public String tokenUrl() {
		return baseUrl() + "/connect/token";
	}

	/**
	 * Someone with Nmbrs rights approves Handover: the refresh token of that approval.
	 */
	public String approve() {
		String token = "nm-refresh-" + this.issued.incrementAndGet();
		this.refreshTokens.add(token);
		return token;
	}

	/** Nmbrs forgets every access token (they are refused from now on). */
	public void revokeAccessTokens() {
		this.accessTokens.clear();
	}

	/** An employee with personal info, an employment and a function, created now. */
	public void employ(int employeeNumber, String firstName, String prefix, String lastName, String businessEmail,
			String functionCode, String functionDescription, LocalDate start, LocalDate end) {
		String employeeId = UUID.nameUUIDFromBytes(("employee-" + employeeNumber).getBytes(StandardCharsets.UTF_8))
			.toString();
		this.employeeIdByNumber.put(String.valueOf(employeeNumber), employeeId);
		Map<String, Object> basic = new LinkedHashMap<>();
		basic.put("employeeNumber", employeeNumber);
		basic.put("firstName", firstName);
		basic.put("prefix", prefix);
		basic.put("initials", firstName.charAt(0) + ".");
		basic.put("lastName", lastName);
		basic.put("employeeType", "payroll");
		Map<String, Object> contact = new LinkedHashMap<>();
		contact.put("businessEmail", businessEmail);
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("personalInfoId", UUID.randomUUID().toString());
		info.put("basicInfo", basic);
		info.put("contactInfo", contact);
		info.put("period", period(start));
		info.put("createdAt", this.clock.instant().toString());
		add("personalinfo", employeeId, info);
		Map<String, Object> employment = new LinkedHashMap<>();
		employment.put("employmentId", UUID.randomUUID().toString());
		employment.put("startDate", start.toString());
		employment.put("endDate", end != null ? end.toString() : null);
		employment.put("createdAt", this.clock.instant().toString());
		add("employments", employeeId, employment);
		function(employeeNumber, functionCode, functionDescription, start);
	}

	/** A new function from a period on (Nmbrs adds a record; the old one stays). */
	public void function(int employeeNumber, String code, String description, LocalDate from) {
		Map<String, Object> function = new LinkedHashMap<>();
		function.put("functionId", UUID.randomUUID().toString());
		function.put("function", new LinkedHashMap<>(Map.of("code", code, "description", description)));
		function.put("period", period(from));
		function.put("createdAt", this.clock.instant().toString());
		add("functions", id(employeeNumber), function);
	}

	/** HR moves the start date of the employee's employment (in place). */
	public void moveStart(int employeeNumber, LocalDate start) {
		this.lists.get("employments").get(id(employeeNumber)).get(0).put("startDate", start.toString());
	}

	/** HR sets or moves the end date of the employee's employment (in place). */
	public void endEmployment(int employeeNumber, LocalDate end) {
		this.lists.get("employments").get(id(employeeNumber)).get(0).put("endDate", end.toString());
	}

	/** Answers the given page of a list (1-based; 0: the next) with this status once. */
	public void fail(String list, int page, int status, Integer retryAfterSeconds) {
		this.faults.plan(new PlannedFaults.Fault(list, page, status, retryAfterSeconds, null));
	}

	/** Answers the given page of a list with this body once. */
	public void garble(String list, int page, String body) {
		this.faults.plan(new PlannedFaults.Fault(list, page, 200, null, body));
	}

	public List<String> requests() {
		return List.copyOf(this.requests);
	}

	private String id(int employeeNumber) {
		String id = this.employeeIdByNumber.get(String.valueOf(employeeNumber));
		if (id == null) {
			throw new IllegalArgumentException("no employee " + employeeNumber);
		}
		return id;
	}

	private void add(String list, String employeeId, Map<String, Object> record) {
		this.lists.get(list).computeIfAbsent(employeeId, id -> new CopyOnWriteArrayList<>()).add(record);
	}

	private static Map<String, Object> period(LocalDate day) {
		return new LinkedHashMap<>(Map.of("year", day.getYear(), "period", day.getMonthValue()));
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath();
		String rawQuery = exchange.getRequestURI().getRawQuery();
		this.requests.add(exchange.getRequestMethod() + " " + path + (rawQuery != null ? "?" + rawQuery : ""));
		if (path.equals("/connect/token")) {
			token(exchange);
			return;
		}
		if (!SUBSCRIPTION_KEY.equals(exchange.getRequestHeaders().getFirst("X-Subscription-Key"))) {
			respond(exchange, 401, "{\"statusCode\":401,\"message\":\"Access denied due to invalid subscription key. "
					+ "Make sure to provide a valid key for an active subscription.\"}", null);
			return;
		}
		String auth = exchange.getRequestHeaders().getFirst("Authorization");
		if (auth == null || !auth.startsWith("Bearer ") || !this.accessTokens.contains(auth.substring(7))) {
			respond(exchange, 401, problem(401, "Unauthorized", "The access token is missing, expired or invalid."),
					null);
			return;
		}
		String prefix = "/api/companies/" + COMPANY_ID + "/employees/";
		if (!path.startsWith("/api/companies/")) {
			respond(exchange, 404, problem(404, "Not Found", "No such resource."), null);
			return;
		}
		if (!path.startsWith(prefix)) {
			respond(exchange, 404,
					problem(404, "Company not found", "The company does not exist or you have no " + "access to it."),
					null);
			return;
		}
		String name = path.substring(prefix.length());
		Map<String, List<Map<String, Object>>> list = this.lists.get(name);
		if (list == null || !"GET".equals(exchange.getRequestMethod())) {
			respond(exchange, 404, problem(404, "Not Found", "No such resource."), null);
			return;
		}
		Map<String, String> query = query(rawQuery);
		int pageNumber = Integer.parseInt(query.getOrDefault("pageNumber", "1"));
		int pageSize = Integer.parseInt(query.getOrDefault("pageSize", "100"));
		if (pageNumber < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			respond(exchange, 400, problem(400, "Bad Request",
					"pageNumber starts at 1 and pageSize is between 1 and " + MAX_PAGE_SIZE + "."), null);
			return;
		}
		PlannedFaults.Fault fault = this.faults.take(name, pageNumber);
		if (fault != null) {
			String body = fault.body() != null ? fault.body()
					: fault.status() == 429
							? "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in "
									+ fault.retryAfterSeconds() + " seconds.\"}"
							: problem(fault.status(), "Service Unavailable", "Please try again later.");
			respond(exchange, fault.status(), body, fault.retryAfterSeconds());
			return;
		}
		List<String> employees = new ArrayList<>(list.keySet());
		employees.sort(String::compareTo);
		int totalPages = Math.max(1, (employees.size() + pageSize - 1) / pageSize);
		List<Map<String, Object>> data = new ArrayList<>();
		for (String employeeId : employees.subList(Math.min((pageNumber - 1) * pageSize, employees.size()),
				Math.min(pageNumber * pageSize, employees.size()))) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("employeeId", employeeId);
			item.put(name.equals("personalinfo") ? "personalInfos" : name, list.get(employeeId));
			data.add(item);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("data", data);
		answer.put("pagination", Map.of("pageNumber", pageNumber, "pageSize", pageSize, "totalPages", totalPages,
				"totalItems", employees.size()));
		respond(exchange, 200, JSON.writeValueAsString(answer), null);
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
			respond(exchange, 400, "{\"error\":\"invalid_client\"}", null);
		}
		else if (!"refresh_token".equals(form.get("grant_type"))) {
			respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}", null);
		}
		else if (!this.refreshTokens.remove(String.valueOf(form.get("refresh_token")))) {
			respond(exchange, 400, "{\"error\":\"invalid_grant\"}", null);
		}
		else {
			String access = "nm-access-" + this.issued.incrementAndGet();
			String refresh = approve();
			this.accessTokens.add(access);
			respond(exchange, 200,
					"{\"access_token\":\"" + access + "\",\"expires_in\":3600,\"token_type\":\"Bearer\","
							+ "\"refresh_token\":\"" + refresh
							+ "\",\"scope\":\"employee.info.read employee.employment.read " + "offline_access\"}",
					null);
		}
	}

	private static String problem(int status, String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://developer.nmbrs.com/docs/errors");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		return JSON.writeValueAsString(problem);
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
