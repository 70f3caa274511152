package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A place, unit or school named before the person: a heading "Vestiging Hoorn Noord:",
 * "Front desk Amsterdam Zuid:", "Hal West (nieuwbouw) -", or "(Van Hall Larenstein)" in
 * brackets. Its capitalised words are no one announced when a full name follows.
 */
final class Headings {

	/** Words naming a place or unit of work in a heading. */
	private static final Pattern UNIT = Pattern.compile("(?iu)\\b(?:locatie|location|vestiging|filiaal|branch|desk|"
			+ "office|kantoor|hal|hall|loods|team|afdeling|department|winkel|store|shop|site|depot|magazijn|"
			+ "warehouse|werf|yard|balie|counter|station|airport|luchthaven|school|kliniek|clinic|ward|praktijk|"
			+ "campus|zaak|ticket office|werkplaats|workshop)\\b");

	private static final Pattern HEADING_END = Pattern.compile("^\\s*(?:\\([^()\\n]{1,40}\\)\\s*)?[:\\-–]");

	private static final Pattern IN_CLAUSE = Pattern.compile("[.!?:;]");

	private Headings() {
	}

	/** The names read without those of a heading or a school in brackets. */
	static List<AnnouncementParser.Span> without(String body, List<AnnouncementParser.Span> named) {
		if (named.size() < 2) {
			return named;
		}
		return named.stream().filter(n -> !heading(body, n, named) && !school(body, n)).toList();
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
