package io.handover.hr.nmbrs;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.handover.hr.HrEmployment;
import io.handover.hr.HrSource;
import io.handover.hr.HrSourceFailure;
import io.handover.hr.SourceHttp;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Nmbrs through its REST API: an access token from the identity service for the kept
 * refresh token (the new refresh token it answers is kept before anything else), then the
 * company's employees' personal info, employments and functions, each paged with
 * {@code pageNumber}/{@code pageSize} until {@code pagination.totalPages}, with the
 * bearer token and {@code X-Subscription-Key}. Nmbrs keeps history (a new personal info
 * or function record per change, dated by its period and {@code createdAt}), so an
 * employee's current state is their newest personal info, the employment that started
 * last and their newest function.
 */
final class NmbrsHrConnector implements HrSource {

	static final String SYSTEM = "nmbrs";

	private static final int MAX_PAGES = 20_000;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final NmbrsProperties properties;

	private final NmbrsRefreshTokens refreshTokens;

	private final Clock clock;

	private final SourceHttp http;

	private String accessToken;

	private Instant accessTokenExpires = Instant.MIN;

	NmbrsHrConnector(NmbrsProperties properties, NmbrsRefreshTokens refreshTokens, Clock clock) {
		this.properties = properties;
		this.refreshTokens = refreshTokens;
		this.clock = clock;
		this.http = new SourceHttp("Nmbrs", Duration.ofSeconds(20), clock);
	}

	@Override
	public String system() {
		return SYSTEM;
	}

	/**
	 * Everyone's current employment, whether or not a moment is given: Nmbrs dates only
	 * the creation of a record, and an end date set on an existing employment creates
	 * none, so "created since" would miss exactly the leavers. The sync compares the
	 * answer with what it saw last time.
	 */
	@Override
	public synchronized List<HrEmployment> changedSince(Instant since) throws HrSourceFailure {
		Map<String, List<JsonNode>> personal = list("personalinfo", "personalInfos");
		Map<String, List<JsonNode>> employments = list("employments", "employments");
		Map<String, List<JsonNode>> functions = list("functions", "functions");
		List<HrEmployment> answer = new ArrayList<>();
		for (Map.Entry<String, List<JsonNode>> employee : employments.entrySet()) {
			HrEmployment mapped = map(employee.getKey(), employee.getValue(),
					personal.getOrDefault(employee.getKey(), List.of()),
					functions.getOrDefault(employee.getKey(), List.of()));
			if (mapped != null) {
				answer.add(mapped);
			}
		}
		return answer;
	}

	private HrEmployment map(String employeeId, List<JsonNode> employments, List<JsonNode> personal,
			List<JsonNode> functions) throws HrSourceFailure {
		JsonNode employment = null;
		LocalDate start = null;
		for (JsonNode candidate : employments) {
			LocalDate candidateStart = date(candidate, "startDate", employeeId);
			if (candidateStart != null && (start == null || candidateStart.isAfter(start))) {
				employment = candidate;
				start = candidateStart;
			}
		}
		if (employment == null) {
			// Someone Nmbrs knows without an employment (an applicant) is not employed.
			return null;
		}
		JsonNode info = newest(personal, Comparator.comparing(node -> node.path("createdAt").asString("")));
		JsonNode function = newest(functions,
				Comparator.comparing((JsonNode node) -> node.path("period").path("year").asInt(0))
					.thenComparing(node -> node.path("period").path("period").asInt(0))
					.thenComparing(node -> node.path("createdAt").asString("")));
		JsonNode basic = info != null ? info.path("basicInfo") : MissingNode.getInstance();
		String number = text(basic, "employeeNumber");
		String given = text(basic, "firstName") != null ? text(basic, "firstName") : text(basic, "initials");
		String prefix = text(basic, "prefix");
		String last = text(basic, "lastName");
		JsonNode job = function != null ? function.path("function") : MissingNode.getInstance();
		return new HrEmployment(SYSTEM, number != null ? number : employeeId, given,
				prefix != null && last != null ? prefix + " " + last : last,
				info != null ? text(info.path("contactInfo"), "businessEmail") : null, text(job, "code"),
				text(job, "description"), null, null, start, date(employment, "endDate", employeeId),
				createdAt(employment));
	}

	private static JsonNode newest(List<JsonNode> records, Comparator<JsonNode> order) {
		return records.stream().max(order).orElse(null);
	}

