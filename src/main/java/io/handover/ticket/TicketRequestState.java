package io.handover.ticket;

/** Where a request for a ticket stands: waiting for HR or the manager, or decided. */
public enum TicketRequestState {

	/** Stored; confirmation cards are out; nothing is planned. */
	PENDING,

	/** Confirmed by HR or the manager of record: the ticket is open. */
	CONFIRMED,

	/** Declined: no ticket. */
	DECLINED

}
