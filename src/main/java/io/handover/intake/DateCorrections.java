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

	/**
	 * "not on", "niet per", "instead of", "in plaats van" right before the date, also
	 * with the event denied between ("is not finishing on", "won't start on", "doesn't
	 * leave on"), or a plan given up ("was going to start on", "zou op … beginnen",
	 * "originally"). Not a state denied from a date on ("no longer with us as of").
	 */
	private static final Pattern NOT_THIS = Pattern.compile("(?i)(?:(?:\\bnot|n't|\\bniet|\\bnever|\\bnooit|"
			+ "\\bno longer|\\bniet langer)(?:\\s+(?:be|being|toch|meer|yet))?(?:\\s+(?:start|begin|join|leav|finish|stop|"
			+ "vertrek|komt|komen|treedt|gaat|go|mov|happen|arriv|end|eindig)\\p{L}*)?|\\binstead of|\\bin plaats van|"
			+ "\\bi\\.p\\.v\\.|\\bipv|\\brather than|\\b(?:was|were) (?:going|supposed|planned|meant|scheduled|due) to \\p{L}+|"
			+ "\\b(?:was|were) (?:planned|scheduled|due)(?: for)?|\\bzou(?:den)?(?: eerst)?|"
			+ "\\b(?:stond|was) (?:eerst )?gepland(?: voor| op)?|\\b(?:originally|initially|oorspronkelijk|"
			+ "aanvankelijk)|\\b(?:instead of|in plaats van|rather than) (?:tot|until|till))\\s+"
			+ "(?:(?:on|op|per|from|vanaf|as of|the|de|meer|pas|al|starting|be|is|was|for)\\s+)*$");

	/**
	 * Words after a date that take it back: "8 March is off", "4 januari gaat niet door",
	 * "the 12th was a typo", or the writer correcting themselves ("day after tomorrow??
	 * No wait that's Saturday", "morgen, nee wacht").
	 */
	private static final Pattern NOT_THIS_AFTER = Pattern.compile("(?i)^[\\s,]*(?:(?:is|was|gaat|wordt|klopt)\\s+)?"
			+ "(?:off|cancell?ed|called off|geannuleerd|afgeblazen|van de baan|not happening|wrong|a typo|niet door|niet juist|niet correct|vervalt|vervallen|fout|"
			+ "onjuist|klopt niet)\\b|^[\\s,.!?]*(?:(?:no|oh|nee|o)[\\s,]+(?:wait|wacht)|(?:wait|wacht)[\\s,]+(?:that's|that is|dat is))\\b");

	/**
	 * Today said of a state, not the event: "werkt vandaag al niet meer, want hij is
	 * sinds maandag uit dienst", "is today no longer here". Taken back only when another
	 * date is said.
	 */
	private static final Pattern TODAY_NO_LONGER = Pattern
		.compile("(?i)^[\\s,]*(?:(?:al|ook|even|already)\\s+)?(?:niet meer|no longer|not any ?more)\\b");

	private static final Pattern TODAY = Pattern.compile("(?i)vandaag|today");

	private static final Pattern FROM = Pattern.compile("(?i)\\b(?:from|van)\\s+(?:(?:the|de)\\s+)?$");

	private static final Pattern TO = Pattern.compile("(?i)\\s*(?:to|naar|into|->|→|=>)\\s+(?:(?:on|op|the|de)\\s+)?");

	/**
	 * Words saying a date changes. Without one, "from 4 January to 30 June" is a period,
	 * not a correction.
	 */
	private static final Pattern CHANGE = Pattern.compile("(?i)\\b(?:mov(?:e|es|ed|ing)|shift|chang|postpon|push|"
			+ "delay|reschedul|brought forward|bring forward|correct|verschuif|verschuift|verschov|schuift|schuiven|opgeschoven|doorgeschoven|verplaats|verzet|"
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
			String after = body.substring(date.end(), Math.min(to, date.end() + 30));
			if (NOT_THIS.matcher(before).find() || NOT_THIS_AFTER.matcher(after).find() || here.size() > 1
					&& TODAY.matcher(date.words()).matches() && TODAY_NO_LONGER.matcher(after).find()) {
				back.add(date);
			}
			else if (change && i + 1 < here.size() && FROM.matcher(before).find()
					&& TO.matcher(body.substring(date.end(), here.get(i + 1).start())).matches()) {
				back.add(date);
			}
		}
		// "begint toch pas op 1 maart, niet op 1 februari" above the mail that said "per
		// 1
		// februari": the date taken back is wrong wherever else it is written
		for (DateWords.Mention date : here) {
			if (date.date() != null && back.stream().anyMatch(b -> date.date().equals(b.date()))) {
				back.add(date);
			}
		}
		return back;
	}

}
