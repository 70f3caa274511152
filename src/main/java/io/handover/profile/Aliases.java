package io.handover.profile;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds how people write a role ("Account-Manager", "accountmanager", "Facilitair
 * coördinator") to one comparable form.
 */
final class Aliases {

	private Aliases() {
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
	}

	/** Also equal when written together: "account manager" and "accountmanager". */
	static boolean same(String a, String b) {
		String x = fold(a);
		String y = fold(b);
		return !x.isEmpty() && (x.equals(y) || x.replace(" ", "").equals(y.replace(" ", "")));
	}

}
