package io.handover.teams;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import io.handover.asset.AssetRegister;
import io.handover.asset.IssueRequest;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.testing.BotTest;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once a working day each overdue task gets a reminder under its department's card, never
 * twice a day; after three working days the department's lead (FM's is configured in the
 * test configuration) gets a personal card.
 */
@BotTest
// A store of its own: a reminder round covers every overdue task in the store, and the
// shared test store holds hundreds from other journeys once the clock is moved ahead.
@TestPropertySource(properties = "handover.store.database=reminders")
class RemindersTests {

	static final Actor MANAGER = new Actor("aad-maria", "Maria Jansen", Channel.TEAMS);

	static final String LEAD_AAD = "aad-fleur-" + UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@Autowired
	Reminders reminders;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AssetRegister assets;

	@Autowired
	DepartmentChannels channels;

	@Autowired
	PostedCards posted;

	@Autowired
	TestClock clock;

	@Autowired
	LockProvider locks;

	@Autowired
	UnreachableEmployees unreachableEmployees;

	@Autowired
	io.handover.cards.Cards cards;

	@Autowired
	ConversationStore conversations;

	@Autowired
	io.handover.ticket.TicketOutbox outbox;

	ConnectorStub connector = ConnectorStub.shared();

	String team;

	TicketView ticket;

	String fmCard;

	@BeforeEach
	void setUp() throws Exception {
		this.connector.reset();
		this.team = "19:reminders-" + UUID.randomUUID() + "@thread.tacv2";
		new BotConversation(this.mvc, this.connector)
			.send(TeamsActivity.botAddedToTeam().team(this.team, "Facilities"));
		this.channels.link(this.team, this.team, "FM", MANAGER);
		this.connector.roster(this.team,
				List.of(new ConnectorStub.Member("29:fleur", LEAD_AAD, "Fleur Visser", "fm.lead@contoso.example"),
						new ConnectorStub.Member("29:femke", "aad-femke", "Femke Smit", "femke@contoso.example")));

		String name = "Jan Bakker " + UUID.randomUUID().toString().substring(0, 6);
		Employee jan = this.employees.register(
				new NewEmployee(name, name.toLowerCase().replace(' ', '.') + "@contoso.example", null, null, null),
				MANAGER);
		this.assets.issue(new IssueRequest(jan.id(), "access-pass", "access-pass-office",
				"PA" + UUID.randomUUID().toString().substring(0, 8), null, null), MANAGER);
		// Last working day Friday 18 December: FM's tasks are due that day.
		this.ticket = this.tickets
			.open(new NewTicket(TicketKind.LEAVER, new NewTicket.Person(jan.id(), null, null, null, null),
					new ManagerRef("maria@contoso.example", "Maria"), null, null, LocalDate.of(2026, 12, 18), null,
					null, DeviceRetrieval.IN_PERSON, null), MANAGER, null);
		// The department card the lead's task cards would post in FM's channel.
		this.fmCard = this.posted.show(this.ticket.key(), "dept:FM:" + this.team, this.team,
				Replies.card(card("FM tasks of " + this.ticket.key())));
		awaitOutboxDelivered();
		this.connector.reset();
		this.connector.roster(this.team,
				List.of(new ConnectorStub.Member("29:fleur", LEAD_AAD, "Fleur Visser", "fm.lead@contoso.example")));
	}

	@AfterEach
	void resetClock() {
		this.clock.setDay(TestClockConfiguration.TODAY);
	}

