package io.handover.runbook;

import java.time.Instant;

/**
 * A run of a leaver's runbook finished (every step done, failed, waiting or left for a
 * person): the offboarding guard looks at the leaver right after.
 *
 * @param ticketKey the leaver's ticket
 * @param at when it finished
 */
public record LeaverRunbookRan(String ticketKey, Instant at) {
}
