package io.handover.intake;

/**
 * Words that count only after others: {@code (?<=before)words}, written so that the words
 * are looked for first. A look back over a stretch of some length is otherwise tried at
 * every position of every message, which made a few such patterns most of the parser's
 * work; a look ahead at the words fails at once where they do not stand, so the look back
 * runs only where they do. The same matches.
 */
final class Behind {

	private Behind() {
	}

	/** {@code words} where {@code before} ends right before them. */
	static String then(String before, String words) {
		return "(?=" + words + ")(?<=" + before + ")(?:" + words + ")";
	}

}
