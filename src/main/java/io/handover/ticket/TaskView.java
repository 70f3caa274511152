package io.handover.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.handover.common.Actor;
import io.handover.profile.TaskEffect;
import io.handover.profile.TaskInput;
import io.handover.task.AssetRef;
import io.handover.task.Task;
import io.handover.task.TaskStatus;

/**
 * A task as a department sees it on its card: with the ticket and person it is for.
 *
 * @param beingCompletedBy who is completing it right now (its asset register effect is
 * being applied), or null
 * @param result what an automated step did (the directory requests it sent), or null
 * @param dryRun the result is only what a dry run would have sent
 */
public record TaskView(String id, String ticketKey, TicketKind ticketKind, String employeeName, String employeeId,
		String kind, String department, String title, String notes, AssetRef asset, String subject, LocalDate dueOn,
		boolean urgent, boolean overdue, TaskStatus status, List<String> waitingFor, String blockedReason,
		Actor assignee, Instant claimedAt, List<TaskInput> inputsNeeded, TaskEffect effect, Map<String, String> inputs,
		Actor completedBy, Instant completedAt, String reason, Instant returnRecordedAt, Actor beingCompletedBy,
		String result, boolean dryRun) {

	static TaskView of(Ticket ticket, Task task, LocalDate today) {
		return new TaskView(task.id(), ticket.key(), ticket.kind(), ticket.employee().name(), ticket.employee().id(),
				task.kind(), task.department(), task.title(), task.notes(), task.asset(), task.subject(), task.dueOn(),
				task.urgent(), task.isOverdue(today), task.status(), task.waitingFor(), task.blockedReason(),
				task.assignee(), task.claimedAt(), task.inputsNeeded(), task.effect(), task.inputs(),
				task.completedBy(), task.completedAt(), task.reason(), task.returnRecordedAt(),
				task.pendingCompletion() != null ? task.pendingCompletion().by() : null, task.result(), task.dryRun());
	}

}
