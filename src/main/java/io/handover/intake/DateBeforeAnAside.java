package io.handover.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day said in an aside after a dash, of something else the person does: "Vanaf maart
 * werkt Tom Brands als planner in plaats van verzorgende — hij rondt op 15 februari zijn
 * opleiding af". The news is dated before the dash; the aside's day is its own event's.
 */
final class DateBeforeAnAside {

	/** The aside: a dash, then a pronoun of the person and a clause of its own. */
	private static final Pattern ASIDE = Pattern
		.compile("(?iu)\\s[—–-]\\s+(?:hij|zij|ze|he|she|they)\\b[^.!?\\n—–]{3,120}");

	/** Words in the aside that date the news itself: "— she starts on 4 January". */
	private static final Pattern NEWS_IN_ASIDE = Pattern.compile("(?iu)\\b(?:begint|start|starts|begins|joins|"
			+ "vertrekt|leaves|stopt|stops|gaat|goes|moves|verhuist|eerste|laatste|first|last|per|vanaf|from|as of)\\b");

	/** A month put first for the news: "Vanaf maart", "From March". */
	private static final Pattern FRONTED_MONTH = Pattern
		.compile("(?iu)^\\s*(?:vanaf|per|from|as of|starting|in)\\s+" + DateWords.MONTH + "(?!\\p{L})");

	private DateBeforeAnAside() {
	}

	static List<Announcement> dated(String body, List<DateWords.Mention> dates, LocalDate today,
			List<Announcement> read) {
		if (read.size() != 1 || read.get(0).date() == null || read.get(0).employeeName() == null) {
			return read;
		}
		Announcement a = read.get(0);
		Matcher aside = ASIDE.matcher(body);
		while (aside.find()) {
			int from = aside.start();
			int to = aside.end();
			DateWords.Mention inAside = dates.stream()
				.filter(d -> d.start() >= from && d.end() <= to && a.date().equals(d.date()))
				.findFirst()
				.orElse(null);
			if (inAside == null || NEWS_IN_ASIDE.matcher(body.substring(from, inAside.start())).find()) {
				continue;
			}
			int start = Sentences.start(body, from);
			int name = body.indexOf(a.employeeName(), start);
			boolean datedBefore = dates.stream().anyMatch(d -> d.start() >= start && d.end() <= from);
			Matcher month = FRONTED_MONTH.matcher(body.substring(start, from));
			if (name < 0 || name >= from || datedBefore || !month.find()) {
				continue;
			}
			LocalDate first = LocalDate.of(today.getYear(), DateWords.monthNumber(month.group(1)), 1);
			if (first.isBefore(today.withDayOfMonth(1))) {
				first = first.plusYears(1);
			}
			return List.of(new Announcement(a.kind(), a.employeeName(), first, a.roleWords(), a.roleKey(),
					a.workLocation(), month.group(), a.currentRoleKey(), a.notes(), a.language()));
		}
		return read;
	}

}
