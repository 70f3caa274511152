package io.handover.teams;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;
import io.handover.cards.CardName;
import io.handover.cards.Cards;
import io.handover.common.Refusal;
import org.springframework.stereotype.Component;

/**
 * The short cards the bot answers with when there is no form or ticket to show: a
 * message, or a refusal that says why and that nothing changed.
 */
@Component
class Notices {

	private final Cards cards;

	Notices(Cards cards) {
		this.cards = cards;
	}

	ObjectNode message(String title, String text, String style, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		if (title != null) {
			data.put("title", title);
		}
		if (text != null) {
			data.put("text", text);
		}
		data.put("style", style);
		return this.cards.render(CardName.MESSAGE, data, locale);
	}

	/**
	 * A message with buttons, each running a command as if typed ("did you mean Jan
	 * Bakker?").
	 * @param choices button title → the command it runs
	 */
	ObjectNode message(String title, String text, String style, Map<String, String> choices, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("title", title);
		data.put("text", text);
		data.put("style", style);
		data.put("choices",
				choices.entrySet()
					.stream()
					.map(choice -> Map.of("title", choice.getKey(), "text", choice.getValue()))
					.toList());
		return this.cards.render(CardName.MESSAGE, data, locale);
	}

	/** The answer to a ticket key that names no ticket. */
	ObjectNode noSuchTicket(String key, Locale locale) {
		return message(say(locale, "No such ticket", "Onbekend ticket"),
				say(locale, "There is no ticket " + key + ".", "Er is geen ticket " + key + "."), "attention", locale);
	}

	ObjectNode refusal(String reason, Locale locale) {
		return this.cards.render(CardName.REFUSAL, Map.of("reason", reason), locale);
	}

	ObjectNode refusal(Refusal refusal, Locale locale) {
		return refusal(refusal.getMessage(), locale);
	}

	/** A command typed outside the personal chat: where to type it instead. */
	ObjectNode inPersonalChat(String english, String dutch, Locale locale) {
		return message(say(locale, "In a personal chat", "In een persoonlijke chat"), say(locale, english, dutch),
				"accent", locale);
	}

	/**
	 * The language of a command's answer: the verb written decides ("annuleer …" Dutch,
	 * "cancel …" English), not the Teams client.
	 */
	static Locale writtenIn(String command, String dutchVerb) {
		return command.strip().toLowerCase(Locale.ROOT).startsWith(dutchVerb) ? Locale.forLanguageTag("nl-NL")
				: Locale.ENGLISH;
	}

	static String say(Locale locale, String english, String dutch) {
		return Messages.dutch(locale) ? dutch : english;
	}

}
