package io.handover.profile;

/** What completing a task does to the asset register. */
public enum TaskEffect {

	/** Nothing beyond the task itself. */
	NONE,
	/** Registers the asset (by the serial number entered) on the employee's name. */
	ISSUE_ASSET,
	/** Confirms the receipt of the asset the employee returned; it goes back to stock. */
	RECEIVE_ASSET

}
