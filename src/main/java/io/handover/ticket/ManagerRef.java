package io.handover.ticket;

/** The manager of the person a ticket is for. */
public record ManagerRef(String upn, String name) {

}
