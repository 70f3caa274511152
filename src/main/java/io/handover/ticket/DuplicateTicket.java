package io.handover.ticket;

import io.handover.common.Refusal;

/**
 * The refusal of a second open ticket of the same kind for the same person, naming the
 * open one: a manager announcing someone HR already sent (or HR sending someone a manager
 * announced) is shown that ticket instead.
 */
public class DuplicateTicket extends Refusal {

	private final String ticketKey;

	DuplicateTicket(String ticketKey, String message) {
		super("duplicate-ticket", "employee", message);
		this.ticketKey = ticketKey;
	}

	/** The key of the ticket already open. */
	public String ticketKey() {
		return this.ticketKey;
	}

}
