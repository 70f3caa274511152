package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one whose team, crew or shift a newcomer or mover joins, or under whom they come to
 * work: "draait mee in de ploeg van Jorrit Hendriks", "joins Tom Becker's crew", "komt
 * onder Kees Verbeek te werken", "bij Sofie Maes in het team". Naming them only says
 * where the announced person goes; they get no form, unless a clause of their own follows
 * ("…, who retires in March").
 */
final class WhoseTeam {

	private static final String TITLE = "(?:(?:mr|mrs|ms|dr|dhr|mevr|mevrouw|meneer)\\.?\\s+)?";

	/** The group before the name: "de ploeg van", "the team of", "onder", "led by". */
	private static final Pattern GROUP_OF = Pattern.compile("(?iu)\\b(?:(?:team|ploeg|groep|crew|shift|group|squad)"
			+ "\\s+(?:van|of)|onder leiding van|led by|run by|onder|under)\\s+" + TITLE + "$");

	/** The group after the name: "Tom Becker's crew", "Daniel Cho's night shift". */
	private static final Pattern OWNERS = Pattern.compile("(?iu)^['’]s?\\s+(?:(?:new|own|night|day|late|early|"
			+ "evening|weekend)\\s+)?(?:team|crew|shift|group|squad|ploeg)\\b");

	/** Joined at the person's: "bij Sofie Maes in het team", "bij Kees in de ploeg". */
	private static final Pattern AT = Pattern.compile("(?iu)\\bbij\\s+" + TITLE + "$");

	private static final Pattern IN_THE_GROUP = Pattern
		.compile("(?iu)^\\s+in\\s+(?:het|de|zijn|haar)\\s+(?:team|ploeg|groep)\\b");

	/** A clause of their own: "…, who retires in March", "…, die met pensioen gaat". */
	private static final Pattern OWN_CLAUSE = Pattern.compile("(?iu)^['’]?s?\\s*,?\\s*(?:who|die)\\b");

	/**
	 * The team taken over, not joined: "neemt de ploeg van Kees Mol over", "takes over
	 * the team of Kees Mol" ({@link TakenOverFrom}).
	 */
	private static final Pattern TAKEN_OVER = Pattern
		.compile("(?iu)^\\s+over\\b|\\bover\\s+(?:the\\s+)?\\p{L}+\\s+of\\s+$");

	private WhoseTeam() {
	}

	/** The names found, without those whose team is joined. */
	static List<AnnouncementParser.Span> without(String body, List<AnnouncementParser.Span> found) {
		return found.stream().filter(name -> !leadsTheTeam(body, name)).toList();
	}

	private static boolean leadsTheTeam(String body, AnnouncementParser.Span name) {
		String before = body.substring(Math.max(0, name.start() - 40), name.start());
		// the span may hold the possessive: "Tom Becker's"
		int end = body.startsWith("'s", name.end() - 2) || body.startsWith("’s", name.end() - 2) ? name.end() - 2
				: name.end();
		String after = body.substring(end, Math.min(body.length(), end + 40));
		if (OWN_CLAUSE.matcher(after).lookingAt() || TAKEN_OVER.matcher(after).lookingAt()
				|| TAKEN_OVER.matcher(before).find()) {
			return false;
		}
		return GROUP_OF.matcher(before).find() || OWNERS.matcher(after).lookingAt()
				|| AT.matcher(before).find() && IN_THE_GROUP.matcher(after).lookingAt();
	}

}
