package io.handover.guard;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.handover.access.Roles;
import io.handover.audit.AuditEntry;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.employee.Employee;
import io.handover.employee.EmployeeDirectory;
import io.handover.employee.NewEmployee;
import io.handover.profile.ProfileDraft;
import io.handover.profile.ProfileManagement;
import io.handover.runbook.LeaverRunbook;
import io.handover.task.TaskStatus;
import io.handover.testing.LiveDirectoryTest;
import io.handover.testing.TestClock;
import io.handover.testing.TestClockConfiguration;
import io.handover.ticket.Authority;
import io.handover.ticket.DeviceRetrieval;
import io.handover.ticket.ManagerRef;
import io.handover.ticket.NewTicket;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskOutcome;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import io.handover.ticket.WorkLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard does not wait for its round: it looks at a leaver right after their runbook
 * ran and right after a person closed one of their tasks after the last day — a task
 * clicked Done without the work gets its residue a task again within seconds, not the
 * next day. It does so on a scheduler thread of its own, as its round does, so a slow
 * guard never holds up the runbook. (The round itself is off here: only the checks after
 * a change can have looked.)
 */
@TestPropertySource(properties = "handover.guard.check-on-change=true")
@Import(GuardScheduleTests.ItsChannel.class)
class GuardScheduleTests extends LiveDirectoryTest {

	/** IT's channel, linked: every review card reaches it (and is counted here). */
	@TestConfiguration(proxyBeanMethods = false)
	static class ItsChannel {

		static final List<GuardReview> SHOWN = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Bean
		@Primary
		ReviewCards itsChannel() {
			return review -> SHOWN.add(review);
		}

	}

	static final Actor MARIEKE = Actor.person("marieke-oid", "marieke.jansen@contoso.example", "Marieke Jansen",
			Channel.TEAMS);

	static final Actor JOOST = Actor.person("joost-oid", "joost@contoso.example", "Joost (IT)", Channel.API,
			Set.of(Roles.IT));

	@Autowired
	OffboardingGuard guard;

	@Autowired
	TicketManagement tickets;

	@Autowired
	TaskManagement tasks;

	@Autowired
	ProfileManagement profiles;

	@Autowired
	EmployeeDirectory employees;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@Autowired
	LeaverRunbook runbook;

	@Autowired
	GuardSchedule schedule;

	@Autowired
	GuardLooks looks;

	@Autowired
	GuardStore store;

	@Autowired
	org.springframework.data.mongodb.core.MongoTemplate mongo;

	@Autowired
	@Qualifier("guardScheduler")
	TaskScheduler guardScheduler;

	@Autowired
	@Qualifier("runbookScheduler")
	TaskScheduler runbookScheduler;

	@Autowired
	@Qualifier("taskScheduler")
	TaskScheduler taskScheduler;

	String upn;

	String badge;

	String profile;

	Employee employee;

	@BeforeEach
	void janHasABadge() {
		this.clock.setDay(TestClockConfiguration.TODAY);
		GRAPH.reset();
		GRAPH.now(this.clock::instant);
		GRAPH.addVerifiedDomain("contoso.example");
		PASSES.failWith(0);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String user = UUID.randomUUID().toString();
		this.upn = "jan.bakker." + suffix + "@contoso.example";
		this.badge = "B-" + suffix;
		this.profile = "guard-schedule-" + suffix;
		this.profiles.save(this.profile, new ProfileDraft("Guard schedule " + suffix, List.of(), List.of(),
				List.of("All Staff"), List.of("microsoft-365"), List.of()), null, MARIEKE, null);
		GRAPH.addUser(user, this.upn, "Jan Bakker");
		GRAPH.addGroup("g-staff", "All Staff", null, user);
		PASSES.issue(this.upn, this.badge);
		this.employee = this.employees.register(new NewEmployee("Jan Bakker " + suffix, this.upn, user,
				"HR-" + UUID.randomUUID(), "marieke.jansen@contoso.example"), JOOST);
	}

