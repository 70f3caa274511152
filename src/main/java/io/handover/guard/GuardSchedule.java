package io.handover.guard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.runbook.LeaverRunbookRan;
import io.handover.ticket.TicketEvent;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every active leaver when it is due: first at the notice, again right after the
 * runbook started, and then once a day until the ticket closes — and, once the last day
 * has passed while the ticket is open, every {@code handover.guard.recheck} (half an
 * hour) besides, a look that writes nothing when nothing changed; then a completed leaver
 * once a day more until {@code handover.guard.watch-completed} after the last working day
 * (what is found reopens the ticket). One instance at a time runs the round (a lock in
 * the store), and each check holds its leaver besides.
 * <p>
 * The round only decides which looks are due: they run side by side on the guard's look
 * threads ({@link GuardLooks}), one look per leaver at a time, the urgent first (the
 * first look after a last day, the end of the wait for a due runbook, a change), so one
 * slow look (a throttled Graph read) delays no other leaver's. The first look after a
 * last day and the one when the runbook's wait ends are also put on the guard's scheduler
 * at their moment, not left to the next round.
 * <p>
 * Besides the round, a leaver is checked right after their runbook ran and right after a
 * person closed one of their tasks once the last day has come (a task clicked Done
 * without the work is found at once, not the next day): urgent looks too, never on the
 * thread of the change.
 */
@Component
class GuardSchedule {

	private static final Logger log = LoggerFactory.getLogger(GuardSchedule.class);

	/** How often a change's check is tried again while another check holds the leaver. */
	private static final int BUSY_TRIES = 5;

	/**
	 * How long apart those tries are; tests shorten it (see {@link #busyWait(Duration)}).
	 */
	private volatile Duration busyWait = Duration.ofSeconds(2);

	private final TicketManagement tickets;

	private final OffboardingGuard guard;

	private final Clock clock;

	private final GuardProperties properties;

	private final ObjectProvider<TaskScheduler> scheduler;

	/** The looks, side by side, one per leaver at a time. */
	private final GuardLooks looks;

	/**
	 * How much faster than real time the application's clock runs (1: it is the time).
	 */
	private final double speed;

	/** The leavers with a look put on the scheduler at a moment, with that moment. */
	private final Map<String, Instant> timed = new ConcurrentHashMap<>();

	GuardSchedule(TicketManagement tickets, OffboardingGuard guard, Clock clock, GuardProperties properties,
			@Qualifier("guardScheduler") ObjectProvider<TaskScheduler> scheduler, GuardLooks looks,
			@Value("${handover.clock.speed:1}") double speed) {
		this.tickets = tickets;
		this.guard = guard;
		this.clock = clock;
		this.properties = properties;
		this.scheduler = scheduler;
		this.looks = looks;
		this.speed = speed > 0 ? speed : 1;
	}

	// its own scheduler thread (system.SchedulingConfiguration): a round slowed by a
	// throttled Graph does not hold up the runbook or the other schedules
	// or, with the cron set empty, a fixed delay between rounds (handover.guard.interval,
	// e.g. 250ms: the simulation's accelerated clock, where a second is an hour)
	@Scheduled(cron = "${handover.guard.cron:0 * * * * *}", fixedDelayString = "${handover.guard.interval:}",
			scheduler = "guardScheduler")
	// a killed instance's lock holds the round back until it expires: short, since each
	// check holds its leaver besides (GuardStore), so rounds that overlap are harmless
	@SchedulerLock(name = "offboarding-guard", lockAtMostFor = "${handover.guard.lock-at-most-for:PT5M}")
	public void tick() {
		try {
			dispatchDue();
		}
		catch (RuntimeException ex) {
			log.error("The offboarding guard's round failed; it tries again on its next run", ex);
		}
	}

	/**
	 * Checks every leaver that is due and answers the reviews made: the round's looks on
	 * the guard's look threads ({@link GuardLooks}), waited for.
	 */
	List<GuardReview> runDue() {
		List<GuardReview> reviews = new ArrayList<>();
		for (CompletableFuture<Optional<GuardReview>> look : dispatchDue()) {
			look.join().ifPresent(reviews::add);
		}
		return reviews;
	}

