package io.handover.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "end of next week", "eind volgende week", "at the end of this week", "eind van de
 * week": the Friday of that week, as a working week ends. Without it a weekday said
 * beside ("end of next week (Friday)") was read as this week's.
 */
final class WeekEnd {

	/** On lower-cased text; not a week number ("eind week 3"). */
	static final Pattern PATTERN = Pattern.compile("\\b(?:(?:at|by|on|tegen|op)\\s+)?(?:the\\s+|het\\s+)?"
			+ "(?:end|eind|einde)\\s+(?:of\\s+|van\\s+)?(?:(?:the|this|de|deze)\\s+)?"
			+ "(?<next>next\\s+|volgende\\s+|komende\\s+)?(?:work(?:ing)?\\s*)?(?:week|werkweek)\\b(?!\\s*\\d)");

	private WeekEnd() {
	}

	/** The Friday of the week the match names, counted from today. */
	static LocalDate friday(Matcher matcher, LocalDate today) {
		LocalDate friday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.plusWeeks(matcher.group("next") != null ? 1 : 0)
			.plusDays(4);
		// said on a weekend, this week's Friday is gone: the coming one
		return friday.isBefore(today) ? friday.plusWeeks(1) : friday;
	}

}
