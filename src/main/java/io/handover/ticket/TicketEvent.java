package io.handover.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.handover.common.Actor;

/**
 * Something that happened to a ticket or one of its tasks, published (Spring
 * {@code ApplicationEventPublisher}) only after the change is stored. Each event also
 * leaves an {@link OwedUpdate} in the ticket's outbox in the same write.
 */
public sealed interface TicketEvent {

	String ticketKey();

	Instant at();

	/** The task concerned, or null for the ticket itself. */
	default String taskId() {
		return null;
	}

	record TicketOpened(String ticketKey, TicketKind kind, String employeeId, String employeeName, LocalDate date,
			boolean lateNotice, List<String> taskIds, Actor by, Instant at) implements TicketEvent {
	}

	record TicketRescheduled(String ticketKey, LocalDate from, LocalDate to, List<String> redatedTaskIds, Actor by,
			Instant at) implements TicketEvent {
	}

	record TicketCancelled(String ticketKey, String reason, List<String> cancelledTaskIds, Actor by,
			Instant at) implements TicketEvent {
	}

	record TicketCompleted(String ticketKey, Instant at) implements TicketEvent {
	}

	/** HR, the manager of record or an Administrator opened or confirmed the ticket. */
	record TicketAuthorised(String ticketKey, Authority authority, Actor by, Instant at) implements TicketEvent {
	}

	/**
	 * The ticket names another manager (HR changed the employee's manager); the mailbox
	 * delegate moved with it when it was the manager before.
	 */
	record TicketManagerChanged(String ticketKey, ManagerRef from, ManagerRef to, Actor by,
			Instant at) implements TicketEvent {
	}

	record TaskClaimed(String ticketKey, String taskId, String department, Actor by,
			Instant at) implements TicketEvent {
	}

	record TaskCompleted(String ticketKey, String taskId, String department, Map<String, String> inputs, Actor by,
			Instant at) implements TicketEvent {
	}

	record TaskMarkedNotNeeded(String ticketKey, String taskId, String department, String reason, Actor by,
			Instant at) implements TicketEvent {
	}

	record TaskReassigned(String ticketKey, String taskId, String department, Actor to, Actor by,
			Instant at) implements TicketEvent {
	}

	record TaskBlocked(String ticketKey, String taskId, String department, String reason, Actor by,
			Instant at) implements TicketEvent {
	}

	record TaskUnblocked(String ticketKey, String taskId, String department, Actor by,
			Instant at) implements TicketEvent {
	}

	/** The employee confirmed returning the asset of this collect task. */
	record AssetReturnRecorded(String ticketKey, String taskId, String department, Actor by,
			Instant at) implements TicketEvent {
	}

	/** Tasks were added to an open ticket, e.g. the steps of the leaver runbook. */
	record TasksAdded(String ticketKey, List<String> taskIds, Actor by, Instant at) implements TicketEvent {
	}

	/**
	 * An automated step recorded its result (or, in a dry run, what it would have sent).
	 */
	record TaskResultRecorded(String ticketKey, String taskId, String department, String result, boolean dryRun,
			Actor by, Instant at) implements TicketEvent {
	}

}
