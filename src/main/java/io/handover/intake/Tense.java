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
			+ "heengegaan|ingeslapen|verongelukt|omgekomen|finished|ended|stopped|became|werd|walked (?:out|off)|"
			// a dismissal told as done: "we fired X on Monday", "let go of X on Monday";
			// "will be fired on Friday" is still to come (see below)
			+ "fired|dismissed|sacked|laid off|let (?:\\p{L}+ ){0,5}?go|"
			// Dutch says it done after the day: "is maandag ontslagen"
			+ "ontslagen|weggestuurd)|(starts?|finishes|finishing|ends|stops|begins?|begint|beginnen|joins?|joining|"
			+ "starting|leaves|leave|leaving|vertrekt|stopt|komt|gaat|will|shall|zal|zullen|wordt|moves|retires?|"
			+ "retiring|going))\\b|'ll\\b");

	private static final Pattern DISMISSAL = Pattern
		.compile("(?i)fired|dismissed|sacked|laid off|let .*go|ontslagen|weggestuurd");

	/** The day a dismissal takes effect: "effective Friday", "per 1 maart", "as of …". */
	private static final Pattern EFFECTIVE = Pattern
		.compile("(?i)\\b(?:effective|as of|as from|with effect|from|per|ingaande|met ingang|vanaf)\\b");

	/**
	 * A passive still to come before a participle: "will be fired", "is being let go".
	 */
	private static final Pattern PASSIVE_TO_COME = Pattern.compile("(?i)\\b(?:be|being|get|gets|getting)\\s+$");

	/** "werkt sinds dinsdag", "here since Monday": a weekday after "since" has passed. */
	private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:since|sinds)\\s+(?:(?:on|op)\\s+)?$");

	/**
	 * A verb in the past right before a date: "his last day was 31 October", "retired
	 * last Friday (27th)", "left on 30 September". Not one further away: "has resigned,
	 * last working day 12 January" tells of the resignation, not the day.
	 */
	private static final Pattern PAST_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:was|were|left|quit|retired|resigned|"
			+ "departed|finished|ended|stopped|started|began|joined|died|passed away|walked out|walked off|vertrok|"
			+ "stopte|begon|startte|" + "overleed)\\s+(?:(?:on|op|per|the|de|last|afgelopen|vorige)\\s+)*$");

	/**
	 * A dismissal told as done on a day: "Dismissed on Tuesday: …"; not "will be fired on
	 * Friday", nor "let go effective Friday".
	 */
	private static final Pattern DISMISSED_BEFORE = Pattern.compile("(?i)(?<!\\bbe )(?<!\\bbeing )(?<!\\bget )"
			+ "(?<!\\bgets )\\b(?:dismissed|fired|sacked|laid off|let go)\\s+(on\\s+)?$");

	/** The same after the date, as Dutch puts it: "is op 30 september vertrokken". */
	private static final Pattern PAST_RIGHT_AFTER = Pattern
		.compile("(?i)^\\s+(?:vertrokken|gestopt|overleden|verongelukt|omgekomen|"
				+ "begonnen|gestart|weggegaan|uit dienst (?:gegaan|getreden))\\b");

	/** Where a clause ends: a sentence's end, or a turn to what was before. */
	private static final Pattern CLAUSE_END = Pattern.compile("(?i)[;!?\\n]|\\.(?:\\s|$)|,\\s*(?:before|previously|"
			+ "until now|so far|daarvoor|hiervoor|eerder|voorheen|tot nu toe|tot dusver)\\b");

	/**
	 * A day said to be, right before it: "zijn laatste dag is vrijdag", "her first day is
	 * Monday". A verb in the past further back ("is ontslagen en zijn laatste dag is
	 * vrijdag") tells of another thing; a participle after the day still does ("is
	 * maandag begonnen").
	 */
	private static final Pattern IS_RIGHT_BEFORE = Pattern
		.compile("(?i)\\b(?:\\p{L}*dag|day|date|datum) (?:is|wordt|will be)\\s+(?:(?:on|op|the|de)\\s+)?$");

	private Tense() {
	}

	/**
	 * @param words the message
	 * @param start where the date begins
	 * @param end where it ends
	 */
	static boolean pastRightAround(String words, int start, int end) {
		return PAST_RIGHT_BEFORE.matcher(words.substring(Math.max(0, start - 40), start)).find()
				|| PAST_RIGHT_AFTER.matcher(words.substring(end, Math.min(words.length(), end + 40))).find();
	}

	/**
	 * Whether a dismissal is told as done on the date: "Dismissed on Tuesday: …".
	 * @param words the message
	 * @param start where the date begins
	 */
	static boolean dismissedOn(String words, int start) {
		Matcher dismissed = DISMISSED_BEFORE.matcher(words.substring(Math.max(0, start - 40), start));
		return dismissed.find() && (dismissed.group(1) != null || words.regionMatches(true, start, "on ", 0, 3));
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
		// a verb after the date tells of it only in its own clause: "is in the returns
		// team from Monday; before, she was in the warehouse" tells of the old place
		Matcher end = CLAUSE_END.matcher(words);
		int clauseEnd = end.find(Math.min(at, words.length())) ? end.start() : words.length();
		while (verb.find()) {
			boolean past = verb.group(1) != null && !PASSIVE_TO_COME.matcher(words.substring(0, verb.start())).find()
			// "has been let go effective Friday": the day it takes effect is to come
					&& !(DISMISSAL.matcher(verb.group()).matches()
							&& EFFECTIVE.matcher(words.substring(verb.end(), Math.max(verb.end(), at))).find());
			if (verb.end() <= at) {
				before = past;
			}
			else if (after == null && verb.start() >= at && verb.start() < clauseEnd) {
				after = past;
			}
		}
		if (IS_RIGHT_BEFORE.matcher(words.substring(Math.max(0, at - 30), Math.min(at, words.length()))).find()
				&& !Boolean.TRUE.equals(after)) {
			return false;
		}
		return before != null ? before : after != null && after;
	}

}
