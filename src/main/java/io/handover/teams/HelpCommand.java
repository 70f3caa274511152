package io.handover.teams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.bot.schema.Activity;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Levenshtein;
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

	/** A short answer naming the closest command, with the help card. */
	Activity notUnderstood(ChatMessage message) {
		boolean dutch = Messages.dutch(message.locale());
		String closest = closestCommand(message.text(), message.isPersonal(), dutch);
		String text = dutch ? "Ik begreep \"" + message.text() + "\" niet. Bedoelde je \"" + closest + "\"?"
				: "I did not understand \"" + message.text() + "\". Did you mean \"" + closest + "\"?";
		Activity reply = Replies.card(helpCard(message.isPersonal(), message.locale(), message.text()));
		reply.setText(text);
		return reply;
	}

	static String closestCommand(String text, boolean personal, boolean dutch) {
		List<String> commands = personal ? (dutch
				? List.of("nieuwe medewerker", "uitdienst", "functiewijziging", "status", "mijn tickets", "wat heeft",
						"hulp")
				: List.of("new starter", "new leaver", "role change", "status", "my tickets", "what does", "help"))
				: (dutch ? List.of("koppel", "ontkoppel", "afdelingen", "hulp")
						: List.of("link", "unlink", "departments", "help"));
		String words = text.toLowerCase(java.util.Locale.ROOT);
		String best = commands.get(commands.size() - 1);
		int bestDistance = Integer.MAX_VALUE;
		for (String command : commands) {
			String start = words.length() > command.length() ? words.substring(0, command.length()) : words;
			int distance = Levenshtein.distance(start, command);
			if (distance < bestDistance) {
				best = command;
				bestDistance = distance;
			}
		}
		return bestDistance <= Math.max(2, best.length() / 3) ? best : (dutch ? "hulp" : "help");
	}

	@Override
	public String verb() {
		return "help";
	}

	@Override
	public CardActionResult handle(CardAction action) {
		boolean personal = !"channel".equals(action.data().path("scope").asString(""));
		return new CardActionResult.Card(helpCard(personal, action.locale(), null));
	}

	private tools.jackson.databind.node.ObjectNode helpCard(boolean personal, java.util.Locale locale,
			String notUnderstood) {
		Map<String, Object> data = new LinkedHashMap<>();
		if (notUnderstood != null && !notUnderstood.isBlank()) {
			data.put("notUnderstood", notUnderstood);
		}
		return this.cards.render(personal ? CardName.HELP_PERSONAL : CardName.HELP_CHANNEL, data, locale);
	}

}
