package io.handover.runbook;

import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * One step of a runbook and the task that shows it.
 *
 * @param taskId the task on the ticket
 * @param kind what the step does
 * @param targets ids it acts on: groups, licences (sku ids) or a device
 * @param targetNames their names, in the same order
 * @param unplanned the directory read that finds its targets failed: the next run reads
 * again before it acts
 */
record Step(String taskId, StepKind kind, List<String> targets, List<String> targetNames, boolean unplanned) {

	@PersistenceCreator
	Step {
		targets = targets != null ? List.copyOf(targets) : List.of();
		targetNames = targetNames != null ? List.copyOf(targetNames) : List.of();
	}

	Step(String taskId, StepKind kind, List<String> targets, List<String> targetNames) {
		this(taskId, kind, targets, targetNames, false);
	}

	String target() {
		return this.targets.isEmpty() ? null : this.targets.get(0);
	}

	Step withTask(String taskId) {
		return new Step(taskId, this.kind, this.targets, this.targetNames, this.unplanned);
	}

}
