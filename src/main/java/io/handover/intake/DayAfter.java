package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "He arrives from Brazil on 6 January and starts the day after", "komt 12 januari aan en
 * begint de dag erna": the first day is the day after the date written, not that date.
 * Only when the start is told right after the date, with no other date between.
 */
final class DayAfter {

	private static final Pattern START_THE_DAY_AFTER = Pattern.compile("(?i)^[^.!?\\n]{0,30}?\\b(?:starts?|begins?|"
			+ "begint|beginnen|start(?:s|en)?\\s+(?:met\\s+)?(?:work(?:ing)?|werken)|comes?\\s+to\\s+work|komt\\s+werken|"
			+ "(?:her|his|their|zijn|haar|hun)\\s+first\\s+day\\s+is|(?:zijn|haar|hun)\\s+eerste\\s+(?:werk)?dag\\s+is)"
			+ "\\s+(?:(?:on|op)\\s+)?(?:the\\s+day\\s+after(?:wards)?|the\\s+(?:next|following)\\s+day|next\\s+day|"
			+ "(?:a|one)\\s+day\\s+later|de\\s+dag\\s+(?:erna|daarna|erop|daarop)|de\\s+volgende\\s+dag|"
			+ "een\\s+dag\\s+later)\\b");

	private static final int REACH = 80;

	private DayAfter() {
	}

	/**
	 * The chosen date, a day later when the start is told as the day after it.
	 * @param here the dates of this part, in order
	 */
	static DateWords.Mention of(String body, DateWords.Mention chosen, List<DateWords.Mention> here, int to) {
		if (chosen.date() == null || chosen.end() >= to) {
			return chosen;
		}
		Matcher said = START_THE_DAY_AFTER.matcher(body).region(chosen.end(), Math.min(to, chosen.end() + REACH));
		if (!said.lookingAt()) {
			return chosen;
		}
		int end = said.end();
		if (here.stream().anyMatch(m -> m.start() >= chosen.end() && m.start() < end)) {
			return chosen;
		}
		return new DateWords.Mention(chosen.date().plusDays(1), chosen.words(), chosen.start(), chosen.end(),
				chosen.explicit(), null, chosen.ambiguous(), chosen.weekday());
	}

}
