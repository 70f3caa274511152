package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place that closes, its staff moved: "Filiaal Zwolle sluit op 31 maart; Anna Bos en
 * Piet Kok gaan per 1 april naar Deventer", "Branch Leeds closes on 31 March, staff move
 * to York from 1 April: …", "Reisbureau Leiden sluit; …". The closing is the place's
 * event, not a person's: its date is no one's date when the people's own is said (taken
 * as theirs it would be a silently wrong day), its name is no one announced, and people
 * sent from it to another place move.
 */
final class ClosingPlace {

	/** Nouns of a place that closes. */
	private static final String PLACES = "branch|filiaal|vestiging|winkel|store|shop|office|kantoor|locatie|location|"
			+ "site|depot|afdeling|department|team|magazijn|warehouse|werkplaats|workshop|restaurant|hotel|\\p{L}*bureau|"
			// a place open to the public, closed for a day: "the theatre is closed
			// tonight"
			+ "theatre|theater|museum|school|clinic|kliniek|praktijk|practice|salon|library|bibliotheek|zwembad|pool|"
			+ "gym|stadium|stadion|bakery|bakkerij|garage|kantine|canteen|building|gebouw|zaak|balie|front desk|club|"
			+ "clubhouse|clubhuis|centre|center|centrum|venue|church|kerk|café|cafe|pub|bar|kitchen|keuken|reception|"
			+ "receptie|park|zoo|dierentuin";

	/** A place's closing verb, said of the place (intransitive, see {@link #REST}). */
	private static final Pattern CLOSES = Pattern.compile("(?iu)\\b(?:closes|closing|will close|to close|"
			+ "shuts(?: down)?|is shutting(?: down)?|will shut(?: down)?|sluit|sluiten|gaat dicht|gaan dicht|"
			// split by a date: "gaat per 28 februari dicht", "wordt per 1 februari
			// opgeheven"
			+ "(?:gaat|gaan)(?:\\s+[\\p{L}\\d./-]+){0,5}?\\s+(?:dicht|sluiten)|"
			+ "(?:wordt|worden|is)(?:\\s+[\\p{L}\\d./-]+){0,5}?\\s+(?:gesloten|opgeheven)|"
			// closed for a day or an evening: "is closed tonight", "blijft vandaag dicht"
			+ "(?:is|are|will be|stays|remains|blijft|blijven)\\s+(?:closed|shut|dicht|gesloten)|"
			+ "(?:blijft|blijven)(?:\\s+[\\p{L}\\d./-]+){1,3}?\\s+(?:dicht|gesloten))\\b");

	/**
	 * What may stand in the closing's clause beside the place, its date and the verb:
	 * "closes its doors for good on", "sluit helaas definitief de deuren per". Anything
	 * else makes the verb another's: "Anna sluit de winkel af", "Tom closes the till",
	 * "sluit zich aan bij".
	 */
	private static final Pattern REST = Pattern.compile("(?iu)(?:\\s|,|\\b(?:on|op|per|from|vanaf|as of|its|zijn|haar|"
			+ "doors|deuren|de|het|the|definitief|permanently|for good|down|helaas|unfortunately|sadly|already|al|"
			+ "then|dan|officially|officieel|at|end|of|eind|einde|van|na|after|will|zal|is|wordt|our|onze|ons|in|"
			+ PLACES + "))*");

	/** Where a clause ends: punctuation, or "and", "but" joining the next one. */
	private static final Pattern CLAUSE_END = Pattern.compile("(?iu)[,.;:!?\\n]|\\b(?:and|en|but|maar|so|dus)\\b");

	private ClosingPlace() {
	}

	/**
	 * The dates that are people's: those outside a place's closing clause, when any is
	 * said; all of them when the closing gives the only date ("closes on 31 March; Ann
	 * and Tom leave us then").
	 */
	static List<DateWords.Mention> peoplesDates(String body, List<DateWords.Mention> dates) {
		List<DateWords.Mention> others = dates.stream().filter(d -> closing(body, dates, d.start()) == null).toList();
		return others.isEmpty() ? dates : others;
	}

