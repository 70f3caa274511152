package io.handover.intake;

import java.util.regex.Pattern;

/**
 * Work taken over from someone named: "neemt vanaf 1 januari de planning over van Gerben
 * Mol", "neemt de dossiers van Bart Janssens over", "takes over the rota from Claire
 * Adams". The one it is taken from announces nothing unless their own leaving is said
 * ("…, die op 29 januari met pensioen gaat", "Erik Post vertrekt op 26 februari"); the
 * one taking it over is weakly a mover, as when a role is taken over: a starter's own
 * words ("Our new hire", "is nieuw bij ons") outweigh it.
 */
final class TakenOverFrom {

	private static final String WORD = "[\\p{L}\\d'’-]+";

	/**
	 * The taking over, as an intent word, in Dutch: "neemt … de planning over van". Said
	 * in English ("takes over the rota from") it is read by the starter's or mover's
	 * other words.
	 */
	static final String TAKES = "(?:neemt|nemen|nam|namen)(?: " + WORD + "){0,6}? (?:de|het|zijn|haar|hun) "
			+ "\\p{Ll}[\\p{L}-]*(?: \\p{Ll}[\\p{L}-]*){0,2}? over van";

	/**
	 * Right before the name taken from: "de planning over van", "takes over the rota
	 * from", "takes over the team of".
	 */
	private static final Pattern BEFORE = Pattern.compile("(?iu)(?:\\b(?:neemt|nemen|nam|namen)\\b[^.;!?\\n]{0,60}?"
			+ "\\bover van|\\b(?:overneemt|overnemen|overgenomen) van|(?:take|takes|taking|took|will take) over "
			+ "(?:the|his|her|their|all|our) (?:\\p{Ll}[\\p{L}-]*\\s+){1,3}(?:from|of)|\\b(?:neemt|nemen|nam|namen)\\b"
			+ "[^.;!?\\n]{0,50}\\b(?:de|het) \\p{Ll}[\\p{L}-]*\\s+van)\\s+$");

	/** Dutch, the taking over said after the name: "… van Bart Janssens over". */
	private static final Pattern OVER_AFTER = Pattern.compile("(?iu)^\\s+over\\b");

	/** A clause of their own: "…, die op 29 januari met pensioen gaat". */
	private static final Pattern OWN_CLAUSE = Pattern.compile("(?iu)^\\s*,?\\s*(?:who|die)\\b");

	private TakenOverFrom() {
	}

	/**
	 * Whether the name is the one the work is taken over from, with nothing of their own.
	 */
	static boolean from(String body, AnnouncementParser.Span name) {
		String before = body.substring(Math.max(0, name.start() - 80), name.start());
		String after = body.substring(name.end(), Math.min(body.length(), name.end() + 30));
		if (OWN_CLAUSE.matcher(after).lookingAt()) {
			return false;
		}
		java.util.regex.Matcher taking = BEFORE.matcher(before);
		if (!taking.find()) {
			return false;
		}
		// "neemt … de dossiers van Bart Janssens over": only with "over" after the name
		boolean split = !taking.group().toLowerCase(java.util.Locale.ROOT).contains("over");
		return !split || OVER_AFTER.matcher(after).lookingAt();
	}

}
