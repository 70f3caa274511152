package io.handover.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bot Framework activities as Teams sends them, built from the journey tests' fixtures
 * (src/test/resources/activities) with a fresh id each, pointing at the connector stub.
 */
final class Activities {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String serviceUrl;

	private final ObjectNode personal = fixture("personal-message");

	private final ObjectNode channel = fixture("channel-message");

	private final ObjectNode cardAction = fixture("card-action");

	private final ObjectNode botAdded = fixture("bot-added-to-team");

	Activities(String serviceUrl) {
		this.serviceUrl = serviceUrl;
	}

	/** A message in the personal chat of manager number {@code n}. */
	ObjectNode personalMessage(int n, String text) {
		ObjectNode activity = fresh(this.personal);
		activity.put("text", text);
		activity.putObject("from")
			.put("id", "29:bench-manager-" + n)
			.put("name", "Maria Jansen " + n)
			.put("aadObjectId", "bench-aad-manager-" + n);
		activity.with("conversation").put("id", personalChat(n));
		return activity;
	}

	static String personalChat(int n) {
		return "a:bench-personal-" + n;
	}

	/** The manager clicks a button of a card in their personal chat. */
	ObjectNode personalCardAction(int n, String verb, JsonNode data) {
		ObjectNode activity = fresh(this.cardAction);
		activity.with("value").with("action").put("verb", verb).set("data", data);
		activity.putObject("from")
			.put("id", "29:bench-manager-" + n)
			.put("name", "Maria Jansen " + n)
			.put("aadObjectId", "bench-aad-manager-" + n);
		activity.with("conversation").put("id", personalChat(n));
		return activity;
	}

	/** A department staff member clicks a button of a card in a team's channel. */
	ObjectNode channelCardAction(String teamId, String channelId, ConnectorStub.Staff who, String verb, JsonNode data) {
		ObjectNode activity = fresh(this.cardAction);
		activity.with("value").with("action").put("verb", verb).set("data", data);
		activity.putObject("from")
			.put("id", who.teamsId())
			.put("name", who.name())
			.put("aadObjectId", who.aadObjectId());
		activity.with("conversation").put("conversationType", "channel").put("id", channelId);
		ObjectNode channelData = activity.with("channelData");
		channelData.putObject("team").put("id", teamId).put("name", "Operations");
		channelData.putObject("channel").put("id", channelId);
		return activity;
	}

	/** Teams telling the bot it was added to a team. */
	ObjectNode botAddedToTeam(String teamId) {
		ObjectNode activity = fresh(this.botAdded);
		activity.with("conversation").put("id", teamId);
		activity.with("channelData").with("team").put("id", teamId).put("name", "Operations");
		return activity;
	}

	/** A message mentioning the bot in a channel of the team. */
	ObjectNode channelMessage(String teamId, String channelId, ConnectorStub.Staff who, String text) {
		ObjectNode activity = fresh(this.channel);
		activity.put("text", "<at>Handover</at> " + text);
		activity.putObject("from")
			.put("id", who.teamsId())
			.put("name", who.name())
			.put("aadObjectId", who.aadObjectId());
		activity.with("conversation").put("id", channelId + ";messageid=" + UUID.randomUUID());
		ObjectNode channelData = activity.with("channelData");
		channelData.put("teamsChannelId", channelId).put("teamsTeamId", teamId);
		channelData.putObject("channel").put("id", channelId);
		channelData.putObject("team").put("id", teamId).put("name", "Operations");
		return activity;
	}

	/**
	 * What Teams sends when a form is submitted: the action's data merged with every
	 * input's value, as shown.
	 */
	static ObjectNode submission(JsonNode form, Map<String, String> changes) {
		JsonNode action = submitAction(form);
		ObjectNode data = JSON.createObjectNode();
		Iterator<Map.Entry<String, JsonNode>> fields = action.path("data").fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			data.put(field.getKey(), field.getValue().asText());
		}
		collectInputs(form.path("body"), data);
		changes.forEach(data::put);
		return data;
	}

	static String submitVerb(JsonNode form) {
		return submitAction(form).path("verb").asText();
	}

	private static JsonNode submitAction(JsonNode card) {
		for (JsonNode action : card.path("actions")) {
			if (action.path("verb").asText().endsWith(".submit")) {
				return action;
			}
		}
		throw new IllegalStateException("No submit button on the form: " + card);
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

	private ObjectNode fresh(ObjectNode fixture) {
		ObjectNode activity = fixture.deepCopy();
		activity.put("id", UUID.randomUUID().toString());
		activity.put("serviceUrl", this.serviceUrl);
		return activity;
	}

	private static ObjectNode fixture(String name) {
		String resource = "/activities/" + name + ".json";
		try (InputStream in = Activities.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing fixture " + resource + " (built from src/test/resources)");
			}
			return (ObjectNode) JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
