package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People listed one a line under a heading that says what holds for all of them: "New
 * starters on 4 January:" then "- Amara Nwosu, developer" and "- Björn Lindqvist, carer".
 * Each item is a person of its own, though only the heading has a date and an intent.
 */
final class ListItems {

	/**
	 * What may begin a line before the name: a bullet or a number, perhaps with the
	 * person's title after it ("1. mr. Thomas de Bruin", "- dr. Eva Smit").
	 */
	private static final Pattern BULLET = Pattern.compile("(?iu)[ \\t]*(?:[-*•·–]|\\d{1,2}[.)])[ \\t]*"
			+ "(?:(?:mr|mrs|ms|dr|drs|ir|ing|prof|dhr|mevr|mw)\\.?[ \\t]+)?");

	private static final Pattern LINE_START = Pattern.compile("[ \\t]*");

	/**
	 * A title or form of address between the bullet and the name ("- dr. Sofie Claes", "•
	 * Prof. James Wood"): the item still begins with the name.
	 */
	private static final Pattern TITLE = Pattern
		.compile("(?i)(?<=^|[\\s\\-*•·–.)])(?:dr|drs|ir|ing|prof|mr|mrs|ms|mw|mevr|dhr|ds)\\.?[ \\t]+$");

	/**
	 * A heading over a list of names that says its people are new, whatever else it says
	 * of them (their job, unit, number or first day, in any order): "Nieuw in team Oost
	 * vanaf maandag: A (…) en B (…)", "Two new drivers for the depot from 4/1: A and B",
	 * "extra kassamedewerkers bij de ingang, vanaf zaterdag 19 december: A, B en C",
	 * "komen er vanaf week 3 drie lassers bij: A, B en C". Matches the heading from the
	 * word that says so to the colon; a new role, team or date is a change, not a
	 * newcomer.
	 */
	static final String NEW_HEADING = "(?:(?:new|nieuwe?|extra|additional) " + JoinerWords.NOT_A_JOB
			+ "(?!(?:in|bij|at|to|op) (?:the|de|het|our|onze?) (?:role|rol|functie|job|position|positie)\\b)"
			// the Dutch separable "bijkomen" around the heading's words: "komen er …
			// bij:"
			+ "|(?:komen|komt)(?=[^.!?\\n:;]{1,80}\\bbij\\s*:))"
			// the heading may close with a place or unit in brackets: "… after-school
			// care (BSO Zuid):"; the match stops before the bracket, at a word's end
			+ "[^.!?\\n:;]{0,80}?(?=\\s*\\)?\\s*:[ \\t]*(?:\\n[ \\t]*)?(?:[-*•·–][ \\t]*)?\\p{L}"
			// or a dash: "twee extra schoonmakers … – Ada Vink en Rik Stam"
			+ "|\\s*\\)?\\s+[–—-]\\s+(?-i:\\p{Lu}))";

	/**
	 * An item that gives, with no verb, the day its person comes from: "1. Femke Didden –
	 * kassa, vanaf zaterdag 19 december", "2) Viktor Halász – packer – from Monday 18
	 * January". Matches the word "vanaf" or "from"; a verb elsewhere weighs more.
	 */
	static final String DATED_ITEM = "(?m:(?<=^[ \\t]{0,4}(?:[-*•·–]|\\d{1,2}[.)])[^\\n]{1,80}))"
			+ "(?:vanaf|from|starting)(?=\\s+(?:\\p{L}+\\s+)?\\d{1,2}(?!\\d))";

	/**
	 * A heading that gives the day for the list under it: "Per maandag 4 januari op de
	 * vullijn:" then "1. Esther Rijkhoff-Dam".
	 */
	static final String DATED_HEADING = "(?<=^|\\n)(?:per|vanaf|from|as of|starting)"
			+ "(?=[^\\n:]{3,50}:[ \\t]*\\n[ \\t]*(?:[-*•·–]|\\d{1,2}[.)]))";

	/**
	 * A heading that says only that there are more over a list: "Drie lassers erbij:",
	 * "Twee modelmakers erbij:".
	 */
	static final String MORE_HEADING = "erbij(?=\\s*:[ \\t]*(?:\\n[ \\t]*)?(?:[-*•·–][ \\t]*)?(?-i:\\p{Lu}))";

