package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A leaver's last day said as the last of their work, which beats the end of employment
 * said beside it: "in dienst tot en met 28 februari; door haar verlof is vrijdag 12
 * februari haar laatste werkdag", "werkt per 1 februari niet meer bij ons; haar laatste
 * avonddienst is zaterdag 30 januari", "laatste lesdag vrijdag 29 januari", "his last
 * shift is on Sunday", "haar laatste dienst draait ze op 30 december". "Until", "tot en
 * met" and "werkt tot" say a last day less surely.
 */
final class LastDayWords {

	/** The last of anything worked, in both languages. */
	private static final String LAST_WORK = "(?:laatste|last|final) (?:(?:working|work|business) )?"
			// the weekday it falls on before it: "his last Sunday service", "haar laatste
			// zaterdagdienst" is one word already
			+ "(?:(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|zondag|maandag|dinsdag|woensdag|"
			+ "donderdag|vrijdag|zaterdag|morning|ochtend|evening|night) )?(?:[\\p{L}-]*"
			+ "(?:dag|dienst|les|concert|voorstelling|optreden|rit|show|wacht|spreekuur|consult|vlucht|reis|"
			+ "wedstrijd|repetitie|training|rondleiding|avond|trein|vaart|tocht|day|shift|lesson|class|concert|show|"
			+ "performance|service|session|clinic|round|trip|flight|match|game|gig|surgery|rehearsal|tour|evening|"
			+ "night|train|voyage|"
			// a presenter's: "haar laatste nieuwsuitzending", "his last broadcast"
			+ "uitzending|broadcast|episode|aflevering))";

	/**
	 * Whose it is, spoken Dutch included: "z'n laatste repetitie", "d'r laatste dienst".
	 */
	private static final String OWN = "(?:zijn|z['’]n|haar|d['’]r|hun|his|her|their)";

	/**
	 * A last time worked told of the past: "zijn laatste zangles was gisteren",
	 * "yesterday was her final shift". Not a last day before a leave ("… was voor haar
	 * verlof").
	 */
	static final String PAST = OWN + " " + LAST_WORK + " was\\b(?! (?:voor|before)\\b)|" + "was " + OWN + " "
			+ LAST_WORK + "\\b(?! (?:voor|before)\\b)|"
			// "heeft op 28 november haar laatste rondleiding gegeven", "gave her last
			// lesson on Friday"
			+ OWN + " " + LAST_WORK + "(?: [\\p{Ll}]+){0,3}? (?:gegeven|gedaan|gewerkt|gedraaid|gereden|"
			+ "gespeeld|gezongen|gehad)\\b|(?:did|gave|worked|played|taught|drove|had) (?:his|her|their) " + LAST_WORK
			+ "\\b(?! (?:off|voor|before)\\b)|"
			// "gisteren was de laatste avond van Tim", "had gisteren zijn laatste avond"
			+ "(?:was|waren) de " + LAST_WORK + " van\\b|had(?: [\\p{Ll}]+){0,2} " + OWN + " " + LAST_WORK
			+ "\\b(?! (?:voor|before)\\b)";

	/**
	 * A leaver's own last time at work, said as what they do: "Friday is his last show",
	 * "zaterdag is haar laatste rit". Not a last one before a break ("her last shift
	 * before her leave").
	 */
	static final String OWN_LAST = OWN + " " + LAST_WORK + "\\b(?! (?:voor|before|off|of the year|van het jaar)\\b)";

	/** A last day or shift, the working time itself: "laatste werkdag", "final shift". */
	private static final Pattern LAST_DAY_ITSELF = Pattern.compile("(?iu)\\b(?:laatste|last|final) "
			+ "(?:(?:working|work|business) )?(?:[\\p{L}-]*(?:dag|dienst)|day|shift|night|nacht)\\b");

	/**
	 * A leaving said on its day: "verlaat ons op 31 december", "leaves us on 31
	 * December".
	 */
	private static final Pattern LEFT_ON = Pattern
		.compile("(?iu)\\b(?:verlaat|verlaten|vertrekt|vertrekken|leaves|leaving)\\b[^.;!?\\n]{0,30}\\b(?:op|on)\\s+$");

	/**
	 * Whether the last of some work ("zijn laatste uitzending is op 23 december") falls
	 * before a day the leaving is said to happen on ("verlaat ons op 31 december"): that
	 * day is the leaving's. A retirement's first day ("retires on 1 February", "gaat per
	 * 1 februari met pensioen") is beaten by the last work before it; a last day or shift
	 * beats any.
	 */
	static boolean beforeADayLeftOn(String body, List<DateWords.Mention> here, DateWords.Mention last) {
		if (LAST_DAY_ITSELF.matcher(body.substring(Math.max(0, last.start() - 60), last.start())).find()) {
			return false;
		}
		return here.stream()
			.anyMatch(other -> other != last && other.date() != null && last.date() != null
					&& other.date().isAfter(last.date())
					&& LEFT_ON.matcher(body.substring(Math.max(0, other.start() - 50), other.start())).find());
	}

	/** The words right before the date: "haar laatste avonddienst is (op) ". */
	private static final Pattern BEFORE = Pattern
		.compile("(?i)\\b" + LAST_WORK + "(?:\\s+(?:bij ons|hier|with us|here))?"
		// where: "laatste werkdag op het depot is", "last shift at the bakery is"
				+ "(?:\\s+(?:in|op|at|bij|aan|on)\\s+(?:(?:de|het|the|our|ons|onze)\\s+)?[\\p{L}-]+){0,2}"
				// which one worked: "laatste trein die hij rijdt is die van", "last train
				// he drives is the one on"
				+ "(?:(?:\\s+(?:die|dat|that|which)|(?=\\s+(?:he|she|they|hij|zij|ze)\\s))(?:\\s+\\p{L}+){1,3}?"
				+ "\\s+(?:is|was|will be)(?:\\s+(?:die|de|the one)(?:\\s+(?:van|of|on|op))?)?"
				// Dutch inverts verb and subject after it: "laatste dienst draait ze op",
				// "laatste werkdag heeft hij op"
				+ "|\\s+(?!is\\b|was\\b)\\p{Ll}+\\s+(?:hij|zij|ze)(?:\\s+(?:nog|dus|dan))?)?"
				// its end: "laatste reis, en dus zijn laatste werkdag, eindigt op"
				+ "(?:,?\\s+(?:is|was|will be|being|wordt|zal zijn|on|op|:|will be on|dus|dan|then|valt|falls|eindigt|"
				+ "ends|will end))*"
				// which one: "laatste dienst is de nachtdienst van", "tijdens de
				// koopavond van"
				+ "(?:\\s+(?:tijdens|during)?\\s*(?:de|the)\\s+[\\p{L}-]+\\s+(?:van|of|on|op))?[\\s:]*$");

	/** The words right after the date: "… 12 februari (is) haar laatste werkdag". */
	private static final Pattern AFTER = Pattern.compile("(?i)^\\s*(?:(?:is|was|wordt|will be|zal)\\s+)?"
			+ "(?:(?:zijn|z['’]n|haar|d['’]r|hun|his|her|their|de|the)\\s+)" + LAST_WORK + "\\b");

	private LastDayWords() {
	}

	/**
	 * Whether the words before or after a date say it is the last day worked.
	 * @param before the words before the date
	 * @param after the words after it
	 */
	static boolean said(String before, String after) {
		return BEFORE.matcher(before).find() || AFTER.matcher(after).find();
	}

}
