package io.handover.hr.afas;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
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

/**
 * AFAS Profit through one GetConnector of employments: {@code GET
 * {services}/connectors/{id}?skip=&take=} with {@code Authorization: AfasToken <base64 of
 * the token XML>}, sorted on a unique field so the pages do not shift, and for changes
 * filtered on the audit field "changed on" ({@code operatortypes=2}: on or after). Every
 * page is read before anything is answered. Where the connector has several contracts of
 * one employee, the one that started last is the employment.
 */
final class AfasHrConnector implements HrSource {

	static final String SYSTEM = "afas";

	/** A runaway paging loop stops here: 10 million rows at most. */
	private static final int MAX_PAGES = 20_000;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/** Profit's words for a filter or sort on a field the GetConnector lacks. */
	private static final java.util.regex.Pattern UNKNOWN_FIELD = java.util.regex.Pattern
		.compile("(?i)connector[- ]?(?:veld|field)\\s*'([^']+)'\\s*(?:niet gevonden|not found)");

	private static final DateTimeFormatter FILTER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private final AfasProperties properties;

	private final AfasProperties.Fields fields;

	private final String authorization;

	private final SourceHttp http;

	AfasHrConnector(AfasProperties properties, Clock clock) {
		this.properties = properties;
		this.fields = properties.fields();
		this.authorization = "AfasToken "
				+ Base64.getEncoder().encodeToString(tokenXml(properties.token()).getBytes(StandardCharsets.UTF_8));
		this.http = new SourceHttp("AFAS Profit", Duration.ofSeconds(20), clock);
	}

	@Override
	public String system() {
		return SYSTEM;
	}

