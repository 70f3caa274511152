package io.handover.guard;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketView;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every active leaver when it is due: first at the notice, again right after the
 * runbook started, and then once a day until the ticket closes; then a completed leaver
 * once a day more until {@code handover.guard.watch-completed} after the last working day
 * (what is found reopens the ticket). One instance at a time runs it (a lock in the
 * store), and each check holds its leaver besides.
 */
@Component
class GuardSchedule {

	private static final Logger log = LoggerFactory.getLogger(GuardSchedule.class);

	private final TicketManagement tickets;

	private final OffboardingGuard guard;

	private final Clock clock;

	GuardSchedule(TicketManagement tickets, OffboardingGuard guard, Clock clock) {
		this.tickets = tickets;
		this.guard = guard;
		this.clock = clock;
	}

	@Scheduled(cron = "${handover.guard.cron:0 * * * * *}")
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
		for (TicketView leaver : leavers) {
			try {
				if (this.guard.due(leaver)) {
					this.guard.review(leaver, OffboardingGuard.GUARD, "schedule").ifPresent(reviews::add);
				}
			}
			catch (RuntimeException ex) {
				// one leaver's trouble must not stop the others
				log.error("Guard check of {} failed", leaver.key(), ex);
			}
		}
		return reviews;
	}

}
