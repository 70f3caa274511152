package io.handover.teams;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.access.Access;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.GraphStub;
import io.handover.testing.LiveDirectoryTest;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketRequestState;
import io.handover.ticket.TicketRequests;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager of record comes from the register or from the directory (Graph's
 * {@code manager}), and only a person who manages people may name themself as a starter's
 * manager (someone in the register reports to them, or the directory lists direct
 * reports). The directory is asked once per person while its answer is fresh; when it
 * cannot answer, only the register counts and nothing is granted. Today is Monday 23
 * November 2026.
 */
class ManagerOfRecordTests extends LiveDirectoryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TicketRequests requests;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	Access access;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	/** Jan's manager in the directory only: the register names no manager for Jan. */
	Member karel;

	/** A colleague: manages nobody, in the register or the directory. */
	Member sophie;

	String jan;

	String janId;

	String janOid;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.bot = new BotConversation(this.mvc, this.connector);
		this.karel = TeamSetup.member(unique("Karel Manager"));
		this.sophie = TeamSetup.member(unique("Sophie Smit"));
		this.jan = unique("Jan Bakker");
		this.janOid = UUID.randomUUID().toString();
		String janUpn = AnnouncementTests.upn(this.jan);
		this.janId = this.employees
			.register(new NewEmployee(this.jan, janUpn, this.janOid, null, null), Actor.system("test"))
			.id();
		GraphStub.User karelInGraph = GRAPH.addUser(this.karel.aadObjectId(), this.karel.email(), this.karel.name());
		GRAPH.addUser(this.sophie.aadObjectId(), this.sophie.email(), this.sophie.name());
		GRAPH.addUser(this.janOid, janUpn, this.jan).managedBy(karelInGraph);
	}

	@Test
	void theDirectorysManagerOpensTheLeaverTicketThemselfAndTheDirectoryIsAskedOnce() throws Exception {
		IntakeChat chat = new IntakeChat(this.bot, this.connector);
		JsonNode form = chat.say(message(this.karel, this.jan + " leaves on 18 December"));

		TicketView ticket = this.tickets.get(IntakeChat.ticketKey(chat.submit(form, Map.of())));

		assertThat(ticket.employee().id()).isEqualTo(this.janId);
		assertThat(ticket.authority()).isEqualTo(Authority.MANAGER_OF_RECORD);
		assertThat(ticket.authorisedBy().id()).isEqualTo(this.karel.aadObjectId());
		assertThat(this.access.isDirectoryManagerOf(actor(this.karel), this.janOid)).isTrue();
		assertThat(this.requests.isManagerOf(this.janId, actor(this.karel))).isTrue();
		assertThat(managerReads()).as("one read of Jan's manager while the answer is fresh").hasSize(1);
	}

	@Test
	void someoneTheDirectoryDoesNotNameMakesARequest() throws Exception {
		IntakeChat chat = new IntakeChat(this.bot, this.connector);
		JsonNode form = chat.say(message(this.sophie, this.jan + " leaves on 18 December"));

		String requestId = HrDesk.requestId(text(chat.submit(form, Map.of())));

		assertThat(this.requests.get(requestId).state()).isEqualTo(TicketRequestState.PENDING);
		assertThat(this.tickets.search(this.janId, null, null, List.of(TicketState.values()), 10)).isEmpty();
		assertThat(this.employees.find(this.janId).orElseThrow().leavingOn()).isNull();
		// Karel, the directory's manager, gets the card and may confirm it
		assertThat(this.requests.get(requestId).managerObjectId()).isEqualTo(this.karel.aadObjectId());
		assertThat(this.requests.get(requestId).managerName()).isEqualTo(this.karel.name());
		assertThat(this.requests.mayDecide(this.requests.get(requestId), actor(this.karel))).isTrue();
		assertThat(this.requests.mayDecide(this.requests.get(requestId), actor(this.sophie))).isFalse();
	}

	@Test
	void whenTheDirectoryCannotAnswerTheAnnouncementIsARequestAndTheRegisterStillCounts() throws Exception {
		// with Retry-After (1 s), as Graph answers a 503: without one the SDK's three
		// retries
		// back off for about 10 s
		GRAPH.failNext("GET", "/users/" + this.janOid + "/manager", 503, 1, 20, "serviceUnavailable", "Graph is down");
		IntakeChat chat = new IntakeChat(this.bot, this.connector);
		JsonNode form = chat.say(message(this.karel, this.jan + " leaves on 18 December"));

		String requestId = HrDesk.requestId(text(chat.submit(form, Map.of())));

		assertThat(this.requests.get(requestId).state()).as("not knowing grants nothing")
			.isEqualTo(TicketRequestState.PENDING);
		assertThat(this.tickets.search(this.janId, null, null, List.of(TicketState.values()), 10)).isEmpty();
		assertThat(this.employees.find(this.janId).orElseThrow().leavingOn()).isNull();
		assertThat(this.audit.historyOf("ticket-request", requestId)).filteredOn(e -> e.action().equals("requested"))
			.extracting(AuditEntry::actorId)
			.containsExactly(this.karel.aadObjectId());

		// the register's manager of record is not the directory's to take away
		this.employees.register(
				new NewEmployee(this.karel.name(), this.karel.email(), this.karel.aadObjectId(), null, null),
				Actor.system("test"));
		String els = unique("Els Visser");
		String elsId = this.employees
			.register(new NewEmployee(els, AnnouncementTests.upn(els), UUID.randomUUID().toString(), null,
					this.karel.email()), Actor.system("test"))
			.id();
		GRAPH.failNext("GET", "/manager", 503, 1, 20, "serviceUnavailable", "Graph is down");
		IntakeChat elsChat = new IntakeChat(this.bot, this.connector);
		TicketView ticket = this.tickets.get(IntakeChat
			.ticketKey(elsChat.submit(elsChat.say(message(this.karel, els + " leaves on 18 December")), Map.of())));
		assertThat(ticket.employee().id()).isEqualTo(elsId);
		assertThat(ticket.authority()).isEqualTo(Authority.MANAGER_OF_RECORD);
		GRAPH.clearFailures();
	}

	@Test
	void aManagerWithDirectReportsInTheDirectoryOpensTheirStartersTicketSomeoneWithoutMakesARequest() throws Exception {
		IntakeChat karelsChat = new IntakeChat(this.bot, this.connector);
		TicketView joiner = this.tickets.get(IntakeChat.ticketKey(karelsChat.submit(
				karelsChat.say(message(this.karel, unique("Anna de Vries") + " starts on 7 December as care worker")),
				Map.of())));
		assertThat(joiner.authority()).as("Jan reports to Karel in the directory")
			.isEqualTo(Authority.MANAGER_OF_RECORD);
		assertThat(GRAPH.calls()).anySatisfy(
				call -> assertThat(call.path()).startsWith("/users/" + this.karel.aadObjectId() + "/directReports")
					.contains("$top=1"));

		IntakeChat sophiesChat = new IntakeChat(this.bot, this.connector);
		JsonNode answer = sophiesChat.submit(
				sophiesChat.say(message(this.sophie, unique("Anna de Vries") + " starts on 7 December as care worker")),
				Map.of());
		String requestId = HrDesk.requestId(text(answer));
		assertThat(this.requests.get(requestId).state()).isEqualTo(TicketRequestState.PENDING);
		assertThat(this.requests.get(requestId).ticketKey()).isNull();
	}

	@Test
	void whenTheDirectoryCannotTellWhetherSomeoneManagesPeopleTheirStarterIsARequest() throws Exception {
		GRAPH.failNext("GET", "/users/" + this.karel.aadObjectId() + "/directReports", 503, 1, 20, "serviceUnavailable",
				"Graph is down");
		IntakeChat chat = new IntakeChat(this.bot, this.connector);

		JsonNode answer = chat.submit(
				chat.say(message(this.karel, unique("Anna de Vries") + " starts on 7 December as care worker")),
				Map.of());

		String requestId = HrDesk.requestId(text(answer));
		assertThat(this.requests.get(requestId).state()).isEqualTo(TicketRequestState.PENDING);
		GRAPH.clearFailures();
	}

	private List<GraphStub.Call> managerReads() {
		return GRAPH.calls()
			.stream()
			.filter(call -> call.method().equals("GET") && call.path().startsWith("/users/" + this.janOid + "/manager"))
			.toList();
	}

	private static Actor actor(Member who) {
		return Actor.person(who.aadObjectId(), who.email(), who.name(), Channel.TEAMS);
	}

	/** A message in the person's own personal chat with the bot. */
	private static TeamsActivity message(Member who, String text) {
		return TeamsActivity.personalMessage(text)
			.from(who.id(), who.aadObjectId(), who.name())
			.conversation("a:personal-" + who.aadObjectId());
	}

}
