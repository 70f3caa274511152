package io.handover.common;

import java.util.Objects;

/**
 * Who did something and through which channel: a person (Entra object id or staff id),
 * the HR system, or Handover itself.
 *
 * @param id stable id: Entra object id, UPN, or a system name
 * @param name display name as shown on cards and in the audit trail
 * @param channel where the action came from
 */
public record Actor(String id, String name, Channel channel) {

	public Actor {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(channel, "channel");
		name = name != null ? name : id;
	}

	/** Handover acting on its own (schedules, the offboarding guard). */
	public static Actor system(String what) {
		return new Actor("handover:" + what, "Handover " + what, Channel.SYSTEM);
	}

}
