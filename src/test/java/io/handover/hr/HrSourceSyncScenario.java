package io.handover.hr;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import io.handover.common.Actor;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.testing.Surnames;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, per HR system: the sync reads the system's emulator over real HTTP, through
 * the connector Handover configures, and does what each change stands for. The same
 * organisation in every system (today is Monday 23 November 2026):
 * <ul>
 * <li>{@code manager}, employed since 2019, manages everyone;</li>
 * <li>{@code staying}, employed since 2021;</li>
 * <li>{@code leaving}, employed since 2022, last day 29 January 2027;</li>
 * <li>{@code starting}, hired from 11 January 2027;</li>
 * <li>{@code withdrawn}, hired from 1 February 2027 (HR withdraws the hire later);</li>
 * <li>{@code left}, who left in 2025.</li>
 * </ul>
 * Six people, read two to a page, so a failure on page two is a failure mid-paging.
 */
public abstract class HrSourceSyncScenario {

	protected static final LocalDate TODAY = TestClockConfiguration.TODAY;

	protected static final LocalDate LEAVING_ON = LocalDate.of(2027, 1, 29);

	protected static final LocalDate STARTING_ON = LocalDate.of(2027, 1, 11);

	protected static final LocalDate MOVED_TO = LocalDate.of(2027, 1, 18);

	protected static final LocalDate WITHDRAWN_FROM = LocalDate.of(2027, 2, 1);

	protected static final LocalDate STAYING_LEAVES_ON = LocalDate.of(2027, 2, 26);

	protected static final int PAGE_SIZE = 2;

	@Autowired
	protected HrSync sync;

	@Autowired
	protected JobProfiles jobs;

	@Autowired
	protected TicketManagement tickets;

	@Autowired
	protected EmployeeDirectory employees;

	@Autowired
	protected MongoTemplate mongo;

	@Autowired
	protected TestClock clock;

	/** Employee numbers no other test uses (the register is shared). */
	protected int manager;

	protected int staying;

	protected int leaving;

	protected int starting;

	protected int withdrawn;

	protected int left;

	/** The system's key ({@code afas}, {@code youforce}, {@code nmbrs}). */
	protected abstract String system();

	/**
	 * HR enters someone (job code ACM, "Account manager"; managed by {@link #manager}).
	 */
	protected abstract void employ(int number, String givenName, String familyName, LocalDate start, LocalDate end);

	/** HR moves the first working day. */
	protected abstract void moveStart(int number, LocalDate start);

	/** HR sets the last working day (before the first: the hire will not start). */
	protected abstract void end(int number, LocalDate end);

	/** The connector as configured, {@link #PAGE_SIZE} records a page. */
	protected abstract HrSource source();

	/** The connector with credentials the system refuses with 401. */
	protected abstract HrSource refused();

	/** The system answers page two (of the first list read) with this status once. */
	protected abstract void failPageTwo(int status, Integer retryAfterSeconds);

	/**
	 * The clock is the test context's, shared with every other test in it: a test that
	 * advanced it leaves it where it found it (TaskConcurrencyTests read 09:15 for
	 * 09:00).
	 */
	@AfterEach
	void backToToday() {
		this.clock.setDay(TODAY);
	}

	@BeforeEach
	protected void organisation() {
		this.clock.setDay(TODAY);
		// each test reads the system afresh: its state and snapshots go, the people stay
		// (their numbers are new each time)
		this.mongo.remove(Query.query(Criteria.where("_id").is(system())), HrSourceStatus.COLLECTION);
		this.mongo.remove(Query.query(Criteria.where("system").is(system())), HrSnapshot.class);
		this.jobs.map("ACM", "account-manager", Actor.system("test"));
		int base = ThreadLocalRandom.current().nextInt(10_000, 90_000) * 10;
		this.manager = base;
		this.staying = base + 1;
		this.leaving = base + 2;
		this.starting = base + 3;
		this.withdrawn = base + 4;
		this.left = base + 5;
		employ(this.manager, "Maria", Surnames.unique(), LocalDate.of(2019, 3, 1), null);
		employ(this.staying, "Anton", Surnames.unique(), LocalDate.of(2021, 5, 1), null);
		employ(this.leaving, "Bea", Surnames.unique(), LocalDate.of(2022, 9, 1), LEAVING_ON);
		employ(this.starting, "Chris", Surnames.unique(), STARTING_ON, null);
		employ(this.withdrawn, "Dana", Surnames.unique(), WITHDRAWN_FROM, null);
		employ(this.left, "Eef", Surnames.unique(), LocalDate.of(2018, 1, 1), LocalDate.of(2025, 6, 30));
		this.clock.advance(Duration.ofMinutes(1));
	}

