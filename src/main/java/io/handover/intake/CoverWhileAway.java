package io.handover.intake;

import java.util.regex.Pattern;

/**
 * The work of one on leave or off sick covered by someone named only by their job: "is on
 * paternity leave from monday, assistant takes over sessions", "gaat met verlof, de
 * assistent-trainer neemt zijn trainingen over". The cover is no news of the one away,
 * nor of anyone to on- or offboard.
 */
final class CoverWhileAway {

	/**
	 * A clause set off after the absence whose subject is a lower-case job, not a name or
	 * the one away ("he takes over", "then takes over"), and whose verb takes the work
	 * over.
	 */
	private static final Pattern COVER = Pattern.compile("(?u)[,;]\\s*(?i:(?:and|en)\\s+)?"
			+ "(?i:(?:the|an?|our|his|her|their|de|het|een|ons|onze|zijn|haar|hun)\\s+)?"
			+ "(?!(?i:he|she|they|we|i|hij|zij|ze|wij|we|ik|then|dan|daarna|later|also|ook|who|die)\\b)"
			+ "\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*)?\\s+"
			+ "(?i:takes over|will take over|is taking over|covers|will cover|is covering|"
			+ "neemt(?:\\s+[\\p{L}'’-]+){0,3}?\\s+over|vangt(?:\\s+[\\p{L}'’-]+){0,3}?\\s+op|"
			+ "valt(?:\\s+[\\p{L}'’-]+){0,3}?\\s+in)\\b");

	private CoverWhileAway() {
	}

	/** Whether the words from {@code start} to {@code end} are inside such a cover. */
	static boolean covering(String body, int start, int end) {
		return COVER.matcher(body).results().anyMatch(m -> m.start() <= start && end <= m.end());
	}

}
