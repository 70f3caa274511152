package io.handover.hr.youforce;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.handover.hr.HrEmployment;
import io.handover.hr.HrSource;
import io.handover.hr.HrSourceFailure;
import io.handover.hr.SourceHttp;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Visma | Raet YouForce through the IAM API: a client-credentials token from Visma
 * Connect (with the tenant id), then {@code GET /iam/v1.0/persons}, {@code /employments},
 * {@code /jobProfiles} and {@code /roleAssignments} with the bearer token and
 * {@code x-raet-tenant-id}, each paged with {@code take} and followed along
 * {@code nextLink}. Changes come from the documented {@code from}/{@code to} filter: a
 * person whose name changed needs their employment, an employment that changed needs its
 * person, so the other list is read whole when one of them is missing. A person with
 * several employments is employed by the one hired last; the IAM API says "still
 * employed" with a discharge date of 9999-12-31. A person's manager is whoever holds the
 * manager role ({@code roleAssignments}, short name {@code MGR} unless configured
 * otherwise) on the organisation unit of their employment. A new manager changes no
 * person and no employment, so each read also asks which role assignments changed (and,
 * on the first read of a day, which manager roles began or ended since the last read's
 * day); everyone in a unit whose manager role changed is answered.
 */
final class YouforceHrConnector implements HrSource {

	static final String SYSTEM = "youforce";

	private static final String IAM = "/iam/v1.0/";

	private static final int MAX_PAGES = 20_000;

	private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter FILTER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final YouforceProperties properties;

	private final Clock clock;

	private final SourceHttp http;

	private String token;

	private Instant tokenExpires = Instant.MIN;

	YouforceHrConnector(YouforceProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.http = new SourceHttp("Visma YouForce", Duration.ofSeconds(20), clock);
	}

	@Override
	public String system() {
		return SYSTEM;
	}

	@Override
	public synchronized List<HrEmployment> changedSince(Instant since) throws HrSourceFailure {
		Map<String, String> window = new LinkedHashMap<>();
		if (since != null) {
			window.put("from", FILTER_TIME.format(since));
			window.put("to", FILTER_TIME.format(this.clock.instant()));
		}
		List<JsonNode> persons = list("persons", window);
		List<JsonNode> employments = list("employments", window);
		List<JsonNode> roleAssignments = null;
		if (since != null) {
			Set<String> personCodes = codes(persons);
			Set<String> employmentCodes = codes(employments);
			Set<String> wanted = union(personCodes, employmentCodes);
			// a new manager changes no person and no employment: the people of each unit
			// whose manager may have changed are read too
			LocalDate sinceDay = LocalDate.ofInstant(since, this.clock.getZone());
			Set<String> units = managerRoleChanged(list("roleAssignments", window), null, null);
			if (!sinceDay.equals(LocalDate.now(this.clock))) {
				// a day has turned: a manager's role may have begun or ended on its own
				roleAssignments = list("roleAssignments", Map.of());
				units.addAll(managerRoleChanged(roleAssignments, sinceDay, LocalDate.now(this.clock)));
			}
			List<JsonNode> allEmployments = null;
			if (!units.isEmpty()) {
				allEmployments = list("employments", Map.of());
				for (JsonNode employment : allEmployments) {
					String personCode = text(employment, "personCode");
					if (personCode != null && units.contains(text(employment, "organizationUnit"))) {
						wanted.add(personCode);
					}
				}
			}
			if (wanted.isEmpty()) {
				return List.of();
			}
			if (!personCodes.containsAll(wanted)) {
				persons = only(list("persons", Map.of()), wanted);
			}
			if (!employmentCodes.containsAll(wanted)) {
				employments = only(allEmployments != null ? allEmployments : list("employments", Map.of()), wanted);
			}
		}
		Map<String, JsonNode> jobs = employments.isEmpty() ? Map.of() : byId(list("jobProfiles", Map.of()));
		Map<String, String> managers = employments.isEmpty() ? Map.of()
				: managers(roleAssignments != null ? roleAssignments : list("roleAssignments", Map.of()));
		Map<String, JsonNode> personByCode = new HashMap<>();
		persons.forEach(person -> personByCode.put(person.path("personCode").asString(""), person));
		Map<String, HrEmployment> answer = new LinkedHashMap<>();
		for (JsonNode employment : employments) {
			HrEmployment mapped = map(employment, personByCode.get(employment.path("personCode").asString("")), jobs,
					managers);
			answer.merge(mapped.employeeId(), mapped,
					(kept, other) -> other.startDate().isAfter(kept.startDate()) ? other : kept);
		}
		return new ArrayList<>(answer.values());
	}

