package io.handover.teams;

import java.net.HttpURLConnection;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Activity;
import io.handover.common.Limits;
import io.handover.system.StoreOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers {@code adaptiveCard/action} invokes in the HTTP response, in the shape Teams
 * expects: {@code {statusCode, type, value}} with the card that replaces the clicked one,
 * or an error Teams shows on the card.
 */
@Component
class CardActions {

	static final String CARD_TYPE = "application/vnd.microsoft.card.adaptive";

	static final String ERROR_TYPE = "application/vnd.microsoft.error";

	private static final Logger log = LoggerFactory.getLogger(CardActions.class);

	/**
	 * The ids a card's data may hold, and their longest; a key ending in - is a prefix.
	 */
	private static final Map<String, Integer> ID_CAPS = Map.ofEntries(Map.entry("taskId", Limits.TASK_ID),
			Map.entry("ticketKey", Limits.TICKET_KEY), Map.entry("departmentKey", Limits.KEY),
			Map.entry("draftId", Limits.ID), Map.entry("requestId", Limits.ID), Map.entry("assetId", Limits.ID),
			Map.entry("passId", Limits.ID), Map.entry("receiptId", Limits.ID), Map.entry("card", Limits.KEY),
			Map.entry("serial-", Limits.SERIAL_NUMBER), Map.entry("assignee-", Limits.NAME),
			Map.entry("hash-", io.handover.profile.TaskInput.LONGEST));

	private final Map<String, CardActionHandler> handlers;

	CardActions(java.util.List<CardActionHandler> handlers) {
		this.handlers = new java.util.HashMap<>();
		for (CardActionHandler handler : handlers) {
			for (String verb : handler.verbs()) {
				CardActionHandler other = this.handlers.put(verb, handler);
				if (other != null) {
					throw new IllegalStateException("Two handlers for the card action verb '" + verb + "': "
							+ other.getClass().getSimpleName() + " and " + handler.getClass().getSimpleName());
				}
			}
		}
	}

	InvokeResponse answer(Activity invoke) {
		JsonNode value = SdkJson.fromSdk(invoke.getValue());
		JsonNode action = value == null ? null : value.path("action");
		if (action == null || !action.isObject()) {
			return error(HttpURLConnection.HTTP_BAD_REQUEST, "BadRequest", "The card action has no 'action' object.");
		}
		if (!"Action.Execute".equals(action.path("type").asString(""))) {
			return error(HttpURLConnection.HTTP_BAD_REQUEST, "NotSupported",
					"Only Action.Execute is supported, not '" + action.path("type").asString("") + "'.");
		}
		String verb = action.path("verb").asString("");
		CardActionHandler handler = this.handlers.get(verb);
		if (handler == null) {
			return error(HttpURLConnection.HTTP_BAD_REQUEST, "UnknownVerb",
					"This card action ('" + verb + "') is not known. The card may be out of date.");
		}
		JsonNode data = action.path("data").isObject() ? action.get("data") : JsonNodeFactory.instance.objectNode();
		String tooLong = overlongId(data);
		if (tooLong != null) {
			return error(HttpURLConnection.HTTP_BAD_REQUEST, "invalid", tooLong);
		}
		CardAction click = new CardAction(verb, data, Messages.userOf(invoke), conversationIdOf(invoke),
				invoke.getReplyToId(), Messages.localeOf(invoke), invoke.getId());
		try {
			CardActionResult result = handler.handle(click);
			if (result instanceof CardActionResult.Card card) {
				return new InvokeResponse(HttpURLConnection.HTTP_OK,
						HandoverBot.invokeBody(HttpURLConnection.HTTP_OK, CARD_TYPE, card.card()));
			}
			CardActionResult.Error failed = (CardActionResult.Error) result;
			return error(failed.status(), failed.code(), failed.message());
		}
		catch (io.handover.common.NotFound missing) {
			// A card naming a ticket or task that does not exist (any more).
			return error(HttpURLConnection.HTTP_NOT_FOUND, "NotFound", missing.getMessage());
		}
		catch (io.handover.common.Refusal refusal) {
			return error(HttpURLConnection.HTTP_BAD_REQUEST, refusal.code(), refusal.getMessage());
		}
		catch (RuntimeException ex) {
			if (StoreOutage.causedBy(ex)) {
				throw ex; // answered 503 by the endpoint, for Teams to send again
			}
			String reference = UUID.randomUUID().toString().substring(0, 8);
			log.error("Card action {} failed, reference {}", verb, reference, ex);
			return error(HttpURLConnection.HTTP_INTERNAL_ERROR, "InternalError",
					"Something went wrong. Please quote reference " + reference + " when you ask for help.");
		}
	}

	/**
	 * Why an id in the card's data is longer than any id Handover puts on a card, or
	 * null. Checked before any handler reads the store with it.
	 */
	private static String overlongId(JsonNode data) {
		Iterator<Map.Entry<String, JsonNode>> fields = data.properties().iterator();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			String name = field.getKey();
			int dash = name.indexOf('-');
			Integer cap = ID_CAPS.get(dash > 0 ? name.substring(0, dash + 1) : name);
			if (cap != null && field.getValue().isString() && field.getValue().asString("").length() > cap) {
				return "The card's " + name + " is longer than " + cap
						+ " characters, longer than any Handover puts on a card; nothing was changed.";
			}
		}
		return null;
	}

	private static String conversationIdOf(Activity invoke) {
		ConversationRecord.Kind kind = ConversationRecord.Kind.of(invoke.getConversation().getConversationType());
		return kind == ConversationRecord.Kind.CHANNEL ? TeamsData.channelConversationId(invoke)
				: invoke.getConversation().getId();
	}

	private static InvokeResponse error(int status, String code, String message) {
		ObjectNode error = JsonNodeFactory.instance.objectNode();
		error.put("code", code);
		error.put("message", message);
		// The HTTP status is 200: Teams reads the outcome from statusCode in the body.
		return new InvokeResponse(HttpURLConnection.HTTP_OK, HandoverBot.invokeBody(status, ERROR_TYPE, error));
	}

}