	/** The names read without a closing place's: "Reisbureau Leiden sluit". */
	static List<AnnouncementParser.Span> withoutClosed(String body, List<DateWords.Mention> dates,
			List<AnnouncementParser.Span> named) {
		return named.stream()
			.filter(n -> !closed(body, dates, n) || named.stream().noneMatch(o -> o != n && o.words() >= 2))
			.toList();
	}

	/** Whether a place's closing is said anywhere in the message. */
	static boolean said(String body, List<DateWords.Mention> dates) {
		Matcher verb = CLOSES.matcher(body);
		while (verb.find()) {
			if (clause(body, dates, verb) != null) {
				return true;
			}
		}
		return false;
	}

	private static boolean closed(String body, List<DateWords.Mention> dates, AnnouncementParser.Span n) {
		Matcher verb = CLOSES.matcher(body);
		while (verb.find()) {
			if (verb.start() >= n.end() && body.substring(n.end(), verb.start()).isBlank()
					&& clause(body, dates, verb) != null) {
				return true;
			}
		}
		return false;
	}

	/** The closing clause a position lies in, or null. */
	private static int[] closing(String body, List<DateWords.Mention> dates, int at) {
		Matcher verb = CLOSES.matcher(body);
		while (verb.find()) {
			int[] clause = clause(body, dates, verb);
			if (clause != null && clause[0] <= at && at < clause[1]) {
				return clause;
			}
		}
		return null;
	}

	/**
	 * The clause of a closing verb when it is said of a place: before the verb a
	 * capitalised name or a place noun, after it only dates and {@link #REST}.
	 */
	private static int[] clause(String body, List<DateWords.Mention> dates, Matcher verb) {
		int start = verb.start();
		while (start > 0 && !endsClause(body, dates, start - 1)) {
			start--;
		}
		int end = verb.end();
		while (end < body.length() && !endsClause(body, dates, end)) {
			end++;
		}
		String before = blanked(body, dates, start, verb.start()).strip();
		String after = blanked(body, dates, verb.end(), end);
		String subject = before.replaceFirst("(?iu)\\s+(?:is|are|will|wordt|worden|zal)$", "");
		boolean place = subject
			.matches("(?iu)(?:(?:our|onze|ons|the|de|het)\\s+)?(?-i:\\p{Lu})[\\p{L}'’&-]*"
					+ "(?:\\s+(?:(?:in|van|of|at|aan|on|de|den|der)\\s+)?(?-i:\\p{Lu})[\\p{L}'’&-]*){0,4}")
				|| subject.matches(
						"(?iu)(?:.{0,40}\\s)?(?:" + PLACES + ")(?:\\s+(?:in|van|of|at)?\\s*(?-i:\\p{Lu})[\\p{L}-]*)*");
		// Dutch puts the place after the verb: "Per 31 maart sluit onze vestiging in
		// Zwolle"
		boolean placeAfter = after.matches("(?iu)\\s*(?:(?:onze|ons|de|het|our|the)\\s+)?(?:" + PLACES + ")\\b.*");
		if (!(place || placeAfter) || !REST.matcher(after).matches()
				&& !(placeAfter && REST.matcher(after.replaceAll("(?u)\\b\\p{Lu}[\\p{L}-]*", " ")).matches())) {
			return null;
		}
		return new int[] { start, end };
	}

	/**
	 * A clause's end outside a date's words ("31.12.", "4/1", "Monday, 4 January" stay
	 * whole).
	 */
	private static boolean endsClause(String body, List<DateWords.Mention> dates, int at) {
		if (dates.stream().anyMatch(d -> d.start() <= at && at < d.end())) {
			return false;
		}
		Matcher end = CLAUSE_END.matcher(body).region(at, body.length());
		return end.lookingAt() && (end.group().length() == 1 || at == 0 || !Character.isLetter(body.charAt(at - 1)));
	}

	/** The text with its dates blanked. */
	private static String blanked(String body, List<DateWords.Mention> dates, int from, int to) {
		StringBuilder text = new StringBuilder(body.substring(from, to));
		for (DateWords.Mention d : dates) {
			for (int i = Math.max(from, d.start()); i < Math.min(to, d.end()); i++) {
				text.setCharAt(i - from, ' ');
			}
		}
		return text.toString();
	}

}
