package io.handover.intake;

import java.util.Locale;

/**
 * Where a person read from a message stands in it: the name as the form writes it
 * ("Jan-Willem de Roos" for "jan-willem de roos"), or by its last word when the message
 * wrote it otherwise ("mevrouw dr. A.M. (Anne-Marie) Timmermans").
 */
final class WhereNamed {

	private WhereNamed() {
	}

	/** The first place the name stands in the body, or -1. */
	static int in(String body, String name) {
		String lower = body.toLowerCase(Locale.ROOT);
		int whole = lower.indexOf(name.toLowerCase(Locale.ROOT));
		if (whole >= 0) {
			return whole;
		}
		String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		return lower.indexOf(last);
	}

}