	/**
	 * Queues a look at every leaver that is due on the guard's look threads and answers
	 * them without waiting: a slow look (a throttled Graph read waits its
	 * {@code Retry-After}) holds up no other leaver's look, nor the next round. A leaver
	 * whose last day's hour (or whose wait for a due runbook) ends soon gets a look at
	 * that moment besides, not at the next round.
	 */
	List<CompletableFuture<Optional<GuardReview>>> dispatchDue() {
		// every active leaver, whatever the last day: the notice is checked too
		LocalDate horizon = LocalDate.now(this.clock).plusYears(5);
		List<TicketView> leavers = new ArrayList<>(this.tickets.activeUntil(TicketKind.LEAVER, horizon));
		leavers.addAll(this.guard.completedLeaversWatched());
		// every record in one read, not one per leaver
		Map<String, GuardRecord> records = this.guard.records(leavers);
		this.guard.forgetAllBut(leavers.stream().map(TicketView::key).collect(Collectors.toSet()));
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		List<CompletableFuture<Optional<GuardReview>>> looks = new ArrayList<>();
		for (TicketView leaver : leavers) {
			Optional<GuardRecord> record = Optional.ofNullable(records.get(leaver.key()));
			try {
				GuardLooks.Urgency urgency = urgency(leaver, record, now, today);
				if (urgency != null) {
					// the look decides again on what the store holds when it starts: a
					// look that ended meanwhile may have done it
					looks.add(this.looks.offer(leaver.key(), urgency, this.guard.lastLooked(leaver, record),
							() -> lookAt(leaver.key())));
				}
				else {
					lookWhenDue(leaver, record, now);
				}
			}
			catch (RuntimeException ex) {
				// one leaver's trouble must not stop the others
				log.error("Guard round could not queue a look at {}", leaver.key(), ex);
			}
		}
		return looks;
	}

	/**
	 * How urgent a look at this leaver is now; null when none is due: the first look
	 * after the last day, the end of the wait for a due runbook and the look right after
	 * the runbook are urgent; then the leavers past their last day before those still
	 * working.
	 */
	private GuardLooks.Urgency urgency(TicketView leaver, Optional<GuardRecord> record, Instant now, LocalDate today) {
		boolean firstAfterLastDay = firstLookOwed(leaver, record, now);
		boolean due = this.guard.due(leaver, record);
		if (!due && !firstAfterLastDay && !this.guard.recheckDue(leaver, record)) {
			return null;
		}
		if (firstAfterLastDay || due && URGENT_LOOKS.contains(this.guard.dueLook(leaver, record))) {
			return GuardLooks.Urgency.URGENT;
		}
		return leaver.date() != null && leaver.date().isAfter(today) ? GuardLooks.Urgency.BEFORE_LAST_DAY
				: GuardLooks.Urgency.PAST_LAST_DAY;
	}

	private static final Set<String> URGENT_LOOKS = Set.of("after the runbook", "runbook late",
			"first look after the last day");

	private boolean firstLookOwed(TicketView leaver, Optional<GuardRecord> record, Instant now) {
		return this.guard.firstLookAfterLastDayOwed(leaver, record)
				|| this.guard.firstLookAfterLastDayOwedAt(leaver, record, now);
	}

	/**
	 * The look a leaver is due now, decided on the store's record and the ticket as they
	 * are when the look starts (what the round read may be a look old); empty when none
	 * is due any more or nothing changed.
	 */
	Optional<GuardReview> lookAt(String ticketKey) {
		Optional<TicketView> found = this.tickets.find(ticketKey)
			.filter(ticket -> ticket.kind() == TicketKind.LEAVER && ticket.state() != TicketState.CANCELLED);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		TicketView leaver = found.get();
		Optional<GuardRecord> record = this.guard.record(ticketKey);
		// each look is named (the audit trail says why a check ran)
		if (this.guard.due(leaver, record)) {
			return this.guard.review(leaver, OffboardingGuard.GUARD, this.guard.dueLook(leaver, record));
		}
		boolean first = firstLookOwed(leaver, record, this.clock.instant());
		if (first || this.guard.recheckDue(leaver, record)) {
			// after the last day while the ticket is open: a look that finds what the
			// last
			// check found writes nothing; "hourly" names the recheck in the audit (its
			// readers, the bench among them, know it so) whatever its period
			return this.guard.recheck(leaver, OffboardingGuard.GUARD,
					first ? "first look after the last day" : "hourly");
		}
		return Optional.empty();
	}

	/**
	 * A leaver whose last day's hour comes (or whose wait for a due runbook ends) within
	 * the next real minute gets a look queued at that moment on the guard's scheduler, so
	 * the first look after the last day does not wait for the next round.
	 */
	private void lookWhenDue(TicketView leaver, Optional<GuardRecord> record, Instant now) {
		TaskScheduler on = this.scheduler.getIfAvailable();
		if (on == null) {
			return;
		}
		Instant at = null;
		Instant graceEnds = record.map(r -> r.runbookGraceEndsAt).orElse(null);
		if (graceEnds != null && graceEnds.isAfter(now)) {
			at = graceEnds;
		}
		else if (leaver.state().isActive() && leaver.date() != null
				&& (record.isEmpty() || !record.get().afterLastDay)) {
			Instant hour = this.guard.runbookHour(leaver.date());
			if (hour.isAfter(now)) {
				at = hour;
			}
		}
		if (at == null) {
			return;
		}
		// a little after the moment rather than a little before it (the clocks'
		// rounding):
		// a look that starts early finds nothing due yet
		Duration real = Duration.ofNanos((long) Math.ceil(Duration.between(now, at).toNanos() / this.speed))
			.plus(TIMED_LATE);
		if (real.compareTo(TIMED_WITHIN) > 0 || at.equals(this.timed.get(leaver.key()))) {
			return;
		}
		this.timed.put(leaver.key(), at);
		Instant when = at;
		String key = leaver.key();
		on.schedule(() -> {
			this.timed.remove(key, when);
			Optional<TicketView> ticket = this.tickets.find(key);
			this.looks.offer(key, GuardLooks.Urgency.URGENT,
					ticket.map(t -> this.guard.lastLooked(t, this.guard.record(key))).orElse(null), () -> lookAt(key));
		}, Instant.now().plus(real));
	}

