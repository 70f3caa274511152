package io.handover.profile;

/** A condition on the ticket for a catalogue entry to apply. */
public enum TaskCondition {

	/** The person works at the office (office or hybrid). */
	ON_SITE,
	/** The person works remotely. */
	REMOTE,
	/** The profile has at least one access group. */
	HAS_ACCESS_GROUPS,
	/** The profile has at least one application. */
	HAS_APPLICATIONS

}
