/**
 * Department tasks: the unit of work one department does on one ticket, its state machine
 * (claim, complete, mark not needed, block, reassign), and its generation from a role
 * profile, the department catalogues, what the employee holds, and a working-day
 * calendar. Tasks are stored inside their ticket's document, so a task change, the ticket
 * state that follows from it, the tasks it unblocks and the card updates it owes are
 * written in one atomic write; operations on them are in
 * {@code io.handover.ticket.TaskManagement}.
 */
package io.handover.task;
