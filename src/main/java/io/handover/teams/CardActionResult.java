package io.handover.teams;

import tools.jackson.databind.JsonNode;

/** What a card action answers: the card that replaces the clicked one, or a refusal. */
sealed interface CardActionResult {

	record Card(JsonNode card) implements CardActionResult {
	}

	/**
	 * A request Teams shows as an error on the card (e.g. an unknown verb); a refusal a
	 * person should read is a {@link Card} instead.
	 */
	record Error(int status, String code, String message) implements CardActionResult {
	}

}
