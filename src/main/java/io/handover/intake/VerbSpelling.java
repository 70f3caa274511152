package io.handover.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A joining or leaving verb typed with two letters swapped is that verb: "will strat as
 * cleaner", "she laeves on Friday", "begnit maandag". Unread, the message would name
 * someone with no kind. Only a swap of two letters side by side is mended (the commonest
 * slip of fast typing), never the first letter, and only to verbs no swapped spelling of
 * which is a word of its own.
 */
final class VerbSpelling {

	private static final List<String> VERBS = List.of("start", "starts", "starting", "leave", "leaves", "leaving",
			"joins", "joining", "begint", "beginnen", "starten", "vertrekt", "vertrekken", "stopt");

	/** Each swapped spelling and the verb it is a slip of. */
	private static final Map<String, String> SLIPS = new HashMap<>();

	static {
		for (String verb : VERBS) {
			for (int i = 1; i + 1 < verb.length(); i++) {
				if (verb.charAt(i) != verb.charAt(i + 1)) {
					String slip = verb.substring(0, i) + verb.charAt(i + 1) + verb.charAt(i) + verb.substring(i + 2);
					SLIPS.putIfAbsent(slip, verb);
				}
			}
		}
		VERBS.forEach(SLIPS::remove);
	}

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private VerbSpelling() {
	}

	/** The text with every swapped verb spelt right, in the case it was typed. */
	static String mended(String text) {
		return Respelled.mended(text, WORD, 0, (typed) -> {
			String verb = SLIPS.get(typed.toLowerCase(Locale.ROOT));
			return verb == null ? null : typed.charAt(0) + verb.substring(1);
		});
	}

}
