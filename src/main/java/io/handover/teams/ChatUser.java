package io.handover.teams;

import io.handover.common.Actor;
import io.handover.common.Channel;

/**
 * A person as Teams identifies them.
 *
 * @param id the Teams user id ({@code 29:...})
 * @param aadObjectId the Entra ID object id, the id Handover trusts for signatures
 * @param name display name
 * @param tenantId the Entra tenant
 */
record ChatUser(String id, String aadObjectId, String name, String tenantId) {

	/**
	 * The person behind this Teams user: verified by their Entra object id (the Bot
	 * Framework token vouches for the activity), unverified without one.
	 * @param upn their UPN when already looked up, else null
	 */
	Actor actor(String upn) {
		if (this.aadObjectId != null && !this.aadObjectId.isBlank()) {
			return Actor.person(this.aadObjectId, upn, this.name, Channel.TEAMS);
		}
		return Actor.unverified(this.id, this.name, Channel.TEAMS);
	}

}