	/**
	 * A heading that says its people are gone from a unit: "Weg bij de kinderopvang:",
	 * "Vertrokken uit team Noord:".
	 */
	static final String GONE_HEADING = "(?<![\\p{L} ]{2})(?:weg|vertrokken|vertrekken) (?:bij|uit|van)"
			+ "[^.!?\\n:;]{1,40}(?=\\s*:[ \\t]*(?:\\n[ \\t]*)?(?:[-*•·–][ \\t]*)?(?-i:\\p{Lu}))";

	private ListItems() {
	}

	/**
	 * Whether the name is an item of the same list as the one before: both begin a line,
	 * with a bullet, or with a role of their own on the line, or alone on their lines
	 * under a heading that ends in a colon (a signature's name begins a line too, with
	 * neither).
	 */
	static boolean nextItem(String body, AnnouncementParser.Span previous, AnnouncementParser.Span name,
			List<RoleWords.Mention> roles) {
		String before = lineBefore(body, name);
		String previousBefore = lineBefore(body, previous);
		if (before == null || previousBefore == null || lineEnd(body, previous.end()) >= name.start()) {
			return false;
		}
		if (BULLET.matcher(before).matches() && BULLET.matcher(previousBefore).matches()) {
			return true;
		}
		if (!LINE_START.matcher(before).matches() || !LINE_START.matcher(previousBefore).matches()) {
			return false;
		}
		return roleOnLine(body, previous, roles) && roleOnLine(body, name, roles)
				|| bare(body, previous) && bare(body, name) && underHeading(body, previous)
				// "Femke Dekker - di" then "Yusuf Demir - do": each with a day of their
				// own
				|| WeekdaysOfAWeek.dayTagged(body, previous) && WeekdaysOfAWeek.dayTagged(body, name);
	}

	/**
	 * Whether both names follow one colon in the same sentence, each with a role of its
	 * own: "Per 1 april beginnen bij ons: Milan Jansen als ontwikkelaar, en Eva Kok als
	 * verkoper".
	 */
	static boolean afterColon(String body, AnnouncementParser.Span previous, AnnouncementParser.Span name,
			List<RoleWords.Mention> roles) {
		int colon = body.lastIndexOf(':', previous.start());
		return colon >= 0 && !SENTENCE_END.matcher(body.substring(colon + 1, name.start())).find()
				&& roleSaid(body, previous, roles) && roleSaid(body, name, roles);
	}

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

	/**
	 * A heading that says its people are new, up to its colon; or "new" before any job of
	 * theirs ("Two new account managers from 4 January:").
	 */
	private static final Pattern NEW_HEADING_SAID = Pattern
		.compile("(?iu)\\b(?:" + NEW_HEADING + "|(?:new|nieuwe?|extra|additional)\\b[^.!?\\n:;]{0,80}?(?=\\s*:))");

	/**
	 * What one listed person is for, then the next: " voor de nachtdienst en ", " for the
	 * night shift, ", " (Rotterdam) and ". A few words led by a preposition, no verb's
	 * room.
	 */
	private static final Pattern OWN_PART_THEN_NEXT = Pattern.compile("(?iu)(?:\\s*\\([^()\\n]{1,40}\\)|"
			+ "\\s+(?:voor|for|op|on|in|bij|at|uit|from|van|met|with)\\s+[^,.;:!?()\\n]{1,40}?)?"
			+ "\\s*(?:,\\s*(?:(?:en|and)\\s+)?|\\s(?:en|and|&)\\s+)");

