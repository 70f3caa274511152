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
