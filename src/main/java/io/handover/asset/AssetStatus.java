package io.handover.asset;

/**
 * Where an asset is in its life. Only {@link #ASSIGNED} and {@link #RETURN_PENDING} put
 * an asset on someone's name.
 */
public enum AssetStatus {

	/** On the shelf, free to issue. */
	IN_STOCK,
	/** On an employee's name. */
	ASSIGNED,
	/** The employee says they returned it; staff have not confirmed receipt yet. */
	RETURN_PENDING,
	/** Received back by staff, not yet back in stock (e.g. damaged, awaiting repair). */
	RETURNED,
	/** Reported lost; off everyone's name. */
	LOST,
	/**
	 * Wiped (e.g. remotely after a loss, or before re-use); back in stock after restock.
	 */
	WIPED,
	/** Out of service for good. */
	RETIRED

}
