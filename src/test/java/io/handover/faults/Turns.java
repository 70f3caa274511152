package io.handover.faults;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import io.handover.testing.TeamsActivity;

/**
 * The crash suite's Teams: its managers, staff, team and channels, and the activities
 * they send — the journey tests' {@link TeamsActivity} fixtures, each with a fresh id and
 * the counting connector's URL.
 */
final class Turns {

	static final CountingConnector.Staff STAFF = new CountingConnector.Staff("29:faults-staff", "faults-aad-staff",
			"Peter de Boer", "peter.deboer@contoso.example");

	/** Someone who is not in the team's roster: may not complete its tasks. */
	static final CountingConnector.Staff STRANGER = new CountingConnector.Staff("29:faults-stranger",
			"faults-aad-stranger", "Eve Outsider", "eve@fabrikam.example");

	static final String TEAM = "19:faults-team@thread.tacv2";

	/** The team's id in Graph. */
	static final String TEAM_GROUP = "0f5a1c2e-6b7d-4e8f-9a0b-1c2d3e4f5a6b";

	static final String FACILITIES = "19:faults-facilities@thread.tacv2";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String serviceUrl;

	Turns(String serviceUrl) {
		this.serviceUrl = serviceUrl;
	}

	ObjectNode personalMessage(int manager, String text) {
		return TeamsActivity.personalMessage(text)
			.serviceUrl(this.serviceUrl)
			.from(managerTeamsId(manager), managerAadObjectId(manager), managerName(manager))
			.conversation(personalChat(manager))
			.node();
	}

	ObjectNode personalCardAction(int manager, String verb, JsonNode data) {
		ObjectNode activity = TeamsActivity.cardAction(verb, Map.of())
			.serviceUrl(this.serviceUrl)
			.from(managerTeamsId(manager), managerAadObjectId(manager), managerName(manager))
			.conversation(personalChat(manager))
			.node();
		activity.withObjectProperty("value").withObjectProperty("action").set("data", data);
		return activity;
	}

	ObjectNode channelCardAction(String channelId, String verb, JsonNode data) {
		return channelCardAction(channelId, verb, data, STAFF);
	}

	/** A click on a channel card by {@code who}, a member of the team or not. */
	ObjectNode channelCardAction(String channelId, String verb, JsonNode data, CountingConnector.Staff who) {
		ObjectNode activity = TeamsActivity.cardAction(verb, Map.of())
			.serviceUrl(this.serviceUrl)
			.from(who.teamsId(), who.aadObjectId(), who.name())
			.conversation(channelId)
			.node();
		activity.withObjectProperty("value").withObjectProperty("action").set("data", data);
		activity.withObjectProperty("conversation").put("conversationType", "channel");
		ObjectNode channelData = activity.withObjectProperty("channelData");
		channelData.putObject("team").put("id", TEAM).put("name", "Operations");
		channelData.putObject("channel").put("id", channelId);
		return activity;
	}

	ObjectNode botAddedToTeam() {
		ObjectNode activity = TeamsActivity.botAddedToTeam().serviceUrl(this.serviceUrl).conversation(TEAM).node();
		activity.withObjectProperty("channelData")
			.withObjectProperty("team")
			.put("id", TEAM)
			.put("name", "Operations")
			.put("aadGroupId", TEAM_GROUP);
		return activity;
	}

	ObjectNode channelMessage(String channelId, String text) {
		ObjectNode activity = TeamsActivity.channelMessage(text)
			.serviceUrl(this.serviceUrl)
			.from(STAFF.teamsId(), STAFF.aadObjectId(), STAFF.name())
			.conversation(channelId + ";messageid=" + UUID.randomUUID())
			.node();
		ObjectNode channelData = activity.withObjectProperty("channelData");
		channelData.put("teamsChannelId", channelId).put("teamsTeamId", TEAM);
		channelData.putObject("channel").put("id", channelId);
		channelData.putObject("team").put("id", TEAM).put("name", "Operations");
		return activity;
	}

	static String personalChat(int manager) {
		return "a:faults-personal-" + manager;
	}

	/**
	 * A start date the intake takes without a late-notice question: a Monday 6+ weeks
	 * out.
	 */
	static String startDateWords() {
		LocalDate date = LocalDate.now().plusWeeks(6).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		return date.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
	}

	/** The form's submit data as Teams sends it: the action's data and every input. */
	static ObjectNode submission(JsonNode form) {
		JsonNode action = null;
		for (JsonNode candidate : form.path("actions")) {
			if (candidate.path("verb").asString().endsWith(".submit")) {
				action = candidate;
			}
		}
		if (action == null) {
			return null;
		}
		ObjectNode data = JSON.createObjectNode();
		Iterator<Map.Entry<String, JsonNode>> fields = action.path("data").properties().iterator();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			data.put(field.getKey(), field.getValue().asString());
		}
		collectInputs(form.path("body"), data);
		return data;
	}

	private static void collectInputs(JsonNode node, ObjectNode into) {
		if (node.isArray()) {
			node.forEach(child -> collectInputs(child, into));
		}
		else if (node.isObject()) {
			if (node.path("type").asString().startsWith("Input.") && node.has("id")) {
				into.put(node.path("id").asString(), node.path("value").asString(""));
			}
			collectInputs(node.path("items"), into);
			collectInputs(node.path("columns"), into);
		}
	}

	private static String managerTeamsId(int manager) {
		return "29:faults-manager-" + manager;
	}

	static String managerAadObjectId(int manager) {
		return "faults-aad-manager-" + manager;
	}

	static String managerName(int manager) {
		return "Maria Jansen " + manager;
	}

}