	@Test
	public void aFullSyncLoadsTheStaffOpensTheExpectedTicketsAndASecondSyncOpensNothing() {
		HrSourceStatus first = this.sync.sync(source());

		assertThat(first.failing()).as(String.valueOf(first.lastFailure())).isFalse();
		assertThat(first.counts().read()).isEqualTo(6);
		assertThat(first.counts().loaded()).as("manager, staying, leaving").isEqualTo(3);
		assertThat(first.counts().opened()).as("leaving's leaver, starting's and withdrawn's joiners").isEqualTo(3);
		assertThat(tickets(this.manager)).isEmpty();
		assertThat(tickets(this.staying)).isEmpty();
		assertThat(tickets(this.leaving)).singleElement().satisfies(ticket -> {
			assertThat(ticket.kind()).isEqualTo(TicketKind.LEAVER);
			assertThat(ticket.date()).isEqualTo(LEAVING_ON);
		});
		assertThat(tickets(this.starting)).singleElement().satisfies(ticket -> {
			assertThat(ticket.kind()).isEqualTo(TicketKind.JOINER);
			assertThat(ticket.date()).isEqualTo(STARTING_ON);
			assertThat(ticket.profile()).isEqualTo("account-manager");
		});
		assertThat(tickets(this.withdrawn)).singleElement()
			.satisfies(ticket -> assertThat(ticket.kind()).isEqualTo(TicketKind.JOINER));
		assertThat(person(this.left)).as("someone who left is not loaded").isEmpty();

		this.clock.advance(Duration.ofMinutes(15));
		HrSourceStatus second = this.sync.sync(source());

		assertThat(second.failing()).isFalse();
		assertThat(second.counts().opened()).isZero();
		assertThat(second.counts().loaded()).isZero();
		assertThat(tickets(this.starting)).hasSize(1);
		assertThat(tickets(this.leaving)).hasSize(1);
	}

	@Test
	public void aMovedDateAWithdrawnHireAndATerminationEachDoTheRightThing() {
		this.sync.sync(source());
		this.clock.advance(Duration.ofMinutes(15));
		moveStart(this.starting, MOVED_TO);
		end(this.withdrawn, WITHDRAWN_FROM.minusDays(1));
		end(this.staying, STAYING_LEAVES_ON);
		this.clock.advance(Duration.ofMinutes(1));

		HrSourceStatus status = this.sync.sync(source());

		assertThat(status.failing()).as(String.valueOf(status.lastFailure())).isFalse();
		assertThat(status.errors()).isEmpty();
		assertThat(status.counts().rescheduled()).isEqualTo(1);
		assertThat(status.counts().cancelled()).isEqualTo(1);
		assertThat(status.counts().opened()).isEqualTo(1);
		assertThat(tickets(this.starting)).singleElement()
			.satisfies(ticket -> assertThat(ticket.date()).isEqualTo(MOVED_TO));
		assertThat(tickets(this.withdrawn)).singleElement()
			.satisfies(ticket -> assertThat(ticket.state()).isEqualTo(TicketState.CANCELLED));
		assertThat(tickets(this.staying)).singleElement().satisfies(ticket -> {
			assertThat(ticket.kind()).isEqualTo(TicketKind.LEAVER);
			assertThat(ticket.date()).isEqualTo(STAYING_LEAVES_ON);
		});
	}

