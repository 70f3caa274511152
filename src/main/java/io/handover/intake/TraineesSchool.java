package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The school or college trainees come from: "twee stagiaires van het Clusius", "de
 * stagiairs van Thomas More", "interns from Windesheim", "the Hogeschool Utrecht
 * trainees". It names no one; a question whether they need an account announces no one.
 */
final class TraineesSchool {

	private static final String TRAINEES = "(?:stagiair(?:e|s|es)?|stagiaire?s|interns?|trainees?|students?|"
			+ "studenten|leerlingen|scholieren|bbl['’]ers|werkstudenten|apprentices)";

	/** The group right before the school: "stagiaires van het", "interns from". */
	private static final Pattern BEFORE = Pattern
		.compile("(?iu)\\b" + TRAINEES + "\\s+(?:van|uit|from|of|at)\\s+(?:(?:het|de|the)\\s+)?$");

	/** The group right after it: "the Hogeschool Utrecht trainees". */
	private static final Pattern AFTER = Pattern.compile("(?iu)^['’]?s?\\s+" + TRAINEES + "\\b");

	/** Trainees as a group: "er komen weer stagiaires", "do the interns need …". */
	private static final Pattern GROUP = Pattern.compile(
			"(?iu)\\b(?:stagiaires|stagiairs|interns|trainees|studenten|" + "students|werkstudenten|apprentices)\\b");

	private TraineesSchool() {
	}

	/**
	 * Whether trainees are spoken of as a group: asked about with no one named, like a
	 * vacancy ({@link Question}), they announce no one.
	 */
	static boolean groupSaid(String body) {
		return GROUP.matcher(body).find();
	}

	/** The names found, without the schools trainees come from. */
	static List<AnnouncementParser.Span> without(String body, List<AnnouncementParser.Span> found) {
		return found.stream().filter(name -> !school(body, name)).toList();
	}

	private static boolean school(String body, AnnouncementParser.Span name) {
		String before = body.substring(Math.max(0, name.start() - 40), name.start());
		String after = body.substring(name.end(), Math.min(body.length(), name.end() + 30));
		return BEFORE.matcher(before).find() || AFTER.matcher(after).lookingAt();
	}

}
