package io.handover.runbook;

import java.time.LocalDate;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.task.TaskStatus;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lisa moves from account manager to software engineer on 14 December: on that morning
 * she joins Engineering and GitHub Users and leaves Sales and CRM Users; a standalone
 * application stays a person's task.
 */
class MoverChangesTests extends GraphIntegrationTest {

	static final LocalDate MONDAY_14_DECEMBER = LocalDate.of(2026, 12, 14);

	@Autowired
	DirectorySchedule schedule;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TestClock clock;

	@Autowired
	MoverChanges movers;

	@Autowired
	io.handover.audit.AuditTrail audit;

	static final Actor JOOST = Actor.person("0c5a3b4e-1d2f-4a6b-8c9d-0000000a1e01", "joost@contoso.example",
			"Joost (IT)", Channel.TEAMS, java.util.Set.of(io.handover.access.Roles.IT));

	static final Actor FRANK = Actor.person("0c5a3b4e-1d2f-4a6b-8c9d-0000000a1e03", "frank@contoso.example",
			"Frank (FM)", Channel.TEAMS, java.util.Set.of(io.handover.access.Roles.FM));

	String lisa;

	/** Lisa moves from Sales to Engineering on 14 December, 7:00. */
	TicketView lisaMoves() {
		GRAPH.reset();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.lisa = UUID.randomUUID().toString();
		String upn = "lisa." + suffix + "@contoso.example";
		GRAPH.addUser(this.lisa, upn, "Lisa " + suffix);
		GRAPH.addGroup("g-sales", "Sales", null, this.lisa);
		GRAPH.addGroup("g-crm", "CRM Users", null, this.lisa);
		GRAPH.addGroup("g-eng", "Engineering", null);
		GRAPH.addGroup("g-gh", "GitHub Users", null);
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.MOVER, new NewTicket.Person(null, "Lisa " + suffix, upn, null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "software-engineer",
						"account-manager", MONDAY_14_DECEMBER, WorkLocation.OFFICE, null, null, null),
				new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS), null);
		this.clock.set(MONDAY_14_DECEMBER.atTime(7, 0).atZone(this.clock.getZone()).toInstant());
		return ticket;
	}

	long addsToEngineering() {
		return GRAPH.calls().stream().filter(c -> c.method().equals("POST") && c.path().contains("/g-eng/")).count();
	}

	TaskView engineeringTask(String ticketKey) {
		return this.tickets.get(ticketKey)
			.tasks()
			.stream()
			.filter(t -> t.kind().equals("it.access.grant") && "Engineering".equals(t.subject()))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aRefusedGroupChangeWaitsForTheFixAndRunsAtOnceOnRetryNowNotOnTheBackOff() {
		TicketView ticket = lisaMoves();
		// the application may not add members to Engineering (a role-assignable group)
		GRAPH.failNext("POST", "^/groups/g-eng/members", 403, null, 1000, "Authorization_RequestDenied",
				"Insufficient privileges to complete the operation.");

		this.schedule.runDue();

		TaskView refused = engineeringTask(ticket.key());
		assertThat(refused.status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(refused.blockedReason()).contains("403").contains("Insufficient privileges");
		assertThat(GRAPH.group("g-gh").members).as("the rest goes on").containsExactly(this.lisa);
		assertThat(this.movers.offersRetry(refused)).as("IT's card offers Retry now").isTrue();
		long tried = addsToEngineering();

		// not hammered on the back-off: 5, 10, 20 minutes, an hour later nothing is sent
		for (int minutes : new int[] { 5, 10, 20, 60 }) {
			this.clock
				.set(MONDAY_14_DECEMBER.atTime(7, 0).plusMinutes(minutes).atZone(this.clock.getZone()).toInstant());
			this.schedule.runDue();
		}
		assertThat(addsToEngineering()).isEqualTo(tried);

		// only IT retries it
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.movers.retryNow(ticket.key(), FRANK, null))
			.isInstanceOf(io.handover.common.Refusal.class)
			.hasMessageContaining("Only IT staff or an Administrator");
		assertThat(addsToEngineering()).isEqualTo(tried);

		// the permission granted, Retry now: at once
		GRAPH.clearFailures();
		this.movers.retryNow(ticket.key(), JOOST, null);

		assertThat(GRAPH.group("g-eng").members).containsExactly(this.lisa);
		assertThat(engineeringTask(ticket.key()).status()).isEqualTo(TaskStatus.DONE);
		assertThat(this.audit.historyOf("ticket", ticket.key())).extracting(io.handover.audit.AuditEntry::action)
			.contains("refused", "runbook-retried");
		assertThat(this.movers.due(ticket.key(), this.clock.instant().plus(java.time.Duration.ofDays(1))))
			.as("done: nothing to try again")
			.isFalse();
	}

	@Test
	void aThrottledGroupChangeIsTriedAgainAfterItsBackOff() {
		TicketView ticket = lisaMoves();
		GRAPH.failNext("POST", "^/groups/g-eng/members", 429, 1, 1000, "TooManyRequests", "Too many requests");

		this.schedule.runDue();

		assertThat(engineeringTask(ticket.key()).status()).isEqualTo(TaskStatus.BLOCKED);
		assertThat(GRAPH.group("g-eng").members).isEmpty();

		// Graph lets go: the back-off's next run adds her, without anyone clicking
		GRAPH.clearFailures();
		this.clock.advance(java.time.Duration.ofMinutes(4));
		this.schedule.runDue();
		assertThat(GRAPH.group("g-eng").members).as("not before its back-off").isEmpty();
		this.clock.advance(java.time.Duration.ofMinutes(1));
		this.schedule.runDue();

		assertThat(GRAPH.group("g-eng").members).containsExactly(this.lisa);
		assertThat(engineeringTask(ticket.key()).status()).isEqualTo(TaskStatus.DONE);
	}

	@AfterEach
	void backToToday() {
		this.clock.setDay(TestClockConfiguration.TODAY);
	}

	@Test
	void theGroupDifferenceIsAppliedOnTheMoveDate() {
		GRAPH.reset();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String user = UUID.randomUUID().toString();
		String upn = "lisa." + suffix + "@contoso.example";
		GRAPH.addUser(user, upn, "Lisa " + suffix);
		GRAPH.addGroup("g-staff", "All Staff", null, user);
		GRAPH.addGroup("g-sales", "Sales", null, user);
		GRAPH.addGroup("g-crm", "CRM Users", null, user);
		GRAPH.addGroup("g-eng", "Engineering", null);
		GRAPH.addGroup("g-gh", "GitHub Users", null);
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.MOVER, new NewTicket.Person(null, "Lisa " + suffix, upn, null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "software-engineer",
						"account-manager", MONDAY_14_DECEMBER, WorkLocation.OFFICE, null, null, null),
				new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS), null);

		this.clock.set(MONDAY_14_DECEMBER.atTime(6, 59).atZone(this.clock.getZone()).toInstant());
		this.schedule.runDue();
		assertThat(GRAPH.group("g-eng").members).isEmpty();
		this.clock.set(MONDAY_14_DECEMBER.atTime(7, 0).atZone(this.clock.getZone()).toInstant());
		this.schedule.runDue();
		this.schedule.runDue();

		assertThat(GRAPH.group("g-eng").members).containsExactly(user);
		assertThat(GRAPH.group("g-gh").members).containsExactly(user);
		assertThat(GRAPH.group("g-sales").members).isEmpty();
		assertThat(GRAPH.group("g-crm").members).isEmpty();
		assertThat(GRAPH.group("g-staff").members).containsExactly(user);
		assertThat(GRAPH.changes().stream().filter(c -> c.path().contains("/g-sales/")).count()).isEqualTo(1);
		TicketView after = this.tickets.get(ticket.key());
		assertThat(after.tasks()).filteredOn(t -> t.kind().startsWith("it.access."))
			.extracting(TaskView::status)
			.containsOnly(TaskStatus.DONE);
		assertThat(after.tasks()).filteredOn(t -> "aws-console".equals(t.subject()))
			.extracting(TaskView::status)
			.containsOnly(TaskStatus.OPEN);
	}

	@Test
	void aThrottledAccountReadIsTriedAgainAfterTheBackOff() {
		GRAPH.reset();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String user = UUID.randomUUID().toString();
		String upn = "lisa." + suffix + "@contoso.example";
		GRAPH.addUser(user, upn, "Lisa " + suffix);
		GRAPH.addGroup("g-sales", "Sales", null, user);
		GRAPH.addGroup("g-crm", "CRM Users", null, user);
		GRAPH.addGroup("g-eng", "Engineering", null);
		GRAPH.addGroup("g-gh", "GitHub Users", null);
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.MOVER, new NewTicket.Person(null, "Lisa " + suffix, upn, null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "software-engineer",
						"account-manager", MONDAY_14_DECEMBER, WorkLocation.OFFICE, null, null, null),
				new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS), null);
		this.clock.set(MONDAY_14_DECEMBER.atTime(7, 0).atZone(this.clock.getZone()).toInstant());
		// Graph throttles the account read past the SDK's own retries
		GRAPH.failNext("GET", "^/users/", 429, 1, 100, "TooManyRequests", "Too many requests");

		this.schedule.runDue();

		assertThat(GRAPH.group("g-eng").members).isEmpty();
		assertThat(GRAPH.changes()).isEmpty();

		GRAPH.clearFailures();
		this.schedule.runDue();
		assertThat(GRAPH.group("g-eng").members).as("not before its back-off").isEmpty();

		this.clock.advance(java.time.Duration.ofMinutes(5));
		this.schedule.runDue();

		assertThat(GRAPH.group("g-eng").members).containsExactly(user);
		assertThat(GRAPH.group("g-sales").members).isEmpty();
		assertThat(this.tickets.get(ticket.key()).tasks()).filteredOn(t -> t.kind().startsWith("it.access."))
			.extracting(TaskView::status)
			.containsOnly(TaskStatus.DONE);
		long changes = GRAPH.changes().size();
		this.clock.advance(java.time.Duration.ofHours(7));
		this.schedule.runDue();
		assertThat(GRAPH.changes()).as("done: not run again").hasSize((int) changes);
	}

}
