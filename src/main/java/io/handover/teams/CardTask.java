package io.handover.teams;

import io.handover.common.NotFound;
import io.handover.ticket.TaskManagement;
import io.handover.ticket.TaskView;

/**
 * The task a click on a department's task card names, with the department the card is
 * for; or the error to answer a card that names none or an unknown one.
 */
record CardTask(TaskView task, String department, CardActionResult error) {

	static CardTask of(CardAction click, TaskManagement tasks) {
		String taskId = click.data().path("taskId").asString(null);
		String department = click.data().path("departmentKey").asString(null);
		if (taskId == null || department == null) {
			return new CardTask(null, department,
					new CardActionResult.Error(400, "BadRequest", "The card lacks the task or department it is for."));
		}
		try {
			return new CardTask(tasks.get(taskId), department, null);
		}
		catch (NotFound missing) {
			return new CardTask(null, department, new CardActionResult.Error(404, "NotFound", missing.getMessage()));
		}
	}

	/** Whether the card was shown for the task's own department. */
	boolean onItsDepartmentsCard() {
		return this.task.department().equals(this.department);
	}

}
