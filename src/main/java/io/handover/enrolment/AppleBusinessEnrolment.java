package io.handover.enrolment;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link DeviceEnrolment} through the Apple School and Business Manager API. An access
 * token comes from Apple's token endpoint for a signed client assertion and is kept until
 * shortly before it expires. Polite: a 429 or 5xx is retried after Apple's
 * {@code Retry-After} (or a growing wait) a bounded number of times; a device already
 * assigned to the service is not assigned again.
 */
final class AppleBusinessEnrolment implements DeviceEnrolment {

	private static final Logger log = LoggerFactory.getLogger(AppleBusinessEnrolment.class);

	private static final String CREDENTIALS_ADVICE = "check handover.apple-business.client-id, key-id and private-key: "
			+ "they must be those of an active API account in Apple Business";

	private final AppleBusinessProperties properties;

	private final ClientAssertion assertion;

	private final Clock clock;

	private final HttpClient http;

	private final ObjectMapper json = JsonMapper.builder().build();

	private String token;

	private Instant tokenExpiresAt;

	AppleBusinessEnrolment(AppleBusinessProperties properties, Clock clock) {
		this.properties = properties;
		this.assertion = new ClientAssertion(properties.clientId(), properties.keyId(), properties.privateKey());
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	}

	@Override
	public boolean isDryRun() {
		return false;
	}

	@Override
	public boolean isAppleModel(String model) {
		return this.properties.isAppleModel(model);
	}

	@Override
	public Recognition recognise(String serialNumber) {
		try {
			return call("GET", "/v1/orgDevices/" + encode(serialNumber), null, new ArrayList<>(), true).isPresent()
					? Recognition.KNOWN : Recognition.UNKNOWN;
		}
		catch (EnrolmentFailure failure) {
			log.warn("Could not ask Apple Business whether it knows {}: {}", serialNumber, failure.describe());
			return Recognition.UNSURE;
		}
	}

	@Override
	public EnrolmentStep assign(String serialNumber) {
		List<EnrolmentRequest> sent = new ArrayList<>();
		String device = "/v1/orgDevices/" + encode(serialNumber);
		if (call("GET", device, null, sent, true).isEmpty()) {
			return new EnrolmentStep(EnrolmentStep.Status.UNKNOWN_DEVICE, serialNumber, null, serialNumber
					+ " is not in Apple Business (not bought through the organisation's reseller): add it with Apple Configurator",
					sent);
		}
		JsonNode assigned = call("GET", device + "/relationships/assignedServer", null, sent, false).orElseThrow();
		String current = assigned.path("data").path("id").asString(null);
		String server = this.properties.mdmServerId();
		if (server.equals(current)) {
			return new EnrolmentStep(EnrolmentStep.Status.ALREADY_DONE, serialNumber, null,
					serialNumber + " was already assigned to the device management service " + server
							+ " in Apple Business: nothing sent",
					sent);
		}
		JsonNode created = call("POST", "/v1/orgDeviceActivities", activity("ASSIGN_DEVICES", serialNumber, server),
				sent, false)
			.orElseThrow();
		return started(created, serialNumber, "assigning " + serialNumber + " to the device management service "
				+ server + (current != null ? " (it was assigned to " + current + ")" : ""), sent);
	}

	@Override
	public EnrolmentStep release(String serialNumber) {
		List<EnrolmentRequest> sent = new ArrayList<>();
		if (call("GET", "/v1/orgDevices/" + encode(serialNumber), null, sent, true).isEmpty()) {
			return new EnrolmentStep(EnrolmentStep.Status.ALREADY_DONE, serialNumber, null,
					serialNumber + " is no longer in Apple Business: nothing sent", sent);
		}
		JsonNode created = call("POST", "/v1/orgDeviceActivities", activity("RELEASE_DEVICES", serialNumber, null),
				sent, false)
			.orElseThrow();
		return started(created, serialNumber, "releasing " + serialNumber + " from the organisation", sent);
	}

