package io.handover.runbook;

import java.util.List;

/**
 * What one run of a runbook did, step by step.
 *
 * @param ticketKey the ticket
 * @param ran false when another instance was running it
 * @param steps one line per step
 */
public record RunbookReport(String ticketKey, boolean ran, List<StepReport> steps) {

	static RunbookReport busy(String ticketKey) {
		return new RunbookReport(ticketKey, false, List.of());
	}

	/**
	 * @param taskId the step's task
	 * @param title the task's title
	 * @param outcome e.g. "done", "already done", "blocked: 403 ...", "waiting for a
	 * second approval", "dry run", "for a person"
	 */
	public record StepReport(String taskId, String title, String outcome) {
	}

}
