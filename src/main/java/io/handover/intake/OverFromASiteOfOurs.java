package io.handover.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One who comes over from a site of ours named by its town ("Ólafur is coming over from
 * our Rotterdam yard", "komt per 1 februari over van onze werf in Vlissingen") moves,
 * though the message says they join a team. Of two introduced together, only the one
 * named again (by given name, or full name) before the words moves; "she" says it of a
 * lone newcomer only, "they" of all. Not a former employer ("comes over from Mecanoo").
 */
final class OverFromASiteOfOurs {

	private static final Pattern OVER_FROM_OURS = Pattern.compile("(?u)(\\p{L}[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,3}?) "
			+ "(?i:(?:is |will be |zal )?(?:komt|komen|kwam|kwamen|come|comes|came|coming|move|moves|moving)(?: [\\p{L}\\d]+){0,3}? "
			+ "over (?:van|from) (?:onze?|ons|our) )\\p{L}");

	private static final Pattern PRONOUN = Pattern.compile("(?iu)(?:.*\\s)?(?:she|he|zij|ze|hij)");

	private static final Pattern ALL = Pattern.compile("(?iu)(?:.*\\s)?(?:they|both|allebei|beiden)");

	/**
	 * The one coming over said new to the company all the same: "Aoife is coming over
	 * from our Dublin office, she's new to the company" (a start at that office first).
	 */
	private static final Pattern NEW_TO_US = Pattern
		.compile("(?iu)\\b(?:she|he|they|ze|zij|hij)(?:'s|’s|'re|’re| is| are"
				+ "| was| were)? (?:(?:also|ook|wel|nog) )?(?:new to|nieuw (?:bij|in)) (?:the company|us|het bedrijf|ons)\\b");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

	private OverFromASiteOfOurs() {
	}

	static List<Announcement> moved(String body, List<Announcement> read) {
		Matcher over = OVER_FROM_OURS.matcher(body);
		List<Announcement> out = read;
		while (over.find()) {
			String subject = over.group(1).toLowerCase(Locale.ROOT);
			Matcher end = SENTENCE_END.matcher(body).region(over.end(), body.length());
			if (NEW_TO_US.matcher(body).region(over.end(), end.find() ? end.start() : body.length()).find()) {
				continue;
			}
			// "she comes over" of a lone newcomer, "they come over" of all
			boolean alone = read.size() == 1 && PRONOUN.matcher(subject).matches() || ALL.matcher(subject).matches();
			out = out.stream()
				.map(a -> movable(a) && (alone || namedBy(subject, a.employeeName()))
						? AnnouncementParser.withKind(a, Announcement.Kind.ROLE_CHANGE) : a)
				.toList();
		}
		return out;
	}

	private static boolean movable(Announcement a) {
		return a.employeeName() != null && (a.kind() == null || a.kind() == Announcement.Kind.STARTER);
	}

	/** The subject ends with the person's given name or full name. */
	private static boolean namedBy(String subject, String name) {
		String full = name.toLowerCase(Locale.ROOT);
		String given = full.split(" ")[0];
		return subject.equals(full) || subject.endsWith(" " + full) || subject.equals(given)
				|| subject.endsWith(" " + given);
	}

}
