package io.handover.audit;

/**
 * One changed field: its value before and after, as JSON text so the entry hashes the
 * same after a round trip through the store.
 */
public record Change(String before, String after) {

}
