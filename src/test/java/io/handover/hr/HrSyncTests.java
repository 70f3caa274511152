package io.handover.hr;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.handover.common.Actor;
import io.handover.employee.EmployeeDirectory;
import io.handover.testing.ApiTest;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: the sync reads an HR source, compares it with what it saw last time and turns
 * the differences into HR events. The first full sync loads the staff already employed
 * without tickets; a failure changes nothing, backs off (longer when the system says so)
 * and, after a day, shows HR a card. Today is Monday 23 November 2026.
 */
@ApiTest
class HrSyncTests {

	static final LocalDate TODAY = TestClockConfiguration.TODAY;

	@Autowired
	HrSync sync;

	@Autowired
	HrPolling polling;

	@Autowired
	HrEventManagement events;

	@Autowired
	JobProfiles jobs;

	@Autowired
	TicketManagement tickets;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	InTestHrSource hr;

	@BeforeEach
	void organisation() {
		this.clock.setDay(TODAY);
		this.jobs.map("AM01", "account-manager", Actor.system("test"));
		this.hr = new InTestHrSource(this.clock);
	}

	@Test
	void theFirstFullSyncLoadsTheStaffWithoutTicketsAndOpensOnlyTheHiresToCome() {
		HrEmployment longServing = this.hr.put("Anton", "AM01", LocalDate.of(2019, 5, 1), null);
		HrEmployment startedLastWeek = this.hr.put("Bea", "AM01", LocalDate.of(2026, 11, 16), null);
		HrEmployment starting = this.hr.put("Chris", "AM01", LocalDate.of(2027, 1, 4), null);
		HrEmployment leftLastYear = this.hr.put("Door", "AM01", LocalDate.of(2018, 1, 1), LocalDate.of(2025, 6, 30));

		HrSourceStatus status = this.sync.sync(this.hr);

		assertThat(status.counts().read()).isEqualTo(4);
		assertThat(status.counts().loaded()).isEqualTo(2);
		assertThat(status.counts().opened()).isEqualTo(1);
		assertThat(status.errors()).isEmpty();
		assertThat(this.employees.identify(longServing.employeeId())).isPresent();
		assertThat(this.employees.identify(startedLastWeek.employeeId())).isPresent();
		assertThat(tickets(longServing)).isEmpty();
		assertThat(tickets(startedLastWeek)).isEmpty();
		assertThat(tickets(starting)).singleElement().satisfies(ticket -> {
			assertThat(ticket.kind()).isEqualTo(TicketKind.JOINER);
			assertThat(ticket.date()).isEqualTo(LocalDate.of(2027, 1, 4));
		});
		assertThat(this.employees.identify(leftLastYear.employeeId())).isEmpty();
	}

	@Test
	void aSecondSyncAsksForChangesSinceTheFirstAndOpensNothing() {
		this.hr.put("Anton", "AM01", LocalDate.of(2019, 5, 1), null);
		HrEmployment starting = this.hr.put("Chris", "AM01", LocalDate.of(2027, 1, 4), null);
		Instant firstStart = this.clock.instant();
		this.sync.sync(this.hr);
		this.clock.advance(Duration.ofMinutes(15));

		HrSourceStatus second = this.sync.sync(this.hr);

		assertThat(this.hr.askedSince()).containsExactly(null, firstStart);
		assertThat(second.counts().opened()).isZero();
		assertThat(second.counts().loaded()).isZero();
		assertThat(tickets(starting)).hasSize(1);
	}

	@Test
	void whatHrChangedBetweenSyncsBecomesTheEventsItStandsFor() {
		HrEmployment anton = this.hr.put("Anton", "AM01", LocalDate.of(2019, 5, 1), null);
		HrEmployment chris = this.hr.put("Chris", "AM01", LocalDate.of(2027, 1, 4), null);
		HrEmployment dana = this.hr.put("Dana", "AM01", LocalDate.of(2027, 2, 1), null);
		this.sync.sync(this.hr);
		this.clock.advance(Duration.ofHours(1));
		this.hr.dates(anton, anton.startDate(), LocalDate.of(2027, 1, 31));
		this.hr.dates(chris, LocalDate.of(2027, 1, 11), null);
		this.hr.dates(dana, dana.startDate(), LocalDate.of(2027, 1, 15));
		HrEmployment eef = this.hr.put("Eef", "AM01", LocalDate.of(2027, 3, 1), null);

		HrSourceStatus status = this.sync.sync(this.hr);

		assertThat(status.counts().read()).isEqualTo(4);
		assertThat(status.counts().opened()).isEqualTo(2);
		assertThat(status.counts().rescheduled()).isEqualTo(1);
		assertThat(status.counts().cancelled()).isEqualTo(1);
		assertThat(tickets(anton)).singleElement()
			.satisfies(leaver -> assertThat(leaver.kind()).isEqualTo(TicketKind.LEAVER));
		assertThat(tickets(chris)).singleElement()
			.satisfies(joiner -> assertThat(joiner.date()).isEqualTo(LocalDate.of(2027, 1, 11)));
		assertThat(tickets(dana)).singleElement()
			.satisfies(withdrawn -> assertThat(withdrawn.state().name()).isEqualTo("CANCELLED"));
		assertThat(tickets(eef)).hasSize(1);
	}

