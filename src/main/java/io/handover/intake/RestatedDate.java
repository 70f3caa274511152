package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A date said short and then in full, joined by "i.e.", "that is", "dus", "oftewel":
 * "joins on the 4th, i.e. Monday 4 January 2027". The full date says which day the short
 * one meant; read alone, "the 4th" would be the next 4th from today, and two dates a
 * doubt.
 */
final class RestatedDate {

	/** What joins a date to its restatement. */
	private static final Pattern THAT_IS = Pattern.compile("(?iu)^\\s*[,(]?\\s*(?:i\\.\\s?e\\.?|ie|that is|"
			+ "that's|namely|in other words|dus|namelijk|oftewel|ofwel|d\\.w\\.z\\.?|dwz|met andere woorden)[,:]?\\s*$");

	private RestatedDate() {
	}

	/** The dates without those restated right after in full with the same day. */
	static List<DateWords.Mention> without(String body, List<DateWords.Mention> dates) {
		return dates.stream().filter(d -> !restated(body, d, dates)).toList();
	}

	private static boolean restated(String body, DateWords.Mention date, List<DateWords.Mention> dates) {
		return date.date() != null && dates.stream()
			.anyMatch(full -> full != date && full.start() >= date.end() && full.start() - date.end() <= 12
					&& full.date() != null && full.date().getDayOfMonth() == date.date().getDayOfMonth()
					&& !full.date().equals(date.date())
					&& THAT_IS.matcher(body.substring(date.end(), full.start())).matches());
	}

}
