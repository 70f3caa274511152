package io.handover.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Teams-shaped activities for tests, built from the JSON fixtures under
 * {@code src/test/resources/activities/} as Teams sends them, with the parts a test cares
 * about changed.
 */
public final class TeamsActivity {

	private static final ObjectMapper JSON = new ObjectMapper();

	public static final String TENANT = "11111111-2222-3333-4444-555555555555";

	public static final String BOT_ID = "28:handover-bot-id";

	public static final String TEAM_ID = "19:general-channel@thread.tacv2";

	private final ObjectNode activity;

	private TeamsActivity(ObjectNode activity) {
		this.activity = activity;
		this.activity.put("id", UUID.randomUUID().toString());
	}

	/** A message in the personal chat of the manager Maria Jansen with the bot. */
	public static TeamsActivity personalMessage(String text) {
		return fixture("personal-message").text(text);
	}

	/** A message in the General channel of team Operations that mentions the bot. */
	public static TeamsActivity channelMessage(String textAfterMention) {
		return fixture("channel-message").text("<at>Handover</at> " + textAfterMention);
	}

	/** A click on an {@code Action.Execute} button, in Maria's personal chat. */
	public static TeamsActivity cardAction(String verb, Map<String, ?> data) {
		TeamsActivity invoke = fixture("card-action");
		ObjectNode action = (ObjectNode) invoke.activity.path("value").path("action");
		action.put("verb", verb);
		action.set("data", JSON.valueToTree(data));
		return invoke;
	}

	/** Teams telling the bot it was added to team Operations. */
	public static TeamsActivity botAddedToTeam() {
		return fixture("bot-added-to-team");
	}

	/** Teams telling the bot that this person joined team Operations. */
	public static TeamsActivity memberAddedToTeam(String teamsId, String aadObjectId) {
		TeamsActivity update = fixture("bot-added-to-team");
		ArrayNode added = update.activity.putArray("membersAdded");
		added.addObject().put("id", teamsId).put("aadObjectId", aadObjectId);
		return update;
	}

	/** Teams telling the bot it was removed from team Operations. */
	public static TeamsActivity botRemovedFromTeam() {
		TeamsActivity update = fixture("bot-added-to-team");
		ArrayNode removed = update.activity.putArray("membersRemoved");
		removed.addObject().put("id", BOT_ID);
		update.activity.remove("membersAdded");
		((ObjectNode) update.activity.path("channelData")).put("eventType", "teamMemberRemoved");
		return update;
	}

	/** The installationUpdate Teams sends with it: {@code add} or {@code remove}. */
	public static TeamsActivity teamInstallation(String action) {
		return fixture("installation-update").set("action", action);
	}

	public TeamsActivity text(String text) {
		this.activity.put("text", text);
		return this;
	}

	public TeamsActivity serviceUrl(String serviceUrl) {
		this.activity.put("serviceUrl", serviceUrl);
		return this;
	}

	public TeamsActivity id(String id) {
		this.activity.put("id", id);
		return this;
	}

	public TeamsActivity locale(String locale) {
		this.activity.put("locale", locale);
		return this;
	}

	public TeamsActivity from(String teamsId, String aadObjectId, String name) {
		ObjectNode from = this.activity.putObject("from");
		from.put("id", teamsId).put("aadObjectId", aadObjectId).put("name", name);
		return this;
	}

	public TeamsActivity conversation(String conversationId) {
		((ObjectNode) this.activity.path("conversation")).put("id", conversationId);
		return this;
	}

	/** Puts the activity in another team (channel messages and team events). */
	/** In a team whose Entra group (the team's id in Graph) is {@code aadGroupId}. */
	public TeamsActivity team(String teamId, String name, String aadGroupId) {
		team(teamId, name);
		((ObjectNode) this.activity.path("channelData").path("team")).put("aadGroupId", aadGroupId);
		return this;
	}

	public TeamsActivity team(String teamId, String name) {
		ObjectNode channelData = (ObjectNode) this.activity.path("channelData");
		channelData.putObject("team").put("id", teamId).put("name", name);
		if (channelData.has("channel")) {
			channelData.putObject("channel").put("id", teamId);
		}
		((ObjectNode) this.activity.path("conversation")).put("id", teamId);
		return this;
	}

	public TeamsActivity set(String field, String value) {
		this.activity.put(field, value);
		return this;
	}

	public TeamsActivity remove(String field) {
		this.activity.remove(field);
		return this;
	}

	public String id() {
		return this.activity.path("id").asString();
	}

	public ObjectNode node() {
		return this.activity;
	}

	public String json() {
		return this.activity.toString();
	}

	@Override
	public String toString() {
		return json();
	}

	private static TeamsActivity fixture(String name) {
		String resource = "/activities/" + name + ".json";
		try (InputStream in = TeamsActivity.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing fixture " + resource);
			}
			JsonNode node = JSON.readTree(in);
			return new TeamsActivity((ObjectNode) node);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
