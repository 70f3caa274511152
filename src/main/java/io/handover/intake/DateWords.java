package io.handover.intake;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date in English or Dutch words: {@code 7 December}, {@code 7 dec 2026},
 * {@code December 7}, {@code 07-12-2026}, {@code 2026-12-07}, {@code 30-11},
 * {@code tomorrow}/{@code morgen}, {@code next Monday}/{@code volgende maandag},
 * {@code in 2 weeks}/{@code over 2 weken}. Numbers are day first, as in the Netherlands.
 */
final class DateWords {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("januari", 1),
			Map.entry("jan", 1), Map.entry("february", 2), Map.entry("februari", 2), Map.entry("feb", 2),
			Map.entry("march", 3), Map.entry("maart", 3), Map.entry("mar", 3), Map.entry("mrt", 3),
			Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("mei", 5), Map.entry("june", 6),
			Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("juli", 7), Map.entry("jul", 7),
			Map.entry("august", 8), Map.entry("augustus", 8), Map.entry("aug", 8), Map.entry("september", 9),
			Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oktober", 10),
			Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11),
			Map.entry("december", 12), Map.entry("dec", 12));

	private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(Map.entry("monday", DayOfWeek.MONDAY),
			Map.entry("maandag", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
			Map.entry("dinsdag", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
			Map.entry("woensdag", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
			Map.entry("donderdag", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
			Map.entry("vrijdag", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
			Map.entry("zaterdag", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY),
			Map.entry("zondag", DayOfWeek.SUNDAY));

	private static final String MONTH = "(" + String.join("|",
			MONTHS.keySet().stream().sorted(Comparator.comparing(String::length).reversed()).toList()) + ")";

	private static final String WEEKDAY = "(" + String.join("|", WEEKDAYS.keySet()) + ")";

	/**
	 * A day this far in the past without a year still means this year (then the form says
	 * it is past).
	 */
	private static final int RECENT_DAYS = 31;

	private static final List<Rule> RULES = List.of(
			rule("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b", (m, today) -> date(num(m, 1), num(m, 2), num(m, 3))),
			rule("\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})\\b",
					(m, today) -> date(year(num(m, 3)), num(m, 2), num(m, 1))),
			rule("\\b(\\d{1,2})(?:st|nd|rd|th|e|ste|de)?\\s+(?:of\\s+)?" + MONTH + "\\.?(?:\\s+(\\d{4}))?\\b",
					(m, today) -> m.group(3) != null ? date(num(m, 3), MONTHS.get(m.group(2)), num(m, 1))
							: withoutYear(today, MONTHS.get(m.group(2)), num(m, 1))),
			rule("\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b",
					(m, today) -> m.group(3) != null ? date(num(m, 3), MONTHS.get(m.group(1)), num(m, 2))
							: withoutYear(today, MONTHS.get(m.group(1)), num(m, 2))),
			rule("\\b(\\d{1,2})[-/](\\d{1,2})\\b", (m, today) -> withoutYear(today, num(m, 2), num(m, 1))),
			rule("\\b(day after tomorrow|overmorgen)\\b", (m, today) -> Optional.of(today.plusDays(2))),
			rule("\\b(today|vandaag)\\b", (m, today) -> Optional.of(today)),
			rule("\\b(tomorrow|morgen)\\b", (m, today) -> Optional.of(today.plusDays(1))),
			rule("\\b(?:in|over)\\s+(\\d{1,3})\\s+(days?|dagen|weeks?|weken)\\b",
					(m, today) -> Optional
						.of(m.group(2).startsWith("d") ? today.plusDays(num(m, 1)) : today.plusWeeks(num(m, 1)))),
			rule("\\b(?:(?:next|volgende|komende|aanstaande|this|deze|on|op)\\s+)?" + WEEKDAY + "\\b",
					(m, today) -> Optional.of(nextAfter(today, WEEKDAYS.get(m.group(1))))));

	private DateWords() {
	}

	/** The first date the text mentions, or empty. */
	static Optional<Mention> find(String text, LocalDate today) {
		String lower = text.toLowerCase(Locale.ROOT);
		List<Mention> found = new ArrayList<>();
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(lower);
			if (matcher.find()) {
				Optional<LocalDate> date = rule.read().apply(matcher, today);
				found.add(new Mention(date.orElse(null), text.substring(matcher.start(), matcher.end()),
						matcher.start(), matcher.end()));
			}
		}
		// The earliest mention wins; of two at the same place, the longer one (rules are
		// ordered).
		return found.stream().min(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.end()));
	}

	private static Rule rule(String regex, BiFunction<Matcher, LocalDate, Optional<LocalDate>> read) {
		return new Rule(Pattern.compile(regex), read);
	}

	private static int num(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group));
	}

	private static int year(int written) {
		return written < 100 ? 2000 + written : written;
	}

	private static Optional<LocalDate> date(int year, int month, int day) {
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> withoutYear(LocalDate today, int month, int day) {
		Optional<LocalDate> thisYear = date(today.getYear(), month, day);
		if (thisYear.isPresent() && !thisYear.get().isBefore(today.minusDays(RECENT_DAYS))) {
			return thisYear;
		}
		Optional<LocalDate> nextYear = date(today.getYear() + 1, month, day);
		return nextYear.isPresent() ? nextYear : thisYear;
	}

	private static LocalDate nextAfter(LocalDate today, DayOfWeek day) {
		LocalDate date = today.plusDays(1);
		while (date.getDayOfWeek() != day) {
			date = date.plusDays(1);
		}
		return date;
	}

	/**
	 * A date in the text.
	 *
	 * @param date the date, or null when the words are no valid date (31 February)
	 * @param words the words as written
	 */
	record Mention(LocalDate date, String words, int start, int end) {
	}

	private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, Optional<LocalDate>> read) {
	}

}
