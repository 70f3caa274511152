package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A leaving said of a predecessor named by first name with a relative clause: "Vanaf 4
 * januari neemt Ruben Hoekstra de kantine over; Marja, die dat twintig jaar deed, gaat
 * met pensioen", "Kevin Marsh takes over the stockroom; Lucy, who ran it for years, is
 * retiring." The leaving is hers, not the one named before: without her surname no one is
 * read for it. So too a predecessor not named at all: "…; the one before her died in
 * November".
 */
final class PredecessorsClause {

	/**
	 * A new clause opened by a first name alone and a relative clause set off by commas.
	 */
	private static final Pattern OF_A_FIRST_NAME = Pattern.compile(
			"(?u)[;.]\\s*\\p{Lu}\\p{Ll}+,\\s+(?i:die|dat|who|which)\\s[^,;.!?\\n]{1,60},\\s*(?:\\p{L}+\\s+){0,3}$");

	/**
	 * A new clause opened by a predecessor not named: "…; the one before her died in
	 * November", "…, zijn voorganger gaat met pensioen". The leaving is theirs; one named
	 * after it ("haar voorganger Richard Bakker stopt") is news of their own.
	 */
	private static final Pattern OF_ONE_UNNAMED = Pattern.compile("(?iu)[;.,]\\s*(?:(?:and|but|en|maar)\\s+)?"
			+ "(?:the one before (?:her|him|them)|(?:her|his|their|zijn|haar|hun) (?:predecessor|voorganger|voorgangster)|"
			+ "(?:the previous|the former|de vorige) \\p{L}+)\\s+(?-i:(?:\\p{Ll}+\\s+){0,2})$");

	private PredecessorsClause() {
	}

	/** The intents read, without the leaving told of such a predecessor. */
	static List<IntentMatch> without(String body, List<IntentMatch> intents) {
		return intents.stream()
			.filter(i -> i.kind() != Announcement.Kind.LEAVER
					|| !OF_A_FIRST_NAME.matcher(body.substring(Math.max(0, i.start() - 90), i.start())).find()
							&& !OF_ONE_UNNAMED.matcher(body.substring(Math.max(0, i.start() - 60), i.start())).find())
			.toList();
	}

}
