package io.handover.hr;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP exchange with an HR system, with the answer sorted into what the sync can act
 * on: a refused credential, a rate limit (and for how long), an outage, or the body. The
 * connectors differ only in how their system words an error, which they pass in.
 */
public final class SourceHttp {

	private static final int ABBREVIATE = 300;

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final String systemName;

	private final HttpClient http;

	private final Clock clock;

	/**
	 * @param systemName how people call the system, e.g. "AFAS Profit" (in every message)
	 * @param connectTimeout how long connecting may take
	 * @param clock the one clock (Retry-After may be a date)
	 */
	public SourceHttp(String systemName, Duration connectTimeout, Clock clock) {
		this.systemName = systemName;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Sends the request and answers the body of a 2xx answer.
	 * @param request the request, with its credentials already on it
	 * @param what what was asked, for messages (never a secret), e.g. "page 3 of the
	 * GetConnector Handover_Employments"
	 * @param errorText picks the system's own words out of an error body (may answer
	 * null)
	 * @return the body of the answer
	 * @throws HrSourceFailure for anything but a 2xx answer
	 */
	public String send(HttpRequest request, String what, Function<String, String> errorText) throws HrSourceFailure {
		return send(request, what, errorText, body -> null, false);
	}

	/**
	 * Sends the request and answers the body of a 2xx answer, where the system words some
	 * configuration errors as a server error (AFAS Profit answers a filter on a field its
	 * GetConnector lacks with 500).
	 * @param misconfigured what to fix, when an error body says Handover is set up
	 * wrongly; null otherwise
	 * @throws HrSourceFailure for anything but a 2xx answer; {@code MISCONFIGURED} with
	 * what to fix when {@code misconfigured} names it
	 */
	public String send(HttpRequest request, String what, Function<String, String> errorText,
			Function<String, String> misconfigured) throws HrSourceFailure {
		return send(request, what, errorText, misconfigured, false);
	}

	/**
	 * Asks an OAuth 2 token endpoint for a token. Besides 401, a 400 is a refusal of the
	 * credentials here ({@code invalid_client}, {@code invalid_grant},
	 * {@code unauthorized_client}: RFC 6749, section 5.2).
	 * @param request the token request
	 * @param what what was asked, for messages (never a secret)
	 * @return the body of the answer
	 * @throws HrSourceFailure for anything but a 2xx answer
	 */
	public String requestToken(HttpRequest request, String what) throws HrSourceFailure {
		return send(request, what, SourceHttp::oauthError, body -> null, true);
	}

	private String send(HttpRequest request, String what, Function<String, String> errorText,
			Function<String, String> misconfigured, boolean tokenRequest) throws HrSourceFailure {
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpTimeoutException ex) {
			throw new HrSourceFailure(HrSourceFailure.Kind.UNAVAILABLE,
					this.systemName + " did not answer in time (" + what + ")", null, ex);
		}
		catch (IOException ex) {
			if (unknownHost(ex)) {
				// a name that does not resolve is an address set wrongly far more often
				// than an outage
				throw new HrSourceFailure(HrSourceFailure.Kind.MISCONFIGURED,
						this.systemName + "'s address " + request.uri().getHost() + " does not exist (" + what
								+ "): check the address in Handover's " + "configuration for this system",
						null, ex);
			}
			throw new HrSourceFailure(HrSourceFailure.Kind.UNAVAILABLE,
					this.systemName + " could not be reached (" + what + "): " + ex.getMessage(), null, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new HrSourceFailure(HrSourceFailure.Kind.UNAVAILABLE,
					"Interrupted while reading " + this.systemName + " (" + what + ")", null, ex);
		}
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return response.body();
		}
		String words = words(response.body(), errorText);
		Duration retryAfter = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
		String fix = fix(response.body(), misconfigured);
		if (fix != null && status != 401 && status != 403 && status != 429) {
			throw new HrSourceFailure(HrSourceFailure.Kind.MISCONFIGURED, this.systemName + " refused the request ("
					+ status + ", " + what + ")" + words + "; Handover is set up wrongly: " + fix);
		}
		if (status == 401 || status == 403 || (tokenRequest && status == 400)) {
			throw new HrSourceFailure(HrSourceFailure.Kind.AUTHENTICATION, this.systemName + " refused Handover's "
					+ "credentials (" + status + ", " + what + ")" + words + "; they must be renewed or granted");
		}
		if (status == 429) {
			throw new HrSourceFailure(HrSourceFailure.Kind.RATE_LIMITED,
					this.systemName + " asked Handover to slow down (429, " + what + ")" + words,
					retryAfter != null ? retryAfter : Duration.ofMinutes(1), null);
		}
		if (status >= 500 || status == 408) {
			throw new HrSourceFailure(HrSourceFailure.Kind.UNAVAILABLE,
					this.systemName + " failed (" + status + ", " + what + ")" + words, retryAfter, null);
		}
		// 400, 404 and the like: the configuration names something the system does not
		// have (a connector, an endpoint, a company); trying later gives the same answer
		// until someone fixes it: misconfigured, not an outage.
		throw new HrSourceFailure(HrSourceFailure.Kind.MISCONFIGURED, this.systemName + " refused the request ("
				+ status + ", " + what + ")" + words + "; check Handover's configuration for this system");
	}

	private static boolean unknownHost(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.net.UnknownHostException) {
				return true;
			}
		}
		return false;
	}

	private static String oauthError(String body) {
		JsonNode error = JSON.readTree(body);
		String code = error.path("error").asString("");
		String description = error.path("error_description").asString("");
		return code.isBlank() ? null : code + (description.isBlank() ? "" : " (" + description + ")");
	}

	private static String fix(String body, Function<String, String> misconfigured) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return misconfigured.apply(body);
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	private static String words(String body, Function<String, String> errorText) {
		if (body == null || body.isBlank()) {
			return "";
		}
		String text;
		try {
			text = errorText.apply(body);
		}
		catch (RuntimeException ex) {
			text = null;
		}
		if (text == null || text.isBlank()) {
			text = body.strip();
		}
		text = text.replaceAll("\\s+", " ");
		return ": " + (text.length() > ABBREVIATE ? text.substring(0, ABBREVIATE) + "…" : text);
	}

	/** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
	Duration retryAfter(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		if (value.chars().allMatch(Character::isDigit)) {
			try {
				return Duration.ofSeconds(Long.parseLong(value));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		try {
			Duration until = Duration.between(this.clock.instant(),
					ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
			return until.isNegative() ? Duration.ZERO : until;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
