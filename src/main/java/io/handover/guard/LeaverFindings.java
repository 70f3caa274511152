package io.handover.guard;

import java.time.Instant;
import java.util.List;

/**
 * What the guard's last check of one leaver found, as kept with its record.
 *
 * @param afterLastDay whether the residues count as left behind (after the last day or
 * the runbook); before, they are what is still to do
 */
public record LeaverFindings(String ticketKey, Instant checkedAt, boolean afterLastDay,
		List<GuardReview.Finding> residues, List<GuardReview.Finding> unobservable) {

	/** Nothing on the leaver's name, and everything could be observed. */
	public boolean nothingLeftBehind() {
		return this.residues.isEmpty() && this.unobservable.isEmpty();
	}

}
