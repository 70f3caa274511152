package io.handover.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A date put first, before the names of everyone the sentence goes on to tell about:
 * "From 1 April Roald Tamminga goes from carer to developer and Wilbert Oostra from
 * developer to carer", "Vanaf 1 april: Anneke Hoogeveen in dienst, Jelte Sikkema uit
 * dienst", "Next Monday Oscar Lind joins and Yara Haddad leaves", or in a heading over
 * bullets ("Moves as of 1 February:⏎- A: from … to …⏎- B: …"). Each person in that
 * sentence or list without a date of their own has it.
 */
final class FrontedDate {

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

	/**
	 * The rest of a heading ending in a colon, then bullets, each item on its line:
	 * "Interne wissels per 1 maart:⏎• Harm: van … naar …⏎• ".
	 */
	/**
	 * Only the end of everyone's stay after the last name of a list of starters: ", tot
	 * en met 9 januari", "— all until 10 January".
	 */
	private static final Pattern END_OF_ALL = Pattern.compile("(?iu)[\\s,;:–—-]*(?:(?:allemaal|allen|all|both|beiden|"
			+ "each|elk)\\s+)?(?:tot(?: en met)?|t/m|until|till|through)\\s+[^.!?\\n]{1,25}?[\\s.!]*");

	private static final Pattern HEADING_THEN_ITEMS = Pattern.compile(
			"[^.!?\\n]*:[ \\t]*(?:\\n[ \\t]*(?:[-*•·–]|\\d{1,2}[.)])[^\\n]*)*\\n[ \\t]*(?:[-*•·–]|\\d{1,2}[.)])[ \\t]*");

	private FrontedDate() {
	}

	static List<Announcement> shared(String body, List<AnnouncementParser.Span> persons, List<int[]> segments,
			List<DateWords.Mention> dates, List<Announcement> all) {
		if (all.size() < 2 || all.size() != persons.size() || all.size() != segments.size()
				|| all.get(0).date() == null) {
			return all;
		}
		AnnouncementParser.Span first = persons.get(0);
		DateWords.Mention fronted = dates.stream()
			.filter(d -> d.end() <= first.start() && d.start() >= segments.get(0)[0])
			.reduce((a, b) -> b)
			.orElse(null);
		if (fronted == null || !all.get(0).date().equals(fronted.date())) {
			return all;
		}
		List<Announcement> result = new ArrayList<>(all);
		for (int i = 1; i < all.size(); i++) {
			Announcement a = all.get(i);
			int end = segments.get(i)[1];
			int at = persons.get(i).start();
			boolean otherDate = dates.stream()
				.anyMatch(d -> d != fronted && d.start() >= fronted.end() && d.start() < end);
			String between = body.substring(fronted.end(), at);
			Announcement donor = all.get(0);
			if (otherDate && donor.kind() == Announcement.Kind.STARTER && a.kind() == Announcement.Kind.LEAVER
					&& !SENTENCE_END.matcher(between).find()
					&& END_OF_ALL.matcher(body.substring(persons.get(i).end(), end)).matches()) {
				// "vanaf 14 december: Joris en Amir, tot en met 9 januari": the stay's
				// end
				result.set(i, new Announcement(donor.kind(), a.employeeName(), donor.date(), a.roleWords(), a.roleKey(),
						a.workLocation(), donor.dateWords(), a.currentRoleKey(), a.notes(), a.language()));
				continue;
			}
			if (otherDate || SENTENCE_END.matcher(between).find() && !HEADING_THEN_ITEMS.matcher(between).matches()) {
				break;
			}
			if (a.date() != null) {
				continue;
			}
			Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
			notes.addAll(a.notes());
			donor.notes().stream().filter(n -> n.field() == FormField.DATE).forEach(notes::add);
			result.set(i, new Announcement(a.kind(), a.employeeName(), donor.date(), a.roleWords(), a.roleKey(),
					a.workLocation(), donor.dateWords(), a.currentRoleKey(), notes, a.language()));
		}
		return result;
	}

}
