package io.handover.asset;

/** Where one assignment of an asset to an employee stands. */
public enum AssignmentState {

	/** Issued and on the employee's name. */
	ISSUED,
	/** The employee signed that they returned it; staff have not confirmed receipt. */
	RETURN_PENDING,
	/** Staff confirmed receipt: the assignment is closed. */
	RETURNED,
	/** Reported lost: the assignment is closed. */
	LOST,
	/**
	 * The asset left the organisation while on the employee's name (disposed of, or sold,
	 * e.g. to the employee): the assignment is closed and the asset retired.
	 */
	DISPOSED

}
