package io.handover.runbook;

import java.time.Instant;

import io.handover.common.Actor;

/**
 * A leaver's device is to be wiped remotely and waits for a second staff member's
 * approval on the IT card; the card's action calls
 * {@link LeaverRunbook#approveRemoteWipe}.
 *
 * @param ticketKey the leaver's ticket
 * @param taskId the wipe task (BLOCKED until approved)
 * @param device the device, e.g. "LAPTOP-JB01 (PF3ABC12)"
 * @param requestedBy who asked for the remote wipe (may not approve it)
 * @param at when
 */
public record RemoteWipeAwaitingApproval(String ticketKey, String taskId, String device, Actor requestedBy,
		Instant at) {

}
