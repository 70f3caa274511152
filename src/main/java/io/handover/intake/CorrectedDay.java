package io.handover.intake;

import java.time.DateTimeException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day corrected by its number alone right after the date: "on the tenth of January –
 * correction: the eleventh", "the fifth of January – sorry, sixth", "op 4 januari –
 * sorry, de vijfde bedoel ik". The month and year stay those of the date said first; the
 * day is the corrected one, never the one taken back.
 */
final class CorrectedDay {

	/**
	 * The correction's cue and the ordinal after it: "– correction: the eleventh", ",
	 * sorry, 6th", "(no wait, the 12th". Not a day with its own month ("correction: 11
	 * January"), which the date finder reads whole.
	 */
	private static final Pattern CORRECTION = Pattern
		.compile("(?iu)^(?:[^.!?\\n\\d]{0,30}?(?:[,;:–—(]|\\s-))?" + "\\s*(?:correction|correctie|sorry|"
				+ "i mean|ik bedoel|no wait|nee wacht|oops|typo|foutje|make that|maak er)\\b[\\s,;:!–—-]*"
				+ "(?:(?:it's|it is|het is|should be|moet zijn|on|op|the|de)\\s+)*"
				+ "(\\d{1,2}(?:st|nd|rd|th|ste|de|e)|\\p{L}+(?:st|nd|rd|th|ste|de)|twenty[- ]\\p{L}+|thirty[- ]\\p{L}+)"
				+ "(?![\\p{L}\\d])(?!\\s+(?:of\\s+|van\\s+)?" + DateWords.MONTH + ")");

	private static final Pattern DIGITS = Pattern.compile("\\d{1,2}");

	private static final int REACH = 60;

	private CorrectedDay() {
	}

	/**
	 * The chosen date, or the day that corrects it: when a date of this part is followed
	 * by a correction by day number and the chosen date is that date (said first, or
	 * again after the correction: "sorry, sixth, the 5th we are closed").
	 * @param here the dates of this part, in order
	 * @param notes the part's notes, to which a correction that names no day is added
	 */
	static DateWords.Mention of(String body, DateWords.Mention chosen, List<DateWords.Mention> here, int to,
			Set<Announcement.Note> notes) {
		if (chosen.date() == null) {
			return chosen;
		}
		for (DateWords.Mention taken : here) {
			if (taken.date() == null || !taken.date().equals(chosen.date()) || taken.end() >= to) {
				continue;
			}
			Matcher said = CORRECTION.matcher(body).region(taken.end(), Math.min(to, taken.end() + REACH));
			if (!said.lookingAt()
					|| here.stream().anyMatch(m -> m.start() > taken.end() && m.start() < said.start(1))) {
				continue;
			}
			Integer day = day(said.group(1));
			if (day == null || day == taken.date().getDayOfMonth()) {
				continue;
			}
			try {
				return new DateWords.Mention(taken.date().withDayOfMonth(day), chosen.words(), chosen.start(),
						chosen.end(), chosen.explicit(), null, chosen.ambiguous(), null);
			}
			catch (DateTimeException ex) {
				// no such day in that month: the date said stays, with a note to check it
				notes.add(Announcement.Note.SEVERAL_DATES);
			}
		}
		return chosen;
	}

	private static Integer day(String words) {
		Matcher digits = DIGITS.matcher(words);
		if (digits.lookingAt()) {
			return Integer.parseInt(digits.group());
		}
		return DateWords.number(words.toLowerCase(Locale.ROOT));
	}

}
