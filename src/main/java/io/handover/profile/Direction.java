package io.handover.profile;

/** Which way a person moves through the organisation; a catalogue has tasks for each. */
public enum Direction {

	JOINER, MOVER, LEAVER

}
