package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A day said after "since" is when someone came, long past: "Marjan Post werkt hier sinds
 * 1 april en stopt op 18 december", "has been with us since 2 June and leaves on 31
 * December". Beside another day, that other day is the event's.
 */
final class SinceADay {

	private static final Pattern SINCE = Pattern.compile("(?iu)\\b(?:since|sinds)\\s+(?:the\\s+)?$");

	private static final Pattern SITTING = Pattern.compile("(?iu)\\b(?:" + JoinerWords.SITS_WITH_US_SINCE + ")");

	private SinceADay() {
	}

	/**
	 * The days left once those said after "since" are set aside, if any other is said.
	 */
	static List<DateWords.Mention> without(String body, List<DateWords.Mention> days) {
		// a newcomer at work since that day: the day is the start's
		if (SITTING.matcher(body).find()) {
			return days;
		}
		return DateWords.setAside(body, days, SINCE, 12);
	}

}
