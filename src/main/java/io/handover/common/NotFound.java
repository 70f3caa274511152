package io.handover.common;

/** The thing asked for does not exist (a ticket key, a task id, an asset tag...). */
public class NotFound extends Refusal {

	public NotFound(String what, String id) {
		super("not-found", what + " " + id + " does not exist");
	}

}
