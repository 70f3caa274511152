package io.handover.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a manager tells of something that already happened ("Noah started on Monday",
 * "Jan is maandag begonnen", "Piet left on Friday") or is still to come ("starts on
 * Monday"): a bare weekday then means the last one, not the next. The verb nearest before
 * the date decides, else the first one after it ("is maandag begonnen").
 */
final class Tense {

	private static final Pattern VERB = Pattern.compile("(?i)\\b(?:(started|began|begun|joined|left|quit|resigned|"
			+ "retired|departed|was|were|came|arrived|begon|startte|vertrok|stopte|kwam|begonnen|gestart|gekomen|"
			+ "vertrokken|gestopt|weggegaan|getreden|had|gehad|passed away|died|overleden|overleed|gestorven|stierf|"
			+ "heengegaan|ingeslapen|finished|ended|stopped|became|werd)|(starts?|finishes|finishing|ends|stops|begins?|begint|beginnen|joins?|joining|"
			+ "starting|leaves|leave|leaving|vertrekt|stopt|komt|gaat|will|shall|zal|zullen|wordt|moves|retires?|"
			+ "retiring|going))\\b|'ll\\b");

	/** "werkt sinds dinsdag", "here since Monday": a weekday after "since" has passed. */
	private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:since|sinds)\\s+(?:(?:on|op)\\s+)?$");

	private Tense() {
	}

	/**
	 * @param words the words about one person
	 * @param at where in them the date is written
	 */
	static boolean past(String words, int at) {
		if (SINCE.matcher(words.substring(0, Math.min(at, words.length()))).find()) {
			return true;
		}
		Matcher verb = VERB.matcher(words);
		Boolean before = null;
		Boolean after = null;
		while (verb.find()) {
			boolean past = verb.group(1) != null;
			if (verb.end() <= at) {
				before = past;
			}
			else if (after == null && verb.start() >= at) {
				after = past;
			}
		}
		return before != null ? before : after != null && after;
	}

}
