package io.handover.teams;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.asset.AssetRegister;
import io.handover.asset.Holding;
import io.handover.asset.IssueRequest;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
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
import io.handover.testing.IsolatedTests;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketView;
import io.handover.task.TaskStatus;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.text;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 2: an employee Handover has no Entra object id for (no Graph, a dry
 * run, an imported register) is looked up by sign-in name on the rosters of the teams the
 * bot is installed in, and the object id found is kept; one who still cannot be reached
 * is shown, with what to do, on the manager's status card and on the task card of the
 * department that hands the assets over.
 */
@BotTest
@IsolatedTests
class EmployeeReachTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AssetRegister assets;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	TestClock clock;

	@Autowired
	StaffProperties staff;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	IntakeChat chat;

	TeamSetup team;

	Member peter;

	/** The manager, with a personal chat with the bot. */
	Member maria;

	String mariasChat;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.bot = new BotConversation(this.mvc, this.connector);
		this.chat = new IntakeChat(this.bot, this.connector);
		this.peter = TeamSetup.member("Peter de Groot " + Surnames.unique());
		this.maria = TeamSetup.member("Maria Jansen " + Surnames.unique());
		this.mariasChat = "a:personal-" + this.maria.aadObjectId();
		this.team = new TeamSetup(this.bot, this.connector).withStaff(this.peter);
		this.chat.say(fromMaria("help"));
	}

	@AfterEach
	void resetClock() {
		this.clock.setDay(TestClockConfiguration.TODAY);
	}

	@Test
	void aJoinerWithoutAnObjectIdIsFoundOnTheTeamRosterBySignInNameAndGetsTheReceiptCard() throws Exception {
		LocalDate start = LocalDate.of(2026, 12, 9);
		String name = unique("Anna de Vries");
		Member anna = new Member("29:anna-" + UUID.randomUUID(), UUID.randomUUID().toString(), name, upnOf(name));
		onTheTeam(anna);
		TicketView ticket = this.tickets
			.open(new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, name, anna.email(), null, null),
					new ManagerRef(this.maria.email(), this.maria.name()), "account-manager", null, start,
					WorkLocation.OFFICE, null, null, null), maria(), null);
		this.dispatcher.drain();

		Employee found = this.employees.find(ticket.employee().id()).orElseThrow();
		assertThat(found.entraObjectId()).as("the object id from the roster, kept").isEqualTo(anna.aadObjectId());
		assertThat(this.connector.calls(Kind.GET_MEMBER)).anyMatch(call -> call.succeeded()
				&& java.net.URLDecoder.decode(call.path(), java.nio.charset.StandardCharsets.UTF_8)
					.endsWith("/members/" + anna.email()));
		Holding laptop = this.assets.issue(new IssueRequest(found.id(), "laptop", "laptop-standard",
				"LT" + UUID.randomUUID().toString().substring(0, 8), null, null), actor(this.peter));

		// On the start date IT claims a task: the change delivers the receipt card (the
		// daily round does the same for a quiet ticket).
		this.clock.set(LocalDateTime.of(start, LocalTime.of(8, 5)).atZone(this.clock.getZone()).toInstant());
		TaskView task = this.tickets.get(ticket.key())
			.tasks()
			.stream()
			.filter(t -> t.department().equals("IT") && t.status() == TaskStatus.OPEN)
			.findFirst()
			.orElseThrow();
		TeamsActivity claim = TeamsActivity
			.cardAction("task.claim", Map.of("taskId", task.id(), "ticketKey", ticket.key(), "departmentKey", "IT"))
			.from(this.peter.id(), this.peter.aadObjectId(), this.peter.name());
		claim.node().withObjectProperty("conversation").put("conversationType", "channel").put("id", this.team.general);
		this.bot.invoke(claim);
		this.dispatcher.drain();

		Call opened = this.connector.calls(Kind.CREATE_CONVERSATION)
			.stream()
			.filter(call -> call.body().path("members").toString().contains(anna.aadObjectId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no chat opened with " + name));
		JsonNode receipt = this.connector.calls(Kind.SEND, opened.conversationId()).get(0).cards().get(0);
		assertThat(receipt.toString()).contains("I received these", laptop.serialNumber());

		JsonNode signed = this.bot.invoke(TeamsActivity
			.cardAction("signature.receipt",
					Map.of("receiptId", action(receipt).path("data").path("receiptId").asString(), "ticketKey",
							ticket.key()))
			.from(anna.id(), anna.aadObjectId(), name)
			.conversation(opened.conversationId()));
		assertThat(signed.path("value").toString()).contains("Signed for by " + name);
	}

	@Test
	void anUnreachableLeaverIsShownToTheManagerAndToTheDepartmentWithWhatToDo() throws Exception {
		String name = unique("Jan Bakker");
		String upn = upnOf(name);
		TicketView ticket = aLeaverWithALaptop(name);

		List<Call> toMaria = this.connector.awaitCalls(call -> call.kind() == Kind.SEND
				&& this.mariasChat.equals(call.conversationId()) && call.body().toString().contains(ticket.key()), 1,
				Duration.ofSeconds(15));
		assertThat(toMaria).as("the status card with the notice in Maria's chat").hasSize(1);
		assertThat(text(toMaria.get(0).cards().get(0))).contains(name + " (" + upn + ") cannot be reached in Teams")
			.contains("What to do: their sign-in name is on the roster of no team Handover is installed in");
		assertThat(text(lastCardIn(this.team.general, ticket.key()))).as("IT collects the laptop")
			.contains(name + " (" + upn + ") cannot be reached in Teams")
			.contains("Employee not reachable in Teams");
		assertThat(text(this.chat.say(fromMaria("status " + ticket.key())))).contains("cannot be reached in Teams");

		// Jan joins the team (Teams tells the bot): at the next change of the ticket he
		// gets his card, and the notices go.
		Member janInTeams = new Member("29:jan-" + UUID.randomUUID(), UUID.randomUUID().toString(), name, upn);
		onTheTeam(janInTeams);
		this.bot.send(TeamsActivity.memberAddedToTeam(janInTeams.id(), janInTeams.aadObjectId())
			.team(this.team.teamId, "Operations " + this.team.teamId, this.team.aadGroupId));
		this.tickets.reschedule(ticket.key(), LocalDate.of(2026, 12, 21), "moved", maria(), null);
		this.dispatcher.drain();

		assertThat(this.connector.calls(Kind.CREATE_CONVERSATION))
			.anyMatch(call -> call.body().path("members").toString().contains(name));
		assertThat(text(lastCardIn(this.team.general, ticket.key()))).doesNotContain("not reachable");
		assertThat(this.connector.calls(Kind.UPDATE, this.mariasChat)).last()
			.satisfies(update -> assertThat(text(update.cards().get(0))).doesNotContain("cannot be reached"));
	}

	/**
	 * Session 20: the leaver's return card goes out as soon as Teams tells the bot they
	 * joined a team it is in, without waiting for a change of the ticket; once, however
	 * often Teams says so. The notices go from the manager's and IT's cards.
	 */
	@Test
	void anUnreachableLeaverWhoJoinsATeamGetsTheReturnCardAtOnce() throws Exception {
		String name = unique("Jan Bakker");
		String upn = upnOf(name);
		TicketView ticket = aLeaverWithALaptop(name);
		assertThat(text(lastCardIn(this.team.general, ticket.key()))).contains("Employee not reachable in Teams");

		Member janInTeams = new Member("29:jan-" + UUID.randomUUID(), UUID.randomUUID().toString(), name, upn);
		onTheTeam(janInTeams);
		for (int teamsSaysSo = 0; teamsSaysSo < 2; teamsSaysSo++) {
			this.bot.send(TeamsActivity.memberAddedToTeam(janInTeams.id(), janInTeams.aadObjectId())
				.team(this.team.teamId, "Operations " + this.team.teamId, this.team.aadGroupId));
			this.dispatcher.drain();
		}

		assertThat(this.connector.calls(Kind.SEND))
			.filteredOn(call -> call.succeeded() && !call.cards().isEmpty()
					&& call.cards().get(0).toString().contains("I returned this")
					&& call.body().toString().contains(ticket.key()))
			.as("Jan's return card, once")
			.hasSize(1);
		assertThat(this.tickets.get(ticket.key()).date()).as("no change of the ticket")
			.isEqualTo(LocalDate.of(2026, 12, 18));
		assertThat(text(lastCardIn(this.team.general, ticket.key()))).doesNotContain("not reachable");
		assertThat(this.connector.calls(Kind.UPDATE, this.mariasChat)).last()
			.satisfies(update -> assertThat(text(update.cards().get(0))).doesNotContain("cannot be reached"));
	}

	/**
	 * Session 20: a joiner not on any roster before their start date is found as soon as
	 * they join a team Handover is in: their account is kept and the notices go, so the
	 * receipt card can go out on the start date.
	 */
	@Test
	void anUnreachableJoinerWhoJoinsATeamIsFoundAtOnce() throws Exception {
		String name = unique("Anna de Vries");
		Member anna = new Member("29:anna-" + UUID.randomUUID(), UUID.randomUUID().toString(), name, upnOf(name));
		TicketView ticket = this.tickets
			.open(new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, name, anna.email(), null, null),
					new ManagerRef(this.maria.email(), this.maria.name()), "account-manager", null,
					LocalDate.of(2026, 12, 14), WorkLocation.OFFICE, null, null, null), maria(), null);
		this.dispatcher.drain();
		assertThat(text(this.chat.say(fromMaria("status " + ticket.key()))))
			.contains(name + " (" + anna.email() + ") cannot be reached in Teams");

		onTheTeam(anna);
		this.bot.send(TeamsActivity.memberAddedToTeam(anna.id(), anna.aadObjectId())
			.team(this.team.teamId, "Operations " + this.team.teamId, this.team.aadGroupId));
		this.dispatcher.drain();

		assertThat(this.employees.find(ticket.employee().id()).orElseThrow().entraObjectId())
			.as("her account, from the roster, kept")
			.isEqualTo(anna.aadObjectId());
		assertThat(text(this.chat.say(fromMaria("status " + ticket.key())))).doesNotContain("cannot be reached");
		assertThat(this.connector.calls(Kind.UPDATE, this.mariasChat)).last()
			.satisfies(update -> assertThat(text(update.cards().get(0))).doesNotContain("cannot be reached"));
	}

	@Test
	void aTeamWithoutThePersonIsAskedAgainOnlyAfterTheRosterTtl() throws Exception {
		String name = unique("Kim de Wit");
		String upn = upnOf(name);
		TicketView ticket = aLeaverWithALaptop(name);
		long asked = rosterQuestionsFor(upn);
		assertThat(asked).as("the installed teams asked whether Kim is on them").isPositive();

		this.tickets.reschedule(ticket.key(), LocalDate.of(2026, 12, 21), "moved", maria(), null);
		this.dispatcher.drain();
		assertThat(rosterQuestionsFor(upn)).as("the answers are trusted for the roster TTL").isEqualTo(asked);
		assertThat(text(lastCardIn(this.team.general, ticket.key()))).as("still shown as unreachable")
			.contains("Employee not reachable in Teams");

		this.clock.set(this.clock.instant().plus(this.staff.rosterTtl()).plusSeconds(60));
		this.tickets.reschedule(ticket.key(), LocalDate.of(2026, 12, 22), "moved again", maria(), null);
		this.dispatcher.drain();
		assertThat(rosterQuestionsFor(upn)).as("asked again once the TTL passed").isEqualTo(2 * asked);
	}

	/** How often a team's roster was asked for this sign-in name. */
	private long rosterQuestionsFor(String upn) {
		return this.connector.calls(Kind.GET_MEMBER)
			.stream()
			.filter(call -> java.net.URLDecoder.decode(call.path(), java.nio.charset.StandardCharsets.UTF_8)
				.endsWith("/members/" + upn))
			.count();
	}

	@Test
	void aJoinerWithoutSignInNameIsShownAtOnceNotOnTheStartDate() throws Exception {
		String name = unique("Lisa Vos");
		TicketView ticket = this.tickets
			.open(new NewTicket(TicketKind.JOINER, new NewTicket.Person(null, name, null, null, null),
					new ManagerRef(this.maria.email(), this.maria.name()), "account-manager", null,
					LocalDate.of(2026, 12, 11), WorkLocation.OFFICE, null, null, null), maria(), null);
		this.dispatcher.drain();

		JsonNode status = this.chat.say(fromMaria("status " + ticket.key()));
		assertThat(text(status)).contains(name + " cannot be reached in Teams")
			.contains("What to do: the employee register has no sign-in name");
	}

	private void onTheTeam(Member member) {
		List<Member> roster = new ArrayList<>(this.team.staff);
		roster.add(member);
		this.connector.roster(this.team.teamId, roster);
	}

	private JsonNode lastCardIn(String channel, String key) {
		List<Call> calls = this.connector.calls()
			.stream()
			.filter(call -> (call.kind() == Kind.SEND || call.kind() == Kind.UPDATE)
					&& channel.equals(call.conversationId()) && call.body().toString().contains(key))
			.toList();
		assertThat(calls).as("cards of %s in %s", key, channel).isNotEmpty();
		return calls.get(calls.size() - 1).cards().get(0);
	}

	private static JsonNode action(JsonNode card) {
		List<JsonNode> found = new ArrayList<>();
		card.findParents("verb").forEach(node -> {
			if ("signature.receipt".equals(node.path("verb").asString())) {
				found.add(node);
			}
		});
		assertThat(found).isNotEmpty();
		return found.get(0);
	}

	private TeamsActivity fromMaria(String text) {
		return TeamsActivity.personalMessage(text)
			.conversation(this.mariasChat)
			.from(this.maria.id(), this.maria.aadObjectId(), this.maria.name());
	}

	private Actor maria() {
		return actor(this.maria);
	}

	private static Actor actor(Member member) {
		return Actor.person(member.aadObjectId(), member.email(), member.name(), Channel.TEAMS);
	}

	/** Leaving on 18 December, with a laptop on their name, announced by Maria. */
	private TicketView aLeaverWithALaptop(String name) {
		Employee leaver = this.employees.register(new NewEmployee(name, upnOf(name), null, null, this.maria.email()),
				maria());
		this.assets.issue(new IssueRequest(leaver.id(), "laptop", "laptop-standard",
				"LT" + UUID.randomUUID().toString().substring(0, 8), null, null), actor(this.peter));
		TicketView ticket = this.tickets
			.open(new NewTicket(TicketKind.LEAVER, new NewTicket.Person(leaver.id(), null, null, null, null),
					new ManagerRef(this.maria.email(), this.maria.name()), null, null, LocalDate.of(2026, 12, 18), null,
					null, DeviceRetrieval.IN_PERSON, null), maria(), null);
		this.dispatcher.drain();
		return ticket;
	}

	private static String upnOf(String name) {
		return name.toLowerCase().replaceAll("[^a-z]+", ".") + "@contoso.example";
	}

}
