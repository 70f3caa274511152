package io.handover.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.task.TaskStatus;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.TeamsActivity;
import io.handover.testing.Surnames;
import io.handover.testing.IsolatedTests;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static io.handover.teams.IntakeChat.ticketKey;
import static io.handover.teams.IntakeChat.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 8, duplicates and races: Teams re-sends an activity it thinks unanswered, and
 * people click at the same moment. Every inbound activity of the main journeys delivered
 * twice (same activity id) is processed once and answered once; many clicks on one task's
 * Done make one transition and everyone sees who made it.
 */
@BotTest
@IsolatedTests
class DuplicateDeliveryTests {

	static final Member PETER = TeamSetup.member("Peter de Boer");

	static final Member FENNA = TeamSetup.member("Fenna Smit");

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	AuditTrail audit;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	io.handover.employee.EmployeeDirectory employees;

	@Autowired
	io.handover.ticket.TicketRequests requests;

	@Autowired
	DepartmentStaff departmentStaff;

	ConnectorStub connector = ConnectorStub.shared();

	BotConversation bot;

	TeamSetup team;

	IntakeChat chat;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.bot = new BotConversation(this.mvc, this.connector);
		this.team = new TeamSetup(this.bot, this.connector).withStaff(PETER, FENNA);
		this.connector.reset();
		this.connector.roster(this.team.teamId, this.team.staff);
		this.chat = new IntakeChat(this.bot, this.connector);
		// Maria manages people: she opens her own starters' tickets
		AnnouncementTests.registerMaria(this.employees);
	}

	@Test
	void theStarterJourneyWithEveryActivityDeliveredTwiceMakesEachChangeOnceAndAnswersOnce() throws Exception {
		String anna = unique("Anna de Vries");
		String chatId = "a:dup-" + UUID.randomUUID();
		TeamsActivity announcement = TeamsActivity.personalMessage(anna + " starts on 7 December as account manager")
			.conversation(chatId);

		// The announcement, twice: one form.
		JsonNode form = this.chat.say(announcement);
		this.bot.send(announcement);
		assertThat(this.connector.sentTo(chatId)).as("one form for one announcement").hasSize(1);

		// The form's submit, twice: one ticket, the same status card both times.
		TeamsActivity submit = this.chat.submission(form, Map.of());
		String first = ticketKey(IntakeChat.answerCard(this.bot.invoke(submit)));
		String second = ticketKey(IntakeChat.answerCard(this.bot.invoke(submit)));
		assertThat(second).isEqualTo(first);
		assertThat(this.tickets.search(null, null, null, null, 500)
			.stream()
			.filter(ticket -> ticket.employee().name().equals(anna))).hasSize(1);

		// The department cards: posted once each.
		this.dispatcher.drain();
		TicketView ticket = this.tickets.get(first);
		assertThat(cardPostsOf(ticket)).extracting(Call::conversationId)
			.containsExactlyInAnyOrder(this.team.general, this.team.facilities, this.team.facilities);

		// Claim and Done, each delivered twice: one transition each.
		TaskView task = openTask(ticket);
		TeamsActivity claim = click("task.claim", task, PETER);
		assertThat(this.bot.invoke(claim).path("statusCode").asInt()).isEqualTo(200);
		assertThat(this.bot.invoke(claim).path("statusCode").asInt()).isEqualTo(200);
		TeamsActivity done = click("task.done", task, PETER);
		JsonNode doneFirst = this.bot.invoke(done);
		JsonNode doneAgain = this.bot.invoke(done);
		assertThat(doneAgain.path("statusCode").asInt()).isEqualTo(200);
		assertThat(doneAgain.path("value")).as("the same card both times").isEqualTo(doneFirst.path("value"));
		assertThat(this.tasks.get(task.id()).status()).isEqualTo(TaskStatus.DONE);
		assertThat(actions(task)).filteredOn(action -> action.contains("claim")).hasSize(1);
		assertThat(actions(task)).filteredOn(action -> action.contains("complet")).hasSize(1);
	}

	@Test
	void aCommandDeliveredTwiceIsAnsweredOnce() throws Exception {
		String chatId = "a:dup-help-" + UUID.randomUUID();
		TeamsActivity help = TeamsActivity.personalMessage("my tickets").conversation(chatId);

		this.bot.send(help);
		this.bot.send(help);

		assertThat(this.connector.sentTo(chatId)).hasSize(1);
	}

	@Test
	void anotherMessageWithTheSameTextIsAnsweredAgain() throws Exception {
		String chatId = "a:dup-text-" + UUID.randomUUID();

		this.bot.send(TeamsActivity.personalMessage("help").conversation(chatId));
		this.bot.send(TeamsActivity.personalMessage("help").conversation(chatId));

		assertThat(this.connector.sentTo(chatId)).as("two messages, not one delivered twice").hasSize(2);
	}

	@Test
	void aMessageWhoseAnswerFailedIsAnsweredWhenTeamsDeliversItAgain() throws Exception {
		String chatId = "a:dup-retry-" + UUID.randomUUID();
		TeamsActivity help = TeamsActivity.personalMessage("help").conversation(chatId);
		for (int i = 0; i < 20; i++) {
			// more than the connector client's own retries
			this.connector.failNext(chatId, 500, Map.of());
		}

		this.bot.send(help);
		assertThat(this.connector.sentTo(chatId)).isNotEmpty().noneMatch(Call::succeeded);
		this.connector.reset();
		this.bot.send(help);

		assertThat(this.connector.sentTo(chatId)).filteredOn(Call::succeeded).hasSize(1);
	}

	@Test
	void anEmailDeliveredTwiceMakesOneRequestAndIsAnsweredOnce() throws Exception {
		String thread = "email-thread-" + UUID.randomUUID();
		String sender = "maria." + UUID.randomUUID().toString().substring(0, 6) + "@contoso.example";
		String senderAad = UUID.randomUUID().toString();
		// a person of the organisation: an e-mail announcement is a request HR confirms
		this.employees.register(new io.handover.employee.NewEmployee("Maria Mailer", sender, senderAad, null, null),
				io.handover.common.Actor.system("test"));
		String name = IntakeChat.unique("Anna de Vries");
		ObjectNode email = email(thread, sender, name + " starts on 7 December as account manager.");

		for (int i = 0; i < 2; i++) {
			this.mvc.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON).content(email.toString()))
				.andReturn();
		}

		assertThat(this.connector.sentTo(thread)).hasSize(1);
		assertThat(this.requests.search(senderAad, null, null, 10)).hasSize(1);
		assertThat(this.tickets.search(null, sender, null, null, 10)).as("nothing opened before HR confirms").isEmpty();
	}

	@Test
	void theBotAddedToATeamTwiceInstallsItOnce() throws Exception {
		String teamId = "19:team-dup-" + UUID.randomUUID() + "@thread.tacv2";
		TeamsActivity added = TeamsActivity.botAddedToTeam().team(teamId, "Operations dup");

		this.bot.send(added);
		this.bot.send(added);
		this.bot.send(TeamSetup.asAdmin(this.team.inChannel(teamId, "link IT").team(teamId, "Operations dup")));

		// issue 19: the install is welcomed once, however often Teams reports it
		assertThat(this.connector.sentTo(teamId)).as("one welcome for both install events, one answer to the link")
			.hasSize(2)
			.first()
			.satisfies(welcome -> assertThat(IntakeChat.text(welcome.cards().get(0)))
				.contains("Handover is installed in this team"));
	}

	@Test
	void fiftyPeopleClickingDoneAtOnceMakeOneTransitionAndAllSeeWhoMadeIt() throws Exception {
		TicketView ticket = openedTicket();
		TaskView task = openTask(ticket);
		List<Member> staff = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			staff.add(TeamSetup.member("IT Person " + (char) ('a' + i / 26) + (char) ('a' + i % 26)));
		}
		this.connector.roster(this.team.teamId, staff);
		this.departmentStaff.forget(this.team.teamId);
		ExecutorService pool = Executors.newFixedThreadPool(50);
		List<Future<JsonNode>> answers;
		try {
			List<Callable<JsonNode>> clicks = staff.stream()
				.map(person -> (Callable<JsonNode>) () -> this.bot.invoke(click("task.done", task, person)))
				.toList();
			answers = pool.invokeAll(clicks);
		}
		finally {
			pool.shutdown();
		}

		assertThat(this.tasks.get(task.id()).status()).isEqualTo(TaskStatus.DONE);
		List<AuditEntry> completions = this.audit.historyOf("task", task.id())
			.stream()
			.filter(entry -> entry.action().contains("complet"))
			.toList();
		assertThat(completions).hasSize(1);
		String winner = completions.get(0).actorName();
		for (Future<JsonNode> answer : answers) {
			assertThat(answer.get().path("statusCode").asInt()).isEqualTo(200);
			assertThat(answer.get().path("value").toString()).as("the card says who completed it").contains(winner);
		}
	}

	private TicketView openedTicket() throws Exception {
		String anna = unique("Anna de Vries");
		JsonNode form = this.chat.say(TeamsActivity.personalMessage(anna + " starts on 7 December as account manager")
			.conversation("a:dup-" + UUID.randomUUID()));
		TicketView ticket = this.tickets.get(ticketKey(this.chat.submit(form, Map.of())));
		this.dispatcher.drain();
		return ticket;
	}

	private List<String> actions(TaskView task) {
		return this.audit.historyOf("task", task.id()).stream().map(AuditEntry::action).toList();
	}

	/** An IT task that needs no input and waits for nothing. */
	private static TaskView openTask(TicketView ticket) {
		return ticket.tasks()
			.stream()
			.filter(t -> t.department().equals("IT") && t.status() == TaskStatus.OPEN && t.inputsNeeded().isEmpty()
					&& t.waitingFor().isEmpty())
			.findFirst()
			.orElseThrow();
	}

	private List<Call> cardPostsOf(TicketView ticket) {
		return this.connector.calls(Kind.SEND)
			.stream()
			.filter(call -> call.conversationId().equals(this.team.general)
					|| call.conversationId().equals(this.team.facilities))
			.filter(call -> call.body() != null && call.body().toString().contains(ticket.key()))
			.toList();
	}

	private TeamsActivity click(String verb, TaskView task, Member who) {
		TeamsActivity click = TeamsActivity
			.cardAction(verb,
					Map.of("taskId", task.id(), "ticketKey", task.ticketKey(), "departmentKey", task.department()))
			.from(who.id(), who.aadObjectId(), who.name());
		click.node().withObjectProperty("conversation").put("conversationType", "channel").put("id", this.team.general);
		return click;
	}

	private ObjectNode email(String thread, String sender, String body) {
		ObjectNode activity = JSON.createObjectNode();
		activity.put("type", "message");
		activity.put("id", UUID.randomUUID().toString());
		activity.put("channelId", "email");
		activity.put("serviceUrl", this.connector.serviceUrl());
		activity.putObject("from").put("id", sender).put("name", "Maria Jansen");
		activity.putObject("recipient").put("id", "handover@contoso.example").put("name", "Handover");
		activity.putObject("conversation").put("id", thread);
		activity.put("text", body);
		activity.put("textFormat", "plain");
		activity.putObject("channelData").put("subject", "New starter");
		return activity;
	}

}