	@Test
	void overdueTasksAreRemindedInTheirCardsThreadOnceADay() {
		List<TaskView> fmTasks = fmTasksOfTicket();
		assertThat(fmTasks).isNotEmpty().allSatisfy(task -> assertThat(task.dueOn()).isEqualTo("2026-12-18"));

		// Monday 21 December: before 09:00 nothing happens.
		at(LocalDate.of(2026, 12, 21), LocalTime.of(8, 59));
		assertThat(this.reminders.runIfDue()).isFalse();
		assertThat(remindersUnderFmCard()).isEmpty();

		at(LocalDate.of(2026, 12, 21), LocalTime.of(9, 1));
		assertThat(this.reminders.runIfDue()).isTrue();
		List<Call> replies = remindersUnderFmCard();
		assertThat(replies).hasSize(fmTasks.size());
		assertThat(replies).extracting(Call::text)
			.allSatisfy(text -> assertThat(text).startsWith("Reminder:")
				.contains(this.ticket.key(), "1 working day overdue", "Nobody has claimed it yet"));
		assertThat(replies).extracting(Call::text)
			.anySatisfy(text -> assertThat(text).contains(fmTasks.get(0).title()));
		// One working day late is not yet a matter for the lead.
		assertThat(leadCards()).noneMatch(card -> card.contains(this.ticket.key()));

		// The same day again — the next check, another instance, a forced round: no
		// repeat.
		at(LocalDate.of(2026, 12, 21), LocalTime.of(15, 0));
		assertThat(this.reminders.runIfDue()).isFalse();
		this.reminders.remind(LocalDate.of(2026, 12, 21));
		assertThat(remindersUnderFmCard()).hasSize(fmTasks.size());

		// Saturday: no round.
		at(LocalDate.of(2026, 12, 26), LocalTime.of(10, 0));
		assertThat(this.reminders.runIfDue()).isFalse();
	}

	@Test
	void afterThreeWorkingDaysTheDepartmentLeadGetsAPersonalCard() throws Exception {
		// Wednesday 23 December: due Friday 18th, three working days late.
		at(LocalDate.of(2026, 12, 23), LocalTime.of(9, 30));
		this.tasks.claim(fmTasksOfTicket().get(0).id(), new Actor("aad-femke", "Femke Smit", Channel.TEAMS), null);

		assertThat(this.reminders.runIfDue()).isTrue();

		assertThat(remindersUnderFmCard()).extracting(Call::text)
			.anySatisfy(text -> assertThat(text).contains("3 working days overdue", "Claimed by Femke Smit"));
		List<Call> toLead = this.connector.calls(Kind.SEND)
			.stream()
			.filter(call -> !call.cards().isEmpty() && call.cards().get(0).toString().contains("Overdue tasks"))
			.toList();
		assertThat(toLead).hasSize(1);
		String chat = toLead.get(0).conversationId();
		assertThat(this.conversations.find(chat).orElseThrow().userAadObjectId()).isEqualTo(LEAD_AAD);
		// The card lists the most overdue few of FM's tasks late by three working days or
		// more (other journeys share this store) and counts the rest.
		LocalDate today = LocalDate.of(2026, 12, 23);
		List<TaskView> late = this.tasks.tasks("FM", List.of(), true)
			.stream()
			.filter(task -> this.reminders.daysOverdue(task, today) >= 3)
			.toList();
		assertThat(late).extracting(TaskView::ticketKey).contains(this.ticket.key());
		JsonNode card = toLead.get(0).cards().get(0);
		int listed = card.findParents("verb").size();
		int more = late.size() - listed;
		assertThat(listed).isEqualTo(Math.min(late.size(), Reminders.LEAD_CARD_TASKS));
		assertThat(card.toString()).contains("Facility Management", "days overdue", late.get(0).ticketKey());
		if (more > 0) {
			assertThat(card.toString()).contains("+ " + more + " more overdue tasks");
		}

		// "Show tasks" answers with FM's task card of that ticket.
		JsonNode shown = new BotConversation(this.mvc, this.connector).invoke(TeamsActivity
			.cardAction("tasks.show", java.util.Map.of("ticketKey", this.ticket.key(), "departmentKey", "FM"))
			.from("29:fleur", LEAD_AAD, "Fleur Visser")
			.conversation(chat));
		assertThat(shown.path("value").toString()).contains(this.ticket.key(), fmTasksOfTicket().get(0).title());

		// Once a day: a second round the same day sends the lead nothing more.
		this.reminders.remind(LocalDate.of(2026, 12, 23));
		assertThat(this.connector.calls(Kind.SEND).stream().filter(call -> chat.equals(call.conversationId())))
			.hasSize(1);
	}

