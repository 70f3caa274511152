package io.handover.guard;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.util.StringUtils;

/**
 * A generic REST pass system: {@code GET {url}/people/{upn}/badges} with an optional
 * bearer token, answered with a JSON array of {@code {"id", "status"}} (or an object with
 * such an array under {@code badges}). A person it does not know (404) has no badges; any
 * other failure makes physical access not observable, with the system's words.
 */
final class HttpPassSystem implements PassSystem {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final String token;

	private final Duration timeout;

	private final HttpClient http;

	HttpPassSystem(String baseUrl, String token, Duration timeout) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.token = token;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	@Override
	public List<Badge> badgesOf(String upn, String employeeId) {
		String who = StringUtils.hasText(upn) ? upn : employeeId;
		if (!StringUtils.hasText(who)) {
			throw new Unobservable("The leaver has no e-mail address or id to ask the pass system about");
		}
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(this.baseUrl + "/people/"
					+ URLEncoder.encode(who, StandardCharsets.UTF_8).replace("+", "%20") + "/badges"))
			.timeout(this.timeout)
			.header("Accept", "application/json")
			.GET();
		if (StringUtils.hasText(this.token)) {
			request.header("Authorization", "Bearer " + this.token);
		}
		HttpResponse<String> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new Unobservable("The pass system could not be reached: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Unobservable("Interrupted while asking the pass system");
		}
		if (response.statusCode() == 404) {
			return List.of();
		}
		if (response.statusCode() >= 300) {
			throw new Unobservable("The pass system answered " + response.statusCode()
					+ (response.body() != null && !response.body().isBlank()
							? ": " + abbreviated(response.body().strip()) : ""));
		}
		try {
			JsonNode body = JSON.readTree(response.body());
			JsonNode list = body.isArray() ? body : body.path("badges");
			if (!list.isArray()) {
				throw new Unobservable("The pass system's answer has no list of badges");
			}
			List<Badge> badges = new ArrayList<>();
			for (JsonNode badge : list) {
				badges.add(new Badge(badge.path("id").asString(""), badge.path("status").asString(null)));
			}
			return badges;
		}
		catch (JacksonException ex) {
			throw new Unobservable("The pass system's answer is not JSON");
		}
	}

	private static String abbreviated(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

}
