package io.handover.ticket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One INFO line per business event (issue 19): whoever reads the log of a trial or an
 * incident sees every ticket opened and changed, with its key, without a debugger.
 */
@Component
class TicketEventLog {

	private static final Logger log = LoggerFactory.getLogger("io.handover.Tickets");

	@EventListener
	void on(TicketEvent event) {
		if (event instanceof TicketEvent.TicketOpened opened) {
			log.info("Ticket opened: {} {} for {} on {}{}, {} task(s), by {}", opened.ticketKey(), opened.kind(),
					opened.employeeName(), opened.date(), opened.lateNotice() ? " (late notice)" : "",
					opened.taskIds().size(), opened.by() != null ? opened.by().name() : "?");
			return;
		}
		String task = event.taskId() != null ? " task " + event.taskId() : "";
		log.info("Ticket changed: {} {}{}", event.ticketKey(), event.getClass().getSimpleName(), task);
	}

}
