package io.handover.teams;

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
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.ticketKey;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 3: a task that waits for another says which one on its department's
 * card, with the other department's name when it waits for another department; "Blocked"
 * alone tells staff nothing.
 */
@BotTest
class BlockedTaskCardTests {

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	IntakeChat chat;

	TeamSetup team;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.bot = new BotConversation(this.mvc, this.connector);
		this.chat = new IntakeChat(this.bot, this.connector);
		Member peter = TeamSetup.member("Peter de Groot " + Surnames.unique());
		this.team = new TeamSetup(this.bot, this.connector).withStaff(peter);
	}

	@Test
	void aBlockedTaskNamesTheTaskItWaitsFor() throws Exception {
		String key = announceStarter();
		this.dispatcher.drain();

		String it = text(cardIn(this.team.general, key, "Tasks for IT"));
		assertThat(it).contains("Set up laptop", "Blocked")
			.contains("Waiting for: Create the account, group memberships and licences");

		String fm = text(cardIn(this.team.facilities, key, "Tasks for Facility Management"));
		assertThat(fm).as("FM's pass waits for HR's contract")
			.contains("Program and issue access pass")
			.contains("Waiting for: Process the contract and registration (Human Resources)");
	}

	@Test
	void theNameIsInTheCardsLanguage() throws Exception {
		String key = announceStarter();
		this.dispatcher.drain();
		TeamsActivity refresh = TeamsActivity
			.cardAction("refresh", Map.of("card", "task.department", "ticketKey", key, "departmentKey", "IT"))
			.from(this.team.staff.get(0).id(), this.team.staff.get(0).aadObjectId(), this.team.staff.get(0).name())
			.locale("nl-NL");
		refresh.node()
			.withObjectProperty("conversation")
			.put("conversationType", "channel")
			.put("id", this.team.general);

		JsonNode card = this.bot.invoke(refresh).path("value");

		assertThat(text(card)).contains("Wacht op: Create the account, group memberships and licences");
	}

	/** The last card of the department for the ticket in the channel. */
	private JsonNode cardIn(String channel, String key, String heading) {
		List<Call> posted = this.connector.sentTo(channel)
			.stream()
			.filter(call -> call.body().toString().contains(key) && text(call.cards().get(0)).startsWith(heading))
			.toList();
		assertThat(posted).as("the card of %s in %s", key, channel).isNotEmpty();
		return posted.get(posted.size() - 1).cards().get(0);
	}

	private String announceStarter() throws Exception {
		String id = UUID.randomUUID().toString().substring(0, 8);
		PeopleManagers.marieke(this.employees, id);
		TeamsActivity as = TeamsActivity.personalMessage(unique("Anna de Vries") + " starts on 7 December as sales")
			.conversation("a:personal-" + id)
			.from("29:manager-" + id, "aad-manager-" + id, "Marieke " + id);
		JsonNode form = this.chat.say(as);
		return ticketKey(this.chat.submit(form, Map.of()));
	}

}
