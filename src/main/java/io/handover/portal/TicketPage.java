package io.handover.portal;

import java.time.Instant;
import java.util.List;

import io.handover.asset.HandoverRecord;
import io.handover.guard.LeaverFindings;
import io.handover.ticket.TaskView;
import io.handover.ticket.TicketView;

/**
 * The ticket page's data, in one answer.
 *
 * @param ticket the ticket with its tasks and progress per department
 * @param timeline what happened to the ticket and its tasks, oldest first, from the audit
 * trail (refusals only for HR and Administrators)
 * @param departments the tasks per department, in the order the ticket lists them
 * @param signatures the employee's signed handovers (receipts and returns); null for a
 * reader who may not see the asset register (a manager)
 * @param runbookStarted whether the leaver runbook has started
 * @param runbookSteps the automated steps and what each sent (or would send, dry run)
 * @param guard the offboarding guard's last findings for a leaver; null when it has not
 * looked
 */
record TicketPage(TicketView ticket, List<Moment> timeline, List<DepartmentTasks> departments,
		List<HandoverRecord> signatures, boolean runbookStarted, List<TaskView> runbookSteps, LeaverFindings guard) {

	/**
	 * One entry of the audit trail.
	 *
	 * @param subject the ticket's key or the task's title
	 */
	record Moment(Instant at, String action, String actorName, String channel, String subject, String why) {

	}

	record DepartmentTasks(String department, List<TaskView> tasks) {

	}

}
