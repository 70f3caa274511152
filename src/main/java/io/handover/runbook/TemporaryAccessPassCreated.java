package io.handover.runbook;

import java.time.Instant;

/**
 * A joiner's Temporary Access Pass was created: the Teams module shows it to the manager
 * once, in their personal chat — never in a channel, never logged, stored or audited.
 * {@link #toString()} leaves the pass out.
 *
 * @param ticketKey the joiner's ticket
 * @param employeeName the joiner
 * @param managerUpn who receives it
 * @param pass the pass itself
 * @param startsAt from when it works
 * @param expiresAt until when it works
 */
public record TemporaryAccessPassCreated(String ticketKey, String employeeName, String managerUpn, String pass,
		Instant startsAt, Instant expiresAt) {

	@Override
	public String toString() {
		return "TemporaryAccessPassCreated[ticketKey=" + this.ticketKey + ", managerUpn=" + this.managerUpn
				+ ", pass=***, startsAt=" + this.startsAt + ", expiresAt=" + this.expiresAt + "]";
	}

}
