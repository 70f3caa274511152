package io.handover.teams;

import java.util.function.Function;

/** A card action handler for one verb, for classes that answer several verbs. */
record VerbHandler(String verb, Function<CardAction, CardActionResult> handler) implements CardActionHandler {

	@Override
	public CardActionResult handle(CardAction action) {
		return this.handler.apply(action);
	}

}
