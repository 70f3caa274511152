package io.handover.ticket;

import java.util.Map;

import io.handover.access.Access;
import io.handover.common.NotAllowed;
import io.handover.audit.AuditTrail;
import io.handover.common.Actor;
import org.springframework.stereotype.Component;

/**
 * Who may move a task: the staff of the task's department (by token role, configuration,
 * Entra group or an approved team) and Administrators. Any other Handover role (a
 * Manager, another department) is refused with 403, and the refusal is audited with the
 * canonical caller and the reason.
 */
@Component
class TaskPermissions {

	private final TaskManagement tasks;

	private final Access access;

	private final AuditTrail audit;

	TaskPermissions(TaskManagement tasks, Access access, AuditTrail audit) {
		this.tasks = tasks;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * @param action what the caller tried, e.g. {@code complete}
	 * @throws NotAllowed when the caller is neither staff of the task's department nor an
	 * Administrator
	 */
	TaskView require(String taskId, Actor caller, String action) {
		TaskView task = this.tasks.get(taskId);
		if (this.access.isAdmin(caller) || this.access.isStaff(task.department(), caller)) {
			return task;
		}
		String reason = !caller.isVerifiedPerson()
				? "The caller is not a verified person (the token has no oid), so cannot " + action + " task " + taskId
						+ "."
				: "Only " + task.department() + " staff or an Administrator can " + action + " task " + taskId + " of "
						+ task.department() + ".";
		this.audit.record("task", taskId, "refused", caller, reason, Map.of("action", new Object[] { null, action },
				"department", new Object[] { null, task.department() }));
		throw new NotAllowed("not-the-department", reason);
	}

}
