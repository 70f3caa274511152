package io.handover.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.task.Task;

/**
 * A ticket with its tasks and its progress per department, as the status card and the API
 * show it.
 */
public record TicketView(String key, TicketKind kind, TicketState state, EmployeeRef employee, ManagerRef manager,
		String profile, String previousProfile, LocalDate date, WorkLocation workLocation, String shippingAddress,
		DeviceRetrieval deviceRetrieval, String mailboxDelegate, Channel source, Actor requestedBy, Instant openedAt,
		boolean lateNotice, long noticeDays, Instant closedAt, Actor closedBy, String closeReason,
		Map<String, Progress> progress, List<TaskView> tasks, Authority authority, Actor authorisedBy,
		List<ManagerChange> managerChanges) {

	static TicketView of(Ticket ticket, LocalDate today) {
		Map<String, Progress> progress = new LinkedHashMap<>();
		for (Task task : ticket.tasks()) {
			Progress sum = progress.getOrDefault(task.department(), new Progress(0, 0, 0));
			progress.put(task.department(),
					new Progress(sum.tasks() + 1, sum.resolved() + (task.status().isResolved() ? 1 : 0),
							sum.overdue() + (task.isOverdue(today) ? 1 : 0)));
		}
		return new TicketView(ticket.key(), ticket.kind(), ticket.state(), ticket.employee(), ticket.manager(),
				ticket.profile(), ticket.previousProfile(), ticket.date(), ticket.workLocation(),
				ticket.shippingAddress(), ticket.deviceRetrieval(), ticket.mailboxDelegate(), ticket.source(),
				ticket.requestedBy(), ticket.openedAt(), ticket.lateNotice(), ticket.noticeDays(), ticket.closedAt(),
				ticket.closedBy(), ticket.closeReason(), progress,
				ticket.tasks().stream().map(task -> TaskView.of(ticket, task, today)).toList(), ticket.authority(),
				ticket.authorisedBy(), ticket.managerChanges());
	}

	/**
	 * One department's share: how many tasks, how many done or not needed, how many late.
	 */
	public record Progress(int tasks, int resolved, int overdue) {
	}

}
