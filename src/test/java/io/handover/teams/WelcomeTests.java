package io.handover.teams;

import java.util.List;
import java.util.UUID;

import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 8: installing the app or opening the personal chat shows something
 * before anyone types: in the team, how to link the department channels; in the personal
 * chat, what a manager can do, in their language. Once, however often Teams reports it.
 */
@BotTest
class WelcomeTests {

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
	void installingInATeamPostsHowToLinkTheChannelsOnce() throws Exception {
		String teamId = "19:welcome-" + UUID.randomUUID() + "@thread.tacv2";

		this.bot.send(TeamsActivity.botAddedToTeam().team(teamId, "Operations"));
		this.bot.send(TeamsActivity.teamInstallation("add").team(teamId, "Operations"));

		List<Call> welcome = this.connector.sentTo(teamId);
		assertThat(welcome).as("one welcome for two install events").hasSize(1);
		assertThat(text(welcome.get(0).cards().get(0))).contains("Handover is installed in this team")
			.contains("@Handover link IT")
			.contains("@Handover link FM HR")
			.contains("request that an Administrator approves");
	}

	@Test
	void openingThePersonalChatShowsWhatAManagerCanDoInTheirLanguage() throws Exception {
		String english = "a:personal-welcome-" + UUID.randomUUID();
		String dutch = "a:personal-welcome-" + UUID.randomUUID();

		this.bot.send(personalInstall(english, "en-US"));
		this.bot.send(personalInstall(english, "en-US"));
		this.bot.send(personalInstall(dutch, "nl-NL"));

		assertThat(this.connector.sentTo(english)).singleElement()
			.satisfies(call -> assertThat(text(call.cards().get(0))).contains("Welcome to Handover")
				.contains("Announce a new starter")
				.contains("my tickets"));
		assertThat(this.connector.sentTo(dutch)).singleElement()
			.satisfies(call -> assertThat(text(call.cards().get(0))).contains("Welkom bij Handover")
				.contains("Een nieuwe medewerker aanmelden"));
	}

	/** Teams adding the bot to a person's personal chat (the app installed for them). */
	private static TeamsActivity personalInstall(String conversationId, String locale) {
		TeamsActivity update = TeamsActivity.personalMessage("").conversation(conversationId).locale(locale);
		update.set("type", "conversationUpdate").remove("text");
		update.node().putArray("membersAdded").addObject().put("id", TeamsActivity.BOT_ID);
		return update;
	}

}