	/**
	 * The manager of each organisation unit: the person whose assignment of the manager
	 * role ({@code handover.hr.youforce.manager-role}) on it runs today. A unit with
	 * several gets the lowest person code, so every read names the same one.
	 */
	private Map<String, String> managers(List<JsonNode> roleAssignments) throws HrSourceFailure {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, String> managers = new HashMap<>();
		for (JsonNode assignment : roleAssignments) {
			String role = first(text(assignment, "shortName"), text(assignment, "role"));
			String unit = text(assignment, "organizationUnit");
			String personCode = text(assignment, "personCode");
			if (role == null || !role.equalsIgnoreCase(this.properties.managerRole()) || unit == null
					|| personCode == null) {
				continue;
			}
			LocalDate start = date(assignment, "startDate", personCode);
			LocalDate end = date(assignment, "endDate", personCode);
			if ((start != null && start.isAfter(today)) || (end != null && end.isBefore(today))) {
				continue;
			}
			managers.merge(unit, personCode, (kept, other) -> lower(other, kept) ? other : kept);
		}
		return managers;
	}

	/**
	 * The organisation units whose manager may differ now: those of the manager role's
	 * assignments given (changed in the window), or, with {@code from} and {@code to},
	 * those of the assignments that began after {@code from} and by {@code to} or ended
	 * on or after {@code from} and before {@code to} (a role runs from its start date
	 * through its end date).
	 */
	private Set<String> managerRoleChanged(List<JsonNode> roleAssignments, LocalDate from, LocalDate to)
			throws HrSourceFailure {
		Set<String> units = new HashSet<>();
		for (JsonNode assignment : roleAssignments) {
			String role = first(text(assignment, "shortName"), text(assignment, "role"));
			String unit = text(assignment, "organizationUnit");
			String personCode = text(assignment, "personCode");
			if (role == null || !role.equalsIgnoreCase(this.properties.managerRole()) || unit == null) {
				continue;
			}
			if (from == null) {
				units.add(unit);
				continue;
			}
			LocalDate start = date(assignment, "startDate", personCode);
			LocalDate end = date(assignment, "endDate", personCode);
			boolean began = start != null && start.isAfter(from) && !start.isAfter(to);
			boolean ended = end != null && !end.isBefore(from) && end.isBefore(to);
			if (began || ended) {
				units.add(unit);
			}
		}
		return units;
	}

