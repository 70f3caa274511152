package io.handover.ticket;

import java.time.LocalDate;

import io.handover.common.Actor;
import org.springframework.stereotype.Service;

/**
 * A ticket's date moved or the ticket cancelled by a person, through any channel: only
 * HR, Administrators and the manager of record of its person may (a refusal is audited
 * with who tried). The API and the Teams chat both come through here.
 */
@Service
public class TicketChanges {

	private final TicketManagement tickets;

	private final TicketReaders readers;

	TicketChanges(TicketManagement tickets, TicketReaders readers) {
		this.tickets = tickets;
		this.readers = readers;
	}

	/** Whether this person may move or cancel the ticket. */
	public boolean mayChange(TicketView ticket, Actor by) {
		return this.readers.mayChange(ticket, by);
	}

	/**
	 * Moves the ticket's date (see {@link TicketManagement#reschedule}).
	 * @throws io.handover.common.NotAllowed {@code reschedule-refused} for anyone else
	 */
	public TicketView reschedule(String key, LocalDate date, String why, Actor by, String idempotencyKey) {
		this.readers.refuseUnlessMayChange(this.tickets.get(key), by, "reschedule");
		return this.tickets.reschedule(key, date, why, by, idempotencyKey);
	}

	/**
	 * Cancels the ticket (see {@link TicketManagement#cancel}).
	 * @throws io.handover.common.NotAllowed {@code cancel-refused} for anyone else
	 */
	public TicketView cancel(String key, String reason, Actor by, String idempotencyKey) {
		this.readers.refuseUnlessMayChange(this.tickets.get(key), by, "cancel");
		return this.tickets.cancel(key, reason, by, idempotencyKey);
	}

}
