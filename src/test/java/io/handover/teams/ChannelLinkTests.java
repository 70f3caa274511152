package io.handover.teams;

import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Departments choose their channel by mentioning the bot there:
 * {@code @Handover link IT}. One channel may serve several departments.
 */
@BotTest
class ChannelLinkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DepartmentChannels channels;

	@Autowired
	AuditTrail audit;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	TeamSetup team;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.team = new TeamSetup(this.bot, this.connector).withStaff(TeamSetup.member("Peter de Boer"));
		this.connector.reset();
	}

	@Test
	void linkingAChannelToASecondDepartmentKeepsTheFirst() {
		assertThat(this.channels.find(this.team.facilities).departments()).containsExactly("FM", "HR");
		assertThat(this.channels.find(this.team.general).departments()).containsExactly("IT");
		assertThat(this.audit.historyOf("channel", this.team.facilities)).extracting(AuditEntry::action)
			.containsExactly("linked", "linked");
		assertThat(this.audit.historyOf("channel", this.team.facilities)).extracting(AuditEntry::actorId)
			.containsOnly(TeamSetup.ADMIN.aadObjectId());
	}

	@Test
	void theBotConfirmsTheLinkInTheChannel() throws Exception {
		this.bot.send(TeamSetup.asAdmin(this.team.inChannel(this.team.general, "link hr")));

		assertThat(this.connector.sentTo(this.team.general)).hasSize(1);
		assertThat(HelpTests.cardText(reply().cards().get(0))).contains("IT, HR");
	}

	@Test
	void anUnknownDepartmentIsNamedAndNothingIsLinked() throws Exception {
		this.bot.send(this.team.inChannel(this.team.general, "link Catering"));

		assertThat(HelpTests.cardText(reply().cards().get(0))).contains("no department 'Catering'")
			.contains("IT, FM, HR");
		assertThat(this.channels.find(this.team.general).departments()).containsExactly("IT");
	}

	@Test
	void unlinkRemovesOneDepartmentOrAll() throws Exception {
		this.bot.send(TeamSetup.asAdmin(this.team.inChannel(this.team.facilities, "unlink HR")));
		assertThat(this.channels.find(this.team.facilities).departments()).containsExactly("FM");

		this.bot.send(TeamSetup.asAdmin(this.team.inChannel(this.team.facilities, "unlink")));
		assertThat(this.channels.find(this.team.facilities).departments()).isEmpty();
	}

	@Test
	void departmentsListsTheLinksOfTheTeam() throws Exception {
		this.bot.send(this.team.inChannel(this.team.general, "departments"));

		String text = HelpTests.cardText(reply().cards().get(0));
		assertThat(text).contains("General: IT").contains("Facilities: FM, HR");
	}

	@Test
	void linkingNeedsTheBotInstalledInTheTeam() throws Exception {
		this.bot.send(TeamsActivity.botRemovedFromTeam().team(this.team.teamId, "Operations"));
		this.connector.reset();

		this.bot.send(TeamSetup.asAdmin(this.team.inChannel(this.team.general, "link FM")));

		assertThat(HelpTests.cardText(reply().cards().get(0))).contains("Install Handover");
		assertThat(this.channels.find(this.team.general).departments()).containsExactly("IT");
	}

	@Test
	void aLinkMadeBeforeLinksNeededAnAdministratorBecomesARequestAtStart(
			@Autowired org.springframework.data.mongodb.core.MongoTemplate mongo) {
		String channel = "19:legacy-" + java.util.UUID.randomUUID() + "@thread.tacv2";
		mongo.insert(new org.bson.Document("_id", channel).append("teamId", this.team.teamId)
			.append("departments", java.util.List.of("IT"))
			.append("linkedBy", "Someone"), "channel_links");

		this.channels.suspendLinksNoAdministratorApproved();

		ChannelLink link = this.channels.find(channel);
		assertThat(link.departments()).isEmpty();
		assertThat(link.request("IT")).hasValueSatisfying(r -> assertThat(r.byName()).isEqualTo("Someone"));
		assertThat(this.channels.channelsOf("IT")).extracting(ChannelLink::id).doesNotContain(channel);
		assertThat(this.audit.historyOf("channel", channel)).extracting(AuditEntry::action)
			.containsExactly("link-suspended");
		// links an Administrator made stay
		assertThat(this.channels.find(this.team.general).departments()).containsExactly("IT");
	}

	@Test
	void linkingInAPersonalChatExplainsWhereItWorks() throws Exception {
		this.bot.send(TeamsActivity.personalMessage("link IT"));

		assertThat(HelpTests.cardText(this.connector.sentTo("a:personal-chat-maria").get(0).cards().get(0)))
			.contains("team channel");
	}

	/**
	 * The bot's last answer in this test's team: a reply to what was said, not a
	 * department card other tests' tickets post to the channels linked here.
	 */
	private ConnectorStub.Call reply() {
		java.util.List<ConnectorStub.Call> answers = new java.util.ArrayList<>(
				this.connector.sentTo(this.team.general));
		answers.addAll(this.connector.sentTo(this.team.facilities));
		answers.removeIf(call -> call.kind() != ConnectorStub.Kind.REPLY);
		return answers.get(answers.size() - 1);
	}

}
