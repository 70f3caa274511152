package io.handover.access;

import io.handover.common.Refusal;

/**
 * The actor may not do this (as opposed to a {@link Refusal} by the state of the domain):
 * the API answers 403 with the reason, a card answers with the refusal card. Whoever
 * throws it has audited the refusal with the canonical actor and the reason.
 */
public class NotPermitted extends Refusal {

	public NotPermitted(String code, String message) {
		super(code, message);
	}

}
