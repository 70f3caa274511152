package io.handover.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thanks for work already done for someone: "Thanks for setting up Chloe's laptop so
 * fast, she's really happy with it!", "Bedankt voor het klaarzetten van de telefoon van
 * Daan". The starter's words in it (a laptop set up) are done, not asked, so no one is
 * announced; news said beside the thanks ("… Also, Ben starts Monday") still is.
 */
final class ThanksForWorkDone {

	/** A sentence opening with thanks for something. */
	private static final Pattern THANKS_FOR = Pattern.compile("(?iu)^\\W*(?:hi|hoi|hey|hallo|dag)?\\W*"
			+ "(?:thanks|thank you|many thanks|thx|bedankt|dank ?je(?: wel)?|dank ?u(?: wel)?|merci)"
			+ "(?: (?:so much|a lot|again|heel erg|heel hartelijk|hartelijk|alvast|nogmaals|wel))*,? (?:for|voor)\\b");

	/** A sentence with what ends it. */
	private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");

	private ThanksForWorkDone() {
	}

	/**
	 * Whether every word of a start, move or leave stands in a sentence of thanks and no
	 * day to come is said anywhere.
	 */
	static boolean ofTheMessage(String body, List<DateWords.Mention> dates, LocalDate today) {
		if (dates.stream().anyMatch(d -> d.date() != null && !d.date().isBefore(today))) {
			return false;
		}
		// thanks first: without them the lexicon, the reading's dearest pass, is not run
		if (SENTENCE.matcher(body).results().noneMatch(sentence -> THANKS_FOR.matcher(sentence.group()).lookingAt())) {
			return false;
		}
		List<IntentMatch> intents = IntentLexicon.find(body.toLowerCase(Locale.ROOT));
		boolean thanked = false;
		Matcher sentence = SENTENCE.matcher(body);
		while (sentence.find()) {
			int from = sentence.start();
			int to = sentence.end();
			if (THANKS_FOR.matcher(sentence.group()).lookingAt()) {
				thanked = true;
			}
			else if (intents.stream().anyMatch(i -> i.start() < to && i.end() > from)) {
				return false;
			}
		}
		return thanked;
	}

}
