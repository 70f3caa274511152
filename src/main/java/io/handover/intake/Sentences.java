package io.handover.intake;

/**
 * Where a written sentence starts and ends: at a line break, or at a full stop, "!" or
 * "?" that a space or the end of the message follows, so that "j.de vries", "t.b.v." and
 * "3.5" stay inside their sentence.
 */
final class Sentences {

	private Sentences() {
	}

	/** The start of the sentence holding {@code at}. */
	static int start(String body, int at) {
		for (int i = Math.min(at, body.length()) - 1; i > 0; i--) {
			if (ends(body, i)) {
				return i + 1;
			}
		}
		return 0;
	}

	/** The end (exclusive: its stop or line break) of the sentence holding {@code at}. */
	static int end(String body, int at) {
		for (int i = at; i < body.length(); i++) {
			if (ends(body, i)) {
				return i;
			}
		}
		return body.length();
	}

	/** Whether the sentence holding {@code at} is a question: it ends in "?". */
	static boolean asks(String body, int at) {
		int end = end(body, at);
		return end < body.length() && body.charAt(end) == '?';
	}

	/** The sentence or sentences holding {@code from} to {@code to}, with their stop. */
	static String around(String body, int from, int to) {
		return body.substring(start(body, from), Math.min(body.length(), end(body, to) + 1)).strip();
	}

	/**
	 * Whether the writer capitalises: two sentences or more, each opening with a capital
	 * (its first letter, past bullets, numbers and emoji).
	 */
	static boolean allOpenWithACapital(String body) {
		int opened = 0;
		for (int at = 0; at < body.length(); at = end(body, at) + 1) {
			int first = at;
			while (first < body.length() && !ends(body, first) && !Character.isLetter(body.charAt(first))) {
				first++;
			}
			if (first < body.length() && Character.isLetter(body.charAt(first))) {
				if (!Character.isUpperCase(body.charAt(first))) {
					return false;
				}
				opened++;
			}
		}
		return opened >= 2;
	}

	private static boolean ends(String body, int i) {
		char c = body.charAt(i);
		return c == '\n' || (c == '.' || c == '!' || c == '?')
				&& (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)));
	}

}
