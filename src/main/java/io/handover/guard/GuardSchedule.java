package io.handover.guard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every active leaver when it is due: first at the notice, again right after the
 * runbook started, and then once a day until the ticket closes — and, once the last day
 * has passed while the ticket is open, every {@code handover.guard.recheck} (an hour)
 * besides, a look that writes nothing when nothing changed; then a completed leaver once
 * a day more until {@code handover.guard.watch-completed} after the last working day
 * (what is found reopens the ticket). One instance at a time runs it (a lock in the
 * store), and each check holds its leaver besides.
 * <p>
 * Besides the round, a leaver is checked right after their runbook ran and right after a
 * person closed one of their tasks once the last day has come (a task clicked Done
 * without the work is found at once, not the next day). Both run on the guard's own
 * scheduler thread ({@code guardScheduler}), never on the thread of the change.
 */
@Component
class GuardSchedule {

	private static final Logger log = LoggerFactory.getLogger(GuardSchedule.class);

	/** How often a change's check is tried again while another check holds the leaver. */
	private static final int BUSY_TRIES = 5;

	private final TicketManagement tickets;

	private final OffboardingGuard guard;

	private final Clock clock;

	private final GuardProperties properties;

	private final ObjectProvider<TaskScheduler> scheduler;

	/** Leavers whose check after a change is queued and not started yet. */
	private final Set<String> queued = ConcurrentHashMap.newKeySet();

	GuardSchedule(TicketManagement tickets, OffboardingGuard guard, Clock clock, GuardProperties properties,
			@Qualifier("guardScheduler") ObjectProvider<TaskScheduler> scheduler) {
		this.tickets = tickets;
		this.guard = guard;
		this.clock = clock;
		this.properties = properties;
		this.scheduler = scheduler;
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
			runDue();
		}
		catch (RuntimeException ex) {
			log.error("The offboarding guard's round failed; it tries again on its next run", ex);
		}
	}

	/** Checks every leaver that is due; answers the reviews made. */
	List<GuardReview> runDue() {
		List<GuardReview> reviews = new ArrayList<>();
		// every active leaver, whatever the last day: the notice is checked too
		LocalDate horizon = LocalDate.now(this.clock).plusYears(5);
		List<TicketView> leavers = new ArrayList<>(this.tickets.activeUntil(TicketKind.LEAVER, horizon));
		leavers.addAll(this.guard.completedLeaversWatched());
		// every record in one read, not one per leaver
		java.util.Map<String, GuardRecord> records = this.guard.records(leavers);
		this.guard.forgetAllBut(leavers.stream().map(TicketView::key).collect(java.util.stream.Collectors.toSet()));
		// the first look after the last day before the others, then the leavers past
		// their last day (what is found there is a residue) before the daily checks of
		// those still working, each the longest unseen first: a leaver whose last day
		// just ended does not wait behind a queue of other looks. The order is taken
		// again before each look, on the clock of that moment: a last day whose hour
		// comes while the round runs is looked at next, not at the end of the round
		Set<String> owedAtStart = new java.util.HashSet<>();
		for (TicketView leaver : leavers) {
			if (this.guard.firstLookAfterLastDayOwed(leaver, Optional.ofNullable(records.get(leaver.key())))) {
				owedAtStart.add(leaver.key());
			}
		}
		List<TicketView> remaining = new ArrayList<>(leavers);
		while (!remaining.isEmpty()) {
			Instant now = this.clock.instant();
			LocalDate today = LocalDate.now(this.clock);
			TicketView leaver = remaining.stream()
				.min(java.util.Comparator
					.comparing((TicketView next) -> !(owedAtStart.contains(next.key()) || this.guard
						.firstLookAfterLastDayOwedAt(next, Optional.ofNullable(records.get(next.key())), now)))
					.thenComparing(next -> next.date() != null && next.date().isAfter(today))
					.thenComparing(next -> this.guard.lastLooked(next, Optional.ofNullable(records.get(next.key()))),
							java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
				.orElseThrow();
			remaining.remove(leaver);
			try {
				Optional<GuardRecord> record = Optional.ofNullable(records.get(leaver.key()));
				// each look is named (the audit trail says why a check ran)
				if (this.guard.due(leaver, record)) {
					this.guard.review(leaver, OffboardingGuard.GUARD, this.guard.dueLook(leaver, record))
						.ifPresent(reviews::add);
				}
				else if (this.guard.recheckDue(leaver, record)) {
					// after the last day while the ticket is open: a look that finds
					// what the last check found writes nothing
					boolean first = owedAtStart.contains(leaver.key())
							|| this.guard.firstLookAfterLastDayOwedAt(leaver, record, this.clock.instant());
					this.guard
						.recheck(leaver, OffboardingGuard.GUARD, first ? "first look after the last day" : "hourly")
						.ifPresent(reviews::add);
				}
			}
			catch (RuntimeException ex) {
				// one leaver's trouble must not stop the others
				log.error("Guard check of {} failed", leaver.key(), ex);
			}
		}
		return reviews;
	}

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
		if (on == null || this.guard.lookAgainAfterCheck(ticketKey, trigger) || !this.queued.add(ticketKey)) {
			return;
		}
		Instant at = Instant.now().plusSeconds(tries == 0 ? 0 : 2);
		on.schedule(() -> {
			this.queued.remove(ticketKey);
			try {
				if (checkNow(ticketKey, trigger).isEmpty() && tries < BUSY_TRIES && busy(ticketKey)
						&& !this.guard.lookAgainAfterCheck(ticketKey, trigger)) {
					checkSoon(ticketKey, trigger, tries + 1);
				}
			}
			catch (RuntimeException ex) {
				log.error("Guard check of {} {} failed; the round looks again", ticketKey, trigger, ex);
			}
		}, at);
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
