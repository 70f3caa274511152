package io.handover.ticket;

/**
 * OPEN until someone works on a task, IN_PROGRESS until every task is done or not needed
 * (COMPLETED), or CANCELLED.
 */
public enum TicketState {

	OPEN, IN_PROGRESS, COMPLETED, CANCELLED;

	public boolean isActive() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
