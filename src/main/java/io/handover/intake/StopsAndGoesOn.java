package io.handover.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One job stopped and another taken up here: "stopt op 31 december als heftruckchauffeur
 * en gaat vanaf 1 januari als planner bij ons verder", "stops as a cashier on 8 January
 * and from 11 January she is our office manager", "wordt per 1 maart verkoper, ze stopt
 * dan als receptioniste". The stopping word is no leaving: the person stays, so a
 * leaver's form would close the account of someone who keeps working. The day is the one
 * the new job starts, not the last day of the old one.
 */
final class StopsAndGoesOn {

	/**
	 * Stopping a job: "stopt als kok", "stops working as a cashier", "beëindigt … als".
	 */
	private static final String STOPS_AS = "(?:stopt|stoppen|stops?|stopping|quits?|beëindigt|beëindigen|ends?)"
			+ "(?: [\\p{L}\\d'’./-]+){0,6}? (?:als|as)\\b|"
			// the verb last: "haar werkzaamheden als facilitair medewerker beëindigt"
			+ "(?:werkzaamheden|werk|functie|baan) als(?: [\\p{L}'’-]+){1,4} (?:beëindigt|beëindigen|neerlegt|opgeeft)\\b";

	/**
	 * Going on here in another job, after "en"/"and": "gaat … als planner", "gaat … bij
	 * ons verder", "stapt over naar de functie van", "carries on with us as", "from 11
	 * January she is our".
	 */
	private static final Pattern GOES_ON = Pattern.compile("(?iu)\\b(?:en|and)\\s+(?:(?:hij|zij|ze|he|she|they)\\s+)?"
			+ "(?=(?:gaat|gaan|wordt|worden|stapt|stappen|overstapt|overstappen|komt|begint|becomes?|will become|carries on|continues|goes on|"
			+ "moves|is|from|vanaf|per)\\b)(?:[^.;!?\\n]{0,60}?)\\b(?:als|as|verder|over naar|aan de slag|werken|"
			+ "naar de (?:functie|rol|positie)|to the (?:role|position|job)|"
			+ "is (?:our|onze|ons)|(?:will be|becomes) (?:our|the)|bij ons|with us)\\b");

	/**
	 * The old job stopped "then", after the new one was said: "wordt … verkoper, ze stopt
	 * dan als receptioniste", "she stops as a carer at the same time".
	 */
	private static final Pattern STOPS_THEN = Pattern.compile("(?iu)\\b(?:wordt|worden|is|becomes?|will be|gaat)\\b"
			+ "[^.;!?\\n]{2,80}?[,;]\\s*(?:en\\s+|and\\s+)?(?:hij|zij|ze|he|she|they)\\s+(?:stopt|stops|quits)\\s+"
			+ "(?:dan|then|daarmee|tegelijk|tegelijkertijd|at the same time|meteen)\\s+(?:als|as)\\b");

	/** Leaving all the same: another employer, working for oneself, a pension, study. */
	private static final Pattern ELSEWHERE = Pattern.compile("(?iu)\\b(?:andere?|nieuwe?|another|new|other)\\s+"
			+ "(?:werkgever|employer|bedrijf|company|organisatie|organi[sz]ation|firm|baan|job)\\b|concurrent|competitor|"
			+ "zzp|freelance|zelfstandig|self-employed|pensioen|pension|retire|studie|study|studeren|elders|elsewhere|"
			+ "(?:een|a|an) (?:klant|client)\\b|(?-i:\\b(?:bij|at|for|naar|to) \\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*\\s+(?:aan de slag|als|as)\\b)");

	private StopsAndGoesOn() {
	}

	/** Whether the words send the person elsewhere all the same. */
	static boolean elsewhere(String body) {
		return ELSEWHERE.matcher(body).find();
	}

	/** Whether the part stops one job and takes another here. */
	static boolean said(String body, int from, int to) {
		return goesOn(body, from, to) >= 0
				|| STOPS_THEN.matcher(body).region(from, to).find() && !ELSEWHERE.matcher(body).region(from, to).find();
	}

	/**
	 * Where the new job's words start ("en gaat vanaf 1 januari …"), or -1: the day said
	 * from there on is the move's.
	 */
	static int goesOn(String body, int from, int to) {
		Matcher stop = Pattern.compile("(?iu)\\b(?:" + STOPS_AS + ")").matcher(body).region(from, to);
		if (!stop.find()) {
			return -1;
		}
		Matcher on = GOES_ON.matcher(body).region(stop.end(), to);
		if (!on.find() || ELSEWHERE.matcher(body).region(on.start(), to).find()) {
			return -1;
		}
		return on.start();
	}

}
