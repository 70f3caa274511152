package io.handover.runbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.handover.common.Actor;
import io.handover.common.Channel;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runbook starts at 17:00 Amsterdam time on the last working day — 16:00 UTC in
 * winter, 15:00 UTC once summer time has begun — and not a minute before.
 */
class DirectoryScheduleTests extends GraphIntegrationTest {

	/** The Friday before summer time starts (Sunday 28 March 2027). */
	static final LocalDate FRIDAY_26_MARCH = LocalDate.of(2027, 3, 26);

	/** The Monday after. */
	static final LocalDate MONDAY_29_MARCH = LocalDate.of(2027, 3, 29);

	@Autowired
	DirectorySchedule schedule;

	@Autowired
	LeaverRunbook runbook;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TestClock clock;

	@BeforeEach
	void reset() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		GRAPH.reset();
	}

	@AfterEach
	void backToToday() {
		this.clock.setDay(TestClockConfiguration.TODAY);
	}

	@Test
	void theRunbookStartsAtTheConfiguredHourOfTheLastDayAcrossTheChangeToSummerTime() {
		Leaver friday = leaver(FRIDAY_26_MARCH);
		Leaver monday = leaver(MONDAY_29_MARCH);

		this.clock.set(Instant.parse("2027-03-26T15:59:00Z"));
		this.schedule.runDue();
		assertThat(this.runbook.started(friday.key)).as("16:59 in Amsterdam").isFalse();
		this.clock.set(Instant.parse("2027-03-26T16:00:00Z"));
		this.schedule.runDue();
		assertThat(this.runbook.started(friday.key)).as("17:00 in Amsterdam, winter time").isTrue();
		assertThat(GRAPH.succeeded("PATCH", "/users/" + friday.user)).isEqualTo(1);
		assertThat(this.runbook.started(monday.key)).isFalse();

		this.clock.set(Instant.parse("2027-03-29T14:59:00Z"));
		this.schedule.runDue();
		assertThat(this.runbook.started(monday.key)).as("16:59 in Amsterdam").isFalse();
		this.clock.set(Instant.parse("2027-03-29T15:00:00Z"));
		this.schedule.runDue();
		assertThat(this.runbook.started(monday.key)).as("17:00 in Amsterdam, summer time").isTrue();
		assertThat(GRAPH.succeeded("PATCH", "/users/" + monday.user)).isEqualTo(1);

		this.clock.set(Instant.parse("2027-03-29T15:01:00Z"));
		this.schedule.runDue();
		assertThat(GRAPH.succeeded("PATCH", "/users/" + monday.user)).as("started once").isEqualTo(1);
		assertThat(GRAPH.succeeded("PATCH", "/users/" + friday.user)).isEqualTo(1);
	}

	@Test
	void aSlowMoverRunDoesNotDelayALeaversRunbookAtItsHour() throws Exception {
		LocalDate day = LocalDate.of(2027, 1, 15);
		// Lisa moves to Engineering that morning; Graph answers the reads of her account
		// slowly (a 503 burst, a throttled read): her run takes 15 s
		String lisa = UUID.randomUUID().toString();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		GRAPH.addUser(lisa, "lisa." + suffix + "@contoso.example", "Lisa " + suffix);
		GRAPH.addGroup("g-sales", "Sales", null, lisa);
		GRAPH.addGroup("g-crm", "CRM Users", null, lisa);
		GRAPH.addGroup("g-eng", "Engineering", null);
		GRAPH.addGroup("g-gh", "GitHub Users", null);
		TicketView mover = this.tickets.open(
				new NewTicket(TicketKind.MOVER,
						new NewTicket.Person(null, "Lisa " + suffix, "lisa." + suffix + "@contoso.example", null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "software-engineer",
						"account-manager", day, WorkLocation.OFFICE, null, null, null),
				new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS), null);
		// Jan's last day is that day too: his runbook is due at 17:00
		Leaver jan = leaver(day);
		GRAPH.slowDown("GET", "^/users/(" + lisa + "|lisa\\." + suffix + ")", java.time.Duration.ofSeconds(15));

		// the schedule's round at 16:55 runs Lisa's move (a restart's backlog)
		this.clock.set(day.atTime(16, 55).atZone(this.clock.getZone()).toInstant());
		java.util.concurrent.CompletableFuture<Void> backlog = java.util.concurrent.CompletableFuture
			.runAsync(this.schedule::tick);
		long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		while (GRAPH.slowCallsArrived() == 0 && System.nanoTime() < until) {
			Thread.sleep(50);
		}
		assertThat(GRAPH.slowCallsArrived()).as("Lisa's move is under way, slowly").isPositive();
		assertThat(this.runbook.started(jan.key)).isFalse();

		// 17:00 comes while it still runs: the next round runs Jan's runbook at once
		this.clock.set(day.atTime(17, 0).atZone(this.clock.getZone()).toInstant());
		long asked = System.nanoTime();
		java.util.concurrent.CompletableFuture.runAsync(this.schedule::tick);
		until = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
		while (GRAPH.succeeded("PATCH", "/users/" + jan.user) == 0 && System.nanoTime() < until) {
			Thread.sleep(50);
		}

		assertThat(GRAPH.succeeded("PATCH", "/users/" + jan.user)).as("Jan's account disabled at his hour")
			.isEqualTo(1);
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - asked)).isLessThan(java.time.Duration.ofSeconds(10));
		assertThat(this.tickets.get(mover.key()).tasks()).filteredOn(t -> "Engineering".equals(t.subject()))
			.as("Lisa's move still waits for Graph")
			.allSatisfy(task -> assertThat(task.status().isOpen()).isTrue());
		// Graph answers Lisa's reads now, rather than after the rest of the 15 s
		GRAPH.answerSlowCallsNow();
		backlog.get(30, java.util.concurrent.TimeUnit.SECONDS);
		// the move goes through once Graph answers
		until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
		while (!GRAPH.group("g-eng").members.contains(lisa) && System.nanoTime() < until) {
			Thread.sleep(100);
		}
		assertThat(GRAPH.group("g-eng").members).containsExactly(lisa);
	}

	Leaver leaver(LocalDate lastDay) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String user = UUID.randomUUID().toString();
		String upn = "leaver." + suffix + "@contoso.example";
		GRAPH.addUser(user, upn, "Leaver " + suffix);
		TicketView ticket = this.tickets.open(
				new NewTicket(TicketKind.LEAVER, new NewTicket.Person(null, "Leaver " + suffix, upn, null, null),
						new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), "default", null, lastDay,
						WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null),
				new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS), null);
		this.tickets.authorise(ticket.key(), Authority.MANAGER_OF_RECORD,
				new Actor("marieke-oid", "Marieke Jansen", Channel.TEAMS), null);
		return new Leaver(ticket.key(), user);
	}

	record Leaver(String key, String user) {
	}

}
