package io.handover.intake;

import java.util.regex.Pattern;

/**
 * Date shapes beside the common ones of {@link DateWords}: a day given as one of two
 * ("either 4 or 11 January") or listed before others ("4 and 11 January"), day and month
 * with dots ("per 01.02."), a period that is a date moved ("has moved from 4 to 11
 * January"), and "may" as a verb after a day number ("the 11th may still move"), which is
 * no May.
 */
final class DateShapes {

	/**
	 * Right after a month word: lower-case "may" followed by a verb, or after a number
	 * word ("no one may"), is the verb.
	 */
	static final String MAY_AS_VERB = "(?!(?<=may)\\s+(?:still|be|not|also|well|have|need|change|move|shift|slip|"
			+ "vary|get|take|become|want|come|go|happen|turn|prove|seem|look|start|begin|join|leave|finish|end|or|"
			+ "differ|already|only|even|never|just)\\b)"
			+ "(?<!\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s{1,3}may)";

	/**
	 * The first of two days given as alternatives, the month after the second: "either 4
	 * or 11 January", "4 of 11 januari", "the 4th or the 11th of Jan". Group 1 the day,
	 * group 2 the month.
	 */
	static final Pattern ALTERNATIVE_DAY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th|e|ste|de)?\\s+"
			+ "(?:or|of|en/of|and/or|or else|dan wel)\\s+(?=(?:the\\s+|de\\s+)?\\d{1,2}(?:st|nd|rd|th|e|ste|de)?\\s+"
			+ "(?:of\\s+|van\\s+)?" + DateWords.MONTH + ")");

	/**
	 * A day listed before others that end with their month: "on 4 and 11 January", "op 4,
	 * 11 en 18 januari", each a date of its own (said "respectively", one for each
	 * person). A period said "between 4 and 11 January" too: its two days are on the
	 * form, with a note that there are several, not the last alone. Group 1 the day,
	 * group 2 the month.
	 */
	static final Pattern LISTED_DAY = Pattern.compile("(?<!\\b(?:from|van)\\s{1,3})\\b(\\d{1,2})"
			+ "(?:st|nd|rd|th|e|ste|de)?(?=(?:\\s*,\\s*|\\s+(?:and|en|&)\\s+)(?:(?:the|de)\\s+)?\\d{1,2}"
			+ "(?:st|nd|rd|th|e|ste|de)?(?:(?:\\s*,\\s*|\\s+(?:and|en|&)\\s+)(?:(?:the|de)\\s+)?\\d{1,2}"
			+ "(?:st|nd|rd|th|e|ste|de)?)*\\s+(?:of\\s+|van\\s+)?(" + DateWords.MONTH + ")(?!\\p{L}))");

	/**
	 * Day and month with a closing dot, as Dutch and German forms write them: "per
	 * 01.02.", "op 4.1.". Not a time ("om 10.10."). Group 1 a weekday before it, group 2
	 * the day, group 3 the month.
	 */
	static final Pattern DOTTED = Pattern.compile(DateWords.LEADING_WEEKDAY
			+ "(?<![\\d.,:/-])(?<!\\b(?:om|at|rond|around|tussen|between|van|tot|to|until|uur)\\s)"
			// "from 1.12." is a day; "vanaf 8.10." the time of one
			+ "(?!(?<=\\b(?:vanaf|from)\\s)(?:0?[6-9]|1\\d|2[0-3])\\.(?:0?5|10)\\.)"
			+ "\\b(0?[1-9]|[12]\\d|3[01])\\.(0?[1-9]|1[0-2])\\.(?![\\d\\p{L}])");

	/**
	 * A date said to move, right before a period's words: "has moved from 4 to 11
	 * January", "is verschoven van 4 tot 11 januari".
	 */
	private static final Pattern CHANGED = Pattern.compile("\\b(?:mov(?:e|es|ed|ing)|shift(?:s|ed)?|chang(?:e|es|ed)|"
			+ "postpon(?:e|es|ed)|push(?:es|ed)?(?: back)?|delay(?:s|ed)?|reschedul(?:e|es|ed)|brought forward|"
			+ "verschov(?:en)?|verschuift|verplaatst|verzet|gewijzigd|uitgesteld|vervroegd|veranderd|aangepast)"
			+ "(?:\\s+[\\p{L}'’]+){0,2}\\s*$");

	private DateShapes() {
	}

	/** Whether the words right before {@code at} say a date moves. */
	static boolean changedBefore(String lower, int at) {
		return CHANGED.matcher(lower).region(Math.max(0, at - 40), at).find();
	}

}
