package io.handover.system;

import tools.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The activity JSON the correlation filter has already read from a request to the bot
 * endpoint, so the endpoint does not parse the same body a second time (about a tenth of
 * the CPU of a cheap turn, by JFR under the benchmark).
 */
public final class ActivityBody {

	private static final String ATTRIBUTE = ActivityBody.class.getName();

	private ActivityBody() {
	}

	/** The body as a JSON object, or null when it was not read or is not an object. */
	public static JsonNode parsed(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof JsonNode json && json.isObject() ? json : null;
	}

	static void remember(HttpServletRequest request, JsonNode json) {
		if (json != null && json.isObject()) {
			request.setAttribute(ATTRIBUTE, json);
		}
	}

}