	@Test
	void aFailedReadChangesNothingAndWaitsAsLongAsTheSystemAsks() {
		this.hr.put("Anton", "AM01", LocalDate.of(2019, 5, 1), null);
		HrSourceStatus first = this.sync.sync(this.hr);
		this.clock.advance(Duration.ofMinutes(15));
		HrEmployment fleur = this.hr.put("Fleur", "AM01", LocalDate.of(2027, 1, 4), null);
		this.hr.failWith(new HrSourceFailure(HrSourceFailure.Kind.RATE_LIMITED, "429 Too Many Requests",
				Duration.ofMinutes(10), null));
		Instant failedAt = this.clock.instant();

		HrSourceStatus failed = this.sync.sync(this.hr);

		assertThat(failed.failing()).isTrue();
		assertThat(failed.lastFailureKind()).isEqualTo("RATE_LIMITED");
		assertThat(failed.lastFailure()).isEqualTo("429 Too Many Requests");
		assertThat(failed.nextAttemptAt()).isEqualTo(failedAt.plus(Duration.ofMinutes(10)));
		assertThat(failed.since()).isEqualTo(first.since());
		assertThat(failed.counts()).isEqualTo(first.counts());
		assertThat(this.employees.identify(fleur.employeeId())).isEmpty();

		this.hr.recover();
		this.clock.advance(Duration.ofMinutes(9));
		assertThat(this.polling.pollIfDue(this.hr)).as("before Retry-After has passed").isFalse();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.polling.pollIfDue(this.hr)).isTrue();
		assertThat(tickets(fleur)).hasSize(1);
		assertThat(this.sync.status(this.hr.system()).orElseThrow().failing()).isFalse();
	}

	@Test
	void failuresInARowWaitLongerEachTime() {
		this.hr.failWith(new HrSourceFailure(HrSourceFailure.Kind.UNAVAILABLE, "503 Service Unavailable"));
		List<Duration> waits = new ArrayList<>();
		for (int attempt = 0; attempt < 4; attempt++) {
			Instant at = this.clock.instant();
			HrSourceStatus status = this.sync.sync(this.hr);
			waits.add(Duration.between(at, status.nextAttemptAt()));
			this.clock.set(status.nextAttemptAt());
		}
		assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
				Duration.ofMinutes(8));
	}

	@Test
	void anAnswerWithARecordHandoverCannotUseAppliesNothingAndSaysWhichRecord() {
		HrEmployment gert = this.hr.put("Gert", "AM01", LocalDate.of(2027, 1, 4), null);
		HrEmployment broken = this.hr.put(new HrEmployment(this.hr.system(), "NODATE", "Hein", "Zonderdatum", null,
				"AM01", null, null, null, null, null, null));

		HrSourceStatus status = this.sync.sync(this.hr);

		assertThat(status.lastFailureKind()).isEqualTo("MALFORMED");
		assertThat(status.lastFailure()).contains(broken.employeeId()).contains("start date");
		assertThat(this.employees.identify(gert.employeeId())).isEmpty();
		assertThat(status.since()).isNull();
	}

	@Test
	void aSourceFailingForADayShowsHrOneCardWhichSaysSoWhenItRecovers() {
		List<HrSourceStatus> shown = new ArrayList<>();
		HrSync watched = new HrSync(this.events, this.mongo, this.clock, List.of(status -> shown.add(status)),
				Duration.ofMinutes(15), Duration.ofDays(1));
		this.hr.failWith(new HrSourceFailure(HrSourceFailure.Kind.AUTHENTICATION, "401: the token was refused"));

		watched.sync(this.hr);
		this.clock.advance(Duration.ofHours(23));
		watched.sync(this.hr);
		assertThat(shown).as("not yet a day").isEmpty();

		this.clock.advance(Duration.ofHours(1));
		HrSourceStatus aDay = watched.sync(this.hr);
		this.clock.advance(Duration.ofHours(1));
		watched.sync(this.hr);
		assertThat(shown).singleElement().satisfies(card -> {
			assertThat(card.failing()).isTrue();
			assertThat(card.lastFailure()).contains("token was refused");
		});
		assertThat(aDay.alertedAt()).isNotNull();

		this.hr.recover();
		this.clock.advance(Duration.ofHours(1));
		watched.sync(this.hr);
		assertThat(shown).hasSize(2);
		assertThat(shown.get(1).failing()).isFalse();
	}

	private List<TicketView> tickets(HrEmployment e) {
		return this.employees.identify(e.employeeId())
			.map(employee -> this.tickets.search(employee.id(), null, null, null, 50))
			.orElse(List.of());
	}

}
