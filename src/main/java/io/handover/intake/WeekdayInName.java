package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A short weekday word inside a full name is a name part: "Thi Thu Trang Nguyen" has no
 * Thursday in it. Read as a date, it would cut the name in two and put a weekday note on
 * the form.
 */
final class WeekdayInName {

	/** A weekday's short form, capitalised: "Thu", "Sun", "Mon". */
	private static final Pattern SHORT = Pattern.compile("\\p{Lu}\\p{Ll}{1,3}");

	/** A capitalised word and one space right before. */
	private static final Pattern NAME_BEFORE = Pattern.compile("\\p{Lu}\\p{Ll}+ $");

	/** One space and a capitalised word right after. */
	private static final Pattern NAME_AFTER = Pattern.compile("^ \\p{Lu}\\p{Ll}+");

	private WeekdayInName() {
	}

	/** The dates without weekday words that stand between two words of a name. */
	static List<DateWords.Mention> without(String body, List<DateWords.Mention> dates) {
		return dates.stream().filter(d -> !inName(body, d, dates)).toList();
	}

	private static boolean inName(String body, DateWords.Mention date, List<DateWords.Mention> dates) {
		if (!SHORT.matcher(date.words()).matches()) {
			return false;
		}
		int after = date.end();
		// "Due Mon Jan 4": a date said on after it is no name
		boolean dateNext = dates.stream().anyMatch(d -> d != date && d.start() <= after + 1 && d.end() > after);
		return !dateNext && NAME_BEFORE.matcher(body.substring(Math.max(0, date.start() - 30), date.start())).find()
				&& NAME_AFTER.matcher(body.substring(after, Math.min(body.length(), after + 30))).find();
	}

}
