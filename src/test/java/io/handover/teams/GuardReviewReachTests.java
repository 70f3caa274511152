package io.handover.teams;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.guard.OffboardingGuard;
import io.handover.testing.QuietBotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.Surnames;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guard review that reaches no IT channel is not only logged: while no channel is
 * linked to IT, and while Teams refuses the card in IT's channel, the configured
 * Administrator (who can link one) gets the review in their personal chat with why it did
 * not reach IT; once IT's channel has it, the Administrator's copy loses the notice. No
 * channel is linked to IT at the start (testing.ClassIsolation unlinks earlier classes'
 * channels); the guard's round is off, the test asks for each review.
 */
@QuietBotTest
class GuardReviewReachTests {

	static final Actor ADA = Actor.person(TeamSetup.ADMIN.aadObjectId(), TeamSetup.ADMIN.email(),
			TeamSetup.ADMIN.name(), Channel.TEAMS);

	@Autowired
	MockMvc mvc;

	@Autowired
	OffboardingGuard guard;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	ConversationStore conversations;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	TicketView ticket;

	String adasChat;

	@BeforeEach
	void janLeftTodayAndAdaHasChattedWithHandover() throws Exception {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.bot = new BotConversation(this.mvc, this.connector);
		this.bot.send(TeamSetup.asAdmin(TeamsActivity.personalMessage("help").conversation("a:personal-ada-admin")));
		this.adasChat = this.conversations.personalChatOf(TeamSetup.ADMIN.aadObjectId()).orElseThrow().id();
		String name = "Jan " + Surnames.unique();
		Employee jan = this.employees.register(new NewEmployee(name,
				name.toLowerCase().replace(' ', '.') + "@contoso.example", UUID.randomUUID().toString(), null, null),
				Actor.system("test"));
		Actor hanna = Actor.person("a0000000-0000-4000-8000-0000000000a1", "hanna@contoso.example", "Hanna (HR)",
				Channel.TEAMS);
		this.ticket = this.tickets.open(
				new NewTicket(TicketKind.LEAVER,
						new NewTicket.Person(jan.id(), jan.name(), jan.upn(), jan.entraObjectId(), null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
						TestClockConfiguration.TODAY, WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null),
				hanna, null);
		this.tickets.authorise(this.ticket.key(), Authority.HR, hanna, null);
		this.clock.set(TestClockConfiguration.TODAY.atTime(LocalTime.of(18, 0))
			.atZone(ZoneId.of("Europe/Amsterdam"))
			.toInstant());
	}

	List<Call> reviewCards(String conversation) {
		return this.connector.calls()
			.stream()
			.filter(c -> (c.kind() == Kind.SEND || c.kind() == Kind.UPDATE) && c.succeeded())
			.filter(c -> c.conversationId() != null && c.conversationId().startsWith(conversation))
			.filter(c -> c.cards().stream().anyMatch(card -> text(card).contains("Offboarding guard")))
			.filter(c -> c.cards().stream().anyMatch(card -> text(card).contains(this.ticket.key())))
			.toList();
	}

	@Test
	void aReviewNoItChannelGetsIsShownToTheAdministratorWithWhyUntilItsChannelHasIt() throws Exception {
		// no channel is linked to IT
		this.guard.check(this.ticket.key(), ADA);

		assertThat(reviewCards(this.adasChat)).singleElement().satisfies(card -> {
			assertThat(card.kind()).isEqualTo(Kind.SEND);
			assertThat(text(card.cards().get(0))).contains("reached no IT channel", "no channel is linked to IT",
					"@Handover link IT", this.ticket.employee().name());
		});

		// an Administrator links IT's channel, but Teams refuses the card there
		TeamSetup team = new TeamSetup(this.bot, this.connector).installedWith(TeamSetup.member("Peter de Boer"));
		team.link(team.general, "IT");
		// the tasks IT was owed go out first
		this.connector.awaitCalls(c -> c.kind() == Kind.SEND && team.general.equals(c.conversationId())
				&& c.body().toString().contains(this.ticket.key()), 1, Duration.ofSeconds(20));
		this.connector.failNext(Kind.SEND, team.general, 403);
		this.guard.check(this.ticket.key(), ADA);

		assertThat(reviewCards(team.general)).isEmpty();
		List<Call> adas = reviewCards(this.adasChat);
		assertThat(adas).hasSize(2);
		assertThat(adas.get(1).kind()).as("the same card, updated").isEqualTo(Kind.UPDATE);
		assertThat(text(adas.get(1).cards().get(0))).contains("reached no IT channel", "Teams refused it")
			.doesNotContain("no channel is linked to IT");

		// Teams takes it: IT's channel has the review, Ada's copy loses the notice
		this.guard.check(this.ticket.key(), ADA);

		assertThat(reviewCards(team.general)).singleElement()
			.satisfies(card -> assertThat(card.kind()).isEqualTo(Kind.SEND));
		adas = reviewCards(this.adasChat);
		assertThat(adas).hasSize(3);
		assertThat(adas.get(2).kind()).isEqualTo(Kind.UPDATE);
		assertThat(text(adas.get(2).cards().get(0))).contains(this.ticket.key())
			.doesNotContain("reached no IT channel");
	}

}
