package io.handover.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * AFAS Profit's REST services on loopback, as AFAS documents them (help.afas.nl,
 * "GetConnector (REST/JSON)", "REST API voor ontwikkelaars", "API-responses bij
 * connectoren", "XML-filter in GetConnector"): {@code GET
 * /ProfitRestServices/connectors/{id}} with
 * {@code Authorization: AfasToken <base64 of the
 * token XML>}, rows paged with {@code skip}/{@code take} and answered as
 * {@code {"skip":..,"take":..,"rows":[..]}}, sorted by {@code orderbyfieldids} ({@code -}
 * for descending), filtered by {@code filterfieldids}/{@code filtervalues}/
 * {@code operatortypes} (1 =, 2 >=, 3 <=, 4 >, 5 <, 6 contains, 7 ≠, 8 empty, 9 not
 * empty), errors as {@code {"externalMessage","profitLogReference"}}: 401 for a token it
 * does not know, 404 for a connector the App Connector does not hold, 500
 * {@code "Connector-veld '...' niet gevonden"} for a filter or sort on a field the
 * connector does not have (AFASSoftware/OASContent, "Fouten verhelpen": 500 is a refusal
 * of the request's content, 503 the service being unavailable). Dates come as midnight
 * date-times, the audit field "changed on" in Profit's local time. AFAS documents no rate
 * limit; the 429 with Retry-After is a fault tests plan, like a 5xx on a given page.
 */
public final class AfasEmulator implements AutoCloseable {

	/** The data part of the App Connector token the emulator accepts. */
	public static final String TOKEN_DATA = "A1F3C0DE5E7B9A2D4C6E8F0A1B3C5D7E9F1A3B5C7D9E1F3A5B7C9D1E3F5A7B9C";

	public static final String TOKEN = "<token><version>1</version><data>" + TOKEN_DATA + "</data></token>";

	public static final String CONNECTOR = "Handover_Employments";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final ZoneId PROFIT_ZONE = ZoneId.of("Europe/Amsterdam");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private final HttpServer server;

	private final Clock clock;

	private final List<Map<String, Object>> rows = new CopyOnWriteArrayList<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final PlannedFaults faults = new PlannedFaults();

	private volatile int logReference = 4711;

	public AfasEmulator(Clock clock) {
		this.clock = clock;
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

	/** The ProfitRestServices root to configure as {@code handover.hr.afas.base-url}. */
	public String servicesUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/ProfitRestServices";
	}

	/**
	 * Someone is employed: a row of the GetConnector with Profit's standard field names,
	 * changed now. Answers the row for further changes.
	 */
	public Map<String, Object> employ(String employeeId, String givenName, String prefix, String familyName,
			String email, String jobCode, String jobTitle, String managerId, LocalDate start, LocalDate end) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("Medewerker", employeeId);
		row.put("Roepnaam", givenName);
		row.put("Voorvoegsel", prefix);
		row.put("Achternaam", familyName);
		row.put("Email_werk", email);
		row.put("Functie_code", jobCode);
		row.put("Functie_omschrijving", jobTitle);
		row.put("Leidinggevende", managerId);
		row.put("Begindatum_contract", date(start));
		row.put("Einddatum_contract", date(end));
		row.put("Gewijzigd_op", now());
		this.rows.add(row);
		return row;
	}

	/** HR changes a field of an employee's row (e.g. the contract's end date) now. */
	public void change(String employeeId, String field, Object value) {
		Map<String, Object> row = this.rows.stream()
			.filter(r -> employeeId.equals(r.get("Medewerker")))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no employee " + employeeId));
		row.put(field, value instanceof LocalDate day ? date(day) : value);
		row.put("Gewijzigd_op", now());
	}

	/**
	 * Answers the given page of the connector (1-based; 0: the next) with this fault
	 * once.
	 */
	public void fail(int page, int status, Integer retryAfterSeconds) {
		this.faults.plan(new PlannedFaults.Fault(null, page, status, retryAfterSeconds, null));
	}

	/** Answers the given page with a body that is not what AFAS documents, once. */
	public void garble(int page, String body) {
		this.faults.plan(new PlannedFaults.Fault(null, page, 200, null, body));
	}

	/** Answers the given page with this status and body once. */
	public void answer(int page, int status, String body) {
		this.faults.plan(new PlannedFaults.Fault(null, page, status, null, body));
	}

	/** Every request, as {@code GET /path?query}, oldest first. */
	public List<String> requests() {
		return List.copyOf(this.requests);
	}

	private String now() {
		return LocalDateTime.ofInstant(this.clock.instant(), PROFIT_ZONE).format(LOCAL);
	}

	private static String date(LocalDate day) {
		return day != null ? day + "T00:00:00Z" : null;
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getRawPath();
		String rawQuery = exchange.getRequestURI().getRawQuery();
		this.requests.add(exchange.getRequestMethod() + " " + path + (rawQuery != null ? "?" + rawQuery : ""));
		Map<String, String> query = query(rawQuery);
		String expected = "AfasToken " + Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			error(exchange, 401, "");
			return;
		}
		String prefix = "/ProfitRestServices/connectors/";
		if (!"GET".equals(exchange.getRequestMethod()) || !path.startsWith(prefix)) {
			error(exchange, 400, "Onbekende aanroep");
			return;
		}
		String connector = URLDecoder.decode(path.substring(prefix.length()), StandardCharsets.UTF_8);
		if (!CONNECTOR.equals(connector)) {
			error(exchange, 404, "GetConnector " + connector + " is niet gekoppeld aan de App Connector");
			return;
		}
		int skip = Integer.parseInt(query.getOrDefault("skip", "0"));
		int take = Integer.parseInt(query.getOrDefault("take", "100"));
		PlannedFaults.Fault fault = this.faults.take(null, take > 0 ? skip / take + 1 : 1);
		if (fault != null) {
			if (fault.body() != null) {
				respond(exchange, fault.status(), fault.body(), null);
			}
			else {
				respond(exchange, fault.status(),
						fault.status() == 429 ? "" : body("Er is een onverwachte fout opgetreden"),
						fault.retryAfterSeconds());
			}
			return;
		}
		List<Map<String, Object>> selected;
		try {
			selected = filtered(query);
			String orderBy = query.get("orderbyfieldids");
			if (orderBy != null && !orderBy.isBlank()) {
				for (String field : orderBy.split(",")) {
					refuseUnknown(field.startsWith("-") ? field.substring(1) : field);
				}
			}
		}
		catch (IllegalArgumentException ex) {
			error(exchange, 500, ex.getMessage());
			return;
		}
		sort(selected, query.get("orderbyfieldids"));
		List<Map<String, Object>> page = selected.subList(Math.min(skip, selected.size()),
				Math.min(skip + take, selected.size()));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("skip", skip);
		answer.put("take", take);
		answer.put("rows", page);
		respond(exchange, 200, JSON.writeValueAsString(answer), null);
	}

	private List<Map<String, Object>> filtered(Map<String, String> query) {
		List<Map<String, Object>> selected = new ArrayList<>(this.rows);
		if (!query.containsKey("filterfieldids")) {
			return selected;
		}
		String[] fields = query.get("filterfieldids").split(",", -1);
		String[] values = query.getOrDefault("filtervalues", "").split(",", -1);
		String[] operators = query.getOrDefault("operatortypes", "").split(",", -1);
		if (values.length != fields.length || operators.length != fields.length) {
			throw new IllegalArgumentException("Het aantal filtervelden, filterwaarden en operatoren verschilt");
		}
		for (int i = 0; i < fields.length; i++) {
			String field = fields[i];
			refuseUnknown(field);
			String value = values[i];
			int operator = Integer.parseInt(operators[i]);
			selected.removeIf(row -> !matches(row.get(field), operator, value));
		}
		return selected;
	}

	/**
	 * A filter or sort on a field the GetConnector does not have: Profit's 500 with
	 * "Connector-veld '...' niet gevonden" (AFAS's "Fouten verhelpen",
	 * GetConnector-fouten).
	 */
	private void refuseUnknown(String field) {
		if (this.rows.stream().findFirst().map(r -> !r.containsKey(field)).orElse(false)) {
			throw new IllegalArgumentException("Connector-veld '" + field + "' niet gevonden");
		}
	}

	private static boolean matches(Object field, int operator, String value) {
		String text = field == null ? "" : field.toString();
		// Dates and date-times compare as text in ISO order; AFAS compares values.
		String comparable = text.endsWith("T00:00:00Z") && !value.contains("T") ? text.substring(0, 10) : text;
		int order = comparable.compareTo(value);
		return switch (operator) {
			case 1 -> order == 0;
			case 2 -> !text.isEmpty() && order >= 0;
			case 3 -> !text.isEmpty() && order <= 0;
			case 4 -> !text.isEmpty() && order > 0;
			case 5 -> !text.isEmpty() && order < 0;
			case 6 -> text.contains(value.replace("%", ""));
			case 7 -> order != 0;
			case 8 -> text.isEmpty();
			case 9 -> !text.isEmpty();
			default -> throw new IllegalArgumentException("Onbekend operatortype " + operator);
		};
	}

	private static void sort(List<Map<String, Object>> rows, String orderBy) {
		if (orderBy == null || orderBy.isBlank()) {
			return;
		}
		Comparator<Map<String, Object>> order = null;
		for (String field : orderBy.split(",")) {
			boolean descending = field.startsWith("-");
			String name = descending ? field.substring(1) : field;
			Comparator<Map<String, Object>> byField = Comparator
				.comparing((Map<String, Object> row) -> String.valueOf(row.getOrDefault(name, "")));
			byField = descending ? byField.reversed() : byField;
			order = order == null ? byField : order.thenComparing(byField);
		}
		rows.sort(order);
	}

	private void error(HttpExchange exchange, int status, String message) throws IOException {
		respond(exchange, status, body(message), null);
	}

	private String body(String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("externalMessage", message);
		if (!message.isEmpty()) {
			// Profit uses a few general numbers; they do not tell errors apart
			error.put("errorNumber", -2147180999);
		}
		error.put("profitLogReference", message.isEmpty() ? "" : "LOG-" + (this.logReference++));
		return JSON.writeValueAsString(error);
	}

	private static void respond(HttpExchange exchange, int status, String body, Integer retryAfter) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		if (retryAfter != null) {
			exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfter));
		}
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	private static Map<String, String> query(String rawQuery) {
		Map<String, String> query = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return query;
		}
		Arrays.stream(rawQuery.split("&"))
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
