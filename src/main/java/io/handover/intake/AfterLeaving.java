package io.handover.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a leaver goes on to do after leaving us: "werkt tot en met 15 januari bij de
 * praktijk; daarna gaat ze in de thuiszorg werken", "leaves on Friday and after that
 * works as a carer in Spain". A job said there is the next one's, not the one held here.
 */
final class AfterLeaving {

	private static final Pattern AFTERWARDS = Pattern.compile("(?iu)\\b(?:daarna|daarop|vervolgens|"
			+ "na (?:haar|zijn|hun) vertrek|after that|afterwards|after (?:she|he|they) (?:leaves?|has left|have left)|"
			+ "after leaving)\\b");

	private AfterLeaving() {
	}

	/**
	 * Where, between from and to, the leaver's time after us is told; to when it isn't.
	 */
	static int start(String body, int from, int to) {
		Matcher after = AFTERWARDS.matcher(body).region(from, to);
		return after.find() ? after.start() : to;
	}

}
