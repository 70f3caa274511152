package io.handover.teams;

import java.time.LocalDate;
import java.util.List;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.Surnames;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session 17: when HR changes the manager of someone with an open ticket, the new manager
 * is told in their personal chat that the ticket is theirs now, and the old one that it
 * no longer is; once each, however often the change is delivered.
 */
@BotTest
class ManagerChangeNoticesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	Member maria;

	Member piet;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.bot = new BotConversation(this.mvc, this.connector);
		IntakeChat chat = new IntakeChat(this.bot, this.connector);
		this.maria = TeamSetup.member("Maria Jansen " + Surnames.unique());
		this.piet = TeamSetup.member("Piet Smit " + Surnames.unique());
		for (Member manager : List.of(this.maria, this.piet)) {
			this.employees.register(new NewEmployee(manager.name(), manager.email(), manager.aadObjectId(), null, null),
					Actor.system("test"));
			chat.say(TeamsActivity.personalMessage("help")
				.conversation(chatOf(manager))
				.from(manager.id(), manager.aadObjectId(), manager.name()));
		}
	}

	@Test
	void bothManagersAreToldOnceWhenHrNamesAnotherManager() {
		String name = unique("Anna de Vries");
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, name, null, null, null),
						new ManagerRef(this.maria.email(), this.maria.name()), "account-manager", null,
						LocalDate.of(2027, 1, 11), WorkLocation.OFFICE, null, null, null),
				Actor.person(this.maria.aadObjectId(), this.maria.email(), this.maria.name(), Channel.TEAMS), null);
		this.dispatcher.drain();

		this.tickets.changeManager(ticket.key(), new ManagerRef(this.piet.email(), this.piet.name()),
				"HR (afas) changed " + name + "'s manager", Actor.hrSource("afas"), "hr:afas:1:manager-change");
		this.dispatcher.drain();
		this.dispatcher.drain();

		assertThat(sent(this.piet, ticket.key())).singleElement()
			.satisfies(
					call -> assertThat(text(call.cards().get(0))).contains("You are now the manager on " + ticket.key())
						.contains(name)
						.contains("HR (afas) changed"));
		assertThat(sent(this.maria, ticket.key())).singleElement()
			.satisfies(call -> assertThat(text(call.cards().get(0)))
				.contains(ticket.key() + " now goes to " + this.piet.name())
				.contains("no longer come to you"));
	}

	private List<Call> sent(Member manager, String key) {
		return this.connector.calls(Kind.SEND, chatOf(manager))
			.stream()
			.filter(call -> call.body().toString().contains(key) && call.body().toString().contains("manager"))
			.toList();
	}

	private static String chatOf(Member member) {
		return "a:personal-" + member.aadObjectId();
	}

}
