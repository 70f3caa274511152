package io.handover.e2e;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import io.handover.e2e.Playground.Sent;
import io.handover.e2e.PlaygroundUi.UiRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness proved on the simplest journey: anyone asks the bot what it can do, in the
 * personal chat and by mentioning it in a channel, through Microsoft's own Teams emulator
 * and through its web page in a browser.
 */
@PlaygroundTest
class HelpInPlaygroundTests {

	@Test
	void helpInThePersonalChatAnswersWithTheHelpCard(Playground playground) {
		Sent help = playground.say(MockTenant.PERSONAL_CHAT, "help");

		PlaygroundMessage reply = playground.replyTo(help);
		assertThat(reply.fromBot()).isTrue();
		assertThat(reply.card().path("type").asString()).isEqualTo("AdaptiveCard");
		assertThat(reply.card().path("body")).isNotEmpty();
		assertThat(reply.text()).as("a card alone, so the bot can update it later").isNull();
	}

	@Test
	void helpMentionedInTheGeneralChannelAnswersInTheThreadWithTheChannelCard(Playground playground) {
		PlaygroundMessage personal = playground.replyTo(playground.say(MockTenant.PERSONAL_CHAT, "help"));

		Sent help = playground.mention(MockTenant.GENERAL_CHANNEL, "help");

		PlaygroundMessage reply = playground.replyTo(help);
		assertThat(reply.inChannel(MockTenant.GENERAL_CHANNEL)).isTrue();
		assertThat(reply.conversationId()).as("the thread of the post").contains(";messageid=" + help.messageId());
		assertThat(reply.card().path("body")).isNotEmpty();
		assertThat(reply.cardText()).as("channel help differs from personal help").isNotEqualTo(personal.cardText());
	}

	@Test
	void staffMentioningTheBotInTheirChannelGetTheHelpCardAndCanPressItsButtons(Playground playground) {
		Sent help = playground.mentionAs(MockTenant.IT_STAFF, MockTenant.FACILITIES_CHANNEL, "help");

		PlaygroundMessage reply = playground.replyTo(help);
		assertThat(reply.inChannel(MockTenant.FACILITIES_CHANNEL)).isTrue();

		JsonNode pressed = playground.click(MockTenant.FM_STAFF, reply, "help", Map.of("scope", "channel"));
		assertThat(pressed.path("type").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		assertThat(pressed.path("value").path("body")).isNotEmpty();
	}

	@Test
	void aPersonTypingHelpInTheWebPageSeesTheHelpCard(Playground playground) {
		UiRun run = playground.ui()
			.chat("Personal Chat")
			.say("help")
			.awaitCard()
			.screenshot("help-personal-chat")
			.run("help-personal-chat");

		assertThat(run.lastCardText()).isNotBlank();
		assertThat(run.screenshots()).singleElement().satisfies(shot -> assertThat(shot).exists().isNotEmptyFile());
	}

}
