package io.handover.teams;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.Surnames;
import io.handover.testing.TeamsActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.ticketKey;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 9: the log tells what happened in business words, one INFO line per
 * event: a ticket opened or changed (with its key), a card posted or updated (with the
 * ticket and the channel).
 */
@BotTest
@ExtendWith(OutputCaptureExtension.class)
class BusinessEventLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	EmployeeDirectory employees;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	IntakeChat chat;

	TeamSetup team;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.chat = new IntakeChat(this.bot, this.connector);
		Member peter = TeamSetup.member("Peter " + Surnames.unique());
		this.team = new TeamSetup(this.bot, this.connector).withStaff(peter);
	}

	@Test
	void anOpenedTicketAndItsCardsAreLoggedWithKeyAndChannel(CapturedOutput output) throws Exception {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String name = unique("Anna de Vries");
		// a manager of people opens their starter's ticket themself
		String upn = "marieke." + id + "@contoso.example";
		this.employees.register(new NewEmployee("Marieke " + id, upn, "aad-manager-" + id, null, null),
				Actor.system("test"));
		this.employees.register(
				new NewEmployee(unique("Rik Rapport"), "rik." + id + "@contoso.example", null, null, upn),
				Actor.system("test"));
		JsonNode form = this.chat.say(TeamsActivity.personalMessage(name + " starts on 7 December as sales")
			.conversation("a:personal-" + id)
			.from("29:manager-" + id, "aad-manager-" + id, "Marieke " + id));
		String key = ticketKey(this.chat.submit(form, Map.of()));
		this.dispatcher.drain();

		assertThat(output.getOut().lines().filter(line -> line.contains("Ticket opened: " + key))).singleElement()
			.satisfies(line -> assertThat(line).contains(" INFO ").contains("JOINER").contains(name));
		assertThat(output.getOut().lines().filter(line -> line.contains("Card posted: " + key)))
			.anySatisfy(line -> assertThat(line).contains("dept:IT").contains(this.team.general));
	}

}
