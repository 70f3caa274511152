package io.handover.teams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.handover.ticket.TicketKind;
import io.handover.ticket.TicketManagement;
import io.handover.ticket.TicketState;
import io.handover.ticket.TicketView;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On a joiner's start date, at the configured time, the joiner gets the receipt card for
 * what was issued to them. Ticket changes on or after the start date deliver it too (see
 * {@link EmployeeCards}); this daily round covers the joiners whose ticket did not change
 * that morning, and catches up a week of missed rounds.
 */
@Component
class JoinerReceipts {

	static final String JOB = "joiner-receipts";

	private static final int CATCH_UP_DAYS = 7;

	private static final Logger log = LoggerFactory.getLogger(JoinerReceipts.class);

	private final TicketManagement tickets;

	private final EmployeeCards employeeCards;

	private final PostedCards posted;

	private final DailyRuns runs;

	private final Clock clock;

	JoinerReceipts(TicketManagement tickets, EmployeeCards employeeCards, PostedCards posted, DailyRuns runs,
			Clock clock) {
		this.tickets = tickets;
		this.employeeCards = employeeCards;
		this.posted = posted;
		this.runs = runs;
		this.clock = clock;
	}

	@Scheduled(cron = "${handover.schedules.tick:0 * * * * *}")
	@SchedulerLock(name = JOB, lockAtMostFor = "30m")
	public void tick() {
		try {
			runIfDue();
		}
		catch (RuntimeException ex) {
			log.error("Joiner receipt round failed; it runs again at the next check", ex);
		}
	}

	/** Runs the day's round when its time has come and it has not finished today. */
	boolean runIfDue() {
		LocalDate today = LocalDate.now(this.clock);
		if (LocalTime.now(this.clock).isBefore(this.employeeCards.receiptTime()) || this.runs.finished(JOB, today)) {
			return false;
		}
		int failed = 0;
		List<TicketView> starting = this.tickets.dated(TicketKind.JOINER, today.minusDays(CATCH_UP_DAYS), today,
				List.of(TicketState.OPEN, TicketState.IN_PROGRESS, TicketState.COMPLETED));
		for (TicketView ticket : starting) {
			if (this.posted.find(ticket.key(), EmployeeCards.RECEIPT).isPresent()) {
				continue;
			}
			try {
				this.employeeCards.showReceiptCard(ticket);
			}
			catch (RuntimeException ex) {
				failed++;
				log.warn("Receipt card of {} not delivered: {}", ticket.key(), ex.getMessage());
			}
		}
		if (failed == 0) {
			this.runs.finish(JOB, today, this.clock.instant());
		}
		return true;
	}

}
