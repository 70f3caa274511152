package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The leaving of one whose work another takes over, said in a clause of their own: "she
 * replaces Gary Holt, who leaves us on 29 January", "neemt het werk over van Henk de
 * Bruin, die op 29 januari met pensioen gaat". The one who leaves is announced, on that
 * day; the one who takes over is announced only by words of their own (a start, a move, a
 * day of theirs), never by the leaver's day.
 */
final class WorkTakenOver {

	/**
	 * Their own leaving in the clause right after their full name: ", who leaves us on",
	 * ", die op 29 januari met pensioen gaat", "die ons per 15 januari verlaat".
	 */
	private static final Pattern LEAVES_IN_THEIR_CLAUSE = Pattern.compile("(?iu)^,?\\s+(?:who|die)\\s+"
			+ "(?:[^.;!?\\n]{0,40}?\\s)?(?:leaves|is leaving|will leave|retires|is retiring|will retire|vertrekt|verlaat|"
			+ "met pensioen gaat|gaat met pensioen|uit dienst gaat|stopt)\\b");

	/**
	 * Only taking over said between the taker and the one who leaves: "takes over the
	 * planning from", "will take over", "neemt het werk over van", "neemt de taken over
	 * van".
	 */
	private static final Pattern ONLY_TAKES_OVER = Pattern.compile("(?iu)^\\s+(?:(?:will\\s+)?take|takes|is taking)\\s+"
			+ "over(?:\\s+(?:the|his|her|their|our)\\s+[\\p{L}-]+)?(?:\\s+from)?\\s+$|^\\s+(?:neemt|nemen)\\s+"
			+ "(?:het|de|zijn|haar|hun)\\s+[\\p{L}-]+\\s+over\\s+van\\s+$");

	/** A start said by first name: "Alice starts on", "Eva begint op". */
	private static final String STARTS = "\\s+(?:starts|will start|joins us|begint|start|komt)\\b";

	private WorkTakenOver() {
	}

	/**
	 * The one who replaces a leaver, their start told after the leaver's clause by first
	 * name ("Alice Grey replaces Mark Stone, who leaves us on 29 January; Alice starts on
	 * 1 February"), starts on that day, not on the leaver's.
	 */
	static List<Announcement> startedAfter(String body, List<AnnouncementParser.Span> persons,
			List<DateWords.Mention> dates, List<Announcement> read) {
		List<Announcement> result = new ArrayList<>(read);
		for (int p = 0; p + 1 < persons.size(); p++) {
			AnnouncementParser.Span starter = persons.get(p);
			AnnouncementParser.Span leaver = persons.get(p + 1);
			Announcement own = find(result, starter.name());
			if (own == null || own.kind() != Announcement.Kind.STARTER || !leavesInTheirClause(body, leaver)) {
				continue;
			}
			String first = starter.name().split(" ")[0];
			var again = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(first) + STARTS)
				.matcher(body)
				.region(leaver.end(), body.length());
			if (!again.find()) {
				continue;
			}
			int from = again.end();
			DateWords.Mention day = dates.stream()
				.filter(d -> d.start() >= from && d.start() - from <= 12 && d.date() != null)
				.findFirst()
				.orElse(null);
			if (day != null && !day.date().equals(own.date())) {
				result.set(result.indexOf(own),
						new Announcement(own.kind(), own.employeeName(), day.date(), own.roleWords(), own.roleKey(),
								own.workLocation(), day.words(), own.currentRoleKey(),
								own.notes()
									.stream()
									.filter(n -> n.field() != FormField.DATE)
									.collect(java.util.stream.Collectors.toSet()),
								own.language()));
			}
		}
		return result;
	}

	/** Whether the name, told replaced, leaves in a clause of their own. */
	static boolean leavesInTheirClause(String body, AnnouncementParser.Span name) {
		return name.words() >= 2 && LEAVES_IN_THEIR_CLAUSE.matcher(body).region(name.end(), body.length()).lookingAt();
	}

	/**
	 * The one who only takes over a leaver's work, with no day but the leaver's, is no
	 * one announced.
	 */
	static List<Announcement> withoutTheTaker(String body, List<AnnouncementParser.Span> persons,
			List<Announcement> read) {
		List<Announcement> result = new ArrayList<>(read);
		for (int p = 0; p + 1 < persons.size(); p++) {
			AnnouncementParser.Span taker = persons.get(p);
			AnnouncementParser.Span leaver = persons.get(p + 1);
			if (!ONLY_TAKES_OVER.matcher(body.substring(taker.end(), leaver.start())).matches()) {
				continue;
			}
			Announcement left = find(result, leaver.name());
			Announcement taking = find(result, taker.name());
			if (left == null || taking == null || left.kind() != Announcement.Kind.LEAVER
					|| taking.kind() == Announcement.Kind.STARTER
					|| taking.date() != null && !taking.date().equals(left.date())) {
				continue;
			}
			result.remove(taking);
		}
		return result;
	}

	private static Announcement find(List<Announcement> read, String name) {
		return read.stream()
			.filter(a -> a.employeeName() != null
					&& a.employeeName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
	}

}