	@Override
	public List<HrEmployment> changedSince(Instant since) throws HrSourceFailure {
		Map<String, HrEmployment> employments = new LinkedHashMap<>();
		int take = this.properties.pageSize();
		for (int page = 0; page < MAX_PAGES; page++) {
			List<JsonNode> rows = page(since, page * take, take, page + 1);
			for (JsonNode row : rows) {
				HrEmployment employment = map(row);
				employments.merge(employment.employeeId(), employment,
						(kept, other) -> other.startDate().isAfter(kept.startDate()) ? other : kept);
			}
			if (rows.size() < take) {
				return new ArrayList<>(employments.values());
			}
		}
		throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED, "AFAS Profit kept answering full pages of "
				+ this.properties.connector() + " after " + MAX_PAGES + " pages; is its sort unique?");
	}

	private List<JsonNode> page(Instant since, int skip, int take, int number) throws HrSourceFailure {
		StringBuilder query = new StringBuilder();
		if (since != null) {
			String changedOn = LocalDateTime.ofInstant(since, this.properties.timeZone()).format(FILTER_TIME);
			query.append("filterfieldids=")
				.append(encode(this.fields.changedAt()))
				.append("&filtervalues=")
				.append(encode(changedOn))
				.append("&operatortypes=2&");
		}
		query.append("orderbyfieldids=").append(encode(this.fields.orderBy()));
		query.append("&skip=").append(skip).append("&take=").append(take);
		String what = "page " + number + " of the GetConnector " + this.properties.connector();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(
					this.properties.servicesUrl() + "/connectors/" + encode(this.properties.connector()) + "?" + query))
			.timeout(this.properties.timeout())
			.header("Authorization", this.authorization)
			.header("Accept", "application/json")
			.GET()
			.build();
		String body = this.http.send(request, what, AfasHrConnector::errorText, this::unknownField);
		JsonNode rows;
		try {
			rows = JSON.readTree(body).path("rows");
		}
		catch (JacksonException ex) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
					"AFAS Profit answered " + what + " with something that is not JSON", null, ex);
		}
		if (!rows.isArray()) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
					"AFAS Profit answered " + what + " without a list of rows");
		}
		List<JsonNode> list = new ArrayList<>();
		rows.forEach(list::add);
		return list;
	}

	private HrEmployment map(JsonNode row) throws HrSourceFailure {
		if (!row.isObject()) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED, "AFAS Profit answered a row that is no record");
		}
		missing(row);
		String employeeId = text(row, this.fields.employeeId());
		if (employeeId == null) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
					"A row of the GetConnector " + this.properties.connector() + " has no employee number in '"
							+ this.fields.employeeId() + "' (handover.hr.afas.fields.employee-id)");
		}
		LocalDate start = date(row, this.fields.startDate(), employeeId);
		if (start == null) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED, "Employee " + employeeId
					+ " has no start date in '" + this.fields.startDate() + "' (handover.hr.afas.fields.start-date)");
		}
		String prefix = text(row, this.fields.familyNamePrefix());
		String family = text(row, this.fields.familyName());
		String familyName = prefix != null && family != null ? prefix + " " + family : family;
		return new HrEmployment(SYSTEM, employeeId, text(row, this.fields.givenName()), familyName,
				text(row, this.fields.email()), text(row, this.fields.jobCode()), text(row, this.fields.jobTitle()),
				text(row, this.fields.managerEmployeeId()),
				this.fields.managerEmail() != null ? text(row, this.fields.managerEmail()) : null, start,
				date(row, this.fields.endDate(), employeeId), changedAt(row, employeeId));
	}

	/**
	 * A configured field the GetConnector does not have at all (Profit answers every
	 * field of the connector in every row, null when empty) is a field mapping set
	 * wrongly, not a record to correct.
	 */
	private void missing(JsonNode row) throws HrSourceFailure {
		Map<String, String> required = new LinkedHashMap<>();
		required.put("employee-id", this.fields.employeeId());
		required.put("family-name", this.fields.familyName());
		required.put("start-date", this.fields.startDate());
		required.put("end-date", this.fields.endDate());
		required.put("changed-at", this.fields.changedAt());
		for (Map.Entry<String, String> field : required.entrySet()) {
			if (!row.has(field.getValue())) {
				throw new HrSourceFailure(HrSourceFailure.Kind.MISCONFIGURED,
						"The GetConnector " + this.properties.connector() + " has no field '" + field.getValue()
								+ "' (handover.hr.afas.fields." + field.getKey() + "): check the field mapping");
			}
		}
	}

	private static String text(JsonNode row, String field) {
		JsonNode value = row.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		String text = value.isValueNode() ? value.asString("").strip() : "";
		return text.isEmpty() ? null : text;
	}

	/** Profit writes a date as a date-time at midnight ({@code 2026-02-01T00:00:00Z}). */
	private LocalDate date(JsonNode row, String field, String employeeId) throws HrSourceFailure {
		String text = text(row, field);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED,
					"Employee " + employeeId + " has '" + text + "' in '" + field + "', which is not a date", null, ex);
		}
	}

	private Instant changedAt(JsonNode row, String employeeId) throws HrSourceFailure {
		String text = text(row, this.fields.changedAt());
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text).atZone(this.properties.timeZone()).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new HrSourceFailure(HrSourceFailure.Kind.MALFORMED, "Employee " + employeeId + " has '" + text
						+ "' in '" + this.fields.changedAt() + "', which is not a date and time", null, ex);
			}
		}
	}

	/**
	 * AFAS answers errors as {@code {"externalMessage": "...", "profitLogReference":
	 * "..."}}; the reference finds the entry in Profit's log.
	 */
	static String errorText(String body) {
		JsonNode error = JSON.readTree(body);
		String message = error.path("externalMessage").asString("");
		String reference = error.path("profitLogReference").asString("");
		if (message.isBlank() && reference.isBlank()) {
			return null;
		}
		return message + (reference.isBlank() ? "" : " (Profit log " + reference + ")");
	}

	/**
	 * What to fix when Profit refuses a filter or sort on a field the GetConnector does
	 * not have: it answers 500 with {@code "Connector-veld 'X' niet gevonden"} (AFAS's
	 * "Fouten verhelpen", GetConnector-fouten; English environments "Connector field 'X'
	 * not found"), a configuration error, not an outage. Null for any other answer.
	 */
	String unknownField(String body) {
		String message = JSON.readTree(body).path("externalMessage").asString("");
		java.util.regex.Matcher named = UNKNOWN_FIELD.matcher(message);
		if (!named.find()) {
			return null;
		}
		String field = named.group(1);
		String setting;
		if (field.equals(this.fields.changedAt())) {
			setting = "handover.hr.afas.fields.changed-at (the \"changed on\" field Handover filters on)";
		}
		else if (java.util.Arrays.stream(this.fields.orderBy().split(","))
			.map(order -> order.strip().replaceFirst("^-", ""))
			.anyMatch(field::equals)) {
			setting = "handover.hr.afas.fields.order-by (the unique sort of the pages)";
		}
		else {
			setting = "the field mapping (handover.hr.afas.fields.*)";
		}
		return "the GetConnector " + this.properties.connector() + " has no field '" + field + "'. Set " + setting
				+ " to a field id the connector has (its metainfo lists them: GET " + this.properties.servicesUrl()
				+ "/metainfo/get/" + this.properties.connector() + "), or add the field to the GetConnector in Profit";
	}

	/** Profit shows the whole XML; people often copy only the data part. */
	static String tokenXml(String token) {
		String value = token.strip();
		return value.startsWith("<token>") ? value : "<token><version>1</version><data>" + value + "</data></token>";
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public String toString() {
		return "AfasHrConnector[" + this.properties.servicesUrl() + ", connector=" + this.properties.connector() + "]";
	}

}