	/**
	 * Every page of one company-wide list, by employee: {@code {"data": [{"employeeId":
	 * ..., "<field>": [...]}], "pagination": {"totalPages": ...}}}.
	 */
	private Map<String, List<JsonNode>> list(String path, String field) throws HrSourceFailure {
		Map<String, List<JsonNode>> byEmployee = new LinkedHashMap<>();
		int totalPages = 1;
		for (int page = 1; page <= totalPages; page++) {
			if (page > MAX_PAGES) {
				throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
						"Nmbrs announced more than " + MAX_PAGES + " pages of " + path);
			}
			String what = "page " + page + " of " + path;
			JsonNode body = read(get(this.properties.baseUrl() + "/api/companies/" + encode(this.properties.companyId())
					+ "/employees/" + path + "?pageNumber=" + page + "&pageSize=" + this.properties.pageSize(), what),
					what);
			JsonNode data = body.path("data");
			if (!data.isArray()) {
				throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
						"Nmbrs answered " + what + " without its data");
			}
			for (JsonNode employee : data) {
				String id = employee.path("employeeId").asString("");
				if (id.isBlank()) {
					throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
							"Nmbrs answered " + what + " with a record without an employeeId");
				}
				List<JsonNode> records = byEmployee.computeIfAbsent(id, key -> new ArrayList<>());
				employee.path(field).forEach(records::add);
			}
			totalPages = body.path("pagination").path("totalPages").asInt(1);
		}
		return byEmployee;
	}

	private String get(String url, String what) throws HrSourceFailure {
		boolean fresh = ensureToken();
		try {
			return this.http.send(request(url), what, NmbrsHrConnector::errorText);
		}
		catch (HrSourceFailure failure) {
			if (failure.kind() != HrSourceFailure.Kind.AUTHENTICATION || fresh) {
				throw failure;
			}
			this.accessTokenExpires = Instant.MIN;
			ensureToken();
			return this.http.send(request(url), what, NmbrsHrConnector::errorText);
		}
	}

	private HttpRequest request(String url) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(this.properties.timeout())
			.header("Authorization", "Bearer " + this.accessToken)
			.header("X-Subscription-Key", this.properties.subscriptionKey())
			.header("Accept", "application/json")
			.GET()
			.build();
	}

	/** Whether a new access token was fetched for this call. */
	private boolean ensureToken() throws HrSourceFailure {
		if (this.accessToken != null && this.clock.instant().isBefore(this.accessTokenExpires)) {
			return false;
		}
		String kept = this.refreshTokens.newest().orElse(null);
		String configured = this.properties.refreshToken().strip();
		JsonNode answer;
		try {
			answer = refresh(kept != null ? kept : configured);
		}
		catch (HrSourceFailure refused) {
			// Someone approved Handover again and configured the new refresh token.
			if (refused.kind() != HrSourceFailure.Kind.AUTHENTICATION || kept == null || kept.equals(configured)) {
				throw refused;
			}
			answer = refresh(configured);
		}
		String access = answer.path("access_token").asString("");
		String renewed = answer.path("refresh_token").asString("");
		if (access.isBlank()) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED, "Nmbrs' identity service answered no token");
		}
		if (!renewed.isBlank()) {
			// Kept before use: the refresh token just spent no longer works.
			this.refreshTokens.keep(renewed);
		}
		this.accessToken = access;
		this.accessTokenExpires = this.clock.instant()
			.plusSeconds(Math.max(0, answer.path("expires_in").asLong(3600) - 60));
		return true;
	}

	private JsonNode refresh(String refreshToken) throws HrSourceFailure {
		String form = "grant_type=refresh_token&refresh_token=" + encode(refreshToken) + "&client_id="
				+ encode(this.properties.clientId()) + "&client_secret=" + encode(this.properties.clientSecret());
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.properties.tokenUrl()))
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		String what = "a token from Nmbrs' identity service for client " + this.properties.clientId()
				+ " (a new approval in Nmbrs gives a new refresh token)";
		return read(this.http.requestToken(request, what), what);
	}

	private static JsonNode read(String body, String what) throws HrSourceFailure {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
					"Nmbrs answered " + what + " with something that is not JSON", null, ex);
		}
	}

	/**
	 * The API answers problem details ({@code title}, {@code detail}); its gateway
	 * {@code {"statusCode": ..., "message": ...}}.
	 */
	static String errorText(String body) {
		JsonNode error = JSON.readTree(body);
		String title = error.path("title").asString("");
		String detail = error.path("detail").asString("");
		if (!title.isBlank() || !detail.isBlank()) {
			return (title + (detail.isBlank() ? "" : ": " + detail)).strip();
		}
		String message = error.path("message").asString("");
		return message.isBlank() ? null : message;
	}

	private static Instant createdAt(JsonNode node) {
		String text = text(node, "createdAt");
		try {
			return text != null ? Instant.parse(text) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || !value.isValueNode()) {
			return null;
		}
		String text = value.asString("").strip();
		return text.isEmpty() ? null : text;
	}

	private static LocalDate date(JsonNode node, String field, String employeeId) throws HrSourceFailure {
		String text = text(node, field);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED, "Nmbrs answered '" + text + "' as " + field
					+ " of employee " + employeeId + ", which is not a date", null, ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "NmbrsHrConnector[" + this.properties.baseUrl() + ", company=" + this.properties.companyId() + "]";
	}

}
