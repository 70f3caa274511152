package io.handover.intake;

import java.util.regex.Pattern;

/**
 * A message signed after a dash at its very end, with no closing word: "Please close her
 * accounts quietly. — Dr. Alan Price", "… pas blokkeren aub. -- Marja de Wit, afdeling
 * Dieren". The name is the writer's, never the person announced. Only a long dash (or two
 * short ones) after a finished sentence: a list's hyphen ("- Piet Bos") or a dash inside
 * a sentence ("stopt — Anna de Vries neemt het over") is no signature.
 */
final class SignedAfterADash {

	static final Pattern SIGNATURE = Pattern.compile("(?u)(?<=[.!?])\\s*(?:—|–|--)[ \\t]*"
			+ "(?:(?i:prof|dr|drs|ir|ing|mr|mrs|ms|dhr|mevr)\\.?[ \\t]+)?\\p{Lu}[\\p{L}'’-]+"
			+ "(?:[ \\t]+(?:(?:van|de|der|den|ter|ten|te|el|al|da|du|le|la|von)[ \\t]+)*\\p{Lu}[\\p{L}'’-]+){0,3}"
			// a job or unit after it: ", afdeling Dieren", ", Director"
			+ "(?:,[ \\t]*[\\p{L}][\\p{L} -]{1,40})?\\s*$");

	private SignedAfterADash() {
	}

}
