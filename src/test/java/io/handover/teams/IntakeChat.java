package io.handover.teams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.Surnames;
import io.handover.testing.TeamsActivity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager's personal chat with the bot for the intake journeys: writes a message and
 * reads the one card it answers, fills in a form card and submits it as Teams does (the
 * action's data merged with the inputs).
 */
final class IntakeChat {

	private static final Pattern TICKET_KEY = Pattern.compile("JML-\\d{4,}");

	private final BotConversation bot;

	private final ConnectorStub connector;

	/** Who wrote last and where: their card clicks come from them, in that chat. */
	private JsonNode from;

	private String conversationId;

	private String locale;

	IntakeChat(BotConversation bot, ConnectorStub connector) {
		this.bot = bot;
		this.connector = connector;
	}

	BotConversation bot() {
		return this.bot;
	}

	/**
	 * A person's name no other test uses, shaped like a real one: "Jan Bakker Qwhxzt".
	 */
	static String unique(String name) {
		return name + " " + Surnames.unique();
	}

	/** Sends the message and returns the one card of the one reply. */
	JsonNode say(TeamsActivity message) throws Exception {
		String conversation = message.node().path("conversation").path("id").asString();
		// Cards go out in the background (to channels, and status cards to this very
		// chat): only the replies to this message count.
		this.from = message.node().get("from").deepCopy();
		this.conversationId = conversation;
		this.locale = message.node().path("locale").asString("en-US");
		this.bot.send(message);
		List<Call> sent = repliesTo(conversation, message.id());
		assertThat(sent).as("exactly one reply").hasSize(1);
		Call reply = sent.get(0);
		assertThat(reply.text()).as("a card alone, so it can be replaced").isNull();
		assertThat(reply.cards()).hasSize(1);
		return reply.cards().get(0);
	}

	/** Sends the message and returns every card of the one reply (a form per person). */
	List<JsonNode> sayAll(TeamsActivity message) throws Exception {
		String conversation = message.node().path("conversation").path("id").asText();
		this.from = message.node().get("from").deepCopy();
		this.conversationId = conversation;
		this.locale = message.node().path("locale").asText("en-US");
		this.bot.send(message);
		List<Call> sent = repliesTo(conversation, message.id());
		assertThat(sent).as("exactly one reply").hasSize(1);
		return sent.get(0).cards();
	}

	/** What the bot sent in the chat as replies to this message. */
	private List<Call> repliesTo(String conversation, String messageId) {
		return this.connector.sent()
			.stream()
			.filter(call -> conversation.equals(call.conversationId()) && call.kind() == Kind.REPLY
					&& messageId.equals(call.activityId()))
			.toList();
	}

	JsonNode say(String text) throws Exception {
		return say(TeamsActivity.personalMessage(text));
	}

	/** Clicks the form's submit button with the inputs as shown, changed where asked. */
	JsonNode submit(JsonNode form, Map<String, ?> changes) throws Exception {
		return answerCard(this.bot.invoke(submission(form, changes)));
	}

	TeamsActivity submission(JsonNode form, Map<String, ?> changes) {
		JsonNode action = submitAction(form);
		Map<String, Object> data = new LinkedHashMap<>();
		action.path("data")
			.properties()
			.iterator()
			.forEachRemaining(f -> data.put(f.getKey(), f.getValue().asString()));
		inputs(form).forEach(data::put);
		data.putAll(changes);
		TeamsActivity click = TeamsActivity.cardAction(action.path("verb").asString(), data);
		if (this.from != null) {
			click.node().set("from", this.from.deepCopy());
			click.conversation(this.conversationId);
			click.locale(this.locale);
		}
		return click;
	}

	/**
	 * Installs the bot in a team, links its General channel to the department and makes
	 * the member the team's roster: they are that department's staff.
	 */
	static void linkStaff(BotConversation bot, ConnectorStub connector, String teamId, String department,
			ConnectorStub.Member member) throws Exception {
		// The roster first: linking may post the department's owed cards, which reads
		// (and caches) the team's members.
		connector.roster(teamId, List.of(member));
		bot.send(TeamsActivity.botAddedToTeam().team(teamId, "Team " + department));
		bot.send(TeamSetup
			.asAdmin(TeamsActivity.channelMessage("link " + department).team(teamId, "Team " + department)));
		connector.roster(teamId, List.of(member));
		connector.reset();
		connector.roster(teamId, List.of(member));
	}

	static JsonNode answerCard(JsonNode invokeAnswer) {
		assertThat(invokeAnswer.path("statusCode").asInt()).as(invokeAnswer.toString()).isEqualTo(200);
		assertThat(invokeAnswer.path("type").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		return invokeAnswer.path("value");
	}

	static JsonNode submitAction(JsonNode card) {
		for (JsonNode action : card.path("actions")) {
			if (action.path("verb").asString().endsWith(".submit")) {
				return action;
			}
		}
		throw new AssertionError("No submit button on " + card);
	}

	static String draftId(JsonNode form) {
		return submitAction(form).path("data").path("draftId").asString();
	}

	/** Every input of the card with the value it shows. */
	static Map<String, String> inputs(JsonNode card) {
		Map<String, String> inputs = new LinkedHashMap<>();
		for (JsonNode element : elements(card)) {
			if (element.path("type").asString().startsWith("Input.")) {
				inputs.put(element.path("id").asString(), element.path("value").asString(""));
			}
		}
		return inputs;
	}

	/** The correction shown right under each input (red text), by input id. */
	static Map<String, String> errors(JsonNode card) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<JsonNode> elements = elements(card);
		for (int i = 0; i + 1 < elements.size(); i++) {
			JsonNode input = elements.get(i);
			JsonNode next = elements.get(i + 1);
			if (input.path("type").asString().startsWith("Input.") && "TextBlock".equals(next.path("type").asString())
					&& "Attention".equals(next.path("color").asString())) {
				errors.put(input.path("id").asString(), next.path("text").asString());
			}
		}
		return errors;
	}

	/**
	 * The note next to each input (after its correction, if any) asking to check what the
	 * words prefilled, by input id.
	 */
	static Map<String, String> notes(JsonNode card) {
		Map<String, String> notes = new LinkedHashMap<>();
		List<JsonNode> elements = elements(card);
		for (int i = 0; i + 1 < elements.size(); i++) {
			JsonNode input = elements.get(i);
			if (!input.path("type").asText().startsWith("Input.")) {
				continue;
			}
			for (int j = i + 1; j < elements.size() && j <= i + 2; j++) {
				JsonNode next = elements.get(j);
				if (next.path("type").asText().startsWith("Input.")) {
					break;
				}
				if ("TextBlock".equals(next.path("type").asText()) && "Warning".equals(next.path("color").asText())) {
					notes.put(input.path("id").asText(), next.path("text").asText());
				}
			}
		}
		return notes;
	}

	static String ticketKey(JsonNode statusCard) {
		Matcher matcher = TICKET_KEY.matcher(HelpTests.cardText(statusCard));
		assertThat(matcher.find()).as("a ticket key on " + statusCard).isTrue();
		return matcher.group();
	}

	static String text(JsonNode card) {
		return HelpTests.cardText(card);
	}

	private static List<JsonNode> elements(JsonNode card) {
		List<JsonNode> all = new ArrayList<>();
		collect(card.path("body"), all);
		return all;
	}

	private static void collect(JsonNode node, List<JsonNode> all) {
		if (node.isArray()) {
			node.forEach(child -> collect(child, all));
		}
		else if (node.isObject()) {
			if (node.has("type")) {
				all.add(node);
			}
			collect(node.path("items"), all);
			collect(node.path("columns"), all);
		}
	}

}
