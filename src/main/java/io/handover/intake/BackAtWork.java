package io.handover.intake;

/**
 * Back at work after an illness or a holiday, told other than as {@link HoursChange}'s
 * leave: the reason first ("After her knee operation Priya Nair is back and starts
 * again", "Na haar operatie is Femke Bakker terug en begint ze weer"), the return first
 * ("komt maandag na zijn knieoperatie weer werken"), the start said without "again" ("is
 * terug van haar burn-out en begint 18 januari"), or back from a holiday. Whoever returns
 * is employed still: the start word is the return's, and no one joins.
 */
final class BackAtWork {

	/** Whose: the illness is the person's own, not "a burn-out at her old employer". */
	private static final String WHOSE = "(?:her|his|their|haar|zijn|hun)";

	/** "her illness", "his knee operation", "zijn knieoperatie", "haar heupoperatie". */
	private static final String ILLNESS = "(?:\\p{Ll}+ )?(?:\\p{Ll}{2,12}(?=operatie|ingreep))?(?:illness|sickness|"
			+ "burn-?out|surgery|operation|sick leave|ziekte|operatie|ingreep|ziekteverlof|revalidatie|herstel)\\b";

	/** The reason first, the return or the start again after it. */
	private static final String REASON_FIRST = "(?:after|following|na) " + WHOSE + " " + ILLNESS
			+ "[^.;!?\\n]{0,60}?\\b(?:(?:starts?|begins?|works?|returns?)(?: work)? again|"
			+ "(?:begint|start|werkt|komt)(?: [\\p{L}\\d'’]+){0,3}? weer|(?:is|are) (?:weer )?(?:back|terug),? (?:and|en) "
			+ "(?:(?:ze|zij|hij|she|he|they) )?(?:starts?|begins?|begint|start)|(?:is|are) back at work)\\b";

	/**
	 * The return said first, the reason after it: "komt maandag na zijn knieoperatie weer
	 * werken".
	 */
	private static final String RETURN_FIRST = "(?:komt|begint|start|werkt)(?: [\\p{L}\\d'’]+){0,3}? (?:na|after) "
			+ WHOSE + " " + ILLNESS + " weer\\b";

	/** Back from one's illness and a start, with no "again": not a start "with us". */
	private static final String START_WITHOUT_AGAIN = "(?:is|are|komt|keert)(?: (?:weer|now|nu))? (?:back|terug) "
			+ "(?:from|after|van|na|uit) " + WHOSE + " " + ILLNESS + ",? (?:and|en) (?:(?:ze|zij|hij|she|he|they) )?"
			+ "(?:starts?|begins?|begint|start)\\b(?![^.;!?\\n]{0,30}\\b(?:with us|bij ons|at our|bij onze?)\\b)";

	/** Back from a holiday: "komt maandag terug van vakantie", "is back from holiday". */
	private static final String FROM_HOLIDAY = "(?:komt|keert|is)(?: [\\p{L}\\d'’]+){0,3} terug (?:van|uit) "
			+ "(?:(?:zijn|haar|hun|de) )?(?:zomer|winter|kerst)?vakantie\\b|(?:is|are|comes?|returns?)"
			+ "(?: [\\p{L}\\d'’]+){0,3}? (?:back )?from (?:(?:his|her|their|the) )?(?:holidays?|vacation)\\b";

	/** Any of these returns, for {@link HoursChange}'s cues of no news. */
	static final String SAID = REASON_FIRST + "|" + RETURN_FIRST + "|" + START_WITHOUT_AGAIN + "|" + FROM_HOLIDAY;

	private BackAtWork() {
	}

}
