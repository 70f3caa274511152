package io.handover.intake;

/**
 * A capitalised word that only opens a later sentence of a chat written in lower case
 * ("kees bakker werkt vrijdag voor het laatst. Borrel om 5 uur"): a word capitalised by
 * the sentence, not a name; the lower-case name before it is the person.
 */
final class LaterSentence {

	private LaterSentence() {
	}

	/**
	 * @param body the message
	 * @param at where the capitalised word starts
	 */
	static boolean opens(String body, int at) {
		int first = 0;
		while (first < body.length() && !Character.isLetter(body.charAt(first))) {
			first++;
		}
		if (first >= at || !Character.isLowerCase(body.charAt(first))) {
			return false;
		}
		int k = at - 1;
		while (k > 0 && body.charAt(k) == ' ') {
			k--;
		}
		return k > 0 && k < at - 1 && (body.charAt(k) == '.' || body.charAt(k) == '!' || body.charAt(k) == '?');
	}

}
