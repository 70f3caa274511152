package io.handover.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.handover.common.Levenshtein;

/**
 * A month name typed with one slip beside a day number is that month: "per 1 febuari",
 * "on the 4th of Janaury", "Decmber 18". Unread, the form would come without the date the
 * manager plainly gave. Only long names are mended (a short one is a word of its own one
 * slip away: "maart" and "maar"), only beside a day number, and never the first letter.
 */
final class MonthSpelling {

	/** The names a slip is mended to: six letters or more, both languages. */
	private static final List<String> LONG_NAMES = List.of("january", "januari", "february", "februari", "august",
			"augustus", "september", "october", "oktober", "november", "december");

	/** A word after a day number ("1 febuari", "4th of Janaury", "1e febuari"). */
	private static final Pattern AFTER_DAY = Pattern
		.compile("\\b\\d{1,2}(?:st|nd|rd|th|e|ste|de)?\\.?\\s+(?:of\\s+|van\\s+)?(\\p{L}{5,11})\\b");

	/** A word before a day number ("Decmber 18", "Feburary the 1st"). */
	private static final Pattern BEFORE_DAY = Pattern
		.compile("\\b(\\p{L}{5,11})\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\b(?![:.,]?\\d)");

	private MonthSpelling() {
	}

	/** The text with every slipped month name beside a day number spelt right. */
	static String mended(String text) {
		return mend(mend(text, AFTER_DAY), BEFORE_DAY);
	}

	private static String mend(String text, Pattern beside) {
		return Respelled.mended(text, beside, 1, MonthSpelling::meant);
	}

	/** The month a word slips from, in the word's case, or null when it is none. */
	static String meant(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (DateWords.monthNumber(lower) != null) {
			return null;
		}
		for (String name : LONG_NAMES) {
			if (lower.charAt(0) == name.charAt(0) && oneSlipApart(lower, name)) {
				return Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(name.charAt(0)) + name.substring(1)
						: name;
			}
		}
		return null;
	}

	/** One letter dropped, added, changed, or two neighbours swapped. */
	static boolean oneSlipApart(String typed, String name) {
		return Levenshtein.withSwaps(typed, name) == 1;
	}

}
