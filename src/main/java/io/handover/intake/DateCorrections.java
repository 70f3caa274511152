package io.handover.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates a manager takes back in the words that give the right one: "niet op 4 januari
 * maar pas op 11 januari", "not on the 4th but the 11th of January", "the start date
 * moves from 4 January to 11 January", "11 January instead of 4 January". A date taken
 * back is never the one prefilled, whatever its place in the sentence.
 */
final class DateCorrections {

	/** "not on", "niet per", "instead of", "in plaats van" right before the date. */
	private static final Pattern NOT_THIS = Pattern.compile("(?i)(?:\\bnot|\\bniet|\\bnever|\\bnooit|\\binstead of|"
			+ "\\bin plaats van|\\bi\\.p\\.v\\.|\\bipv|\\brather than)\\s+(?:(?:on|op|per|from|vanaf|as of|the|de|"
			+ "meer|pas|al|starting)\\s+)*$");

	private static final Pattern FROM = Pattern.compile("(?i)\\b(?:from|van)\\s+(?:(?:the|de)\\s+)?$");

	private static final Pattern TO = Pattern.compile("(?i)\\s*(?:to|naar|into|->|→|=>)\\s+(?:(?:on|op|the|de)\\s+)?");

	/**
	 * Words saying a date changes. Without one, "from 4 January to 30 June" is a period,
	 * not a correction.
	 */
	private static final Pattern CHANGE = Pattern.compile("(?i)\\b(?:mov(?:e|es|ed|ing)|shift|chang|postpon|push|"
			+ "delay|reschedul|brought forward|bring forward|correct|verschuif|verschuift|verschov|verplaats|verzet|"
			+ "wijzig|gewijzigd|uitgesteld|uitstel|vervroeg|veranderd|verander|aangepast|update)");

	private DateCorrections() {
	}

	/**
	 * The dates among {@code here} that the words take back.
	 * @param body the whole message
	 * @param from where this person's words begin
	 * @param to where they end
	 */
	static Set<DateWords.Mention> takenBack(String body, int from, int to, List<DateWords.Mention> here) {
		Set<DateWords.Mention> back = new HashSet<>();
		boolean change = CHANGE.matcher(body.substring(from, to)).find();
		for (int i = 0; i < here.size(); i++) {
			DateWords.Mention date = here.get(i);
			String before = body.substring(Math.max(from, date.start() - 30), date.start());
			if (NOT_THIS.matcher(before).find()) {
				back.add(date);
			}
			else if (change && i + 1 < here.size() && FROM.matcher(before).find()
					&& TO.matcher(body.substring(date.end(), here.get(i + 1).start())).matches()) {
				back.add(date);
			}
		}
		return back;
	}

}
