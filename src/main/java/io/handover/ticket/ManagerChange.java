package io.handover.ticket;

import java.time.Instant;

import io.handover.common.Actor;

/**
 * The manager of a ticket changed while it was open (HR named someone else): kept on the
 * ticket so whoever tells the two managers knows both, also after a second change.
 *
 * @param from the manager before, or null
 * @param to the manager now
 * @param by who changed it (an HR source)
 * @param why the reason, as the audit trail has it
 * @param at when
 */
public record ManagerChange(ManagerRef from, ManagerRef to, Actor by, String why, Instant at) {

}
