package io.handover.teams;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.microsoft.bot.schema.Activity;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code help} (or {@code hulp}, {@code ?}): the card listing what the bot can do where
 * the person asked: in a personal chat the manager's and employee's commands, in a
 * channel the department commands.
 */
@Component
@Order(0)
class HelpCommand implements ChatCommand, CardActionHandler {

	private static final Set<String> WORDS = Set.of("help", "hulp", "?", "commands", "commando's", "start");

	private final Cards cards;

	HelpCommand(Cards cards) {
		this.cards = cards;
	}

	@Override
	public boolean matches(ChatMessage message) {
		return WORDS.contains(message.text().toLowerCase(message.locale()));
	}

	@Override
	public Activity answer(ChatMessage message) {
		return Replies.card(helpCard(message.isPersonal(), message.locale(), null));
	}

	/** The help card, opening with a line saying what the bot did not understand. */
	Activity notUnderstood(ChatMessage message) {
		return Replies.card(helpCard(message.isPersonal(), message.locale(), message.text()));
	}

	@Override
	public String verb() {
		return "help";
	}

	@Override
	public CardActionResult handle(CardAction action) {
		boolean personal = !"channel".equals(action.data().path("scope").asText());
		return new CardActionResult.Card(helpCard(personal, action.locale(), null));
	}

	private com.fasterxml.jackson.databind.node.ObjectNode helpCard(boolean personal, java.util.Locale locale,
			String notUnderstood) {
		Map<String, Object> data = new LinkedHashMap<>();
		if (notUnderstood != null && !notUnderstood.isBlank()) {
			data.put("notUnderstood", notUnderstood);
		}
		return this.cards.render(personal ? CardName.HELP_PERSONAL : CardName.HELP_CHANNEL, data, locale);
	}

}
