package io.handover.teams;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.testing.ConnectorStub;
import io.handover.testing.ConnectorStub.Call;
import io.handover.testing.ConnectorStub.Kind;
import io.handover.testing.ConnectorStub.Member;
import io.handover.testing.LiveDirectoryTest;
import io.handover.testing.TeamsActivity;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @Handover check Jan Bakker} in IT's channel: someone who is not IT staff is
 * refused and nothing is looked at or changed; IT staff get the guard's review, and IT's
 * channel gets one review card per leaver, updated in place only when what it shows
 * changes.
 */
class GuardCheckTests extends LiveDirectoryTest {

	static final Member PETER = TeamSetup.member("Peter de Boer");

	/** Not on any department's roster. */
	static final Member OUTSIDER = TeamSetup.member("Otto Buiten");

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	ConnectorStub connector = ConnectorStub.shared();

	IntakeChat chat;

	TeamSetup team;

	TicketView ticket;

	String upn;

	@BeforeEach
	void janLeftToday() throws Exception {
		this.clock.setDay(TestClockConfiguration.TODAY);
		this.connector.reset();
		BotConversation bot = new BotConversation(this.mvc, this.connector);
		this.chat = new IntakeChat(bot, this.connector);
		this.team = new TeamSetup(bot, this.connector).withStaff(PETER);
		GRAPH.reset();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String user = UUID.randomUUID().toString();
		this.upn = "jan.bakker." + suffix + "@contoso.example";
		GRAPH.addUser(user, this.upn, "Jan Bakker");
		GRAPH.addGroup("g-staff", "All Staff", null, user);
		Employee jan = this.employees.register(
				new NewEmployee("Jan Bakker " + suffix, this.upn, user, null, "marieke.jansen@contoso.example"),
				Actor.system("test"));
		Actor hanna = Actor.person("a0000000-0000-4000-8000-0000000000a1", "hanna@contoso.example", "Hanna (HR)",
				Channel.TEAMS);
		this.ticket = this.tickets.open(
				new NewTicket(TicketKind.LEAVER, new NewTicket.Person(jan.id(), jan.name(), this.upn, user, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "account-manager", null,
						TestClockConfiguration.TODAY, WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null),
				hanna, null);
		this.tickets.authorise(this.ticket.key(), Authority.HR, hanna, null);
		this.clock.set(TestClockConfiguration.TODAY.atTime(LocalTime.of(18, 0))
			.atZone(ZoneId.of("Europe/Amsterdam"))
			.toInstant());
	}

	List<TaskView> guardTasks() {
		return this.tickets.get(this.ticket.key()).tasks().stream().filter(t -> t.kind().startsWith("guard.")).toList();
	}

	/**
	 * The review cards in IT's channel; not the answers to "check" (a reply, maybe
	 * updated).
	 */
	List<Call> reviewCardsInIt() {
		java.util.Set<String> answers = this.connector.calls()
			.stream()
			.filter(c -> c.kind() == Kind.REPLY && c.postedId() != null)
			.map(Call::postedId)
			.collect(java.util.stream.Collectors.toSet());
		return this.connector.calls()
			.stream()
			.filter(c -> c.kind() == Kind.SEND || c.kind() == Kind.UPDATE && !answers.contains(c.activityId()))
			.filter(c -> c.conversationId() != null && c.conversationId().startsWith(this.team.general))
			.filter(c -> c.cards().stream().anyMatch(card -> card.toString().contains("Offboarding guard")))
			.toList();
	}

	TeamsActivity from(Member member, String text) {
		return this.team.inChannel(this.team.general, text).from(member.id(), member.aadObjectId(), member.name());
	}

	/**
	 * The review the answer shows: the answer itself, or (on a machine so busy that the
	 * check took longer than the turn waits) the same message once updated.
	 */
	JsonNode review(TeamsActivity asked, JsonNode answer) {
		if (!IntakeChat.text(answer).contains("Checking ")) {
			return answer;
		}
		Call reply = this.connector.sent()
			.stream()
			.filter(c -> c.kind() == Kind.REPLY && asked.id().equals(c.activityId()))
			.findFirst()
			.orElseThrow();
		return this.connector
			.awaitCalls(c -> c.kind() == Kind.UPDATE && reply.postedId().equals(c.activityId()), 1,
					java.time.Duration.ofSeconds(90))
			.get(0)
			.cards()
			.get(0);
	}

	@Test
	void someoneWhoIsNotItStaffIsRefusedAndNothingIsLookedAtOrChanged() throws Exception {
		int graphCalls = GRAPH.calls().size();

		JsonNode card = this.chat.say(from(OUTSIDER, "check " + this.ticket.employee().name()));

		assertThat(IntakeChat.text(card)).contains("Only IT staff and Administrators")
			.doesNotContain("Disable the account");
		assertThat(GRAPH.calls()).hasSize(graphCalls);
		assertThat(guardTasks()).isEmpty();
		assertThat(reviewCardsInIt()).isEmpty();
		assertThat(this.audit.historyOf("ticket", this.ticket.employee().name())).extracting(AuditEntry::action)
			.containsExactly("guard-check-refused");
	}

	@Test
	void itStaffGetTheReviewAndItsChannelOneCardUpdatedOnlyWhenItChanges() throws Exception {
		TeamsActivity asked = from(PETER, "check " + this.ticket.employee().name());
		JsonNode card = review(asked, this.chat.say(asked));

		assertThat(IntakeChat.text(card)).contains("Offboarding guard", this.ticket.key(),
				"Still on their name after the last day", "Disable the account " + this.upn,
				"Remove " + this.ticket.employee().name() + " from group All Staff");
		assertThat(guardTasks()).extracting(TaskView::kind).contains("guard.account.enabled", "guard.group.member");
		assertThat(reviewCardsInIt()).hasSize(1).allMatch(c -> c.kind() == Kind.SEND);

		// nothing changed: the card stays as it is
		TeamsActivity again = from(PETER, "check " + this.ticket.key());
		review(again, this.chat.say(again));
		assertThat(reviewCardsInIt()).hasSize(1);

		// the group membership is removed by hand: the same card shows it
		GRAPH.group("g-staff").members.clear();
		TeamsActivity byUpn = from(PETER, "check " + this.upn);
		review(byUpn, this.chat.say(byUpn));
		List<Call> cards = reviewCardsInIt();
		assertThat(cards).hasSize(2);
		assertThat(cards.get(1).kind()).isEqualTo(Kind.UPDATE);
		assertThat(cards.get(1).activityId()).isEqualTo(cards.get(0).postedId());
		assertThat(IntakeChat.text(cards.get(1).cards().get(0))).contains("No static group memberships")
			.doesNotContain("from group All Staff");
	}

	@Test
	void withGraphSlowTheTurnAnswersCheckingAtOnceAndThatMessageShowsTheReviewWhenDone() throws Exception {
		// every read of the leaver takes 1.5 s: a dozen reads, far more than Teams waits
		GRAPH.slowDown("GET", "^/users/", java.time.Duration.ofMillis(1500));
		TeamsActivity asked = from(PETER, "check " + this.ticket.key());
		long started = System.nanoTime();

		JsonNode answer = this.chat.say(asked);

		java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);
		assertThat(IntakeChat.text(answer)).contains("Checking " + this.ticket.key())
			.doesNotContain("Disable the account");
		assertThat(took).as("answered well within Teams' time").isLessThan(java.time.Duration.ofSeconds(10));
		Call reply = this.connector.sent()
			.stream()
			.filter(c -> c.kind() == Kind.REPLY && asked.id().equals(c.activityId()))
			.findFirst()
			.orElseThrow();

		// the same message shows the review once the guard is done
		List<Call> replaced = this.connector.awaitCalls(
				c -> c.kind() == Kind.UPDATE && reply.postedId().equals(c.activityId()), 1,
				java.time.Duration.ofSeconds(90));
		assertThat(replaced).isNotEmpty();
		assertThat(IntakeChat.text(replaced.get(0).cards().get(0))).contains("Offboarding guard", this.ticket.key(),
				"Disable the account " + this.upn);
		assertThat(guardTasks()).extracting(TaskView::kind).contains("guard.account.enabled");
	}

}
