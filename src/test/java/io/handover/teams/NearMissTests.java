package io.handover.teams;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.testing.PeopleManagers;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.Surnames;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.ticketKey;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, findings 6 and 7: what a newcomer types first must not end in "did not
 * understand": a group chat gets help that fits it, {@code status <name>} works,
 * {@code link IT HR} links several departments at once, and "did you mean <full name>?"
 * is a button.
 */
@BotTest
class NearMissTests {

	static final String GROUP = "19:group-chat-near-miss@thread.v2";

	@Autowired
	MockMvc mvc;

	@Autowired
	DepartmentChannels channels;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	IntakeChat chat;

	@BeforeEach
	void setUp() {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.bot = new BotConversation(this.mvc, this.connector);
		this.chat = new IntakeChat(this.bot, this.connector);
	}

	@Test
	void helpInAGroupChatOffersWhatWorksThereAndNoChannelLinking() throws Exception {
		JsonNode help = this.chat.say(inGroupChat("help"));

		assertThat(text(help)).contains("Handover in this group chat", "status JML-0042", "personal chat")
			.doesNotContainIgnoringCase("link this channel")
			.doesNotContain("@Handover link");
	}

	@Test
	void aTypoInAGroupChatSuggestsAGroupChatCommand() throws Exception {
		this.bot.send(inGroupChat("lnk IT"));

		Call reply = this.connector.sentTo(GROUP).get(0);
		assertThat(reply.text()).doesNotContain("\"link\"");
		assertThat(text(reply.cards().get(0))).contains("Handover in this group chat");
	}

	@Test
	void statusWithAPersonsNameShowsTheirTicket() throws Exception {
		TeamsActivity manager = manager();
		String name = unique("Anna de Vries");
		JsonNode form = this.chat.say(as(manager, name + " starts on 7 December as sales"));
		String key = ticketKey(this.chat.submit(form, Map.of()));

		JsonNode status = this.chat.say(as(manager, "status " + name));

		assertThat(ticketKey(status)).isEqualTo(key);
		assertThat(text(status)).contains("Progress per department");
	}

	@Test
	void statusOfSomeoneNotInTheRegisterOffersTheClosestNameAsAButton() throws Exception {
		TeamsActivity manager = manager();
		String name = unique("Jan Bakker");
		this.employees.registerAnnounced(name, null, null, Actor.system("test"));
		String typo = name.substring(0, name.length() - 1);

		JsonNode answer = this.chat.say(as(manager, "status " + typo));

		assertThat(text(answer)).contains("Did you mean", name);
		JsonNode button = answer.path("actions").get(0);
		assertThat(button.path("title").asString()).isEqualTo(name);
		assertThat(button.path("verb").asString()).isEqualTo("command.run");

		TeamsActivity click = TeamsActivity.cardAction("command.run",
				Map.of("text", button.path("data").path("text").asString()));
		click.node().set("from", manager.node().get("from"));
		click.conversation(manager.node().path("conversation").path("id").asString());
		JsonNode clicked = IntakeChat.answerCard(this.bot.invoke(click));
		assertThat(text(clicked)).as("the status of %s, as if typed", name)
			.contains("There is no ticket for " + name + " that you can see")
			.doesNotContain("Did you mean");
	}

	@Test
	void severalDepartmentsAreLinkedAtOnce() throws Exception {
		TeamSetup team = new TeamSetup(this.bot, this.connector).installedWith(TeamSetup.member("Sam " + suffix()));

		this.bot.send(TeamSetup.asAdmin(team.inChannel(team.facilities, "link FM and HR")));
		assertThat(this.channels.find(team.facilities).departments()).containsExactly("FM", "HR");

		this.bot.send(TeamSetup.asAdmin(team.inChannel(team.general, "link IT HR")));
		assertThat(this.channels.find(team.general).departments()).containsExactly("IT", "HR");
		assertThat(text(last(team.general))).contains("This channel now receives the tasks of: IT, HR");
	}

	@Test
	void someoneWhoIsNotAnAdministratorRequestsEachDepartment() throws Exception {
		Member sanne = TeamSetup.member("Sanne " + suffix());
		TeamSetup team = new TeamSetup(this.bot, this.connector).installedWith(sanne);

		this.bot.send(team.inChannel(team.general, "link IT, FM").from(sanne.id(), sanne.aadObjectId(), sanne.name()));

		assertThat(this.channels.find(team.general).departments()).isEmpty();
		assertThat(this.channels.find(team.general).requests()).extracting(ChannelLink.Request::department)
			.containsExactly("IT", "FM");
		List<JsonNode> cards = this.connector.sentTo(team.general)
			.get(this.connector.sentTo(team.general).size() - 1)
			.cards();
		assertThat(cards).hasSize(2);
	}

	@Test
	void anUnknownDepartmentAmongSeveralIsNamedAndNothingIsLinked() throws Exception {
		TeamSetup team = new TeamSetup(this.bot, this.connector).installedWith(TeamSetup.member("Sam " + suffix()));

		this.bot.send(TeamSetup.asAdmin(team.inChannel(team.general, "link IT sales")));

		assertThat(text(last(team.general))).contains("There is no department 'sales'");
		assertThat(this.channels.find(team.general)).satisfiesAnyOf(link -> assertThat(link).isNull(),
				link -> assertThat(link.departments()).isEmpty());
	}

	private JsonNode last(String channel) {
		List<Call> sent = this.connector.sentTo(channel);
		return sent.get(sent.size() - 1).cards().get(0);
	}

	/** Letters only: TeamSetup.member keeps only letters in the ids. */
	private static String suffix() {
		return Surnames.unique();
	}

	private static TeamsActivity inGroupChat(String text) {
		TeamsActivity message = TeamsActivity.personalMessage(text).conversation(GROUP);
		((tools.jackson.databind.node.ObjectNode) message.node().path("conversation"))
			.put("conversationType", "groupChat")
			.put("isGroup", true);
		return message;
	}

	private TeamsActivity manager() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		PeopleManagers.marieke(this.employees, id);
		return TeamsActivity.personalMessage("help")
			.conversation("a:personal-" + id)
			.from("29:manager-" + id, "aad-manager-" + id, "Marieke " + id);
	}

	private static TeamsActivity as(TeamsActivity as, String text) {
		return TeamsActivity.personalMessage(text)
			.conversation(as.node().path("conversation").path("id").asString())
			.from(as.node().path("from").path("id").asString(), as.node().path("from").path("aadObjectId").asString(),
					as.node().path("from").path("name").asString());
	}

}