	/**
	 * Whether both names are items of one list after the colon of a heading that says its
	 * people are new, each with a part of their own: "komen er drie verzorgenden bij:
	 * Fenna Smit voor afdeling Oost, Ilse de Jong voor de nachtdienst en Rik Vos voor de
	 * dagbesteding", "Two new drivers for the depot: Ann Lee for the early round and Ben
	 * Cole for the late one".
	 */
	static boolean afterNewHeading(String body, AnnouncementParser.Span previous, AnnouncementParser.Span name) {
		int colon = body.lastIndexOf(':', previous.start());
		if (colon < 0 || SENTENCE_END.matcher(body.substring(colon + 1, name.start())).find()
				|| !OWN_PART_THEN_NEXT.matcher(body).region(previous.end(), name.start()).matches()) {
			return false;
		}
		int from = colon;
		while (from > 0 && ".!?\n".indexOf(body.charAt(from - 1)) < 0) {
			from--;
		}
		Matcher heading = NEW_HEADING_SAID.matcher(body).region(from, colon + 1).useTransparentBounds(true);
		while (heading.find()) {
			String rest = body.substring(heading.end(), colon).strip();
			if (rest.isEmpty() || rest.equals(")")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "and" or a comma, then the next one's job as a title before their name: "dev Tom
	 * Baker and PM Lisa Grey", "Tom Baker en kok Lisa Grijs", "…, and carer Ann Lee".
	 */
	private static final Pattern JOINED_BY_JOB = Pattern.compile("(?iu)\\s*(?:\\([^()\\n]{1,40}\\)\\s*)?"
			+ "(?:,?\\s*(?:and|en|&|\\+)|,)\\s+(?:(?:a|an|our|een|onze|the|de|het)\\s+)?(?:(?:new|nieuwe?)\\s+)?"
			+ "([\\p{L}][\\p{L}'’-]*\\.?(?:\\s+[\\p{L}][\\p{L}'’-]*)?)\\s+");

	private static final Pattern SHORT_JOB = Pattern.compile("\\p{Lu}{2,4}");

	/**
	 * Degrees and forms of address said before a name: "ir. Piet Mol", "drs. Ada Kok".
	 */
	private static final Pattern ADDRESS = Pattern
		.compile("(?iu)(?:ir|ing|drs|dr|prof|mr|mrs|ms|mw|mevr|dhr|mx|mevrouw|meneer|de heer|miss)\\.?");

	/**
	 * Whether the name is joined to the one before with its own job said before it, as a
	 * title: a role of ours, an occupation, a rank, a job's initials ("PM", "QA") or a
	 * degree ("ir.").
	 */
	static boolean joinedByJob(String body, AnnouncementParser.Span previous, AnnouncementParser.Span name,
			List<RoleWords.Mention> roles) {
		Matcher joined = JOINED_BY_JOB.matcher(body).region(previous.end(), name.start());
		if (!joined.matches()) {
			return false;
		}
		String[] words = joined.group(1).split("\\s+");
		String last = words[words.length - 1];
		return roles.stream().anyMatch(r -> r.start() <= joined.start(1) && r.end() >= joined.end(1))
				|| SHORT_JOB.matcher(words[0]).matches() && (words.length == 1 || Occupations.heldBeside(last))
				|| ADDRESS.matcher(joined.group(1)).matches() || Occupations.heldBeside(last);
	}

	/**
	 * The job held set off by commas after the one before, then "and": "Jesse Bos, nu
	 * ontwikkelaar, en Iris Mertens", "Zoe Barker, our receptionist, and Adam Reid".
	 */
	private static final Pattern AFTER_JOB_BESIDE = Pattern.compile("(?iu)\\s*,\\s*(?:(?:nu|now|currently|"
			+ "momenteel|thans)\\s+)?(?:(?:a|an|een|our|onze|ons|the|de|het)\\s+)?(\\p{L}[\\p{L} -]{1,40}?)\\s*,\\s*"
			+ "(?:and|en|&)\\s+");

	/**
	 * Whether the name is joined to the one before, whose job held is set off by commas
	 * between them: the second is named alike, not an aside about the first. The words
	 * set off must be a job (a role of ours or an occupation), not any clause.
	 */
	static boolean joinedAfterJob(String body, AnnouncementParser.Span previous, AnnouncementParser.Span name,
			List<RoleWords.Mention> roles) {
		Matcher joined = AFTER_JOB_BESIDE.matcher(body).region(previous.end(), name.start());
		if (!joined.matches()) {
			return false;
		}
		String[] words = joined.group(1).split("\\s+");
		return roles.stream().anyMatch(r -> r.start() <= joined.start(1) && r.end() >= joined.end(1))
				|| Occupations.heldBeside(words[words.length - 1]);
	}

	/** Words that say a role is all of theirs: "(both developers)", "(allebei kok)". */
	private static final Pattern OF_ALL = Pattern.compile("(?iu)\\b(?:both|allebei|beiden|beide|all|alle)\\b");

	/**
	 * Whether the role is that one person's own, said of them alone in a list: right
	 * after the name ("Tom Baker (developer)", "- Amara Nwosu, developer") or as the
	 * title before it ("carer Ann Lee"), in the singular. Another person listed without a
	 * job of their own does not have it; a plural ("Tom and Ann (developers)") or "both"
	 * is said of all.
	 */
	static boolean ownRole(String body, AnnouncementParser.Span name, RoleWords.Mention role,
			List<RoleName> catalogue) {
		String between = role.start() >= name.end() ? body.substring(name.end(), role.start())
				: role.end() <= name.start() ? body.substring(role.end(), name.start()) : null;
		if (between == null || OF_ALL.matcher(between).find()) {
			return false;
		}
		boolean after = role.start() >= name.end() && APPOSED.matcher(between).matches();
		boolean before = role.end() <= name.start() && between.equals(" ");
		if (!after && !before) {
			return false;
		}
		String words = role.words();
		return PLURAL_ENDS.stream()
			.noneMatch(end -> words.length() > end.length() + 3 && words.endsWith(end)
					&& RoleWords.match(words.substring(0, words.length() - end.length()), catalogue, false)
						.filter(role.key()::equals)
						.isPresent());
	}

	/** How a plural ends: "developers", "verzorgenden", "ontwikkelaars", "PM's". */
	private static final List<String> PLURAL_ENDS = List.of("s", "'s", "’s", "en", "n");

	/** A comma or an opening bracket after the name, perhaps an article. */
	private static final Pattern APPOSED = Pattern
		.compile("(?iu)\\s*[,(]\\s*(?:(?:our|onze|ons|the|de|het|a|an|een|new|nieuwe?)\\s+)*");

	private static final Pattern AS = Pattern.compile("(?i)\\s+(?:als|as)\\s+(?:(?:a|an|onze|our)\\s+)?");

	private static boolean roleSaid(String body, AnnouncementParser.Span name, List<RoleWords.Mention> roles) {
		return roles.stream()
			.anyMatch(r -> r.start() > name.end() && r.start() - name.end() <= 12
					&& AS.matcher(body.substring(name.end(), r.start())).matches());
	}

	/** Whether the name fills its line: "Owen Gallagher" alone. */
	private static boolean bare(String body, AnnouncementParser.Span name) {
		return body.substring(name.end(), lineEnd(body, name.end())).matches("[ \\t,;.]*");
	}

	/**
	 * Whether the lines before the name's, up to one that ends in a colon ("Leaving on 22
	 * December:"), are names alone too.
	 */
	private static boolean underHeading(String body, AnnouncementParser.Span name) {
		int start = body.lastIndexOf('\n', name.start() - 1);
		while (start > 0) {
			int previous = body.lastIndexOf('\n', start - 1) + 1;
			String line = body.substring(previous, start).strip();
			if (line.endsWith(":")) {
				return true;
			}
			if (line.isEmpty() || line.length() > 40 || line.chars().anyMatch(Character::isDigit)) {
				return false;
			}
			start = previous - 1;
		}
		return false;
	}

	/** The text between the start of the name's line and the name, or null. */
	private static String lineBefore(String body, AnnouncementParser.Span name) {
		int start = body.lastIndexOf('\n', name.start() - 1) + 1;
		String before = TITLE.matcher(body.substring(start, name.start())).replaceFirst("");
		return before.length() <= 6 || BULLET.matcher(before).matches() ? before : null;
	}

	private static int lineEnd(String body, int from) {
		int end = body.indexOf('\n', from);
		return end < 0 ? body.length() : end;
	}

	private static boolean roleOnLine(String body, AnnouncementParser.Span name, List<RoleWords.Mention> roles) {
		int end = lineEnd(body, name.end());
		return roles.stream().anyMatch(r -> r.start() >= name.end() && r.end() <= end);
	}

}