	@Override
	public EnrolmentStep follow(String serialNumber, String activityId) {
		List<EnrolmentRequest> sent = new ArrayList<>();
		JsonNode answer = call("GET", "/v1/orgDeviceActivities/" + encode(activityId), null, sent, false).orElseThrow();
		JsonNode attributes = answer.path("data").path("attributes");
		String status = attributes.path("status").asString("");
		String subStatus = attributes.path("subStatus").asString("");
		String type = attributes.path("activityType").asString("");
		if (status.equals("COMPLETED")) {
			return new EnrolmentStep(EnrolmentStep.Status.COMPLETED, serialNumber, activityId,
					"Apple Business activity " + activityId + " (" + type + ") completed at "
							+ attributes.path("completedDateTime").asString("?") + ": " + subStatus,
					sent);
		}
		if (status.equals("FAILED") || status.equals("STOPPED")) {
			String reason = attributes.path("failureReason").asString(null);
			String logs = attributes.path("downloadUrl").asString(null);
			return new EnrolmentStep(EnrolmentStep.Status.FAILED, serialNumber, activityId,
					"Apple Business activity " + activityId + " (" + type + ") " + status.toLowerCase(Locale.ROOT)
							+ " (" + subStatus + ")" + (reason != null ? ": " + reason : "")
							+ (logs != null ? "; its log: " + logs : ""),
					sent);
		}
		return new EnrolmentStep(EnrolmentStep.Status.SUBMITTED, serialNumber, activityId, "Apple Business activity "
				+ activityId + " (" + type + ") is " + status.toLowerCase(Locale.ROOT).replace('_', ' '), sent);
	}

	private EnrolmentStep started(JsonNode created, String serialNumber, String what, List<EnrolmentRequest> sent) {
		String id = created.path("data").path("id").asString(null);
		if (id == null) {
			throw new EnrolmentFailure(0, null, "Apple Business accepted the activity without an id", null);
		}
		return new EnrolmentStep(EnrolmentStep.Status.SUBMITTED, serialNumber, id,
				"Apple Business activity " + id + " started: " + what, sent);
	}

	private String activity(String type, String serialNumber, String server) {
		Map<String, Object> relationships = new java.util.LinkedHashMap<>();
		if (server != null) {
			relationships.put("mdmServer", Map.of("data", Map.of("type", "mdmServers", "id", server)));
		}
		relationships.put("devices", Map.of("data", List.of(Map.of("type", "orgDevices", "id", serialNumber))));
		return this.json.writeValueAsString(Map.of("data", Map.of("type", "orgDeviceActivities", "attributes",
				Map.of("activityType", type), "relationships", relationships)));
	}

