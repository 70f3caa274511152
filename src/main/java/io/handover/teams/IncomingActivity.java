package io.handover.teams;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import io.handover.common.Limits;

/**
 * Reads an activity from the request body with the SDK's own serialisation, and says
 * precisely what is wrong with one that is not a usable activity.
 */
final class IncomingActivity {

	/**
	 * The ids of an activity Handover keeps or looks up (conversations, people, teams,
	 * the activity itself as the key of its de-duplication).
	 */
	private static final List<String> IDS = List.of("/id", "/replyToId", "/conversation/id", "/conversation/tenantId",
			"/from/id", "/from/aadObjectId", "/recipient/id", "/channelData/team/id", "/channelData/channel/id",
			"/channelData/tenant/id");

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private IncomingActivity() {
	}

	static Activity read(String body) {
		JsonNode json;
		try {
			json = JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			throw new MalformedActivity("The body is not valid JSON.");
		}
		return read(json);
	}

	/** As {@link #read(String)}, from a body already parsed. */
	static Activity read(JsonNode json) {
		if (json == null || !json.isObject()) {
			throw new MalformedActivity("The body must be a JSON object (a Bot Framework activity).");
		}
		List<String> missing = new ArrayList<>();
		require(json, "type", missing);
		require(json, "channelId", missing);
		require(json, "serviceUrl", missing);
		if (!isText(json.path("conversation").path("id"))) {
			missing.add("conversation.id");
		}
		if (!missing.isEmpty()) {
			throw new MalformedActivity("The activity has no usable " + String.join(", ", missing)
					+ " (each must be text, not blank, without control characters).");
		}
		checkServiceUrl(json.get("serviceUrl").asString(""));
		for (String path : IDS) {
			JsonNode id = json.at(path);
			if (id.isString() && id.asString("").length() > Limits.TEAMS_ID) {
				throw new MalformedActivity("The activity's " + path.substring(1).replace('/', '.') + " is longer than "
						+ Limits.TEAMS_ID + " characters, longer than any id Teams gives out.");
			}
		}
		Activity activity;
		try {
			activity = Serialization.treeToValue(SdkJson.toSdk(json), Activity.class);
		}
		catch (RuntimeException ex) {
			throw new MalformedActivity("The activity has a field of the wrong shape: " + rootMessage(ex));
		}
		if (activity == null) {
			throw new MalformedActivity("The activity could not be read.");
		}
		// A locale that is no language tag would fail the SDK's turn; the bot answers in
		// English.
		if (activity.getLocale() != null && !isLanguageTag(activity.getLocale())) {
			activity.setLocale(null);
		}
		// Card actions must see their value as a JSON tree (the SDK's invoke parsing
		// needs it).
		if (json.has("value")) {
			activity.setValue(SdkJson.toSdk(json.get("value")));
		}
		return activity;
	}

	private static boolean isLanguageTag(String locale) {
		if (locale.length() > 35) {
			return false;
		}
		try {
			new java.util.Locale.Builder().setLanguageTag(locale.replace('_', '-'));
			return true;
		}
		catch (java.util.IllformedLocaleException ex) {
			return false;
		}
	}

	private static void require(JsonNode json, String field, List<String> missing) {
		if (!isText(json.path(field))) {
			missing.add(field);
		}
	}

	/** Text that can be an id: not blank, no control characters. */
	private static boolean isText(JsonNode value) {
		return value.isString() && !value.asString("").isBlank()
				&& value.asString("").chars().noneMatch(c -> Character.isISOControl(c) || c == '\u202e');
	}

	private static void checkServiceUrl(String serviceUrl) {
		try {
			URI uri = new URI(serviceUrl);
			if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				throw new MalformedActivity("serviceUrl must be an http(s) URL, not '" + serviceUrl + "'.");
			}
		}
		catch (java.net.URISyntaxException ex) {
			throw new MalformedActivity("serviceUrl is not a URL: '" + serviceUrl + "'.");
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
	}

	/** A request body that is not an activity the bot can answer. */
	static final class MalformedActivity extends RuntimeException {

		MalformedActivity(String message) {
			super(message);
		}

	}

}
