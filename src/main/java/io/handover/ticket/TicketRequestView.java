package io.handover.ticket;

import java.time.Instant;
import java.util.List;

import io.handover.common.Actor;

/**
 * A request for a ticket as the cards and the API show it.
 *
 * @param id readable id, e.g. {@code REQ-0007}
 * @param ticket the announcement as it will open the ticket
 * @param requestedBy who announced it
 * @param replyTo the conversation to tell the requester in, or null
 * @param managerUpn the manager of record who may decide besides HR, or null
 * @param owed what is still to be delivered ({@code cards}, {@code requester})
 */
public record TicketRequestView(String id, NewTicket ticket, Actor requestedBy, String replyTo, String employeeId,
		String employeeName, String managerUpn, String managerObjectId, String managerName, TicketRequestState state,
		Instant requestedAt, Actor decidedBy, Instant decidedAt, String ticketKey, String declineReason,
		List<String> owed) {

	public boolean owesCards() {
		return this.owed.contains(TicketRequest.CARDS);
	}

	public boolean owesRequester() {
		return this.owed.contains(TicketRequest.REQUESTER);
	}

	public TicketKind kind() {
		return this.ticket.kind();
	}

}
