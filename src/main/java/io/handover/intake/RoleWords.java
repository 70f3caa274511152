package io.handover.intake;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.handover.common.Levenshtein;

/**
 * Matches the words naming a role to a role profile: by key, title or alias, ignoring
 * case, accents, punctuation and spaces, and forgiving small typos ("acount manager").
 */
final class RoleWords {

	private RoleWords() {
	}

	/** The best-matching profile key for the words, if any is close enough. */
	static Optional<String> match(String words, List<RoleName> roles, boolean tolerateTypos) {
		String folded = fold(words);
		if (folded.isEmpty()) {
			return Optional.empty();
		}
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (RoleName role : roles) {
			for (String name : role.names()) {
				int distance = Levenshtein.distance(folded, fold(name));
				if (distance < bestDistance) {
					best = role.key();
					bestDistance = distance;
				}
			}
		}
		int allowed = tolerateTypos ? allowedTypos(folded) : 0;
		return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
	}

	private static int allowedTypos(String folded) {
		if (folded.length() < 5) {
			return 0;
		}
		return folded.length() < 9 ? 1 : 2;
	}

}
