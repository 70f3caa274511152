package io.handover.task;

import java.time.LocalDate;
import java.util.List;

import io.handover.profile.Direction;
import io.handover.profile.RoleProfile;

/**
 * What task generation needs to know about a ticket.
 *
 * @param direction joiner, mover or leaver
 * @param ticketKey prefix of the task ids
 * @param date start date, move date or last working day
 * @param today the day the ticket is opened (no task is due before it)
 * @param urgent a late notice: every task is urgent
 * @param profile the role profile (the new one for a mover)
 * @param previousProfile a mover's old profile, else null
 * @param holdings what the asset register says the employee holds now
 * @param remote whether the person works remotely
 * @param assetNote a note for every task about an asset (shipping address, retrieval)
 */
public record PlanRequest(Direction direction, String ticketKey, LocalDate date, LocalDate today, boolean urgent,
		RoleProfile profile, RoleProfile previousProfile, List<AssetRef> holdings, boolean remote, String assetNote) {

	public PlanRequest {
		holdings = holdings != null ? List.copyOf(holdings) : List.of();
	}

}
