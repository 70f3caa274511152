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
