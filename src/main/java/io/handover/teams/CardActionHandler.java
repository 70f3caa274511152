package io.handover.teams;

/** Answers the card actions of one verb. */
interface CardActionHandler {

	String verb();

	CardActionResult handle(CardAction action);

}