	TicketView leaves(LocalDate lastDay) {
		TicketView ticket = this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(this.employee.id(), this.employee.name(), this.upn, this.employee.entraObjectId(),
						null),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), this.profile, null, lastDay,
				WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null), MARIEKE, null);
		return this.tickets.authorise(ticket.key(), Authority.MANAGER_OF_RECORD, MARIEKE, null);
	}

	TicketView leftToday() {
		TicketView ticket = leaves(TestClockConfiguration.TODAY);
		this.clock.set(TestClockConfiguration.TODAY.atTime(LocalTime.of(18, 0))
			.atZone(OffboardingGuardTests.AMSTERDAM)
			.toInstant());
		return ticket;
	}

	List<TaskView> openBadgeTasks(String ticketKey) {
		return this.tickets.get(ticketKey)
			.tasks()
			.stream()
			.filter(t -> t.kind().equals("guard.badge.active") && t.status().isOpen())
			.toList();
	}

	List<AuditEntry> checks(String ticketKey) {
		return this.audit.historyOf("ticket", ticketKey)
			.stream()
			.filter(entry -> "guard-checked".equals(entry.action()))
			.toList();
	}

	static void within(Duration time, BooleanSupplier condition) throws InterruptedException {
		long until = System.nanoTime() + time.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < until) {
			Thread.sleep(100);
		}
	}

	@Test
	void rightAfterTheRunbookTheGuardLooksAndOpensATaskForWhatIsLeft() throws Exception {
		TicketView ticket = leftToday();

		this.runbook.run(ticket.key(), JOOST);

		// the runbook does not deactivate badges: only a look after it finds the badge
		// (its task is opened before the check's audit entry is written: wait for both)
		within(Duration.ofSeconds(30),
				() -> !openBadgeTasks(ticket.key()).isEmpty() && checks(ticket.key()).size() == 1);
		assertThat(openBadgeTasks(ticket.key())).singleElement()
			.satisfies(task -> assertThat(task.subject()).isEqualTo(this.badge));
		assertThat(checks(ticket.key())).singleElement()
			.satisfies(entry -> assertThat(entry.why()).startsWith("after the runbook: "));
		assertThat(this.guard.due(ticket)).as("checked after the runbook: the round has nothing to add").isFalse();
	}

	@Test
	void aTaskClickedDoneWithoutTheWorkGetsItsResidueATaskAgainAtOnce() throws Exception {
		TicketView ticket = leftToday();
		this.guard.check(ticket.key(), JOOST);
		TaskView first = openBadgeTasks(ticket.key()).get(0);

		// FM clicks Done, but the badge still opens doors
		this.tasks.settle(ticket.key(), List.of(TaskOutcome.done(first.id(), "Done")), JOOST);

		// the task is opened before the check's audit entry is written: wait for both
		within(Duration.ofSeconds(30),
				() -> !openBadgeTasks(ticket.key()).isEmpty() && checks(ticket.key()).size() == 2);
		assertThat(openBadgeTasks(ticket.key())).singleElement().satisfies(task -> {
			assertThat(task.id()).isNotEqualTo(first.id());
			assertThat(task.subject()).isEqualTo(this.badge);
		});
		assertThat(checks(ticket.key())).hasSize(2)
			.last()
			.satisfies(entry -> assertThat(entry.why()).startsWith("after a change (task closed): "));

		// the badge deactivated and the task closed: one more look, the guard's own
		// closing starts none
		PASSES.deactivate(this.upn, this.badge);
		TaskView second = openBadgeTasks(ticket.key()).get(0);
		this.tasks.settle(ticket.key(), List.of(TaskOutcome.done(second.id(), "Deactivated")), JOOST);
		within(Duration.ofSeconds(30), () -> checks(ticket.key()).size() == 3);
		Thread.sleep(1_000);
		assertThat(checks(ticket.key())).hasSize(3);
		assertThat(openBadgeTasks(ticket.key())).isEmpty();
		assertThat(this.tickets.get(ticket.key()).tasks()).filteredOn(t -> t.id().equals(second.id()))
			.extracting(TaskView::status)
			.containsExactly(TaskStatus.DONE);
	}

	@Test
	void beforeTheLastDayAClosedTaskStartsNoCheck() throws Exception {
		TicketView ticket = leaves(TestClockConfiguration.TODAY.plusDays(14));
		TaskView any = this.tickets.get(ticket.key()).tasks().get(0);

		this.tasks.settle(ticket.key(), List.of(TaskOutcome.done(any.id(), "Done early")), JOOST);

		Thread.sleep(2_000);
		assertThat(checks(ticket.key())).isEmpty();
	}

	List<io.handover.testing.GraphStub.Call> readsOf(String user) {
		return GRAPH.calls().stream().filter(call -> call.path().contains(user)).toList();
	}

	List<String> tasksOf(String ticketKey) {
		return this.tickets.get(ticketKey)
			.tasks()
			.stream()
			.map(t -> t.id() + " " + t.kind() + " " + t.subject() + " " + t.status())
			.toList();
	}

	List<GuardReview> cardsOf(String ticketKey) {
		return ItsChannel.SHOWN.stream().filter(review -> review.ticketKey().equals(ticketKey)).toList();
	}

	List<GuardReview> roundOn(String ticketKey) {
		return this.schedule.runDue().stream().filter(review -> review.ticketKey().equals(ticketKey)).toList();
	}

	@Test
	void afterTheLastDayTheGuardLooksEveryHalfHourAndALookAtAnUnchangedLeaverWritesNothing() {
		TicketView ticket = leftToday();
		String user = this.employee.entraObjectId();
		GuardReview first = this.guard.check(ticket.key(), JOOST);
		assertThat(first.opened()).isNotEmpty();
		assertThat(openGroupTasks(ticket.key())).hasSize(1);
		List<String> tasks = tasksOf(ticket.key());
		int audited = this.audit.historyOf("ticket", ticket.key()).size();
		int cards = cardsOf(ticket.key()).size();
		int changes = GRAPH.changes().size();
		GuardRecord record = this.store.find(ticket.key()).orElseThrow();

		// half an hour later (handover.guard.recheck's default): not the daily check, but
		// a look
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(31)));
		assertThat(this.guard.due(ticket)).as("the daily check is tomorrow").isFalse();
		int reads = readsOf(user).size();
		assertThat(roundOn(ticket.key())).as("nothing changed: no review").isEmpty();

		assertThat(readsOf(user).size()).as("it did look").isGreaterThan(reads);
		assertThat(tasksOf(ticket.key())).as("no task opened or closed").isEqualTo(tasks);
		assertThat(this.audit.historyOf("ticket", ticket.key())).as("no audit entry").hasSize(audited);
		assertThat(cardsOf(ticket.key())).as("the card left as it is").hasSize(cards);
		assertThat(GRAPH.changes()).as("reads only").hasSize(changes);
		GuardRecord after = this.store.find(ticket.key()).orElseThrow();
		assertThat(after.checkedAt).as("its record not written").isEqualTo(record.checkedAt);
		assertThat(after.leaseUntil).isNull();

		// within the half hour it does not look again
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(29)));
		int looked = readsOf(user).size();
		assertThat(roundOn(ticket.key())).isEmpty();
		assertThat(readsOf(user)).hasSize(looked);

		// the membership removed by hand: the next look closes its task, audited
		GRAPH.group("g-staff").members.remove(user);
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(2)));
		assertThat(roundOn(ticket.key())).singleElement().satisfies(review -> {
			assertThat(review.closed()).hasSize(1);
			assertThat(review.opened()).isEmpty();
		});
		assertThat(openGroupTasks(ticket.key())).isEmpty();
		assertThat(checks(ticket.key())).hasSize(2)
			.last()
			.satisfies(entry -> assertThat(entry.why()).startsWith("hourly: "));

		// right after that look someone adds Jan back to All Staff: not before the
		// period, the next look finds it with one task, well within the hour
		GRAPH.group("g-staff").members.add(user);
		java.time.Instant added = this.clock.instant();
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(29)));
		assertThat(roundOn(ticket.key())).isEmpty();
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(2)));
		assertThat(roundOn(ticket.key())).singleElement().satisfies(review -> assertThat(review.opened()).hasSize(1));
		assertThat(openGroupTasks(ticket.key())).singleElement()
			.satisfies(task -> assertThat(task.subject()).isEqualTo("g-staff"));
		assertThat(checks(ticket.key())).hasSize(3)
			.last()
			.satisfies(entry -> assertThat(Duration.between(added, entry.at()))
				.as("found by the next look, within the hour")
				.isPositive()
				.isLessThan(Duration.ofHours(1)));
		assertThat(GRAPH.changes()).as("reads only").hasSize(changes);
	}

	@Test
	void whenALeaversTicketIsNoLongerActiveTheGuardForgetsWhenItLookedAtThem() {
		TicketView ticket = leftToday();
		this.guard.check(ticket.key(), JOOST);
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(31)));
		roundOn(ticket.key());
		assertThat(this.guard.remembered()).contains(ticket.key());

		this.tickets.cancel(ticket.key(), "HR withdrew the notice", JOOST, null);
		this.schedule.runDue();

		assertThat(this.guard.remembered()).doesNotContain(ticket.key());
	}

	@Test
	void beforeTheLastDayThereIsNoHourlyLook() {
		TicketView ticket = leaves(TestClockConfiguration.TODAY.plusDays(14));
		this.guard.check(ticket.key(), JOOST);
		this.clock.set(this.clock.instant().plus(Duration.ofHours(2)));

		assertThat(this.guard.recheckDue(ticket, this.store.find(ticket.key()))).isFalse();
	}

	@Test
	void aChangeWhileTheLeaverIsUnderCheckGetsALookRightAfterThatCheck() throws Exception {
		TicketView ticket = leftToday();
		this.guard.check(ticket.key(), JOOST);
		TaskView badgeTask = openBadgeTasks(ticket.key()).get(0);
		// a check that reads the badge, then waits 5 s for the devices: longer than a
		// change's look is ever tried again (5 times, 2 s apart; 0.2 s here, so the test
		// need not wait out ten seconds twice)
		Duration busyWait = this.schedule.busyWait(Duration.ofMillis(200));
		try {
			aChangeDuringASlowCheck(ticket, badgeTask);
		}
		finally {
			this.schedule.busyWait(busyWait);
		}
	}

	private void aChangeDuringASlowCheck(TicketView ticket, TaskView badgeTask) throws Exception {
		GRAPH.slowDown("GET", "managedDevices", Duration.ofSeconds(5));
		java.util.concurrent.CompletableFuture<java.util.Optional<GuardReview>> slow = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> this.guard.review(ticket, OffboardingGuard.GUARD, "schedule"));
		within(Duration.ofSeconds(20), () -> GRAPH.slowCallsArrived() > 0);
		assertThat(GRAPH.slowCallsArrived()).isPositive();
		Thread.sleep(1_000);

		// meanwhile FM deactivates the badge and closes its task: the check under way
		// read the badge before
		PASSES.deactivate(this.upn, this.badge);
		this.tasks.settle(ticket.key(), List.of(TaskOutcome.done(badgeTask.id(), "Deactivated")), JOOST);
		// the change is in while the check still waits: Graph may answer it now
		GRAPH.answerSlowCallsNow();

		assertThat(slow.get(60, TimeUnit.SECONDS)).isPresent();
		// the check under way judged the badge on what it read before the change; the
		// look
		// right after it sees the badge gone
		// the look writes its audit entry while it holds the lease and lets go after:
		// wait
		// for both
		within(Duration.ofSeconds(30),
				() -> openBadgeTasks(ticket.key()).isEmpty()
						&& checks(ticket.key()).stream()
							.anyMatch(entry -> entry.why().startsWith("after a change (task closed): "))
						&& this.store.find(ticket.key()).orElseThrow().leaseUntil == null);
		assertThat(openBadgeTasks(ticket.key())).as("the badge is gone: no task for it stays open").isEmpty();
		assertThat(checks(ticket.key())).last()
			.satisfies(entry -> assertThat(entry.why()).startsWith("after a change (task closed): "));
		assertThat(this.store.find(ticket.key()).orElseThrow().leaseUntil).isNull();
	}

	@Test
	void theDailyLooksComeEachAtTheLeaversOwnMomentOfTheNightNotAllAtMidnight() {
		// two hundred leavers: their daily looks spread over the night's first six hours,
		// no half hour with more than twice its even share
		java.util.Map<Long, Long> perHalfHour = java.util.stream.IntStream.rangeClosed(1, 200)
			.mapToObj(n -> "JML-%04d".formatted(n))
			.map(OffboardingGuard::dailyMoment)
			.collect(java.util.stream.Collectors.groupingBy(moment -> moment.toMinutes() / 30,
					java.util.stream.Collectors.counting()));
		assertThat(perHalfHour.keySet()).allSatisfy(slot -> assertThat(slot).isBetween(0L, 11L));
		assertThat(perHalfHour).hasSize(12);
		assertThat(perHalfHour.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2 * 200 / 12));

		// Jan left today and was checked; his daily look tomorrow comes at his own moment
		TicketView ticket = leftToday();
		this.guard.check(ticket.key(), JOOST);
		Duration moment = OffboardingGuard.dailyMoment(ticket.key());
		java.time.Instant midnight = TestClockConfiguration.TODAY.plusDays(1)
			.atStartOfDay(OffboardingGuardTests.AMSTERDAM)
			.toInstant();
		this.clock.set(midnight.plus(moment).minusSeconds(1));
		assertThat(this.guard.due(ticket)).as("before his moment of the night").isFalse();
		this.clock.set(midnight.plus(moment));
		assertThat(this.guard.due(ticket)).as("at his moment").isTrue();
		assertThat(roundOn(ticket.key())).singleElement()
			.satisfies(review -> assertThat(review.ticketKey()).isEqualTo(ticket.key()));
		assertThat(checks(ticket.key())).last().satisfies(entry -> assertThat(look(entry)).isEqualTo("\"daily\""));
		assertThat(this.guard.due(ticket)).as("once that day").isFalse();

		// the service was down for a day: the look that was missed comes at once
		this.clock.set(TestClockConfiguration.TODAY.plusDays(3)
			.atStartOfDay(OffboardingGuardTests.AMSTERDAM)
			.toInstant()
			.plusSeconds(60));
		assertThat(this.guard.due(ticket)).as("a day missed").isTrue();
	}

	@Test
	void aCompletedLeaverIsLookedAtEveryHalfHourTooAndAMembershipAddedBackIsFoundWithinTheHour() throws Exception {
		TicketView ticket = leftToday();
		String user = this.employee.entraObjectId();
		// the runbook does its part, the look after it finds the badge
		this.runbook.run(ticket.key(), JOOST);
		within(Duration.ofSeconds(30), () -> !openBadgeTasks(ticket.key()).isEmpty());
		// FM deactivates the badge, every task is resolved
		PASSES.deactivate(this.upn, this.badge);
		for (int round = 0; round < 3; round++) {
			List<TaskOutcome> outcomes = this.tickets.get(ticket.key())
				.tasks()
				.stream()
				.filter(t -> t.status().isOpen())
				.map(t -> TaskOutcome.done(t.id(), "Handled by IT"))
				.toList();
			if (!outcomes.isEmpty()) {
				this.tasks.settle(ticket.key(), outcomes, JOOST);
			}
		}
		// the looks after those closings end: none waits or runs any more (on a busy
		// machine one can still be queued when the lease is free between two of them)
		Thread.sleep(1_000);
		within(Duration.ofSeconds(30), () -> !this.looks.busyWith(ticket.key())
				&& this.store.find(ticket.key()).map(record -> record.leaseUntil == null).orElse(true));
		TicketView completed = this.tickets.get(ticket.key());
		assertThat(completed.state()).isEqualTo(io.handover.ticket.TicketState.COMPLETED);

		// someone adds Jan back to All Staff: the daily check is tomorrow, the look half
		// an hour later finds it
		GRAPH.group("g-staff").members.add(user);
		this.clock.set(this.clock.instant().plus(Duration.ofMinutes(31)));
		assertThat(this.guard.due(completed)).as("the daily check is tomorrow").isFalse();

		assertThat(roundOn(ticket.key())).singleElement().satisfies(review -> assertThat(review.opened()).hasSize(1));
		assertThat(openGroupTasks(ticket.key())).singleElement()
			.satisfies(task -> assertThat(task.subject()).isEqualTo("g-staff"));
		assertThat(this.tickets.get(ticket.key()).state()).isEqualTo(io.handover.ticket.TicketState.IN_PROGRESS);
	}

	@Test
	void aChecksLeaseRunsOnRealTimeWhateverTheApplicationsClock() throws Exception {
		String key = "lease-" + UUID.randomUUID();
		assertThat(this.store.claim(key)).isPresent();

		// an accelerated clock runs an hour in no real time: the check still holds it
		this.clock.set(this.clock.instant().plus(Duration.ofHours(1)));
		assertThat(this.store.claim(key)).as("held: the lease is five real minutes").isEmpty();
		this.store.letGo(key);
		assertThat(this.store.claim(key)).as("let go").isPresent();

		// a killed instance's lease holds the leaver back for handover.guard.lease (real)
		GuardStore shortLease = new GuardStore(this.mongo, java.time.Clock.systemUTC(), Duration.ofMillis(300));
		String other = "lease-" + UUID.randomUUID();
		assertThat(shortLease.claim(other)).isPresent();
		assertThat(shortLease.claim(other)).isEmpty();
		Thread.sleep(600);
		assertThat(shortLease.claim(other)).as("the lease ran out in real time").isPresent();
	}

	@Test
	void aLeaseThatIsNotPositiveIsRefusedWithItsSetting() {
		for (Duration lease : List.of(Duration.ZERO, Duration.ofSeconds(-5))) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> new GuardProperties(null, null, null, null, null, null, null, lease, null))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("handover.guard.lease")
				.hasMessageContaining(lease.toString());
		}
		assertThat(new GuardProperties(null, null, null, null, null, null, null, null, null).lease())
			.isEqualTo(Duration.ofMinutes(5));
	}

	/** Jan left today; it is this time, after the runbook's hour (17:00). */
	TicketView leftTodayAt(int hour, int minute) {
		TicketView ticket = leaves(TestClockConfiguration.TODAY);
		at(hour, minute);
		return ticket;
	}

	void at(int hour, int minute) {
		this.clock.set(TestClockConfiguration.TODAY.atTime(LocalTime.of(hour, minute))
			.atZone(OffboardingGuardTests.AMSTERDAM)
			.toInstant());
	}

	/** The kinds of the guard's open tasks on the ticket. */
	List<String> openGuardKinds(String ticketKey) {
		return this.tickets.get(ticketKey)
			.tasks()
			.stream()
			.filter(t -> t.kind().startsWith("guard.") && t.status().isOpen())
			.map(TaskView::kind)
			.toList();
	}

	/** What the runbook removes when it runs: the guard waits for it. */
	static final List<String> RUNBOOK_REMOVES = List.of("guard.account.enabled", "guard.sessions.valid",
			"guard.group.member", "guard.licence.assigned", "guard.device.managed", "guard.mail.auto-reply");

	/** The look an audited check names in a field of its own (JSON text). */
	static String look(AuditEntry entry) {
		return entry.changes().get("look").after();
	}

	@Test
	void aLookWhileTheRunbookIsDueOpensNoTaskForWhatItRemovesAndSaysSo() {
		TicketView ticket = leftTodayAt(17, 10);

		GuardReview review = this.guard.check(ticket.key(), JOOST);

		assertThat(review.afterLastDay()).isTrue();
		assertThat(review.runbook()).isNotNull().satisfies(runbook -> {
			assertThat(runbook.late()).isFalse();
			assertThat(runbook.text()).startsWith("Runbook due, not run yet")
				.contains("17:00")
				.contains("17:30")
				.contains("looks again right after it runs");
		});
		// the badge is no runbook's: its task is opened at once
		assertThat(openGuardKinds(ticket.key())).contains("guard.badge.active")
			.doesNotContainAnyElementsOf(RUNBOOK_REMOVES);
		assertThat(review.residues()).filteredOn(f -> f.text().startsWith("Disable the account"))
			.singleElement()
			.satisfies(finding -> assertThat(finding.taskId()).as("waits for the runbook").isNull());
		assertThat(checks(ticket.key())).last().satisfies(entry -> {
			assertThat(entry.why()).startsWith("on demand: runbook due, not run yet, ");
			assertThat(entry.changes().get("runbook").after()).isEqualTo("\"due, not run yet\"");
		});
		// the card says so
		assertThat(cardsOf(ticket.key())).last()
			.satisfies(card -> assertThat(card.runbook()).isEqualTo(review.runbook()));
		// the schedule looks again when the wait is over, not before
		at(17, 29);
		assertThat(this.guard.due(ticket)).isFalse();
		at(17, 30);
		assertThat(this.guard.due(ticket)).as("the wait is over").isTrue();
	}

	@Test
	void whenTheRunbookHasNotRunWithinItsGraceTheGuardOpensTheTasksAndSaysItIsLate() {
		TicketView ticket = leftTodayAt(17, 10);
		this.guard.check(ticket.key(), JOOST);
		assertThat(openGuardKinds(ticket.key())).doesNotContain("guard.account.enabled");

		at(17, 31);
		assertThat(roundOn(ticket.key())).singleElement().satisfies(review -> {
			assertThat(review.runbook()).isNotNull().satisfies(runbook -> {
				assertThat(runbook.late()).isTrue();
				assertThat(runbook.text()).startsWith("The runbook is late")
					.contains("due at")
					.contains("17:00")
					.contains("had not run by")
					.contains("17:30");
			});
			assertThat(review.opened()).isNotEmpty();
		});
		assertThat(openGuardKinds(ticket.key())).contains("guard.account.enabled", "guard.sessions.valid",
				"guard.group.member");
		// each task it opened in the runbook's place says why, on IT's card
		assertThat(this.tickets.get(ticket.key()).tasks())
			.filteredOn(t -> t.kind().equals("guard.account.enabled") && t.status().isOpen())
			.singleElement()
			.satisfies(task -> assertThat(task.notes()).startsWith("Seen by the offboarding guard at ")
				.contains("The runbook is late"));
		assertThat(openBadgeTasks(ticket.key())).as("still one badge task").hasSize(1);
		assertThat(checks(ticket.key())).last().satisfies(entry -> {
			assertThat(entry.why()).startsWith("runbook late: runbook late, ");
			assertThat(look(entry)).isEqualTo("\"runbook late\"");
		});
		assertThat(cardsOf(ticket.key())).last().satisfies(card -> assertThat(card.runbook().late()).isTrue());
		assertThat(this.guard.due(ticket)).as("looked: nothing more until tomorrow").isFalse();
	}

	@Test
	void rightAfterALateRunbookRanTheGuardLooksAgainAndOpensNothingItRemoved() throws Exception {
		TicketView ticket = leftTodayAt(17, 10);
		this.guard.check(ticket.key(), JOOST);

		// the runbook runs late, within the guard's wait
		at(17, 25);
		this.runbook.run(ticket.key(), JOOST);

		within(Duration.ofSeconds(30), () -> checks(ticket.key()).size() == 2);
		assertThat(checks(ticket.key())).hasSize(2).last().satisfies(entry -> {
			assertThat(entry.why()).startsWith("after the runbook: ");
			assertThat(look(entry)).isEqualTo("\"after the runbook\"");
			assertThat(entry.changes()).doesNotContainKey("runbook");
		});
		assertThat(openGuardKinds(ticket.key())).as("no card posted and withdrawn for what the runbook removed")
			.doesNotContainAnyElementsOf(RUNBOOK_REMOVES);
		assertThat(this.tickets.get(ticket.key()).tasks()).filteredOn(t -> t.kind().startsWith("guard."))
			.extracting(TaskView::kind)
			.as("none ever opened")
			.doesNotContainAnyElementsOf(RUNBOOK_REMOVES);
		assertThat(openBadgeTasks(ticket.key())).hasSize(1);
		assertThat(cardsOf(ticket.key())).last().satisfies(card -> assertThat(card.runbook()).isNull());
		at(17, 45);
		assertThat(this.guard.due(ticket)).as("no wait left to end").isFalse();
	}

	@Test
	void aRunbookStillReadingWhatToPlanHasNotRunYetButOneThatFailedBeforeItCouldIsNotWaitedFor() {
		TicketView ticket = leftTodayAt(17, 10);
		// the runbook's run has taken its lease and is still reading Graph: no step
		// planned
		org.bson.Document underWay = new org.bson.Document("_id", ticket.key() + ":leaver")
			.append("ticketKey", ticket.key())
			.append("kind", "leaver")
			.append("leaseUntil", java.util.Date.from(this.clock.instant().plus(Duration.ofMinutes(10))));
		this.mongo.getCollection("runbooks").insertOne(underWay);
		assertThat(this.runbook.started(ticket.key())).isTrue();

		GuardReview waiting = this.guard.check(ticket.key(), JOOST);

		assertThat(waiting.runbook()).isNotNull().satisfies(runbook -> assertThat(runbook.late()).isFalse());
		assertThat(openGuardKinds(ticket.key())).contains("guard.badge.active")
			.doesNotContainAnyElementsOf(RUNBOOK_REMOVES);

		// that run failed before it could plan (tried again on its back-off): what it
		// would have removed gets its tasks at once
		this.mongo.getCollection("runbooks")
			.updateOne(new org.bson.Document("_id", ticket.key() + ":leaver"),
					new org.bson.Document("$set",
							new org.bson.Document("retryAt",
									java.util.Date.from(this.clock.instant().plus(Duration.ofMinutes(5)))))
						.append("$unset", new org.bson.Document("leaseUntil", "")));
		at(17, 12);
		GuardReview failed = this.guard.check(ticket.key(), JOOST);

		assertThat(failed.runbook()).isNull();
		assertThat(openGuardKinds(ticket.key())).contains("guard.account.enabled", "guard.group.member");
	}

	@Test
	void eachLookIsNamedInTheAuditTrail() {
		TicketView ticket = leaves(TestClockConfiguration.TODAY.plusDays(14));
		assertThat(roundOn(ticket.key())).hasSize(1);
		this.clock.setDay(TestClockConfiguration.TODAY.plusDays(1));
		assertThat(roundOn(ticket.key())).hasSize(1);
		this.guard.check(ticket.key(), JOOST);

		assertThat(checks(ticket.key())).extracting(GuardScheduleTests::look)
			.containsExactly("\"notice\"", "\"daily\"", "\"on demand\"");
		assertThat(checks(ticket.key())).extracting(AuditEntry::why)
			.satisfiesExactly(why -> assertThat(why).startsWith("notice: "),
					why -> assertThat(why).startsWith("daily: "), why -> assertThat(why).startsWith("on demand: "));
	}

	@Test
	void aNegativeRunbookGraceIsRefusedWithItsSettingAndZeroWaitsNotAtAll() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> new GuardProperties(null, null, null, null, null, null, null, null, Duration.ofMinutes(-1)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("handover.guard.runbook-grace")
			.hasMessageContaining("PT-1M");
		assertThat(new GuardProperties(null, null, null, null, null, null, null, null, null).runbookGrace())
			.as("well under the hour in which a residue is to be found")
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(new GuardProperties(null, null, null, null, null, null, null, null, Duration.ZERO).runbookGrace())
			.isZero();
	}

	@Test
	void theRecheckIsUnderTheHourInWhichAResidueIsToBeFound() {
		// a residue added right after a look waits the whole period plus the next look's
		// queue: the period must leave room for the queue within the hour
		assertThat(new GuardProperties(null, null, null, null, null, null, null, null, null).recheck())
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(new GuardProperties(null, null, null, null, null, null, Duration.ZERO, null, null).recheck())
			.as("zero turns it off")
			.isZero();
		assertThat(
				new GuardProperties(null, null, null, null, null, null, Duration.ofMinutes(-5), null, null).recheck())
			.as("negative is off too")
			.isZero();
	}

	/** Another leaver, Piet, with an account, a group and a badge of his own. */
	TicketView pietLeaves(LocalDate lastDay) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String user = UUID.randomUUID().toString();
		String upn = "piet.smit." + suffix + "@contoso.example";
		GRAPH.addUser(user, upn, "Piet Smit");
		GRAPH.group("g-staff").members.add(user);
		PASSES.issue(upn, "P-" + suffix);
		Employee piet = this.employees.register(new NewEmployee("Piet Smit " + suffix, upn, user,
				"HR-" + UUID.randomUUID(), "marieke.jansen@contoso.example"), JOOST);
		TicketView ticket = this.tickets.open(new NewTicket(TicketKind.LEAVER,
				new NewTicket.Person(piet.id(), piet.name(), upn, piet.entraObjectId(), null),
				new ManagerRef("marieke.jansen@contoso.example", "Marieke Jansen"), this.profile, null, lastDay,
				WorkLocation.OFFICE, null, DeviceRetrieval.IN_PERSON, null), MARIEKE, null);
		return this.tickets.authorise(ticket.key(), Authority.MANAGER_OF_RECORD, MARIEKE, null);
	}

	@Test
	void aSlowLookAtOneLeaverDoesNotDelayTheDueFirstLookAtAnother() throws Exception {
		// Piet's last day is today; the guard looked at him before the runbook's hour
		at(16, 40);
		TicketView piet = pietLeaves(TestClockConfiguration.TODAY);
		this.guard.check(piet.key(), JOOST);
		// Jan has just given notice; Graph answers his reads slowly (as a throttled read
		// waits its Retry-After): his notice look takes 15 s
		TicketView jan = leaves(TestClockConfiguration.TODAY.plusDays(14));
		GRAPH.slowDown("GET", "^/users/" + this.employee.entraObjectId() + "/", Duration.ofSeconds(15));
		at(16, 50);
		java.util.concurrent.CompletableFuture.runAsync(this.schedule::tick);
		within(Duration.ofSeconds(20), () -> GRAPH.slowCallsArrived() >= 5);
		assertThat(GRAPH.slowCallsArrived()).as("Jan's look is reading, slowly").isGreaterThanOrEqualTo(5);

		// the runbook's hour of Piet's last day passes while Jan's look still reads
		at(17, 5);
		long asked = System.nanoTime();
		java.util.concurrent.CompletableFuture.runAsync(this.schedule::tick);
		within(Duration.ofSeconds(10), () -> checks(piet.key()).size() == 2);

		assertThat(checks(piet.key())).as("Piet's first look after the last day, at once").hasSize(2);
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(10));
		assertThat(look(checks(piet.key()).get(1))).isEqualTo("\"first look after the last day\"");
		assertThat(checks(jan.key())).as("Jan's look still waits for Graph").isEmpty();

		// Graph answers Jan's reads now (rather than after the rest of the 15 s): his
		// look
		// ends; a second round changes nothing: each residue has one task
		GRAPH.answerSlowCallsNow();
		within(Duration.ofSeconds(30), () -> checks(jan.key()).size() == 1);
		assertThat(checks(jan.key())).singleElement()
			.satisfies(entry -> assertThat(look(entry)).isEqualTo("\"notice\""));
		List<String> pietsTasks = tasksOf(piet.key());
		assertThat(roundOn(piet.key())).isEmpty();
		assertThat(roundOn(jan.key())).isEmpty();
		assertThat(tasksOf(piet.key())).isEqualTo(pietsTasks);
		assertThat(this.tickets.get(piet.key()).tasks())
			.filteredOn(t -> t.kind().startsWith("guard.") && t.status().isOpen())
			.extracting(t -> t.kind() + " " + t.subject())
			.doesNotHaveDuplicates();
	}

	@Test
	void theFirstLookAfterTheLastDayComesAtItsHourWithoutWaitingForTheNextRound() throws Exception {
		at(16, 40);
		TicketView piet = pietLeaves(TestClockConfiguration.TODAY);
		this.guard.check(piet.key(), JOOST);
		// a round ten real seconds before the runbook's hour: nothing is due yet, and the
		// look is put on the guard's scheduler at 17:00
		this.clock
			.set(TestClockConfiguration.TODAY.atTime(16, 59, 50).atZone(OffboardingGuardTests.AMSTERDAM).toInstant());
		this.schedule.dispatchDue();
		assertThat(checks(piet.key())).hasSize(1);

		// the hour comes; no round runs
		this.clock
			.set(TestClockConfiguration.TODAY.atTime(17, 0, 1).atZone(OffboardingGuardTests.AMSTERDAM).toInstant());
		within(Duration.ofSeconds(25), () -> checks(piet.key()).size() == 2);

		assertThat(checks(piet.key())).hasSize(2)
			.last()
			.satisfies(entry -> assertThat(look(entry)).isEqualTo("\"first look after the last day\""));
	}

	List<TaskView> openGroupTasks(String ticketKey) {
		return this.tickets.get(ticketKey)
			.tasks()
			.stream()
			.filter(t -> t.kind().equals("guard.group.member") && t.status().isOpen())
			.toList();
	}

	@Test
	void theGuardAndTheRunbookHaveSchedulersOfTheirOwn() throws Exception {
		assertThat(this.guardScheduler).isNotSameAs(this.runbookScheduler).isNotSameAs(this.taskScheduler);
		assertThat(this.runbookScheduler).isNotSameAs(this.taskScheduler);
		Method guardRound = GuardSchedule.class.getDeclaredMethod("tick");
		Method runbookRound = Class.forName("io.handover.runbook.DirectorySchedule").getDeclaredMethod("tick");
		assertThat(guardRound.getAnnotation(Scheduled.class).scheduler()).isEqualTo("guardScheduler");
		assertThat(runbookRound.getAnnotation(Scheduled.class).scheduler()).isEqualTo("runbookScheduler");

		// a guard round that takes long holds up neither the runbook nor the rest
		CountDownLatch slowGuard = new CountDownLatch(1);
		this.guardScheduler.schedule(() -> {
			try {
				slowGuard.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, java.time.Instant.now());
		try {
			CountDownLatch runbookRan = new CountDownLatch(1);
			CountDownLatch otherRan = new CountDownLatch(1);
			this.runbookScheduler.schedule(runbookRan::countDown, java.time.Instant.now());
			this.taskScheduler.schedule(otherRan::countDown, java.time.Instant.now());
			assertThat(runbookRan.await(2, TimeUnit.SECONDS)).isTrue();
			assertThat(otherRan.await(2, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			slowGuard.countDown();
		}
	}

}
