package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A place, unit or school named before the person: a heading "Vestiging Hoorn Noord:",
 * "Front desk Amsterdam Zuid:", "Nieuwe collega Frontoffice Noord:", "Hal West
 * (nieuwbouw) -", "(Van Hall Larenstein)" in brackets, a unit in a job's brackets, an
 * agency after "via", a venue heading "Museum Arnhem:", a region a job is for ("for the
 * Baltic States, Eva Lind"). Its capitalised words are no one announced when a full name
 * follows or comes before.
 */
final class Headings {

	/** Words naming a place or unit of work in a heading. */
	private static final Pattern UNIT = Pattern.compile("(?iu)\\b(?:locatie|location|vestiging|filiaal|branch|desk|"
			+ "office|kantoor|hal|hall|loods|team|afdeling|department|winkel|store|shop|site|depot|magazijn|"
			+ "warehouse|werf|yard|balie|counter|station|airport|luchthaven|school|kliniek|clinic|ward|praktijk|"
			+ "campus|zaak|ticket office|werkplaats|workshop|"
			// venues: "Museum Arnhem:", "Bioscoop Venlo:", "Zoo Emmen —"
			+ "museum|cinema|bioscoop|brasserie|club|theatre|theater|hotel|zoo|dierentuin|restaurant|café|cafe|"
			+ "library|bibliotheek|"
			// compounds: "Frontoffice", "Klantenservice", "Buitendienst"
			+ "\\p{L}+(?:office|kantoor|service|loket|balie|desk|dienst))\\b|\\bloket\\b|"
			// a newcomer's heading: "Nieuwe collega Frontoffice Noord:"
			+ "\\b(?:nieuwe?|new|extra) (?:collega|colleague|kracht|medewerker|medewerkster|starter|joiner)s?\\b");

	/**
	 * A unit or chair in a job's brackets after a name: "Prof. Ida Holm (chair Organic
	 * Chemistry)", "(hoofd Klinische Farmacie)". Lower-case job words before it.
	 */
	private static final Pattern BRACKET_JOB = Pattern.compile("(?u)\\((?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3}$");

	private static final Pattern CLOSES = Pattern.compile("\\s*[),]");

	/**
	 * An agency or employer named as the way in: "via Flex Talent", "Through Blue
	 * Staffing we get".
	 */
	private static final Pattern AGENCY = Pattern.compile("(?iu)(?:\\bvia|\\bthrough)\\s+$");

	private static final Pattern AGENCY_OPENS = Pattern.compile("(?u)(?:Via|Through) \\p{Lu}");

	/** A place named by its workplace after it: "to the Leeds Central store". */
	private static final Pattern PLACE_BEFORE = Pattern.compile("(?iu)\\b(?:the|our|de|het|ons|onze)\\s+$");

	private static final Pattern PLACE_AFTER = Pattern.compile("(?iu)\\s+(?:store|shop|hotel|office|branch|site|"
			+ "market|depot|plant|warehouse|restaurant|café|cafe|winkel|vestiging|filiaal|kantoor)\\b");

	private static final Pattern HEADING_END = Pattern.compile("^\\s*(?:\\([^()\\n]{1,40}\\)\\s*)?[:\\-–—]");

	/**
	 * A region or market a job is for, the person apposed after it: "our account manager
	 * for the Baltic States, Eva Lind, moves".
	 */
	private static final Pattern FOR_THE = Pattern.compile("(?iu)\\b(?:for|voor)\\s+(?:the|de|het)\\s+$");

	private static final Pattern APPOSED = Pattern.compile("\\s*,\\s*");

	private static final Pattern IN_CLAUSE = Pattern.compile("[.!?:;]");

	private Headings() {
	}

	/** The names read without those of a heading or a school in brackets. */
	static List<AnnouncementParser.Span> without(String body, List<AnnouncementParser.Span> named) {
		if (named.size() < 2) {
			return named;
		}
		return named.stream()
			.filter(n -> !heading(body, n, named) && !school(body, n) && !inJobBrackets(body, n, named)
					&& !agency(body, n, named) && !place(body, n, named) && !region(body, n, named))
			.toList();
	}

	private static boolean inJobBrackets(String body, AnnouncementParser.Span n, List<AnnouncementParser.Span> named) {
		int open = body.lastIndexOf('(', n.start());
		return open >= 0 && BRACKET_JOB.matcher(body.substring(open, n.start())).find()
				&& CLOSES.matcher(body).region(n.end(), body.length()).lookingAt()
				&& named.stream().anyMatch(o -> o != n && o.end() <= open && open - o.end() <= 3);
	}

	private static boolean place(String body, AnnouncementParser.Span n, List<AnnouncementParser.Span> named) {
		return PLACE_AFTER.matcher(body).region(n.end(), body.length()).lookingAt()
				&& PLACE_BEFORE.matcher(body.substring(Math.max(0, n.start() - 8), n.start())).find()
				&& named.stream().anyMatch(o -> o != n && o.words() >= 2);
	}

	private static boolean region(String body, AnnouncementParser.Span n, List<AnnouncementParser.Span> named) {
		return FOR_THE.matcher(body.substring(Math.max(0, n.start() - 10), n.start())).find()
				&& APPOSED.matcher(body).region(n.end(), body.length()).lookingAt() && named.stream()
					.anyMatch(o -> o != n && o.words() >= 2 && o.start() > n.end() && o.start() - n.end() <= 3);
	}

	private static boolean agency(String body, AnnouncementParser.Span n, List<AnnouncementParser.Span> named) {
		boolean via = AGENCY.matcher(body.substring(Math.max(0, n.start() - 10), n.start())).find()
				|| AGENCY_OPENS.matcher(n.name()).lookingAt();
		return via && named.stream().anyMatch(o -> o != n && o.words() >= 2);
	}

	private static boolean heading(String body, AnnouncementParser.Span n, List<AnnouncementParser.Span> named) {
		int lineStart = body.lastIndexOf('\n', n.start()) + 1;
		String line = body.substring(lineStart, n.end());
		return !IN_CLAUSE.matcher(body.substring(lineStart, n.start())).find()
				&& HEADING_END.matcher(body.substring(n.end())).lookingAt() && UNIT.matcher(line).find()
				&& named.stream().anyMatch(o -> o.start() > n.end() && o.words() >= 2);
	}

	private static boolean school(String body, AnnouncementParser.Span n) {
		return body.substring(Math.max(0, n.start() - 5), n.start()).matches("\\([Vv]an ")
				&& body.startsWith(")", n.end());
	}

}
