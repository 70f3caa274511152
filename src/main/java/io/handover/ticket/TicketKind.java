package io.handover.ticket;

import io.handover.profile.Direction;

/** Which case a ticket is. */
public enum TicketKind {

	JOINER, MOVER, LEAVER;

	public Direction direction() {
		return Direction.valueOf(name());
	}

	String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
