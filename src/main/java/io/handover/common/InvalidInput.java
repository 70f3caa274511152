package io.handover.common;

/**
 * A value that can never be right, whatever the state of the domain: an unknown
 * department, an id longer than any id. Answered 400 (not 409 like other refusals), with
 * the field at fault and what it accepts.
 */
public class InvalidInput extends Refusal {

	public InvalidInput(String field, String message) {
		super("invalid", field, message);
	}

}
