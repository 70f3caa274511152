package io.handover.intake;

import java.util.regex.Pattern;

/**
 * A name the writer only guesses at: "I think her name is Kim or something", "ze heet
 * geloof ik Noor de Wit of zo". Beside a question it names no one announced.
 */
final class GuessedName {

	/** The guess said before the name: "I think her name is", "volgens mij heet ze". */
	private static final Pattern BEFORE = Pattern.compile("(?iu)\\b(?:i think|i believe|i guess|probably|maybe|"
			+ "ik denk|ik geloof|volgens mij|geloof ik|denk ik|misschien)\\b[^.!?\\n]{0,30}"
			// a title between: "her name is Dr. Kim"
			+ "(?:\\b(?:dr|drs|prof|ir|mr|mrs|ms|mw|dhr)\\.\\s*)?$");

	/** The guess said after it: "… or something", "… of zo". */
	private static final Pattern AFTER = Pattern
		.compile("(?iu)^\\s*,?\\s*(?:or something|or so|or similar|of zoiets|of zo|of iets dergelijks|geloof ik|"
				+ "i think)\\b");

	private GuessedName() {
	}

	static boolean said(String body, AnnouncementParser.Span name) {
		return BEFORE.matcher(body.substring(Math.max(0, name.start() - 60), name.start())).find()
				&& AFTER.matcher(body.substring(name.end())).find();
	}

}
