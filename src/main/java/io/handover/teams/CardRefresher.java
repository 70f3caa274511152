package io.handover.teams;

/**
 * Renders one kind of card afresh for the {@code refresh} action Teams sends when someone
 * opens a card that changed ({@code data.card} names the card).
 */
interface CardRefresher {

	String card();

	CardActionResult refresh(CardAction action);

}
