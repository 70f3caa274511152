package io.handover.intake;

import java.util.regex.Pattern;

/**
 * "From tomorrow Hannah no longer works here", "vanaf morgen werkt hij niet meer bij
 * ons": tomorrow is the first day away, so the last day worked is today. Only for
 * "tomorrow": a written date ("per 1 maart niet meer in dienst") is the end of employment
 * HR fills in as it is. "Vanaf vandaag werkt ze niet meer bij ons" keeps today, the day
 * the access goes, and the form asks whether yesterday was the last day worked: managers
 * mean either.
 */
final class FirstDayAway {

	/** "from / vanaf / as of / per" right before the tomorrow or today word. */
	private static final Pattern FROM = Pattern.compile("(?i)\\b(?:from|vanaf|as of|starting|per|met ingang van)\\s+$");

	/** Today with its from-word, as the date reader keeps them together. */
	private static final Pattern FROM_TODAY = Pattern
		.compile("(?i)(?:from|vanaf|as of|as from|per|starting|met ingang van)\\s+(?:today|vandaag)");

	/** Being away said after it in the same sentence. */
	private static final Pattern AWAY = Pattern.compile("(?i)^[^.!?\\n;]{0,60}?\\b(?:no longer|not any ?more|"
			+ "niet (?:meer|langer)|won'?t be (?:working|here|with us)|will not be (?:working|here|with us)|"
			+ "is (?:gone|away)|(?:is|zijn) (?:weg|uit dienst))\\b");

	private FirstDayAway() {
	}

	/** The leaver's date a day earlier when "from tomorrow" says the first day away. */
	static DateWords.Mention of(String body, DateWords.Mention chosen, int to) {
		if (chosen.date() == null || chosen.weekday() != null || chosen.explicit()
				|| !DateWords.isTomorrow(chosen.words()) || !awayFrom(body, chosen, to)) {
			return chosen;
		}
		return new DateWords.Mention(chosen.date().minusDays(1), chosen.words(), chosen.start(), chosen.end(),
				chosen.explicit(), null, chosen.ambiguous(), chosen.weekday());
	}

	/** Whether "from today … no longer" gives the date: today or yesterday is a guess. */
	static boolean fromToday(String body, DateWords.Mention chosen, int to) {
		return chosen.date() != null && !chosen.explicit()
				&& (FROM_TODAY.matcher(chosen.words()).matches() || chosen.words().matches("(?i)today|vandaag"))
				&& awayFrom(body, chosen, to);
	}

	/**
	 * Whether a written date is told as the first day away ("vanaf 1 januari werkt hij
	 * niet meer bij ons"): HR fills it in as written, the form asks whether the day
	 * before was the last day worked.
	 */
	static boolean fromDate(String body, DateWords.Mention chosen, int to) {
		return chosen.date() != null && !DateWords.isTomorrow(chosen.words())
				&& !FROM_TODAY.matcher(chosen.words()).matches() && !chosen.words().matches("(?i)today|vandaag")
				&& awayFrom(body, chosen, to);
	}

	private static boolean awayFrom(String body, DateWords.Mention chosen, int to) {
		String before = body.substring(Math.max(0, chosen.start() - 20), chosen.start());
		return (FROM.matcher(before).find() || FROM_TODAY.matcher(chosen.words()).matches())
				&& AWAY.matcher(body).region(chosen.end(), Math.min(to, chosen.end() + 80)).lookingAt();
	}

}
