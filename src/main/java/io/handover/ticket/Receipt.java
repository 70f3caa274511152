package io.handover.ticket;

import java.time.Instant;

/**
 * What a call with an idempotency key did, kept on the ticket it changed: a repeat of the
 * same call returns {@code result} and changes nothing.
 *
 * @param key the caller's idempotency key
 * @param fingerprint the operation and its arguments; the same key with other arguments
 * is refused
 * @param at when the first call was made
 * @param result the first call's answer as JSON
 */
record Receipt(String key, String fingerprint, Instant at, String result) {

}
