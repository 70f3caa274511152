package io.handover.e2e;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A message as the Playground shows it, read from its conversation stream: created or
 * updated ({@code action}), in which conversation (for a channel post, the thread:
 * {@code <channel id>;messageid=<id>}; see {@link #threadId()}), from whom, with its text
 * and Adaptive Cards.
 *
 * @param sequence the order in which the harness saw it
 * @param action {@code createMessage} or {@code updateMessage}
 * @param raw the whole stream event
 */
public record PlaygroundMessage(long sequence, String action, String conversationId, String messageId, String fromId,
		String text, List<JsonNode> cards, JsonNode raw) {

	static PlaygroundMessage of(long sequence, JsonNode event) {
		JsonNode message = event.path("message");
		List<JsonNode> cards = new ArrayList<>();
		for (JsonNode attachment : message.path("attachments")) {
			if ("application/vnd.microsoft.card.adaptive".equals(attachment.path("contentType").asString())) {
				cards.add(attachment.path("content"));
			}
		}
		return new PlaygroundMessage(sequence, event.path("action").asString(),
				event.path("actionConversationId").asString(), message.path("messageId").asString(),
				message.path("from").path("id").asString(), message.path("text").asString(null), List.copyOf(cards),
				event);
	}

	/**
	 * The conversation to act in on this message: a bot post at a channel's root starts
	 * its own thread, {@code <channel id>;messageid=<its id>}, where its card lives.
	 */
	public String threadId() {
		String post = this.raw.path("message").path("postConversationId").asString("");
		return post.isEmpty() ? this.conversationId : post;
	}

	public boolean fromBot() {
		return MockTenant.BOT_ID.equals(this.fromId);
	}

	public boolean hasCard() {
		return !this.cards.isEmpty();
	}

	/** The one card of this message; fails when there is none. */
	public JsonNode card() {
		if (this.cards.isEmpty()) {
			throw new AssertionError("Message " + this.messageId + " has no Adaptive Card: " + this.raw);
		}
		return this.cards.get(0);
	}

	/** In this channel, including the threads of its posts. */
	public boolean inChannel(String channelId) {
		return this.conversationId.equals(channelId) || this.conversationId.startsWith(channelId + ";");
	}

	/** Every text a person would read on the cards, one per line. */
	public String cardText() {
		StringBuilder text = new StringBuilder();
		this.cards.forEach(card -> collect(card, text));
		return text.toString();
	}

	private static void collect(JsonNode node, StringBuilder text) {
		if (node.isObject()) {
			node.properties().iterator().forEachRemaining(field -> {
				String key = field.getKey();
				if (field.getValue().isString()
						&& (key.equals("text") || key.equals("title") || key.equals("value") || key.equals("label"))) {
					text.append(field.getValue().asString()).append('\n');
				}
				else {
					collect(field.getValue(), text);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach(child -> collect(child, text));
		}
	}

}
