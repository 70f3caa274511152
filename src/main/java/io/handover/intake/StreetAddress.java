package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A street address is no one announced: "starting 4 January at 12 Church Street, Leeds",
 * "op de Kerkstraat 12". Read as a person, the street took the starter's date and got a
 * form of its own while the real starter was left without one.
 */
final class StreetAddress {

	/** English street nouns that end an address and hardly ever a name. */
	private static final Pattern STREET = Pattern.compile("(?iu)\\s(?:street|road|avenue|boulevard)$");

	/** Any street's last word, Dutch compounds too: "Kerkstraat", "Stationsweg". */
	private static final Pattern ANY_STREET = Pattern.compile("(?iu)(?:\\s(?:street|road|lane|avenue|drive|"
			+ "crescent|terrace|boulevard)|\\p{L}{3}(?:straat|weg|laan|plein|gracht|kade|singel|dijk|steeg|markt))$");

	/** A house number next to it: "12 Church Street", "Kerkstraat 12a". */
	private static final Pattern NUMBER_BEFORE = Pattern.compile("(?<![\\d/.-])\\d{1,4}[a-zA-Z]?\\s+$");

	private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s+\\d{1,4}(?:[a-zA-Z]|-\\d+)?\\b");

	private StreetAddress() {
	}

	/** The names read without the streets among them. */
	static List<AnnouncementParser.Span> without(String body, List<AnnouncementParser.Span> named) {
		return named.stream().filter(n -> !street(body, n)).toList();
	}

	private static boolean street(String body, AnnouncementParser.Span n) {
		String name = n.name();
		if (n.words() >= 2 && STREET.matcher(name).find()) {
			return true;
		}
		boolean numbered = NUMBER_BEFORE.matcher(body.substring(Math.max(0, n.start() - 8), n.start())).find()
				|| NUMBER_AFTER.matcher(body.substring(n.end(), Math.min(body.length(), n.end() + 8))).find();
		return numbered && ANY_STREET.matcher(name).find();
	}

}
