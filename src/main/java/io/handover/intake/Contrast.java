package io.handover.intake;

import java.util.regex.Pattern;

/**
 * Where or as what someone works, set against the old: "works at the Bristol branch
 * instead of Bath", "werkt bij ons als planner in plaats van als chauffeur", "werkt in de
 * apotheek in Doetinchem i.p.v. Zutphen". Such a person works here already: a move, even
 * where "werkt … bij ons als" reads like a start. A date or hours set against others ("11
 * januari i.p.v. 4 januari", "24 uur i.p.v. 32") is no move, and neither is a starter who
 * comes instead of someone.
 */
final class Contrast {

	/** The contrast word first (cheap to look for), the working verb before it. */
	private static final Pattern SAID = Pattern.compile("(?iu)\\b(?:in plaats van|instead of|i\\.p\\.v\\.?|ipv)"
			+ "(?<=\\b(?:works?|working|werkt|werken|staat|stands|zit)\\b[^.;!?\\n]{0,80}?\\b"
			+ "(?:in plaats van|instead of|i\\.p\\.v\\.?|ipv))\\s+(?!(?:\\d|(?:de|the|een|a|an)\\s+\\d|"
			+ "(?:maan|dins|woens|donder|vrij|zater|zon)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morgen|"
			+ "tomorrow|vandaag|today|next|volgende|uren|uur|hours|dagen|days)\\b)"
			+ "(?:(?:als|as|bij|in|at|op|on|the|de|het|ons|our|onze)\\b|(?-i:\\p{Lu}\\p{Ll}+)\\s*(?:[.,;!?]|$))");

	private Contrast() {
	}

	/** Whether the part sets the place or job worked in against the old one. */
	static boolean said(String body, int from, int to) {
		return SAID.matcher(body).region(from, to).find();
	}

}
