package io.handover.intake;

import java.util.regex.Pattern;

/**
 * "From tomorrow Hannah no longer works here", "vanaf morgen werkt hij niet meer bij
 * ons": tomorrow is the first day away, so the last day worked is today. Only for
 * "tomorrow": a written date ("per 1 maart niet meer in dienst") is the end of employment
 * HR fills in as it is.
 */
final class FirstDayAway {

	/** "from / vanaf / as of / per" right before the tomorrow word. */
	private static final Pattern FROM = Pattern.compile("(?i)\\b(?:from|vanaf|as of|starting|per|met ingang van)\\s+$");

	/** Being away said after it in the same sentence. */
	private static final Pattern AWAY = Pattern.compile("(?i)^[^.!?\\n;]{0,60}?\\b(?:no longer|not any ?more|"
			+ "niet (?:meer|langer)|won'?t be (?:working|here|with us)|will not be (?:working|here|with us)|"
			+ "is (?:gone|away)|(?:is|zijn) (?:weg|uit dienst))\\b");

	private FirstDayAway() {
	}

	/** The leaver's date a day earlier when "from tomorrow" says the first day away. */
	static DateWords.Mention of(String body, DateWords.Mention chosen, int to) {
		if (chosen.date() == null || chosen.weekday() != null || chosen.explicit()
				|| !DateWords.isTomorrow(chosen.words())) {
			return chosen;
		}
		String before = body.substring(Math.max(0, chosen.start() - 20), chosen.start());
		if (!FROM.matcher(before).find()
				|| !AWAY.matcher(body).region(chosen.end(), Math.min(to, chosen.end() + 80)).lookingAt()) {
			return chosen;
		}
		return new DateWords.Mention(chosen.date().minusDays(1), chosen.words(), chosen.start(), chosen.end(),
				chosen.explicit(), null, chosen.ambiguous(), chosen.weekday());
	}

}
