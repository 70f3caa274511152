package io.handover.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A weekday typed with two letters swapped is that weekday: "begint maandga", "starts
 * thrusday", "leaves on Fridya". Unread, the form would come without the day the manager
 * plainly gave. Only a swap of two neighbouring letters is mended, never the first
 * letter, so no other word ("sundae", "mondays") is taken for a day.
 */
final class WeekdaySpelling {

	/** The names a swap is mended to, both languages. */
	private static final List<String> NAMES = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
			"zaterdag", "zondag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

	private static final Pattern WORD = Pattern.compile("\\b\\p{L}{6,9}\\b");

	private WeekdaySpelling() {
	}

	/** The text with every weekday typed with two letters swapped spelt right. */
	static String mended(String text) {
		return Respelled.mended(text, WORD, 0, WeekdaySpelling::meant);
	}

	/** The weekday a word is swapped from, in the word's case, or null. */
	static String meant(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		for (String name : NAMES) {
			if (swapped(lower, name)) {
				String upper = name.substring(0, 1).toUpperCase(Locale.ROOT);
				return (Character.isUpperCase(word.charAt(0)) ? upper : name.substring(0, 1)) + name.substring(1);
			}
		}
		return null;
	}

	/**
	 * Whether the word is the name with two neighbouring letters after the first swapped.
	 */
	private static boolean swapped(String word, String name) {
		if (word.length() != name.length() || word.equals(name)) {
			return false;
		}
		int first = 0;
		while (word.charAt(first) == name.charAt(first)) {
			first++;
		}
		return first > 0 && first + 1 < word.length() && word.charAt(first) == name.charAt(first + 1)
				&& word.charAt(first + 1) == name.charAt(first)
				&& word.substring(first + 2).equals(name.substring(first + 2));
	}

}
