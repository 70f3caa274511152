package io.handover.intake;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with slipped words spelt right in place: a verb, a month or a weekday typed
 * with two letters swapped or one missing. Each reading spells its own words; this walks
 * the text once and copies it only when something was mended.
 */
final class Respelled {

	private Respelled() {
	}

	/**
	 * @param words where a word that may have slipped stands
	 * @param group the group of {@code words} that holds the word
	 * @param meant the word meant, or null when the word is right as typed
	 */
	static String mended(String text, Pattern words, int group, Function<String, String> meant) {
		Matcher word = words.matcher(text);
		StringBuilder out = null;
		int copied = 0;
		while (word.find()) {
			String mended = meant.apply(word.group(group));
			if (mended == null) {
				continue;
			}
			if (out == null) {
				out = new StringBuilder(text.length() + 4);
			}
			out.append(text, copied, word.start(group)).append(mended);
			copied = word.end(group);
		}
		return out == null ? text : out.append(text, copied, text.length()).toString();
	}

}
