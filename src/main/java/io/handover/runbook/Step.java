package io.handover.runbook;

import java.util.List;

/**
 * One step of a runbook and the task that shows it.
 *
 * @param taskId the task on the ticket
 * @param kind what the step does
 * @param targets ids it acts on: groups, licences (sku ids) or a device
 * @param targetNames their names, in the same order
 */
record Step(String taskId, StepKind kind, List<String> targets, List<String> targetNames) {

	Step {
		targets = targets != null ? List.copyOf(targets) : List.of();
		targetNames = targetNames != null ? List.copyOf(targetNames) : List.of();
	}

	String target() {
		return this.targets.isEmpty() ? null : this.targets.get(0);
	}

}
