/**
 * Tickets: one joiner, mover or leaver case with its employee, dates, profile and tasks.
 * A ticket document holds its tasks, the card updates it still owes and the idempotency
 * receipts of the calls that changed it, so every change is one atomic, version-checked
 * write. {@link io.handover.ticket.TicketManagement} opens, reschedules and cancels
 * tickets; {@link io.handover.ticket.TaskManagement} works on their tasks; both publish
 * past-tense events after the change is stored.
 */
package io.handover.ticket;
