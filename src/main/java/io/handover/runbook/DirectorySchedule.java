package io.handover.runbook;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.handover.common.Actor;
import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
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
			runDue();
		}
		catch (RuntimeException ex) {
			log.error("The directory schedule failed; it tries again on its next run", ex);
		}
	}

	/** Runs everything due now; answers what ran. */
	List<RunbookReport> runDue() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		List<RunbookReport> reports = new ArrayList<>();
		for (TicketView leaver : this.tickets.activeUntil(TicketKind.LEAVER, today)) {
			// a runbook that left a step failed is not finished: it runs again after its
			// back-off
			if (!now.isBefore(this.leavers.dueAt(leaver.date())) && this.leavers.due(leaver.key(), now)) {
				reports.add(guarded(leaver, () -> this.leavers.run(leaver.key(), SCHEDULE)));
			}
		}
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
