package io.handover.ticket;

/** Where the person works; a remote joiner's assets are shipped. */
public enum WorkLocation {

	OFFICE, REMOTE, HYBRID

}
