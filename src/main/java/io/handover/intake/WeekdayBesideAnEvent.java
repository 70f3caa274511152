package io.handover.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday told by an event: "the Monday after 1 January", "de vrijdag voor kerst", "the
 * Monday after New Year". It is that weekday after (or before) the event's day, never the
 * next one from today. When the event has no day we know ("de maandag na de
 * kerstvakantie", "the Monday after her graduation"), no date is read: an empty field is
 * asked for, a wrong one would be confirmed.
 */
final class WeekdayBesideAnEvent {

	/** "the (first) Monday after ", "de maandag na ", "the Friday before ". */
	private static final Pattern BESIDE = Pattern.compile("\\b(?:(?:the|de|het|on|op)\\s+)?(?:(?:first|eerste)\\s+)?"
			// a past weekday already dated, not one told by an event: "left last Friday
			// after her shift", "is afgelopen zaterdag na haar dienst gestopt"
			+ "(?<!(?:last|afgelopen|vorige)\\s{1,3})"
			// the weekday word is the pattern's first group
			+ DateWords.WEEKDAY_WORD + "\\s+(?:(after|following|na)|(before|voor|vóór))\\s+"
			// "the Tuesday after next" is a week after the next one, read elsewhere
			+ "(?!next\\b|volgende\\b)"
			// a dismissal's reason, not a day: "was let go on Monday after his trial
			// period", "dismissed on Monday after the incident", "maandag na het
			// voorval ontslagen"
			+ "(?!(?:(?:his|her|their|the|a|an|zijn|haar|hun|de|het|een)\\s+)?(?:short\\s+|korte\\s+)?(?:trial|probation|"
			+ "proeftijd|incident|accident|ongeluk|voorval|fight|ruzie|hearing|investigation|onderzoek|"
			+ "warning|waarschuwing)\\b)"
			// a time of that same day, not an event with a day of its own: "on Monday
			// after her shift", "zaterdag na het werk"
			+ "(?!(?:(?:his|her|their|the|zijn|haar|hun|het|de)\\s+)?(?:last\\s+|laatste\\s+)?(?:shift|dienst|"
			+ "\\p{L}+dienst|work|werk|lunch|meeting|vergadering|overleg)\\b)");

	/** Feasts said without "day": their day, each year. */
	private static final Pattern FEAST = Pattern.compile("(?:the\\s+|de\\s+|het\\s+)?(?:(new\\s+year|nieuwjaar|"
			+ "oud\\s+(?:en|&)\\s+nieuw|(?:the\\s+)?turn\\s+of\\s+the\\s+year|jaarwisseling)|(christmas|xmas|kerstmis|"
			+ "kerstdagen|kerst))\\b(?![\\p{L}-])");

	/** Words that say what comes after is an event of the person, or a holiday period. */
	private static final Pattern EVENT = Pattern.compile("(?:the|de|het|her|his|their|haar|zijn|hun)\\s+\\p{L}");

	private WeekdayBesideAnEvent() {
	}

	/** Reads each such weekday in {@code found} anew, at its event's day or at none. */
	static void read(String lower, String text, LocalDate today, List<DateWords.Mention> found) {
		Matcher beside = BESIDE.matcher(lower);
		while (beside.find()) {
			DayOfWeek day = DateWords.weekday(beside.group(1));
			boolean after = beside.group(2) != null;
			int at = beside.end();
			DateWords.Mention anchor = found.stream()
				.filter(d -> d.start() >= at && d.start() <= at + 4 && d.date() != null)
				.findFirst()
				.orElse(null);
			LocalDate event = anchor == null ? null : anchor.date();
			int end = anchor == null ? -1 : anchor.end();
			Matcher feast = FEAST.matcher(lower).region(at, lower.length());
			if (event == null && feast.lookingAt()) {
				MonthDay dayOfFeast = feast.group(1) != null ? MonthDay.of(1, 1)
						: MonthDay.of(12, feast.group(2).equals("kerstdagen") && after ? 26 : 25);
				event = dayOfFeast.atYear(today.getYear());
				if (event.isBefore(today)) {
					event = event.plusYears(1);
				}
				end = feast.end();
			}
			int start = beside.start(1);
			if (event != null) {
				LocalDate date = event.with(after ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day));
				replace(found, start, end,
						new DateWords.Mention(date, text.substring(start, end), start, end, true, null, false, null));
			}
			// not the Dutch "voor" of "maandag voor het laatst" (for the last time)
			else if (!beside.group(beside.group(2) != null ? 2 : 3).equals("voor")
					&& EVENT.matcher(lower).region(at, lower.length()).lookingAt()) {
				int word = beside.group(2) != null ? beside.end(2) : beside.end(3);
				replace(found, start, at, new DateWords.Mention(null, text.substring(start, word), start, word, false,
						null, false, null));
			}
		}
	}

	private static void replace(List<DateWords.Mention> found, int start, int end, DateWords.Mention mention) {
		found.removeIf(d -> d.start() < end && d.end() > start);
		found.add(mention);
	}

}
