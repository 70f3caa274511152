package io.handover.task;

/** Where a task is in its life. */
public enum TaskStatus {

	OPEN, CLAIMED, BLOCKED, DONE, NOT_NEEDED, CANCELLED;

	/** Still work to do (or to unblock). */
	public boolean isOpen() {
		return this == OPEN || this == CLAIMED || this == BLOCKED;
	}

	/** Done or decided not needed: counts towards the ticket's completion. */
	public boolean isResolved() {
		return this == DONE || this == NOT_NEEDED;
	}

}
