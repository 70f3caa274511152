package io.handover.ticket;

import java.time.Instant;

/**
 * A card update a change still owes (the outbox): written in the same document write as
 * the change, removed by whoever delivered it, so a crash between the two loses nothing.
 *
 * @param updateId unique id of this entry
 * @param event the simple name of the event, e.g. {@code TaskCompleted}
 * @param taskId the task it concerns, or null for the ticket itself
 * @param at when the change happened
 * @param correlationId the correlation id of the activity or request that made the
 * change, so its delivery logs under it; null when made outside one
 */
public record OwedUpdate(String updateId, String event, String taskId, Instant at, String correlationId) {

}
