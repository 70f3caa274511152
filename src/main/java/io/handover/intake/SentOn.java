package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A weekday told with something already sent or done: "I sent it on Monday", "submitted
 * the leaver on Tuesday", "ik heb maandag de aanmelding gestuurd", "heeft vrijdag haar
 * laatste dienst gedraaid"; a day the news came ("her husband let us know this morning",
 * "heeft gisteren gebeld"); a mistake made ("I made a mistake yesterday"); an earlier
 * message named by its day ("correctie op mijn mail van dinsdag"). The weekday is the
 * last one, not the next: read as the next, the day a request went out becomes a start or
 * a leaving date a week ahead.
 */
final class SentOn {

	/** A verb of the start or the leaving itself, which speaks of the date instead. */
	private static final String EVENT = "(?:starts?|begins?|joins?|leaves?|will|shall|is|are|'ll|begint|beginnen|"
			+ "start|starten|komt|komen|gaat|gaan|vertrekt|stopt|wordt|zal|zullen|retires?|retiring|quits?|finishes|"
			+ "ends|stops|moves?|becomes?|and|but|maar|dat|that)";

	/** English: "sent (it|the form for X) on Monday", the past verb first. */
	private static final Pattern BEFORE = Pattern.compile("(?i)\\b(?:sent|submitted|mailed|e-?mailed|forwarded|filed|"
			+ "put in|filled in|stuurde|mailde|worked (?:his|her|their) (?:last|final)|"
			// a mistake owned up to: "(not Sergei Petrov, I made a mistake yesterday)"
			+ "made a mistake|made an error|got (?:it|that|the name|the date) wrong|vergiste (?:me|mij|ik))\\b"
			+ "(?:(?!\\b" + EVENT + "\\b)[^.;:!?\\n,]){0,50}?(?:(?:on|op)\\s+)?$");

	/**
	 * Dutch: "heb maandag de aanmelding gestuurd", the auxiliary before, the participle
	 * after.
	 */
	private static final Pattern AUXILIARY = Pattern
		.compile("(?i)\\b(?:heb|heeft|hebben|had|hadden)\\b(?:(?!\\b" + EVENT + "\\b)[^.;:!?\\n,]){0,30}?$");

	private static final Pattern PARTICIPLE = Pattern.compile("(?i)^(?:(?!\\b" + EVENT + "\\b)[^.;:!?\\n,]){0,50}?"
			+ "\\b(?:gestuurd|verstuurd|ingestuurd|doorgestuurd|opgestuurd|gemaild|ingediend|ingevuld|"
			// a last shift worked: "heeft vrijdag haar laatste dienst gedraaid"
			+ "laatste [\\p{L}-]+ (?:gedraaid|gewerkt)|gebeld|laten weten|gemeld|vergist|verschreven)\\b");

	/**
	 * The news reported: "passed away on Tuesday, her husband let us know this morning",
	 * "belde gisteren", "liet ons vanochtend weten". Not the day the news is about: "told
	 * me Friday is his last day".
	 */
	private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:let (?:us|me|the team) know|told (?:us|me)|"
			+ "informed (?:us|me)|called (?:us|me)|rang (?:us|me)|phoned (?:us|me)|belde|liet (?:ons|me|mij|het team))\\b"
			+ "(?:(?!\\b" + EVENT + "\\b)[^.;:!?\\n,]){0,20}?(?:(?:on|op)\\s+)?$");

	/**
	 * An earlier message named by its day: "correctie op mijn mail van dinsdag", "my
	 * message of Monday", "further to our e-mail from yesterday". The day it went out,
	 * not the one it is about.
	 */
	private static final Pattern MESSAGE_OF = Pattern.compile("(?i)\\b(?:my|our|the|this|that|mijn|ons|onze|het|"
			+ "de|dat|die)\\s+(?:(?:earlier|previous|last|eerdere|vorige|laatste)\\s+)?(?:bericht(?:je)?|mail(?:tje)?|"
			+ "e-?mail|message|note|announcement|aankondiging|melding|post|chat|appje)\\s+(?:van|from|of|sent on|on|op)"
			+ "\\s+(?:(?:afgelopen|vorige|last|this|deze)\\s+)?$");

	private static final Pattern SAID_OF = Pattern.compile("(?i)^\\s*(?:is|was|will|wordt|zal|'s|would)\\b");

	private SentOn() {
	}

	/**
	 * The dates of one person without the days something was sent or done, when another
	 * is there: "starts on Monday; I sent his contract yesterday" starts on Monday.
	 * @param words the message
	 * @param dates the dates said of the person
	 */
	static List<DateWords.Mention> without(String words, List<DateWords.Mention> dates) {
		List<DateWords.Mention> others = dates.stream().filter(d -> !said(words, d.start(), d.end())).toList();
		return others.isEmpty() ? dates : others;
	}

	/**
	 * Whether the date is the day something was sent or done.
	 * @param words the message
	 * @param start where the date begins
	 * @param end where it ends
	 */
	static boolean said(String words, int start, int end) {
		String before = words.substring(Math.max(0, start - 70), start);
		String after = words.substring(end, Math.min(words.length(), end + 70));
		return BEFORE.matcher(before).find() || MESSAGE_OF.matcher(before).find()
				|| REPORTED.matcher(before).find() && !SAID_OF.matcher(after).find() || AUXILIARY.matcher(before).find()
						&& PARTICIPLE.matcher(words.substring(end, Math.min(words.length(), end + 70))).find();
	}

}
