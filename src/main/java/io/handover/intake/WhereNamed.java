package io.handover.intake;

/**
 * Where a person read from a message stands in it: the name as the form writes it
 * ("Jan-Willem de Roos" for "jan-willem de roos"), or by its last word when the message
 * wrote it otherwise ("mevrouw dr. A.M. (Anne-Marie) Timmermans").
 */
final class WhereNamed {

	private WhereNamed() {
	}

	/** The first place the name stands in the body, or -1. */
	static int in(String body, String name) {
		int whole = caseless(body, name);
		if (whole >= 0) {
			return whole;
		}
		return caseless(body, lastWord(name));
	}

	/**
	 * Where the name as the body wrote it ends, or -1: by its last word when written
	 * otherwise, so never past the body's end.
	 */
	static int end(String body, String name) {
		int whole = caseless(body, name);
		if (whole >= 0) {
			return whole + name.length();
		}
		String last = lastWord(name);
		int at = caseless(body, last);
		return at < 0 ? -1 : at + last.length();
	}

	private static String lastWord(String name) {
		return name.substring(name.lastIndexOf(' ') + 1);
	}

	// compared in the body itself, letter by letter: lower-casing may change a text's
	// length ("İ")
	private static int caseless(String body, String words) {
		for (int at = 0; at + words.length() <= body.length(); at++) {
			if (body.regionMatches(true, at, words, 0, words.length())) {
				return at;
			}
		}
		return -1;
	}

}
