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
 * channel the department commands, in a group chat the look-ups (a group chat has no
 * channel to link).
 */
@Component
@Order(0)
class HelpCommand implements ChatCommand, CardActionHandler {

	private static final Set<String> WORDS = Set.of("help", "hulp", "?", "commands", "commando's", "start");

	private final Cards cards;

	private final CommandExamples examples;

	HelpCommand(Cards cards, CommandExamples examples) {
		this.cards = cards;
		this.examples = examples;
	}

	@Override
	public boolean matches(ChatMessage message) {
		return WORDS.contains(message.text().toLowerCase(message.locale()));
	}

	@Override
	public Activity answer(ChatMessage message) {
		return Replies.card(helpCard(message.scope(), message.locale(), null));
	}

	/** A short answer naming the closest command, with the help card. */
	Activity notUnderstood(ChatMessage message) {
		boolean dutch = Messages.dutch(message.locale());
		String closest = closestCommand(message.text(), message.scope(), dutch);
		String text = dutch ? "Ik begreep \"" + message.text() + "\" niet. Bedoelde je \"" + closest + "\"?"
				: "I did not understand \"" + message.text() + "\". Did you mean \"" + closest + "\"?";
		Activity reply = Replies.card(helpCard(message.scope(), message.locale(), message.text()));
		reply.setText(text);
		return reply;
	}

	static String closestCommand(String text, ConversationRecord.Kind scope, boolean dutch) {
		List<String> commands = switch (scope) {
			case PERSONAL -> dutch
					? List.of("nieuwe medewerker", "uitdienst", "functiewijziging", "status", "mijn tickets",
							"wat heeft", "controleer", "hr-bronnen", "hulp")
					: List.of("new starter", "new leaver", "role change", "status", "my tickets", "what does", "check",
							"hr sources", "help");
			case CHANNEL -> dutch ? List.of("koppel", "ontkoppel", "afdelingen", "controleer", "hulp")
					: List.of("link", "unlink", "departments", "check", "help");
			// a group chat has no channel to link and no forms: look-ups only
			case GROUP_CHAT -> dutch ? List.of("status", "wat heeft", "controleer", "hulp")
					: List.of("status", "what does", "check", "help");
		};
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
		ConversationRecord.Kind scope = switch (action.data().path("scope").asString("")) {
			case "channel" -> ConversationRecord.Kind.CHANNEL;
			case "group" -> ConversationRecord.Kind.GROUP_CHAT;
			default -> ConversationRecord.Kind.PERSONAL;
		};
		return new CardActionResult.Card(helpCard(scope, action.locale(), null));
	}

	private tools.jackson.databind.node.ObjectNode helpCard(ConversationRecord.Kind scope, java.util.Locale locale,
			String notUnderstood) {
		Map<String, Object> data = new LinkedHashMap<>(this.examples.data(locale));
		if (notUnderstood != null && !notUnderstood.isBlank()) {
			data.put("notUnderstood", notUnderstood);
		}
		CardName card = switch (scope) {
			case PERSONAL -> CardName.HELP_PERSONAL;
			case CHANNEL -> CardName.HELP_CHANNEL;
			case GROUP_CHAT -> CardName.HELP_GROUP;
		};
		return this.cards.render(card, data, locale);
	}

}
