package io.handover.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week told by its place in a month: "in the first week of January", "de laatste week
 * van februari". A week belongs to the month its Thursday is in, as ISO weeks belong to
 * their year, so the first week of January 2027 begins on Monday 4 January. Where such a
 * week runs across two months, readers count differently: the form asks to check.
 */
final class MonthWeek {

	private static final Pattern SAID = Pattern.compile("\\b(?:the|de)\\s+(first|second|third|fourth|last|final|"
			+ "eerste|tweede|derde|vierde|laatste|1st|2nd|3rd|4th|1e|2e|3e|4e)\\s+(?:full\\s+|hele\\s+|volle\\s+)?"
			+ "week\\s+(?:of|van|in)\\s+(?:(?:the|this|de|deze|het)\\s+)?(?:(next|volgende|komende)\\s+)?(month|maand|"
			+ DateWords.MONTH.substring(0, DateWords.MONTH.length() - 3) + ")\\.?(?:,?\\s+(\\d{4}))?\\b");

	/** A week said, its Monday and where the words stand. */
	record Week(LocalDate monday, int start, int end) {

		boolean acrossMonths() {
			return this.monday.getMonth() != this.monday.plusDays(6).getMonth();
		}

		boolean holds(LocalDate date) {
			return date != null && !date.isBefore(this.monday) && !date.isAfter(this.monday.plusDays(6));
		}

	}

	private MonthWeek() {
	}

	/** Every such week in the lower-case text. */
	static List<Week> in(String lower, LocalDate today) {
		List<Week> weeks = new ArrayList<>();
		Matcher m = SAID.matcher(lower);
		while (m.find()) {
			LocalDate first = firstOfMonth(m, today);
			int n = nth(m.group(1));
			LocalDate thursday = n < 0 ? first.with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY))
					: first.with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.THURSDAY));
			weeks.add(new Week(thursday.minusDays(3), m.start(), m.end()));
		}
		return weeks;
	}

	/**
	 * The last such week said in the sentence before {@code at}: "in the first week of
	 * January: Noah on Monday, Elif on Wednesday" tells days of that week.
	 */
	static Week before(String lower, int sentenceStart, int at, LocalDate today) {
		Week last = null;
		for (Week week : in(lower, today)) {
			if (week.start() >= sentenceStart && week.end() <= at) {
				last = week;
			}
		}
		return last;
	}

	/** Such a week right after a weekday: "on Monday in the last week of December". */
	static Week rightAfter(String lower, int at, LocalDate today) {
		Matcher between = BETWEEN.matcher(lower).region(at, lower.length());
		if (!between.lookingAt()) {
			return null;
		}
		return in(lower, today).stream().filter(week -> week.start() == between.end()).findFirst().orElse(null);
	}

	private static final Pattern BETWEEN = Pattern.compile(",?\\s+(?:in|of|van|during|tijdens)\\s+");

	/** Whether the words are such a week alone. */
	static boolean isAlone(String words) {
		return SAID.matcher(words.toLowerCase(Locale.ROOT).trim()).matches();
	}

	/**
	 * Whether the date chosen is a day of such a week (said before it or as it) that runs
	 * across two months.
	 */
	static boolean acrossMonths(String body, DateWords.Mention chosen) {
		if (chosen.date() == null) {
			return false;
		}
		LocalDate monday = chosen.date().with(DayOfWeek.MONDAY);
		if (monday.getMonth() == monday.plusDays(6).getMonth()) {
			return false;
		}
		Matcher said = SAID.matcher(body.toLowerCase(Locale.ROOT));
		while (said.find()) {
			if (said.start() <= chosen.start() && chosen.start() - said.end() < 200
					|| said.start() >= chosen.end() && said.start() - chosen.end() < 30) {
				return true;
			}
		}
		return false;
	}

	private static LocalDate firstOfMonth(Matcher m, LocalDate today) {
		Integer named = DateWords.monthNumber(m.group(3));
		if (named == null) {
			return (m.group(2) != null ? today.plusMonths(1) : today).withDayOfMonth(1);
		}
		if (m.group(5) != null) {
			return LocalDate.of(Integer.parseInt(m.group(5)), named, 1);
		}
		LocalDate first = LocalDate.of(today.getYear(), named, 1);
		return first.isBefore(today.withDayOfMonth(1)) ? first.plusYears(1) : first;
	}

	private static int nth(String word) {
		return switch (word) {
			case "first", "eerste", "1st", "1e" -> 1;
			case "second", "tweede", "2nd", "2e" -> 2;
			case "third", "derde", "3rd", "3e" -> 3;
			case "fourth", "vierde", "4th", "4e" -> 4;
			default -> -1;
		};
	}

}
