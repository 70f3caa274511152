package io.handover.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketRequestState;
import io.handover.ticket.TicketRequestView;
import io.handover.ticket.TicketRequests;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.errors;
import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may announce whom in Teams. HR, Administrators and the person's manager of record
 * open the ticket; a colleague who is none of these makes a request: stored, nothing
 * planned (no tasks, no employee marked leaving), a confirmation card in HR's channel and
 * in the manager's chat. Only HR or the manager, and never the requester, may confirm;
 * confirming opens the ticket on their authority, declining closes the request, and the
 * requester is told either way. Today is Monday 23 November 2026.
 */
@BotTest
class TicketRequestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TicketRequests requests;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	TicketRequestCards requestCards;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	HrDesk hr;

	/** A colleague of the leaver: not HR, not an Administrator, not the manager. */
	Member sophie;

	/** The leaver's manager of record. */
	Member karel;

	String jan;

	String janId;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.bot = new BotConversation(this.mvc, this.connector);
		this.hr = HrDesk.shared(this.bot, this.connector, this.requestCards);
		this.sophie = TeamSetup.member(unique("Sophie Smit"));
		this.karel = TeamSetup.member(unique("Karel Manager"));
		this.employees.register(
				new NewEmployee(this.karel.name(), this.karel.email(), this.karel.aadObjectId(), null, null),
				Actor.system("test"));
		this.jan = unique("Jan Bakker");
		this.janId = this.employees
			.register(new NewEmployee(this.jan, AnnouncementTests.upn(this.jan), UUID.randomUUID().toString(), null,
					this.karel.email()), Actor.system("test"))
			.id();
	}

	@Test
	void aColleagueAnnouncingALeaverMakesARequestThatPlansNothingUntilHrConfirms() throws Exception {
		IntakeChat chat = chatOf(this.sophie);
		JsonNode form = chat.say(message(this.sophie, this.jan + " leaves on 18 December"));

		JsonNode answer = chat.submit(form, Map.of("deviceRetrieval", "COURIER"));

		String requestId = HrDesk.requestId(text(answer));
		assertThat(text(answer)).contains("sent for confirmation", "nothing happens until then");
		assertNothingPlannedFor(requestId);

		JsonNode card = this.hr.cardOf(requestId);
		assertThat(text(card)).contains(this.jan, this.sophie.name(), this.karel.name(), this.karel.email());
		assertThat(card.path("actions").toString()).contains("request.confirm", "request.decline");
		JsonNode confirmed = this.hr.confirm(requestId);

		TicketRequestView request = this.requests.get(requestId);
		assertThat(request.state()).isEqualTo(TicketRequestState.CONFIRMED);
		assertThat(text(confirmed)).contains("Confirmed by " + this.hr.staff.name(), request.ticketKey());
		TicketView ticket = this.tickets.get(request.ticketKey());
		assertThat(ticket.kind()).isEqualTo(TicketKind.LEAVER);
		assertThat(ticket.employee().id()).isEqualTo(this.janId);
		assertThat(ticket.date()).isEqualTo(LocalDate.of(2026, 12, 18));
		assertThat(ticket.tasks()).isNotEmpty();
		assertThat(ticket.requestedBy().id()).isEqualTo(this.sophie.aadObjectId());
		assertThat(ticket.mailboxDelegate()).as("the mailbox goes to the manager of record, not the requester")
			.isEqualTo(this.karel.email());
		assertThat(ticket.authority()).isEqualTo(Authority.HR);
		assertThat(ticket.authorisedBy().id()).isEqualTo(this.hr.staff.aadObjectId());
		assertThat(this.employees.find(this.janId).orElseThrow().leavingOn()).isEqualTo(LocalDate.of(2026, 12, 18));
		List<AuditEntry> history = this.audit.historyOf("ticket-request", requestId);
		assertThat(history).extracting(AuditEntry::action).containsExactly("requested", "confirmed");
		assertThat(history.get(0).actorId()).isEqualTo(this.sophie.aadObjectId());
		assertThat(history.get(1).actorId()).isEqualTo(this.hr.staff.aadObjectId());
		assertThat(history.get(1).changes().get("requestedBy").toString()).contains(this.sophie.aadObjectId());

		// The requester is told in her chat, and HR's card shows the decision to
		// everyone.
		this.requestCards.drain();
		assertThat(this.connector.sentTo(personalChat(this.sophie))).last()
			.satisfies(told -> assertThat(text(told.cards().get(0))).contains("confirmed", ticket.key()));
		assertThat(this.connector.calls(ConnectorStub.Kind.UPDATE, this.hr.team.facilities))
			.anySatisfy(update -> assertThat(text(update.cards().get(0))).contains("Confirmed by"));
	}

	@Test
	void theRequesterCannotConfirmTheirOwnRequestNorCanAnotherColleague() throws Exception {
		String requestId = requestedBySophie();
		Member colleague = TeamSetup.member(unique("Piet Collega"));

		JsonNode own = this.hr.click(TicketRequestActions.CONFIRM, requestId, this.sophie, Map.of());
		JsonNode other = this.hr.click(TicketRequestActions.CONFIRM, requestId, colleague, Map.of());

		assertThat(text(own)).contains("You cannot confirm your own request", "Nothing was changed");
		assertThat(text(other)).contains("Only HR or " + this.karel.name() + " can confirm this request");
		assertNothingPlannedFor(requestId);
		List<AuditEntry> refusals = this.audit.historyOf("ticket-request", requestId)
			.stream()
			.filter(entry -> entry.action().equals("refused"))
			.toList();
		assertThat(refusals).extracting(AuditEntry::actorId)
			.containsExactly(this.sophie.aadObjectId(), colleague.aadObjectId());
	}

	@Test
	void theManagerOfRecordGetsTheCardInTheirChatAndConfirmsOnTheirAuthority() throws Exception {
		// Karel has chatted with the bot before: his chat is known.
		this.bot.send(message(this.karel, "help"));
		String requestId = requestedBySophie();

		this.requestCards.drain();
		List<Call> inKarelsChat = this.connector.sentTo(personalChat(this.karel))
			.stream()
			.filter(call -> !call.cards().isEmpty() && text(call.cards().get(0)).contains(requestId))
			.toList();
		assertThat(inKarelsChat).hasSize(1);
		JsonNode click = this.bot
			.invoke(TeamsActivity.cardAction(TicketRequestActions.CONFIRM, Map.of("requestId", requestId))
				.from(this.karel.id(), this.karel.aadObjectId(), this.karel.name())
				.conversation(personalChat(this.karel)));

		assertThat(click.path("statusCode").asInt()).isEqualTo(200);
		TicketView ticket = this.tickets.get(this.requests.get(requestId).ticketKey());
		assertThat(ticket.authority()).isEqualTo(Authority.MANAGER_OF_RECORD);
		assertThat(ticket.authorisedBy().id()).isEqualTo(this.karel.aadObjectId());
	}

	@Test
	void aConfirmationCardThatCouldNotBePostedIsPostedOnALaterTry() throws Exception {
		this.bot.send(message(this.karel, "help"));
		this.connector.failNext(ConnectorStub.Kind.SEND, personalChat(this.karel), 503);

		String requestId = requestedBySophie();

		List<Call> attempts = List.of();
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline && attempts.stream().noneMatch(Call::succeeded)) {
			this.requestCards.drain();
			Thread.sleep(250);
			attempts = this.connector.calls(ConnectorStub.Kind.SEND, personalChat(this.karel))
				.stream()
				.filter(call -> call.body() != null && call.body().toString().contains(requestId))
				.toList();
		}
		assertThat(attempts).extracting(Call::succeeded).containsExactly(false, true);
		assertThat(this.requests.get(requestId).owesCards()).isFalse();
		assertThat(this.connector.sentTo(this.hr.team.facilities))
			.filteredOn(call -> call.body() != null && call.body().toString().contains(requestId))
			.as("HR's card posted once, whatever the retries")
			.hasSize(1);
	}

	@Test
	void hrDeclinesTheRequestNothingOpensAndTheRequesterIsTold() throws Exception {
		String requestId = requestedBySophie();

		JsonNode declined = this.hr.decline(requestId, "Jan is not leaving");

		assertThat(text(declined)).contains("Declined by " + this.hr.staff.name(), "Jan is not leaving");
		assertThat(this.requests.get(requestId).state()).isEqualTo(TicketRequestState.DECLINED);
		assertThat(this.tickets.search(this.janId, null, null, List.of(TicketState.values()), 10)).isEmpty();
		assertThat(this.employees.find(this.janId).orElseThrow().leavingOn()).isNull();
		assertThat(this.audit.historyOf("ticket-request", requestId)).extracting(AuditEntry::action)
			.containsExactly("requested", "declined");
		// a later Confirm finds the request decided
		assertThat(text(this.hr.confirm(requestId))).contains("was already declined", "Nothing was changed");
		assertThat(this.tickets.search(this.janId, null, null, List.of(TicketState.values()), 10)).isEmpty();

		this.requestCards.drain();
		assertThat(this.connector.sentTo(personalChat(this.sophie))).last()
			.satisfies(told -> assertThat(text(told.cards().get(0))).contains("declined", "Jan is not leaving"));
	}

	@Test
	void theManagerOfRecordOpensTheLeaverTicketThemself() throws Exception {
		IntakeChat chat = chatOf(this.karel);
		JsonNode form = chat.say(message(this.karel, this.jan + " leaves on 18 December"));

		TicketView ticket = this.tickets.get(IntakeChat.ticketKey(chat.submit(form, Map.of())));

		assertThat(ticket.employee().id()).isEqualTo(this.janId);
		assertThat(ticket.authority()).isEqualTo(Authority.MANAGER_OF_RECORD);
		assertThat(ticket.authorisedBy().id()).isEqualTo(this.karel.aadObjectId());
	}

	@Test
	void hrOpensALeaverTicketThemselfAndAManagerOpensTheirOwnStartersTicket() throws Exception {
		IntakeChat hrChat = chatOf(this.hr.staff);
		TicketView leaver = this.tickets.get(IntakeChat.ticketKey(
				hrChat.submit(hrChat.say(message(this.hr.staff, this.jan + " leaves on 18 December")), Map.of())));
		assertThat(leaver.authority()).isEqualTo(Authority.HR);

		// Karel manages Jan (the register): he names himself as the new starter's manager
		IntakeChat karelsChat = chatOf(this.karel);
		TicketView joiner = this.tickets.get(IntakeChat.ticketKey(karelsChat.submit(
				karelsChat.say(message(this.karel, unique("Anna de Vries") + " starts on 7 December as care worker")),
				Map.of())));
		assertThat(joiner.authority()).as("a people manager announcing their own new report")
			.isEqualTo(Authority.MANAGER_OF_RECORD);
		assertThat(joiner.authorisedBy().id()).isEqualTo(this.karel.aadObjectId());
	}

	@Test
	void aStarterAnnouncedBySomeoneWhoManagesNobodyIsARequestForHrEvenNamingThemselfAsManager() throws Exception {
		IntakeChat chat = chatOf(this.sophie);
		JsonNode form = chat
			.say(message(this.sophie, unique("Anna de Vries") + " starts on 7 December as care worker"));

		JsonNode answer = chat.submit(form, Map.of());

		String requestId = HrDesk.requestId(text(answer));
		assertThat(text(answer)).contains("sent for confirmation", "nothing happens until then")
			.as("she is not asked to confirm her own request")
			.doesNotContain("HR and " + this.sophie.name());
		assertNothingPlannedFor(requestId);
		assertThat(this.audit.historyOf("ticket-request", requestId)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("requested");
			assertThat(entry.actorId()).isEqualTo(this.sophie.aadObjectId());
			assertThat(entry.why()).contains("manages nobody");
		});
		// she cannot confirm it herself; HR can, and the ticket then runs on HR's
		// authority
		JsonNode own = this.hr.click(TicketRequestActions.CONFIRM, requestId, this.sophie, Map.of());
		assertThat(text(own)).contains("You cannot confirm your own request");
		this.hr.cardOf(requestId);
		this.hr.confirm(requestId);
		TicketView ticket = this.tickets.get(this.requests.get(requestId).ticketKey());
		assertThat(ticket.authority()).isEqualTo(Authority.HR);
		assertThat(ticket.requestedBy().id()).isEqualTo(this.sophie.aadObjectId());
	}

	@Test
	void aStarterForSomeoneElsesTeamIsARequestForHrOrThatManager() throws Exception {
		IntakeChat chat = chatOf(this.sophie);
		JsonNode form = chat
			.say(message(this.sophie, unique("Anna de Vries") + " starts on 7 December as care worker"));

		JsonNode answer = chat.submit(form, Map.of("manager", this.karel.email()));

		String requestId = HrDesk.requestId(text(answer));
		assertThat(this.requests.get(requestId).managerUpn()).isEqualTo(this.karel.email());
		assertNothingPlannedFor(requestId);
	}

	@Test
	void aLeaversMailboxForAnOutsideAddressIsRefusedInTheForm() throws Exception {
		IntakeChat chat = chatOf(this.karel);
		JsonNode form = chat.say(message(this.karel, this.jan + " leaves on 18 December"));

		JsonNode corrected = chat.submit(form, Map.of("delegate", "friend@gmail.example"));

		assertThat(errors(corrected).get("delegate")).contains("cannot go to friend@gmail.example",
				"outside the organisation");
		assertThat(this.tickets.search(this.janId, null, null, List.of(TicketState.values()), 10)).isEmpty();
		assertThat(this.employees.find(this.janId).orElseThrow().leavingOn()).isNull();
		assertThat(this.audit.historyOf("ticket-request", "external-delegate")).last().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("refused");
			assertThat(entry.actorId()).isEqualTo(this.karel.aadObjectId());
		});
	}

	private String requestedBySophie() throws Exception {
		IntakeChat chat = chatOf(this.sophie);
		JsonNode form = chat.say(message(this.sophie, this.jan + " leaves on 18 December"));
		return HrDesk.requestId(text(chat.submit(form, Map.of())));
	}

	/** Stored as pending; no ticket, no tasks, nobody marked leaving. */
	private void assertNothingPlannedFor(String requestId) {
		TicketRequestView request = this.requests.get(requestId);
		assertThat(request.state()).isEqualTo(TicketRequestState.PENDING);
		assertThat(request.ticketKey()).isNull();
		if (request.employeeId() != null) {
			assertThat(this.tickets.search(request.employeeId(), null, null, List.of(TicketState.values()), 10))
				.isEmpty();
			assertThat(this.employees.find(request.employeeId()).orElseThrow().leavingOn()).isNull();
		}
		else {
			assertThat(this.tickets.search(null, null, null, List.of(TicketState.values()), 500))
				.noneMatch(ticket -> ticket.employee().name().equals(request.employeeName()));
		}
	}

	private IntakeChat chatOf(Member who) {
		return new IntakeChat(this.bot, this.connector);
	}

	/** A message in the person's own personal chat with the bot. */
	private static TeamsActivity message(Member who, String text) {
		return TeamsActivity.personalMessage(text)
			.from(who.id(), who.aadObjectId(), who.name())
			.conversation(personalChat(who));
	}

	private static String personalChat(Member who) {
		return "a:personal-" + who.aadObjectId();
	}

}
