package io.handover.task;

import java.time.Instant;
import java.util.Map;

import io.handover.common.Actor;

/**
 * A completion under way whose effect on the asset register is being applied. It reserves
 * the task, so that of two people completing it at once only one changes the register.
 */
public record PendingCompletion(String reservation, Actor by, Instant since, Map<String, String> inputs) {

}
