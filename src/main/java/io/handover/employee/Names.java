package io.handover.employee;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.handover.common.Levenshtein;

/**
 * Folding and comparing people's names the way a person would: without case, accents or
 * punctuation, forgiving a letter or two typed wrong.
 */
public final class Names {

	private Names() {
	}

	/** "Ánna de-Vries" → "anna de vries". */
	public static String fold(String name) {
		if (name == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
	}

	/**
	 * Whether the words name this person in full, as whole words: "is alles klaar voor
	 * Ánna de Vries's pas?" names "Anna de Vries", "Annabel de Vries" does not.
	 */
	public static boolean namedIn(String words, String name) {
		String folded = fold(name);
		return !folded.isEmpty() && (" " + fold(words) + " ").contains(" " + folded + " ");
	}

	/**
	 * How alike two folded names are, from 0 (nothing in common) to 1 (the same). The
	 * better of comparing the whole names and comparing word by word, so that "de vries"
	 * still finds "anna de vries" and "ana de vires" finds it too.
	 */
	static double similarity(String query, String candidate) {
		if (query.isEmpty() || candidate.isEmpty()) {
			return 0;
		}
		if (query.equals(candidate)) {
			return 1;
		}
		double whole = ratio(query, candidate);
		List<String> queryWords = Arrays.asList(query.split(" "));
		List<String> candidateWords = Arrays.asList(candidate.split(" "));
		double sum = 0;
		for (String word : queryWords) {
			double best = 0;
			for (String other : candidateWords) {
				best = Math.max(best, ratio(word, other));
			}
			sum += best;
		}
		// Word by word counts a little less: every query word found is not the whole
		// name.
		double byWord = sum / queryWords.size() * (queryWords.size() >= candidateWords.size() ? 1 : 0.95);
		return Math.max(whole, byWord);
	}

	private static double ratio(String a, String b) {
		int longest = Math.max(a.length(), b.length());
		return 1.0 - (double) distance(a, b) / longest;
	}

	/** Typos between two name words, a swapped pair of letters counting as one. */
	static int distance(String a, String b) {
		return Levenshtein.withSwaps(a, b);
	}

}
