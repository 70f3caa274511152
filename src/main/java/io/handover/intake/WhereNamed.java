package io.handover.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		Matcher found = found(body, name);
		return found == null ? -1 : found.start();
	}

	/**
	 * Where the name as the body wrote it ends, or -1: by its last word when written
	 * otherwise, so never past the body's end.
	 */
	static int end(String body, String name) {
		Matcher found = found(body, name);
		return found == null ? -1 : found.end();
	}

	// matched in the body itself: lower-casing may change a text's length ("İ")
	private static Matcher found(String body, String name) {
		Matcher whole = caseless(name).matcher(body);
		if (whole.find()) {
			return whole;
		}
		Matcher last = caseless(name.substring(name.lastIndexOf(' ') + 1)).matcher(body);
		return last.find() ? last : null;
	}

	private static Pattern caseless(String words) {
		return Pattern.compile(Pattern.quote(words), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