	/** How far ahead (real time) a look is put on the scheduler at its moment. */
	private static final Duration TIMED_WITHIN = Duration.ofMinutes(1);

	/** How long after its moment (real time) a look put on the scheduler starts. */
	private static final Duration TIMED_LATE = Duration.ofMillis(20);

	/** A change came while a check of this instance held the leaver: look again now. */
	@EventListener
	void onChangedDuringCheck(OffboardingGuard.ChangedDuringCheck changed) {
		checkSoon(changed.ticketKey(), changed.trigger(), 0);
	}

	/** The leaver's runbook ran: look right after. */
	@EventListener
	void onRunbookRan(LeaverRunbookRan ran) {
		checkSoon(ran.ticketKey(), "after the runbook", 0);
	}

	/**
	 * A person closed a task (Done or not needed): after the last day, look right after —
	 * a task clicked Done without the work leaves its residue without a task. The
	 * runbook's and the guard's own closings are not people's: the runbook is followed
	 * when it ran, and the guard's closings come from a check.
	 */
	@EventListener
	void onTicketEvent(TicketEvent event) {
		Actor by = null;
		if (event instanceof TicketEvent.TaskCompleted completed) {
			by = completed.by();
		}
		else if (event instanceof TicketEvent.TaskMarkedNotNeeded notNeeded) {
			by = notNeeded.by();
		}
		if (by != null && by.channel() != Channel.SYSTEM) {
			checkSoon(event.ticketKey(), "after a change (task closed)", 0);
		}
	}

	/**
	 * Queues a check of the leaver on the guard's scheduler, once however many changes
	 * come before it starts. When a check of this instance holds the leaver already, the
	 * change is noted there and that check is followed by a look right after it ends (it
	 * may have read before the change); a check of another instance is waited for, tried
	 * again a few times.
	 */
	void checkSoon(String ticketKey, String trigger, int tries) {
		TaskScheduler on = this.properties.checkOnChange() ? this.scheduler.getIfAvailable() : null;
		if (on == null || this.guard.lookAgainAfterCheck(ticketKey, trigger)) {
			return;
		}
		Runnable queue = () -> this.looks.offer(ticketKey, GuardLooks.Urgency.URGENT, null, () -> {
			Optional<GuardReview> review = checkNow(ticketKey, trigger);
			if (review.isEmpty() && tries < BUSY_TRIES && busy(ticketKey)
					&& !this.guard.lookAgainAfterCheck(ticketKey, trigger)) {
				checkSoon(ticketKey, trigger, tries + 1);
			}
			return review;
		});
		if (tries == 0) {
			queue.run();
		}
		else {
			on.schedule(queue, Instant.now().plus(this.busyWait));
		}
	}

	/**
	 * Sets how long apart a change's check is tried again while another check holds the
	 * leaver, and answers the previous wait: a test of a check that outlasts all the
	 * tries then need not last the production ten seconds.
	 */
	Duration busyWait(Duration wait) {
		Duration previous = this.busyWait;
		this.busyWait = wait;
		return previous;
	}

	/**
	 * Checks the leaver now when what it finds counts (after the last day); empty when it
	 * is no leaver to check, not yet after the last day, or another check holds it.
	 */
	Optional<GuardReview> checkNow(String ticketKey, String trigger) {
		Optional<TicketView> ticket = this.tickets.find(ticketKey)
			.filter(found -> found.kind() == TicketKind.LEAVER && found.state() != TicketState.CANCELLED);
		if (ticket.isEmpty() || !this.guard.afterLastDay(ticket.get())) {
			return Optional.empty();
		}
		return this.guard.review(ticket.get(), OffboardingGuard.GUARD, trigger);
	}

	private boolean busy(String ticketKey) {
		return this.tickets.find(ticketKey)
			.filter(found -> found.kind() == TicketKind.LEAVER && found.state() != TicketState.CANCELLED)
			.map(this.guard::afterLastDay)
			.orElse(false);
	}

}
