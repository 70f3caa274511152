package io.handover.intake;

import io.handover.common.Actor;
import io.handover.common.Channel;

/**
 * The person announcing, as the channel identifies them: in Teams their Entra object id,
 * by e-mail their address. Unless the form names someone else, they are the manager.
 *
 * @param id Entra object id (Teams) or e-mail address (mail)
 * @param name display name
 * @param upn their user principal name / e-mail address when known, else null
 * @param channel where the announcement came from
 */
public record Requester(String id, String name, String upn, Channel channel) {

	public Actor actor() {
		return new Actor(this.id, this.name, this.channel);
	}

}
