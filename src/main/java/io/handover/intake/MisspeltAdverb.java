package io.handover.intake;

import java.util.List;

/**
 * An adverb opening a sentence, misspelt by a letter ("Unfortunatly Jack Morris is
 * leaving us", "Hopefuly …"): no given name, as the adverb itself is none. Only long
 * adverbs in "-ly", where no given name is one letter away.
 */
final class MisspeltAdverb {

	private static final int SHORTEST = 8;

	private static final List<String> ADVERBS = PeopleInText.STOP.stream()
		.filter(w -> w.length() >= SHORTEST && w.endsWith("ly"))
		.toList();

	private MisspeltAdverb() {
	}

	/**
	 * Whether the lower-case word is such an adverb with one letter left out, added or
	 * changed.
	 */
	static boolean is(String lower) {
		if (lower.length() < SHORTEST - 1) {
			return false;
		}
		return ADVERBS.stream().anyMatch(adverb -> oneApart(lower, adverb));
	}

	private static boolean oneApart(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
			return false;
		}
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (a.length() == b.length()) {
			return a.substring(i + 1).equals(b.substring(i + 1));
		}
		return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i))
				: a.substring(i).equals(b.substring(i + 1));
	}

}
