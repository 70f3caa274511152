package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Turkish capital "İ" lower-cases to two characters ("i̇"), so every place the
 * readings find in a lower-cased copy of a message would stand one character off in the
 * message itself. The message is read with a plain "I" in its place, and the words taken
 * from it get their "İ" back where the message wrote one.
 */
final class DottedCapitalI {

	private static final char DOTTED = 'İ';

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");

	private DottedCapitalI() {
	}

	static boolean in(String text) {
		return text != null && text.indexOf(DOTTED) >= 0;
	}

	/** The message with a plain "I" for each dotted one: the same length, lower-cased. */
	static String plain(String text) {
		return text.replace(DOTTED, 'I');
	}

	/**
	 * What was read from the plain message, its words spelled as the message wrote them.
	 */
	static List<Announcement> restored(String message, List<Announcement> read) {
		String plain = plain(message);
		List<Announcement> out = new ArrayList<>();
		for (Announcement a : read) {
			out.add(new Announcement(a.kind(), spelled(message, plain, a.employeeName()), a.date(),
					spelled(message, plain, a.roleWords()), a.roleKey(), a.workLocation(),
					spelled(message, plain, a.dateWords()), a.currentRoleKey(), a.notes(), a.language(), a.model()));
		}
		return out;
	}

	/**
	 * Each word with an "I" found as a word of the message gets the message's "İ" back; a
	 * name put together from parts ("J.P. (Jan-Peter) de Groot") is restored word by
	 * word.
	 */
	private static String spelled(String message, String plain, String words) {
		if (words == null || words.indexOf('I') < 0) {
			return words;
		}
		StringBuilder out = new StringBuilder(words);
		Matcher word = WORD.matcher(words);
		while (word.find()) {
			if (word.group().indexOf('I') < 0) {
				continue;
			}
			Matcher there = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(word.group()) + "(?![\\p{L}\\p{M}])")
				.matcher(plain);
			if (!there.find()) {
				continue;
			}
			for (int i = 0; i < word.group().length(); i++) {
				if (message.charAt(there.start() + i) == DOTTED) {
					out.setCharAt(word.start() + i, DOTTED);
				}
			}
		}
		return out.toString();
	}

}
