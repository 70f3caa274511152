package io.handover.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bot Framework activities as Teams sends them, from the journey tests' fixtures
 * (src/test/resources/activities), each with a fresh id and the connector stub's URL.
 */
final class Turns {

	static final CountingConnector.Staff STAFF = new CountingConnector.Staff("29:faults-staff", "faults-aad-staff",
			"Peter de Boer", "peter.deboer@contoso.example");

	/** Someone who is not in the team's roster: may not complete its tasks. */
	static final CountingConnector.Staff STRANGER = new CountingConnector.Staff("29:faults-stranger",
			"faults-aad-stranger", "Eve Outsider", "eve@fabrikam.example");

	static final String TEAM = "19:faults-team@thread.tacv2";

	static final String FACILITIES = "19:faults-facilities@thread.tacv2";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String serviceUrl;

	private final ObjectNode personal = fixture("personal-message");

	private final ObjectNode channel = fixture("channel-message");

	private final ObjectNode cardAction = fixture("card-action");

	private final ObjectNode botAdded = fixture("bot-added-to-team");

	Turns(String serviceUrl) {
		this.serviceUrl = serviceUrl;
	}

	ObjectNode personalMessage(int manager, String text) {
		ObjectNode activity = fresh(this.personal);
		activity.put("text", text);
		from(activity, manager);
		activity.with("conversation").put("id", personalChat(manager));
		return activity;
	}

	ObjectNode personalCardAction(int manager, String verb, JsonNode data) {
		ObjectNode activity = fresh(this.cardAction);
		activity.with("value").with("action").put("verb", verb).set("data", data);
		from(activity, manager);
		activity.with("conversation").put("id", personalChat(manager));
		return activity;
	}

	ObjectNode channelCardAction(String channelId, String verb, JsonNode data) {
		return channelCardAction(channelId, verb, data, STAFF);
	}

	/** A click on a channel card by {@code who}, a member of the team or not. */
	ObjectNode channelCardAction(String channelId, String verb, JsonNode data, CountingConnector.Staff who) {
		ObjectNode activity = fresh(this.cardAction);
		activity.with("value").with("action").put("verb", verb).set("data", data);
		activity.putObject("from")
			.put("id", who.teamsId())
			.put("name", who.name())
			.put("aadObjectId", who.aadObjectId());
		activity.with("conversation").put("conversationType", "channel").put("id", channelId);
		ObjectNode channelData = activity.with("channelData");
		channelData.putObject("team").put("id", TEAM).put("name", "Operations");
		channelData.putObject("channel").put("id", channelId);
		return activity;
	}

	ObjectNode botAddedToTeam() {
		ObjectNode activity = fresh(this.botAdded);
		activity.with("conversation").put("id", TEAM);
		activity.with("channelData").with("team").put("id", TEAM).put("name", "Operations");
		return activity;
	}

	ObjectNode channelMessage(String channelId, String text) {
		ObjectNode activity = fresh(this.channel);
		activity.put("text", "<at>Handover</at> " + text);
		activity.putObject("from")
			.put("id", STAFF.teamsId())
			.put("name", STAFF.name())
			.put("aadObjectId", STAFF.aadObjectId());
		activity.with("conversation").put("id", channelId + ";messageid=" + UUID.randomUUID());
		ObjectNode channelData = activity.with("channelData");
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
			if (candidate.path("verb").asText().endsWith(".submit")) {
				action = candidate;
			}
		}
		if (action == null) {
			return null;
		}
		ObjectNode data = JSON.createObjectNode();
		Iterator<Map.Entry<String, JsonNode>> fields = action.path("data").fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			data.put(field.getKey(), field.getValue().asText());
		}
		collectInputs(form.path("body"), data);
		return data;
	}

	private static void collectInputs(JsonNode node, ObjectNode into) {
		if (node.isArray()) {
			node.forEach(child -> collectInputs(child, into));
		}
		else if (node.isObject()) {
			if (node.path("type").asText().startsWith("Input.") && node.has("id")) {
				into.put(node.path("id").asText(), node.path("value").asText(""));
			}
			collectInputs(node.path("items"), into);
			collectInputs(node.path("columns"), into);
		}
	}

	private static void from(ObjectNode activity, int manager) {
		activity.putObject("from")
			.put("id", "29:faults-manager-" + manager)
			.put("name", "Maria Jansen " + manager)
			.put("aadObjectId", "faults-aad-manager-" + manager);
	}

	private ObjectNode fresh(ObjectNode fixture) {
		ObjectNode activity = fixture.deepCopy();
		activity.put("id", UUID.randomUUID().toString());
		activity.put("serviceUrl", this.serviceUrl);
		return activity;
	}

	private static ObjectNode fixture(String name) {
		String resource = "/activities/" + name + ".json";
		try (InputStream in = Turns.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing fixture " + resource);
			}
			return (ObjectNode) JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
