package io.handover.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.handover.guard.GuardReview;
import io.handover.task.TaskStatus;
import io.handover.ticket.TicketKind;

/**
 * The overview page's data, in one answer.
 *
 * @param viewer who is looking and what their role lets them see
 * @param today the organisation's day
 * @param until the last day of the horizon of {@link #coming}
 * @param coming starts and last days from today until {@code until}, earliest first
 * @param departments per department: its open tickets and tasks, how many overdue
 * @param overdue the overdue tasks, longest overdue first (at most {@link #LIMIT})
 * @param overdueTotal how many there are in all
 * @param leavers leavers whose last day has passed with something still on their name
 * (the guard's last findings)
 */
record Overview(Viewer viewer, LocalDate today, LocalDate until, List<Coming> coming, List<DepartmentLoad> departments,
		List<Overdue> overdue, int overdueTotal, List<Leaver> leavers) {

	static final int LIMIT = 200;

	/**
	 * @param sees {@code all} (HR, Administrators), or what they see: their departments'
	 * tasks and their people's tickets
	 * @param departments the departments whose staff they are
	 * @param reports how many people the register names them manager of
	 * @param trial viewing as a chosen trial person (local mode)
	 */
	record Viewer(String name, String upn, String sees, List<String> departments, int reports, boolean trial) {

	}

	record Coming(String ticketKey, TicketKind kind, String employeeName, LocalDate date, boolean lateNotice,
			int openTasks, int tasks) {

	}

	record DepartmentLoad(String department, int openTickets, int openTasks, int overdueTasks) {

	}

	record Overdue(String ticketKey, String taskId, String department, String title, String employeeName,
			LocalDate dueOn, long daysOverdue, TaskStatus status, String assigneeName) {

	}

	record Leaver(String ticketKey, String employeeName, LocalDate lastDay, Instant checkedAt,
			List<GuardReview.Finding> residues, List<GuardReview.Finding> unobservable) {

	}

}
