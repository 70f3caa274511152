package io.handover.teams;

import java.util.Set;

/** Answers the card actions of one verb (or of a few related ones). */
interface CardActionHandler {

	String verb();

	default Set<String> verbs() {
		return Set.of(verb());
	}

	CardActionResult handle(CardAction action);

}
