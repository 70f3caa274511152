package io.handover.ticket;

import java.time.LocalDate;

import io.handover.task.TaskStatus;

/** One task of a {@link TicketDigest}. */
public record TaskDigest(String id, String kind, String department, String title, TaskStatus status, LocalDate dueOn,
		boolean urgent, boolean overdue, String assigneeName) {

}