	private static boolean lower(String a, String b) {
		if (a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit) && a.length() < 19
				&& b.length() < 19) {
			return Long.parseLong(a) < Long.parseLong(b);
		}
		return a.compareTo(b) < 0;
	}

	private HrEmployment map(JsonNode employment, JsonNode person, Map<String, JsonNode> jobs,
			Map<String, String> managers) throws HrSourceFailure {
		String personCode = text(employment, "personCode");
		if (personCode == null) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
					"Visma YouForce answered an employment without a personCode");
		}
		LocalDate hired = date(employment, "hireDate", personCode);
		if (hired == null) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
					"Visma YouForce answered an employment of person " + personCode + " without a hireDate");
		}
		LocalDate discharged = date(employment, "dischargeDate", personCode);
		JsonNode job = jobs.get(employment.path("jobProfile").asString(""));
		String jobCode = job != null ? text(job, "shortName") : text(employment, "jobProfile");
		String jobTitle = job != null ? text(job, "fullName") : null;
		String given = null;
		String family = null;
		String email = null;
		if (person != null) {
			given = first(text(person, "knownAs"), text(person, "firstNames"), text(person, "initials"));
			String last = first(text(person, "lastName"), text(person, "lastNameAtBirth"));
			String prefix = text(person, "lastName") != null ? text(person, "lastNamePrefix")
					: text(person, "lastNameAtBirthPrefix");
			family = prefix != null && last != null ? prefix + " " + last : last;
			for (JsonNode address : person.path("emailAddresses")) {
				if ("business".equalsIgnoreCase(address.path("type").asString(""))) {
					email = text(address, "address");
				}
			}
		}
		String manager = managers.get(String.valueOf(text(employment, "organizationUnit")));
		if (personCode.equals(manager)) {
			// the unit's own manager: their manager is not in this unit's assignments
			manager = null;
		}
		return new HrEmployment(SYSTEM, personCode, given, family, email, jobCode, jobTitle, manager, null, hired,
				OPEN_END.equals(discharged) ? null : discharged, null);
	}

	/** Every page of one IAM list, following {@code nextLink}. */
	private List<JsonNode> list(String name, Map<String, String> filter) throws HrSourceFailure {
		StringBuilder first = new StringBuilder(this.properties.baseUrl()).append(IAM)
			.append(name)
			.append("?take=")
			.append(this.properties.pageSize());
		filter.forEach((key, value) -> first.append('&')
			.append(key)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		List<JsonNode> records = new ArrayList<>();
		String next = first.toString();
		for (int page = 1; page <= MAX_PAGES && next != null; page++) {
			String what = "page " + page + " of " + name;
			JsonNode body = read(get(next, what), what);
			JsonNode value = body.has("value") ? body.path("value") : body.path("values");
			if (!value.isArray()) {
				throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
						"Visma YouForce answered " + what + " without a list of records");
			}
			value.forEach(records::add);
			String link = body.path("nextLink").asString("");
			next = link.isBlank() ? null : sameHost(link, what);
		}
		if (next != null) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
					"Visma YouForce kept linking to more pages of " + name + " after " + MAX_PAGES);
		}
		return records;
	}

	/** The bearer token goes only to the configured API host. */
	private String sameHost(String link, String what) throws HrSourceFailure {
		URI base = URI.create(this.properties.baseUrl());
		URI target = URI.create(link.startsWith("/") ? this.properties.baseUrl() + link : link);
		if (!base.getScheme().equalsIgnoreCase(String.valueOf(target.getScheme()))
				|| !base.getHost().equalsIgnoreCase(String.valueOf(target.getHost()))
				|| base.getPort() != target.getPort()) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
					"Visma YouForce pointed the page after " + what + " at another host: " + target.getHost());
		}
		return target.toString();
	}

	private String get(String url, String what) throws HrSourceFailure {
		boolean fresh = ensureToken();
		try {
			return this.http.send(request(url), what, YouforceHrConnector::errorText);
		}
		catch (HrSourceFailure failure) {
			// A token Visma revoked before it expired: one new token, one more try.
			if (failure.kind() != HrSourceFailure.Kind.AUTHENTICATION || fresh) {
				throw failure;
			}
			this.tokenExpires = Instant.MIN;
			ensureToken();
			return this.http.send(request(url), what, YouforceHrConnector::errorText);
		}
	}

	private HttpRequest request(String url) {
		return HttpRequest.newBuilder(URI.create(url))
			.timeout(this.properties.timeout())
			.header("Authorization", "Bearer " + this.token)
			.header("x-raet-tenant-id", this.properties.tenantId())
			.header("Accept", "application/json")
			.GET()
			.build();
	}

	/** Whether a new token was fetched for this call. */
	private boolean ensureToken() throws HrSourceFailure {
		if (this.token != null && this.clock.instant().isBefore(this.tokenExpires)) {
			return false;
		}
		String form = "grant_type=client_credentials&client_id=" + encode(this.properties.clientId())
				+ "&client_secret=" + encode(this.properties.clientSecret()) + "&tenant_id="
				+ encode(this.properties.tenantId());
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.properties.tokenUrl()))
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		String what = "a token from Visma Connect for client " + this.properties.clientId();
		JsonNode answer = read(this.http.requestToken(request, what), what);
		String accessToken = answer.path("access_token").asString("");
		if (accessToken.isBlank()) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED, "Visma Connect answered without a token");
		}
		this.token = accessToken;
		// A minute early, so a token never expires between two pages.
		this.tokenExpires = this.clock.instant().plusSeconds(Math.max(0, answer.path("expires_in").asLong(3600) - 60));
		return true;
	}

	private static JsonNode read(String body, String what) throws HrSourceFailure {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
					"Visma YouForce answered " + what + " with something that is not JSON", null, ex);
		}
	}

	/**
	 * The API gateway answers {@code {"fault": {"faultstring": ..., "detail":
	 * {"errorcode": ...}}}}; the IAM API itself {@code {"message": ...}}.
	 */
	static String errorText(String body) {
		JsonNode error = JSON.readTree(body);
		String fault = error.path("fault").path("faultstring").asString("");
		if (!fault.isBlank()) {
			String code = error.path("fault").path("detail").path("errorcode").asString("");
			return fault + (code.isBlank() ? "" : " (" + code + ")");
		}
		String message = error.path("message").asString("");
		return message.isBlank() ? null : message;
	}

	private static Set<String> codes(List<JsonNode> records) {
		Set<String> codes = new HashSet<>();
		records.forEach(record -> codes.add(record.path("personCode").asString("")));
		codes.remove("");
		return codes;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		return union;
	}

	private static List<JsonNode> only(List<JsonNode> records, Set<String> personCodes) {
		return records.stream().filter(record -> personCodes.contains(record.path("personCode").asString(""))).toList();
	}

	private static Map<String, JsonNode> byId(List<JsonNode> records) {
		Map<String, JsonNode> byId = new HashMap<>();
		records.forEach(record -> byId.putIfAbsent(record.path("id").asString(""), record));
		return byId;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || !value.isValueNode()) {
			return null;
		}
		String text = value.asString("").strip();
		return text.isEmpty() ? null : text;
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static LocalDate date(JsonNode node, String field, String personCode) throws HrSourceFailure {
		String text = text(node, field);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED, "Visma YouForce answered '" + text + "' as "
					+ field + " of person " + personCode + ", which is not a date", null, ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "YouforceHrConnector[" + this.properties.baseUrl() + ", tenant=" + this.properties.tenantId() + "]";
	}

}
