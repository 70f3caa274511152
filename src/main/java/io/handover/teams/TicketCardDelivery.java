package io.handover.teams;

import io.handover.ticket.OwedUpdate;
import io.handover.ticket.TicketView;

/**
 * Delivers what one kind of card owes after a ticket change: department task cards, the
 * employee's signature cards, the manager's status card. The {@link OutboxDispatcher}
 * calls every delivery for every owed update and acknowledges the update only when all
 * succeeded, so a delivery may run again for the same update and must be idempotent: post
 * a card once (see {@link PostedCards}) and update it after.
 */
interface TicketCardDelivery {

	/**
	 * @param ticket the ticket as it is now (render from this, not from the event)
	 * @param update what changed
	 * @throws RuntimeException when sending failed; the update is retried later
	 */
	void deliver(TicketView ticket, OwedUpdate update);

}
