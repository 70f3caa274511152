package io.handover.teams;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anyone can ask the bot what it can do, in a personal chat or by mentioning it in a
 * channel.
 */
@BotTest
class HelpTests {

	static final String MARIA = "a:personal-chat-maria";

	@Autowired
	MockMvc mvc;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
	}

	@Test
	void helpInAPersonalChatAnswersWithExactlyOneCard() throws Exception {
		this.bot.send(TeamsActivity.personalMessage("help"));

		assertThat(this.connector.sentTo(MARIA)).hasSize(1);
		Call reply = this.connector.sentTo(MARIA).get(0);
		assertThat(reply.conversationId()).isEqualTo("a:personal-chat-maria");
		assertThat(reply.cards()).hasSize(1);
		assertThat(reply.text()).isNull();
		assertThat(cardText(reply.cards().get(0))).containsIgnoringCase("new starter");
	}

	@Test
	void aMentionedHelpInAChannelAnswersWithTheChannelCard() throws Exception {
		this.bot.send(TeamsActivity.channelMessage("help"));

		assertThat(this.connector.sentTo(TeamsActivity.TEAM_ID)).hasSize(1);
		Call reply = this.connector.sentTo(TeamsActivity.TEAM_ID).get(0);
		assertThat(reply.conversationId()).startsWith("19:general-channel@thread.tacv2");
		assertThat(reply.cards()).hasSize(1);
		assertThat(cardText(reply.cards().get(0))).containsIgnoringCase("link");
	}

	@Test
	void dutchHulpGetsTheDutchCard() throws Exception {
		this.bot.send(TeamsActivity.personalMessage("hulp").locale("nl-NL"));

		assertThat(this.connector.sentTo(MARIA)).hasSize(1);
		assertThat(cardText(this.connector.sentTo(MARIA).get(0).cards().get(0)))
			.containsIgnoringCase("nieuwe medewerker");
	}

	@Test
	void theHelpCardsTellItStaffHowToAskTheGuardToCheckALeaverInEnglishAndDutch() throws Exception {
		this.bot.send(TeamsActivity.channelMessage("help"));
		this.bot.send(TeamsActivity.channelMessage("hulp").locale("nl-NL"));
		this.bot.send(TeamsActivity.personalMessage("help"));
		this.bot.send(TeamsActivity.personalMessage("hulp").locale("nl-NL"));

		java.util.List<Call> channel = this.connector.sentTo(TeamsActivity.TEAM_ID);
		assertThat(cardText(channel.get(0).cards().get(0))).contains("Check a leaver now",
				"@Handover check <name, e-mail address or ticket key of a leaver>", "IT staff and Administrators");
		assertThat(cardText(channel.get(1).cards().get(0))).contains("vertrekker",
				"@Handover controleer <naam, e-mailadres of ticketcode van een vertrekker>");
		java.util.List<Call> personal = this.connector.sentTo(MARIA);
		assertThat(cardText(personal.get(0).cards().get(0))).contains("check <name, e-mail address or ticket key");
		assertThat(cardText(personal.get(1).cards().get(0))).contains("controleer <naam, e-mailadres of ticketcode");
	}

	@Test
	void thePersonalHelpCardTellsHrHowToSeeTheHrSourcesInEnglishAndDutch() throws Exception {
		this.bot.send(TeamsActivity.personalMessage("help"));
		this.bot.send(TeamsActivity.personalMessage("hulp").locale("nl-NL"));

		java.util.List<Call> personal = this.connector.sentTo(MARIA);
		assertThat(cardText(personal.get(0).cards().get(0))).contains("The HR systems", "hr sources",
				"HR staff and Administrators");
		assertThat(cardText(personal.get(1).cards().get(0))).contains("De HR-systemen", "hr-bronnen");
	}

	@Test
	void somethingTheBotDoesNotUnderstandGetsTheHelpCardSayingSo() throws Exception {
		this.bot.send(TeamsActivity.personalMessage("what is the weather"));

		assertThat(this.connector.sentTo(MARIA)).hasSize(1);
		Call reply = this.connector.sentTo(MARIA).get(0);
		assertThat(reply.text()).contains("did not understand \"what is the weather\"").contains("Did you mean");
		assertThat(reply.cards()).hasSize(1);
	}

	@Test
	void aTypoGetsTheClosestCommand() throws Exception {
		this.bot.send(TeamsActivity.personalMessage("new startr"));

		assertThat(this.connector.sentTo(MARIA).get(0).text()).contains("Did you mean \"new starter\"");
	}

	@Test
	void aCardActionIsAnsweredInTheHttpResponseAsTeamsExpects() throws Exception {
		JsonNode answer = this.bot.invoke(TeamsActivity.cardAction("help", Map.of("scope", "personal")));

		assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
		assertThat(answer.path("type").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		assertThat(answer.path("value").path("type").asString()).isEqualTo("AdaptiveCard");
		assertThat(this.connector.sentTo(MARIA)).as("an invoke is answered in the response, not by a message")
			.isEmpty();
	}

	@Test
	void anUnknownCardActionGetsAnErrorTeamsCanShow() throws Exception {
		JsonNode answer = this.bot.invoke(TeamsActivity.cardAction("rocket.launch", Map.of()));

		assertThat(answer.path("statusCode").asInt()).isEqualTo(400);
		assertThat(answer.path("type").asString()).isEqualTo("application/vnd.microsoft.error");
		assertThat(answer.path("value").path("message").asString()).contains("rocket.launch");
	}

	@Test
	void anActionSubmitIsNotAUniversalActionAndIsRefused() throws Exception {
		TeamsActivity submit = TeamsActivity.cardAction("help", Map.of());
		((tools.jackson.databind.node.ObjectNode) submit.node().path("value").path("action")).put("type",
				"Action.Submit");

		JsonNode answer = this.bot.invoke(submit);

		assertThat(answer.path("statusCode").asInt()).isEqualTo(400);
		assertThat(answer.path("value").path("message").asString()).contains("Action.Execute");
	}

	static String cardText(JsonNode card) {
		StringBuilder text = new StringBuilder();
		collect(card, text);
		return text.toString();
	}

	private static void collect(JsonNode node, StringBuilder text) {
		if (node.isObject()) {
			node.properties().iterator().forEachRemaining(field -> {
				if (field.getValue().isString() && (field.getKey().equals("text") || field.getKey().equals("title")
						|| field.getKey().equals("value"))) {
					text.append(field.getValue().asString()).append('\n');
				}
				else {
					collect(field.getValue(), text);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach(child -> collect(child, text));
		}
	}

}
