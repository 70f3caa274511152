package io.handover.intake;

import java.util.List;

import io.handover.common.Levenshtein;

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
		return Math.abs(a.length() - b.length()) <= 1 && Levenshtein.distance(a, b) == 1;
	}

}
