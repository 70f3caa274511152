package io.handover.ticket;

/**
 * A request for a ticket was stored or decided (published after the write): its cards and
 * the requester's answer are owed.
 */
public record TicketRequestChanged(String requestId) {

}
