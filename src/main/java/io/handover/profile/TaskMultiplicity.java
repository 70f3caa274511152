package io.handover.profile;

/** How many tasks one catalogue entry yields for a ticket. */
public enum TaskMultiplicity {

	/** One task per ticket. */
	ONCE,
	/**
	 * One per asset of the entry's asset type: the profile's assets for a joiner, what
	 * the employee holds for a leaver, the added or returned ones for a mover. Asset type
	 * {@code *} catches every type no other entry of the direction handles.
	 */
	ASSET,
	/** One per application of the profile (leaver), or per application added (mover). */
	APPLICATION,
	/** Mover: one per application of the old profile the new one does not have. */
	REMOVED_APPLICATION,
	/** Mover: one per access group the new profile adds. */
	ADDED_GROUP,
	/** Mover: one per access group of the old profile the new one does not have. */
	REMOVED_GROUP

}
