package io.handover.teams;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * A click on an {@code Action.Execute} button of one of our cards.
 *
 * @param verb what the button does, e.g. {@code task.done}
 * @param data the ids the card put in the action plus the inputs the person filled in
 * @param actor who clicked
 * @param conversationId where the card is
 * @param messageId the id of the message holding the card (to update other copies)
 * @param locale the clicker's locale
 * @param activityId the invoke's id: the same click delivered twice has the same id, so
 * it serves as the idempotency key of what the click changes
 */
record CardAction(String verb, JsonNode data, ChatUser actor, String conversationId, String messageId, Locale locale,
		String activityId) {

	/**
	 * The key that records a refusal of this click in the audit trail once, however often
	 * the Bot Connector redelivers it (it does when it got no answer); null without an
	 * id.
	 */
	String refusalKey() {
		return this.activityId == null ? null : "refused:" + this.activityId;
	}

}
