package io.handover.runbook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.handover.common.Actor;
import io.handover.common.Workers;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts what is due, by the injected clock in the organisation's time zone: a leaver's
 * runbook at the configured hour of their last working day, a joiner's account as soon as
 * the ticket is open (and their Temporary Access Pass on the start day, their laptop's
 * Autopilot registration, or an Apple device's assignment in Apple Business, once it is
 * issued), a mover's access change on the move date. One instance at a time runs it (a
 * lock in the store), and each runbook is claimed in the store besides, so none runs
 * twice.
 * <p>
 * The leavers' runbooks run on the schedule's thread; the joiners', movers' and Apple
 * runs on a thread of their own beside it, so a backlog of those (after a restart, a
 * group that refuses, 503 bursts) never holds up a leaver's runbook at the hour of the
 * last day. Each run's lease ({@link RunbookStore}) is taken on the application's clock:
 * after a killed process a run is held back {@link RunbookStore#LEASE} of that clock.
 */
@Component
class DirectorySchedule {

	private static final Logger log = LoggerFactory.getLogger(DirectorySchedule.class);

	static final Actor SCHEDULE = Actor.system("schedule");

	private final TicketManagement tickets;

	private final LeaverRunbook leavers;

	private final JoinerProvisioning joiners;

	private final MoverChanges movers;

	private final AppleEnrolment apple;

	private final Clock clock;

	/** The joiners', movers' and Apple runs, beside the leavers' runbooks. */
	private final ExecutorService others = Workers.named("runbook-joiners-movers", 1);

	/** Whether a round of the joiners', movers' and Apple runs is under way. */
	private final AtomicBoolean othersUnderWay = new AtomicBoolean();

	DirectorySchedule(TicketManagement tickets, LeaverRunbook leavers, JoinerProvisioning joiners, MoverChanges movers,
			AppleEnrolment apple, Clock clock) {
		this.apple = apple;
		this.tickets = tickets;
		this.leavers = leavers;
		this.joiners = joiners;
		this.movers = movers;
		this.clock = clock;
	}

	// its own scheduler thread (system.SchedulingConfiguration): a slow guard round does
	// not hold it up
	// or, with the cron set empty, a fixed delay between runs (handover.runbook.interval,
	// e.g. 250ms: the simulation's accelerated clock, where a second is an hour)
	@Scheduled(cron = "${handover.runbook.cron:0 * * * * *}", fixedDelayString = "${handover.runbook.interval:}",
			scheduler = "runbookScheduler")
	@SchedulerLock(name = "directory-schedule", lockAtMostFor = "${handover.runbook.lock-at-most-for:PT10M}")
	public void tick() {
		try {
			runLeaversDue();
		}
		catch (RuntimeException ex) {
			log.error("The directory schedule's leaver runbooks failed; it tries again on its next run", ex);
		}
		// the joiners', movers' and Apple runs on a thread of their own: a backlog of
		// them (after a restart, a group that refuses, 503 bursts) never holds up a
		// leaver's runbook at the hour of the last day, which the next round starts
		if (this.othersUnderWay.compareAndSet(false, true)) {
			try {
				this.others.execute(() -> {
					try {
						runOthersDue();
					}
					catch (RuntimeException ex) {
						log.error("The directory schedule's joiner, mover and Apple runs failed; it tries again on "
								+ "its next run", ex);
					}
					finally {
						this.othersUnderWay.set(false);
					}
				});
			}
			catch (RejectedExecutionException stopping) {
				this.othersUnderWay.set(false);
			}
		}
	}

	/** Runs everything due now, the leavers' runbooks first; answers what ran. */
	List<RunbookReport> runDue() {
		List<RunbookReport> reports = new ArrayList<>(runLeaversDue());
		reports.addAll(runOthersDue());
		return reports;
	}

	/**
	 * The leavers' runbooks due now: those never run first (the hour of a last day), then
	 * the ones tried again for a failed step.
	 */
	List<RunbookReport> runLeaversDue() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		List<TicketView> due = new ArrayList<>();
		for (TicketView leaver : this.tickets.activeUntil(TicketKind.LEAVER, today)) {
			// a runbook that left a step failed is not finished: it runs again after its
			// back-off
			if (!now.isBefore(this.leavers.dueAt(leaver.date())) && this.leavers.due(leaver.key(), now)) {
				due.add(leaver);
			}
		}
		if (due.size() > 1) {
			Map<String, Boolean> started = new HashMap<>();
			due.forEach(leaver -> started.put(leaver.key(), this.leavers.started(leaver.key())));
			due.sort(Comparator.comparing((TicketView leaver) -> started.get(leaver.key())));
		}
		List<RunbookReport> reports = new ArrayList<>();
		for (TicketView leaver : due) {
			reports.add(guarded(leaver, () -> this.leavers.run(leaver.key(), SCHEDULE)));
		}
		return reports;
	}

	/** The joiners', movers' and Apple runs due now. */
	List<RunbookReport> runOthersDue() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		List<RunbookReport> reports = new ArrayList<>();
		for (TicketView joiner : this.tickets.activeUntil(TicketKind.JOINER, today.plusYears(2))) {
			if (this.joiners.hasWork(joiner, now)) {
				reports.add(guarded(joiner, () -> this.joiners.run(joiner.key(), SCHEDULE)));
			}
			if (this.apple.hasWork(joiner, now)) {
				reports.add(guarded(joiner, () -> this.apple.run(joiner.key(), SCHEDULE)));
			}
		}
		// an Apple device released at a leaver's exit may be followed before or after the
		// last working day
		for (TicketView leaver : this.tickets.activeUntil(TicketKind.LEAVER, today.plusYears(2))) {
			if (this.apple.hasWork(leaver, now)) {
				reports.add(guarded(leaver, () -> this.apple.run(leaver.key(), SCHEDULE)));
			}
		}
		for (TicketView mover : this.tickets.activeUntil(TicketKind.MOVER, today)) {
			// a run that could not read the account or left a step failed in Graph runs
			// again after its back-off
			if (!now.isBefore(this.movers.dueAt(mover.date())) && this.movers.due(mover.key(), now)) {
				reports.add(guarded(mover, () -> this.movers.run(mover.key(), SCHEDULE)));
			}
		}
		return reports;
	}

	@PreDestroy
	void stop() {
		Workers.stop(this.others, Duration.ofSeconds(10), "A joiner's, mover's or Apple run of the schedule");
	}

	private RunbookReport guarded(TicketView ticket, java.util.function.Supplier<RunbookReport> run) {
		try {
			return run.get();
		}
		catch (RuntimeException ex) {
			// one ticket's trouble must not stop the others
			log.error("Runbook of {} failed", ticket.key(), ex);
			return new RunbookReport(ticket.key(), false, List.of());
		}
	}

}
