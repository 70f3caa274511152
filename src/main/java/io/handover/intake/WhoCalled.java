package io.handover.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A message passing on a call or a mail from someone named, with no word of a start, move
 * or leave: "Mevrouw Jansen belde, ze wil haar afspraak verzetten", "Mr Patel phoned
 * about his order". The caller is a customer or a contact, no one announced.
 */
final class WhoCalled {

	/** The verb of a call or a mail right after the name. */
	private static final Pattern CALLED = Pattern.compile("(?iu)^\\s*(?:(?:heeft|has|had) (?:net |just |even )?)?"
			+ "(?:just )?(?:belde|gebeld|called|phoned|rang|mailde|gemaild|emailed|e-mailed|appte|texted)\\b");

	private WhoCalled() {
	}

	static boolean ofTheMessage(String body, List<AnnouncementParser.Span> found) {
		// the call's verb first: it is rare, the lexicon is the reading's dearest pass
		return !found.isEmpty() && CALLED.matcher(body.substring(found.get(0).end())).lookingAt()
				&& IntentLexicon.find(body.toLowerCase(Locale.ROOT)).isEmpty();
	}

}
