package io.handover.employee;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

	/**
	 * Damerau–Levenshtein distance (optimal string alignment): a swapped pair of letters
	 * counts as one typo.
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
