package io.handover.common;

/** The way a request reached Handover. */
public enum Channel {

	TEAMS, EMAIL, HR, API, SYSTEM

}
