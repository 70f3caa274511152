package io.handover.ticket;

/** How a leaver's devices come back. */
public enum DeviceRetrieval {

	IN_PERSON, COURIER, REMOTE_WIPE

}
