package io.handover.intake;

import io.handover.common.Actor;
import io.handover.common.Channel;

/**
 * The person announcing, as the channel identified them (verified or not, see
 * {@link Actor}). Unless the form names someone else, they are the manager.
 *
 * @param actor who they are
 */
public record Requester(Actor actor) {

	public String id() {
		return this.actor.id();
	}

	public String name() {
		return this.actor.name();
	}

	/** Their user principal name / e-mail address when known, else null. */
	public String upn() {
		return this.actor.upn();
	}

	public Channel channel() {
		return this.actor.channel();
	}

}
