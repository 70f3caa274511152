package io.handover.teams;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.ticketKey;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 1: a ticket opened before its department's channel is linked is not
 * lost. The manager's status card (and {@code status}) says which department has no
 * channel yet and how to link one; when an Administrator links (or approves) the channel,
 * the cards of the open tickets that department has not seen yet are posted there.
 */
@BotTest
class UnlinkedDepartmentTests {

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	IntakeChat chat;

	TeamSetup team;

	Member sanne;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.bot = new BotConversation(this.mvc, this.connector);
		this.chat = new IntakeChat(this.bot, this.connector);
		this.sanne = TeamSetup.member("Sanne Smit " + Surnames.unique());
		this.team = new TeamSetup(this.bot, this.connector).installedWith(this.sanne);
		// IT has no channel anywhere (other classes' teams linked one)
		this.mongo.updateMulti(Query.query(Criteria.where("departments").is("IT")),
				new Update().pull("departments", "IT"), ChannelLink.class);
	}

	@Test
	void theManagerIsToldThatItHasNoChannelAndLinkingOnePostsTheTicketThere() throws Exception {
		TeamsActivity as = manager();
		JsonNode answer = announceStarter(as);
		String key = ticketKey(answer);

		assertThat(text(answer)).contains("IT has no channel yet: `@Handover link IT` in a team channel");
		this.dispatcher.drain();
		assertThat(cardsOf(key, this.team.general)).as("nowhere to post IT's card yet").isEmpty();
		assertThat(text(this.chat.say(message(as, "status " + key))))
			.contains("IT has no channel yet: `@Handover link IT` in a team channel");

		this.team.link(this.team.general, "IT");

		List<Call> posted = this.connector.awaitCalls(call -> isCardOf(call, key, this.team.general), 1,
				Duration.ofSeconds(30));
		assertThat(posted).as("IT's card of %s posted when IT's channel was linked", key).hasSize(1);
		assertThat(posted.get(0).cards().get(0).toString()).contains("Tasks for").contains("IT");
		assertThat(text(this.chat.say(message(as, "status " + key)))).doesNotContain("IT has no channel yet");
	}

	@Test
	void aChannelApprovedByAnAdministratorGetsTheOwedCardsToo() throws Exception {
		String key = ticketKey(announceStarter(manager()));
		this.bot.send(this.team.inChannel(this.team.general, "link IT")
			.from(this.sanne.id(), this.sanne.aadObjectId(), this.sanne.name()));
		this.dispatcher.drain();
		assertThat(cardsOf(key, this.team.general)).as("a request posts nothing").isEmpty();

		TeamsActivity approve = TeamsActivity
			.cardAction(LinkRequestActions.APPROVE, Map.of("channelId", this.team.general, "departmentKey", "IT"))
			.from(TeamSetup.ADMIN.id(), TeamSetup.ADMIN.aadObjectId(), TeamSetup.ADMIN.name());
		approve.node()
			.withObjectProperty("conversation")
			.put("conversationType", "channel")
			.put("id", this.team.general);
		this.bot.invoke(approve);

		assertThat(this.connector.awaitCalls(call -> isCardOf(call, key, this.team.general), 1, Duration.ofSeconds(30)))
			.hasSize(1);
	}

	@Test
	void aSecondChannelOfTheDepartmentIsNotFloodedWithCardsAlreadyPosted() throws Exception {
		this.team.link(this.team.general, "IT");
		String key = ticketKey(announceStarter(manager()));
		this.dispatcher.drain();
		assertThat(cardsOf(key, this.team.general)).hasSize(1);

		this.team.link(this.team.facilities, "IT");
		// a ticket still owed somewhere would arrive within this time
		String other = ticketKey(announceStarter(manager()));
		this.connector.awaitCalls(call -> isCardOf(call, other, this.team.facilities), 1, Duration.ofSeconds(10));

		assertThat(cardsOf(key, this.team.facilities)).as("IT has seen %s already", key).isEmpty();
	}

	private List<Call> cardsOf(String key, String channel) {
		return this.connector.calls().stream().filter(call -> isCardOf(call, key, channel)).toList();
	}

	private static boolean isCardOf(Call call, String key, String channel) {
		return call.kind() == ConnectorStub.Kind.SEND && channel.equals(call.conversationId())
				&& call.body().toString().contains(key);
	}

	private JsonNode announceStarter(TeamsActivity as) throws Exception {
		JsonNode form = this.chat.say(message(as, unique("Anna de Vries") + " starts on 7 December as sales"));
		return this.chat.submit(form, Map.of());
	}

	/** A manager of their own. */
	private TeamsActivity manager() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		PeopleManagers.marieke(this.employees, id);
		return TeamsActivity.personalMessage("help")
			.conversation("a:personal-" + id)
			.from("29:manager-" + id, "aad-manager-" + id, "Marieke " + id);
	}

	private static TeamsActivity message(TeamsActivity as, String text) {
		return TeamsActivity.personalMessage(text)
			.conversation(as.node().path("conversation").path("id").asString())
			.from(as.node().path("from").path("id").asString(), as.node().path("from").path("aadObjectId").asString(),
					as.node().path("from").path("name").asString());
	}

}