	@Test
	void theLeadsCardSaysWhenTheEmployeeOfAnOverdueTaskCannotBeReachedInTeams() {
		this.unreachableEmployees.record(this.ticket, EmployeeChats.Unreachable.NOT_IN_TEAMS,
				"jan.unreachable@contoso.example");
		LocalDate today = LocalDate.of(2026, 12, 23);
		List<TaskView> overdue = fmTasksOfTicket();

		JsonNode card = this.cards.render(io.handover.cards.CardName.REMINDER,
				this.reminders.leadCard("FM", overdue, today), java.util.Locale.ENGLISH);

		assertThat(IntakeChat.text(card)).contains(this.ticket.employee().name() + " (")
			.contains("cannot be reached in Teams")
			.contains("roster of no team Handover is installed in");
		this.unreachableEmployees.reached(this.ticket.key());
		assertThat(IntakeChat.text(this.cards.render(io.handover.cards.CardName.REMINDER,
				this.reminders.leadCard("FM", overdue, today), java.util.Locale.ENGLISH)))
			.doesNotContain("cannot be reached in Teams");
	}

	@Test
	void aFailedReminderIsSentAtTheNextCheck() {
		at(LocalDate.of(2026, 12, 22), LocalTime.of(9, 0));
		// The connector throttles the first reply of the round in FM's channel (the SDK
		// itself retries 5xx, not 429); other tests' cards may be delivered meanwhile.
		this.connector.failNext(this.team, 429, Map.of("Retry-After", "1"));

		assertThat(this.reminders.runIfDue()).isTrue();
		List<Call> first = this.connector.calls(Kind.REPLY);
		assertThat(first).filteredOn(call -> !call.succeeded()).hasSize(1);
		Call failed = first.stream().filter(call -> !call.succeeded()).findFirst().orElseThrow();

		// The round is not finished: the next check sends just the one that failed.
		at(LocalDate.of(2026, 12, 22), LocalTime.of(9, 1));
		assertThat(this.reminders.runIfDue()).isTrue();
		List<Call> retried = this.connector.calls(Kind.REPLY)
			.subList(first.size(), this.connector.calls(Kind.REPLY).size());
		assertThat(retried).singleElement().satisfies(call -> {
			assertThat(call.succeeded()).isTrue();
			assertThat(call.text()).isEqualTo(failed.text());
		});
		assertThat(remindersUnderFmCard()).hasSize(fmTasksOfTicket().size());
		assertThat(this.reminders.runIfDue()).isFalse();
	}

	@Test
	void whileAnotherInstanceHoldsTheLockThisOneSendsNothing() {
		at(LocalDate.of(2026, 12, 28), LocalTime.of(9, 0));
		SimpleLock otherInstance = this.locks
			.lock(new LockConfiguration(Instant.now(), Reminders.JOB, Duration.ofMinutes(5), Duration.ZERO))
			.orElseThrow();

		this.reminders.tick();
		assertThat(remindersUnderFmCard()).isEmpty();

		otherInstance.unlock();
		this.reminders.tick();
		assertThat(remindersUnderFmCard()).hasSize(fmTasksOfTicket().size());
	}

	private List<String> leadCards() {
		return this.connector.calls(Kind.SEND)
			.stream()
			.filter(call -> !call.cards().isEmpty() && call.cards().get(0).toString().contains("Overdue tasks"))
			.map(call -> call.cards().get(0).toString())
			.toList();
	}

	private void awaitOutboxDelivered() {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		while (this.outbox.pending(1000).stream().anyMatch(p -> p.ticketKey().equals(this.ticket.key()))
				&& System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private List<TaskView> fmTasksOfTicket() {
		return this.tickets.get(this.ticket.key())
			.tasks()
			.stream()
			.filter(task -> task.department().equals("FM") && task.status().isOpen())
			.toList();
	}

	private List<Call> remindersUnderFmCard() {
		return this.connector.calls(Kind.REPLY)
			.stream()
			.filter(call -> call.succeeded() && this.fmCard.equals(call.activityId()))
			.toList();
	}

	private void at(LocalDate day, LocalTime time) {
		this.clock.set(LocalDateTime.of(day, time).atZone(this.clock.getZone()).toInstant());
	}

	private static ObjectNode card(String text) {
		ObjectNode card = JsonNodeFactory.instance.objectNode().put("type", "AdaptiveCard").put("version", "1.5");
		card.putArray("body").addObject().put("type", "TextBlock").put("text", text);
		return card;
	}

}