	/**
	 * One API request with the bearer token; 429 and 5xx are retried after a wait, a 401
	 * once with a new token. Empty for a 404 when {@code absentIsAnswer}.
	 */
	private Optional<JsonNode> call(String method, String path, String body, List<EnrolmentRequest> sent,
			boolean absentIsAnswer) {
		sent.add(new EnrolmentRequest(method, path, body));
		boolean renewed = false;
		for (int attempt = 0;; attempt++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.properties.apiUrl() + path))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + token())
				.header("Accept", "application/json");
			request = body != null
					? request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
					: request.GET();
			HttpResponse<String> response = send(request.build(), attempt);
			if (response == null) {
				continue;
			}
			int status = response.statusCode();
			log.debug("Apple Business {} {} -> {}", method, path, status);
			if (status == 401 && !renewed) {
				forgetToken();
				renewed = true;
				continue;
			}
			if (status >= 200 && status < 300) {
				return Optional.of(this.json.readTree(response.body()));
			}
			if (status == 404 && absentIsAnswer) {
				return Optional.empty();
			}
			if (retryable(status)) {
				waitBeforeRetry(response, attempt, appleError(response));
				continue;
			}
			throw appleError(response);
		}
	}

	private synchronized String token() {
		Instant now = this.clock.instant();
		if (this.token != null && now.isBefore(this.tokenExpiresAt)) {
			return this.token;
		}
		String form = "grant_type=client_credentials&client_id=" + encode(this.properties.clientId())
				+ "&client_assertion_type=" + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
				+ "&client_assertion=" + encode(this.assertion.sign(now)) + "&scope=" + encode(this.properties.scope());
		for (int attempt = 0;; attempt++) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.properties.tokenUrl()))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build();
			HttpResponse<String> response = send(request, attempt);
			if (response == null) {
				continue;
			}
			int status = response.statusCode();
			if (status == 200) {
				JsonNode answer = this.json.readTree(response.body());
				this.token = answer.path("access_token").asString();
				// renewed a minute early, so a request never carries a token about to
				// lapse
				this.tokenExpiresAt = now.plusSeconds(Math.max(60, answer.path("expires_in").asLong(3600)) - 60);
				return this.token;
			}
			if (retryable(status)) {
				waitBeforeRetry(response, attempt,
						new EnrolmentFailure(status, null, "Apple's token endpoint is busy or unavailable", null));
				continue;
			}
			JsonNode error = readQuietly(response.body());
			String code = error.path("error").asString(null);
			String description = error.path("error_description").asString(null);
			throw new EnrolmentFailure(status, code, "Apple refused the API account's client assertion"
					+ (description != null ? ": " + description : ""), CREDENTIALS_ADVICE);
		}
	}

	private synchronized void forgetToken() {
		this.token = null;
	}

	/** The answer, or null when it never came and another attempt is due. */
	private HttpResponse<String> send(HttpRequest request, int attempt) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			if (attempt >= this.properties.maxRetries()) {
				throw new EnrolmentFailure(0, null, "Apple Business could not be reached: " + ex.getMessage(), null);
			}
			pause(backOff(attempt));
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EnrolmentFailure(0, null, "Interrupted while talking to Apple Business", null);
		}
	}

	private static boolean retryable(int status) {
		return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
	}

	/** Waits as Apple asks (or a growing wait); gives up past the retries or the cap. */
	private void waitBeforeRetry(HttpResponse<String> response, int attempt, EnrolmentFailure otherwise) {
		Duration wait = response.headers()
			.firstValue("Retry-After")
			.map(AppleBusinessEnrolment::seconds)
			.orElse(backOff(attempt));
		if (attempt >= this.properties.maxRetries() || wait.compareTo(this.properties.maxRetryWait()) > 0) {
			throw otherwise;
		}
		log.info("Apple Business answered {}; trying again in {} s", response.statusCode(), wait.toSeconds());
		pause(wait);
	}

	private static Duration seconds(String retryAfter) {
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.strip())));
		}
		catch (NumberFormatException ex) {
			return Duration.ofSeconds(5);
		}
	}

	private static Duration backOff(int attempt) {
		return Duration.ofMillis(500L << Math.min(attempt, 5));
	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EnrolmentFailure(0, null, "Interrupted while waiting for Apple Business", null);
		}
	}

	/** Apple's error format: {@code {"errors":[{"status","code","title","detail"}]}}. */
	private EnrolmentFailure appleError(HttpResponse<String> response) {
		JsonNode error = readQuietly(response.body()).path("errors").path(0);
		String code = error.path("code").asString(null);
		String title = error.path("title").asString(null);
		String detail = error.path("detail").asString(null);
		String message = title != null ? title + (detail != null ? " " + detail : "")
				: "Apple Business answered " + response.statusCode();
		int status = response.statusCode();
		String advice = status == 401 || status == 403 ? CREDENTIALS_ADVICE
				: status == 429 ? "Apple Business asked Handover to slow down; it tries again later" : null;
		return new EnrolmentFailure(status, code, message, advice);
	}

	private JsonNode readQuietly(String body) {
		try {
			return this.json.readTree(body == null || body.isBlank() ? "{}" : body);
		}
		catch (RuntimeException ex) {
			return this.json.createObjectNode();
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public String toString() {
		return "AppleBusinessEnrolment[" + this.properties + "]";
	}

}
