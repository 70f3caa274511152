package io.handover.common;

/**
 * A refusal because of who asked: the actor may not do this (the API answers 403).
 * Nothing was changed, and the refusal is audited where it was decided.
 */
public class NotAllowed extends Refusal {

	public NotAllowed(String code, String message) {
		super(code, message);
	}

}
