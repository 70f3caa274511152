package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place, unit or school named before the person: a heading "Vestiging Hoorn Noord:",
 * "Front desk Amsterdam Zuid:", "Nieuwe collega Frontoffice Noord:", "Hal West
 * (nieuwbouw) -", "(Van Hall Larenstein)" in brackets, a unit in a job's brackets, an
 * agency after "via", a venue heading "Museum Arnhem:", a region a job is for ("for the
 * Baltic States, Eva Lind", "for the West Midlands trade, Priya Shah"), a subject a chair
 * is of ("as Chair of Criminal Justice"), the writer's venue ("Zwembad De Vennen hier!"),
 * a branch ("Branch Hexham closes"). Its capitalised words are no one announced when a
 * full name follows or comes before.
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
	 * Words in the brackets after a name that make a name inside them a person of their
	 * own: "(vervangt Eva Dijk)", "(with Tom Reed)", "(his buddy, …)".
	 */
	private static final Pattern BRACKET_PERSON = Pattern
		.compile("(?iu)\\b(?:vervang\\p{L}*|replac\\p{L}*|cover\\p{L}*|successor|opvolg\\p{L}*|predecessor|voorganger|"
				+ "and|en|with|met|samen|buddy|mentor|manager|leidinggevende|begeleider|née|geboren|zie|see|cc)\\b|&");

	/**
	 * A title whose subject or unit is named after it: "Chair of Criminal Justice", "Head
	 * of Early Music", "hoofd van de Technische Dienst".
	 */
	private static final Pattern TITLE_OF = Pattern.compile("(?iu)\\b(?:chair|professor|prof\\.?|head|hoofd|dean|"
			+ "decaan|director|directeur|lecturer|reader|lector|hoogleraar|docent|teacher|leraar|chef|manager|"
			+ "co[oö]rdinator|lead)\\s+(?:of|in|van)\\s+(?:the\\s+|de\\s+|het\\s+)?$");

	/**
	 * A place a job is of, named after it: "de nieuwe koster van de Grote Kerk is …",
	 * "the manager of the Grand Hotel".
	 */
	private static final Pattern JOB_OF_THE = Pattern.compile("(?u)\\p{Ll}\\s+(?:of|van)\\s+(?:the|de|het)\\s+$");

	/**
	 * The writer or their venue opening a line: "Zwembad De Vennen hier!", "Anna here
	 * 👋".
	 */
	private static final Pattern HERE = Pattern
		.compile("(?iu)^\\s+(?:hier|here)\\b(?!\\s+(?:is|zijn|are|at|bij|in|op|from|van|en|and)\\b)");

	/**
	 * A venue or branch named by its noun first: "Branch Hexham closes", "Museum Het
	 * Valkhof".
	 */
	private static final Pattern VENUE_FIRST = Pattern.compile("(?iu)^(?:filiaal|branch|vestiging|store|shop|depot|"
			+ "museum|hotel|restaurant|bioscoop|cinema|theater|theatre|zwembad|sportschool|school|kliniek|clinic|"
			+ "praktijk|library|bibliotheek|campus|werkplaats|magazijn|warehouse|site|locatie|location|kantoor|office|"
			+ "ziekenhuis|hospital|zorgcentrum|woonzorgcentrum)\\b");

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

	/** The person apposed after a region, its trade or market said: ", ", " trade, ". */
	private static final Pattern APPOSED = Pattern
		.compile("(?iu)\\s*(?:\\s(?:trade|market|markt|region|regio|area|territory|patch|accounts?))?\\s*,\\s*");

	private static final Pattern IN_CLAUSE = Pattern.compile("[.!?:;]");

	/** A heading saying new people follow in a list: "Two new drivers for …:". */
	private static final Pattern NEW_LIST = Pattern.compile("(?iu)\\b(?:" + ListItems.NEW_HEADING + ")");

	/** The word a place, firm or unit is named after in such a heading. */
	private static final Pattern FOR_PLACE = Pattern.compile("(?iu)\\b(?:for|voor|at|bij|in|op|of|van)\\s+$");

	private Headings() {
	}

	/** The names read without those of a heading or a school in brackets. */
	static List<AnnouncementParser.Span> without(String body, List<AnnouncementParser.Span> named) {
		if (named.size() < 2) {
			return named;
		}
		return named.stream()
			.filter(n -> !heading(body, n, named) && !school(body, n) && !inBrackets(body, n, named)
					&& !agency(body, n, named) && !place(body, n, named) && !region(body, n, named)
					&& !inNewList(body, n, named)
					&& !(titleOf(body, n) || speaking(body, n) || VENUE_FIRST.matcher(n.name()).find()
							|| JOB_OF_THE.matcher(body.substring(Math.max(0, n.start() - 12), n.start())).find())
					|| named.stream().noneMatch(o -> o != n && o.words() >= 2))
			.toList();
	}

	/**
	 * A unit, title or chair in the brackets after a person's name, with more said there:
	 * "(monteur Scania Werkplaats Oost)", "(care worker, Rose Garden House)", "(Senior
	 * Category Buyer, Iberian market)". A name alone in them ("Depot Zwolle (Ria Veen)")
	 * or one said to replace or go with them stays a person.
	 */
	private static boolean inBrackets(String body, AnnouncementParser.Span n, List<AnnouncementParser.Span> named) {
		int open = body.lastIndexOf('(', n.start());
		int close = body.indexOf(')', n.end());
		if (open < 0 || close < 0 || close - open > 80) {
			return false;
		}
		String inside = body.substring(open + 1, n.start());
		String rest = body.substring(n.end(), close);
		if (inside.contains(")") || inside.contains("\n") || rest.contains("(") || rest.contains("\n")
				|| BRACKET_PERSON.matcher(inside).find() || inside.isBlank() && rest.isBlank()) {
			return false;
		}
		return named.stream()
			.anyMatch(o -> o != n && o.words() >= 2 && o.end() <= open && open - o.end() <= 3
					&& !UNIT.matcher(o.name()).find() && !VENUE_FIRST.matcher(o.name()).find());
	}

	private static boolean titleOf(String body, AnnouncementParser.Span n) {
		return TITLE_OF.matcher(body.substring(Math.max(0, n.start() - 25), n.start())).find();
	}

	private static boolean speaking(String body, AnnouncementParser.Span n) {
		int lineStart = body.lastIndexOf('\n', n.start()) + 1;
		return body.substring(lineStart, n.start()).isBlank()
				&& HERE.matcher(body).region(n.end(), body.length()).lookingAt();
	}

	private static boolean place(String body, AnnouncementParser.Span n, List<AnnouncementParser.Span> named) {
		return PLACE_AFTER.matcher(body).region(n.end(), body.length()).lookingAt()
				&& PLACE_BEFORE.matcher(body.substring(Math.max(0, n.start() - 8), n.start())).find()
				&& named.stream().anyMatch(o -> o != n && o.words() >= 2);
	}

	private static boolean region(String body, AnnouncementParser.Span n, List<AnnouncementParser.Span> named) {
		Matcher apposed = APPOSED.matcher(body).region(n.end(), body.length());
		return FOR_THE.matcher(body.substring(Math.max(0, n.start() - 10), n.start())).find() && apposed.lookingAt()
				&& named.stream().anyMatch(o -> o != n && o.words() >= 2 && o.start() == apposed.end());
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

	/**
	 * A place, firm or unit in the heading over a list of new people: "Two new car
	 * salesmen for Autohaus Lingen from 4/1: A and B".
	 */
	private static boolean inNewList(String body, AnnouncementParser.Span n, List<AnnouncementParser.Span> named) {
		int colon = body.indexOf(':', n.end());
		if (colon < 0 || IN_CLAUSE.matcher(body.substring(n.end(), colon)).find()
				|| body.indexOf('\n', n.end()) >= 0 && body.indexOf('\n', n.end()) < colon
				|| !FOR_PLACE.matcher(body.substring(Math.max(0, n.start() - 6), n.start())).find()) {
			return false;
		}
		int start = n.start();
		while (start > 0 && ".!?;\n".indexOf(body.charAt(start - 1)) < 0) {
			start--;
		}
		Matcher heading = NEW_LIST.matcher(body).region(start, body.length());
		return heading.find() && heading.start() < n.start()
				&& named.stream()
					.anyMatch(o -> o.start() > colon && o.words() >= 2
							&& !IN_CLAUSE.matcher(body.substring(colon + 1, o.start())).find());
	}

	private static boolean school(String body, AnnouncementParser.Span n) {
		return body.substring(Math.max(0, n.start() - 5), n.start()).matches("\\([Vv]an ")
				&& body.startsWith(")", n.end());
	}

}