	@Test
	public void refusedCredentialsAreReportedAndNothingIsImported() {
		HrSourceStatus status = this.sync.sync(refused());

		assertThat(status.failing()).isTrue();
		assertThat(status.lastFailureKind()).isEqualTo(HrSourceFailure.Kind.AUTHENTICATION.name());
		assertThat(status.lastFailure()).contains("401");
		assertThat(status.since()).as("the next read is a full one still").isNull();
		nothingImported();

		HrSourceStatus recovered = this.sync.sync(source());
		assertThat(recovered.failing()).isFalse();
		assertThat(recovered.counts().opened()).isEqualTo(3);
	}

	@Test
	public void aRateLimitMidPagingIsSurvivedReportedAndWaitedFor() {
		failPageTwo(429, 120);
		Instant started = this.clock.instant();

		HrSourceStatus status = this.sync.sync(source());

		assertThat(status.lastFailureKind()).isEqualTo(HrSourceFailure.Kind.RATE_LIMITED.name());
		assertThat(status.lastFailure()).contains("429");
		assertThat(status.nextAttemptAt()).as("the system's Retry-After").isEqualTo(started.plusSeconds(120));
		nothingImported();

		this.clock.advance(Duration.ofMinutes(2));
		HrSourceStatus recovered = this.sync.sync(source());
		assertThat(recovered.failing()).isFalse();
		assertThat(recovered.counts().loaded()).isEqualTo(3);
		assertThat(recovered.counts().opened()).isEqualTo(3);
	}

	@Test
	public void anOutageMidPagingIsSurvivedAndNothingIsHalfImported() {
		failPageTwo(503, null);

		HrSourceStatus status = this.sync.sync(source());

		assertThat(status.lastFailureKind()).isEqualTo(HrSourceFailure.Kind.UNAVAILABLE.name());
		nothingImported();

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.sync.sync(source()).counts().opened()).isEqualTo(3);
	}

	/**
	 * Session 17: HR makes {@code staying} the manager of {@code starting} and
	 * {@code leaving} (each system its own way: {@code hrNamesStayingTheirManager}); the
	 * next sync carries it to their open tickets and the register. For a system whose
	 * connector reads a manager (Nmbrs' reads none yet).
	 */
	protected void theOpenTicketsFollowAManagerChangedInHr(Runnable hrNamesStayingTheirManager) {
		this.sync.sync(source());
		String maria = person(this.manager).orElseThrow().upn();
		String anton = person(this.staying).orElseThrow().upn();
		assertThat(tickets(this.starting)).singleElement()
			.satisfies(ticket -> assertThat(ticket.manager().upn()).isEqualTo(maria));
		this.clock.advance(Duration.ofMinutes(15));
		hrNamesStayingTheirManager.run();
		this.clock.advance(Duration.ofMinutes(1));

		HrSourceStatus status = this.sync.sync(source());

		assertThat(status.failing()).as(String.valueOf(status.lastFailure())).isFalse();
		assertThat(status.errors()).isEmpty();
		for (int number : List.of(this.starting, this.leaving)) {
			assertThat(tickets(number)).as("employee %d", number).singleElement().satisfies(ticket -> {
				assertThat(ticket.manager().upn()).isEqualTo(anton);
				assertThat(ticket.managerChanges()).singleElement()
					.satisfies(change -> assertThat(change.from().upn()).isEqualTo(maria));
			});
			assertThat(person(number).orElseThrow().managerUpn()).isEqualTo(anton);
		}
	}

	private void nothingImported() {
		for (int number : List.of(this.manager, this.staying, this.leaving, this.starting, this.withdrawn)) {
			assertThat(person(number)).as("employee %d", number).isEmpty();
		}
		assertThat(this.mongo.count(Query.query(Criteria.where("system").is(system())), HrSnapshot.class)).isZero();
	}

	protected Optional<Employee> person(int number) {
		return this.employees.identify(String.valueOf(number))
			.filter(known -> String.valueOf(number).equals(known.hrEmployeeId()));
	}

	protected List<TicketView> tickets(int number) {
		return person(number).map(known -> this.tickets.search(known.id(), null, null, null, 10)).orElse(List.of());
	}

}
