package io.handover.intake;

import java.util.regex.Pattern;

/**
 * Leaving a job is not leaving us: a trainee who "will stay on with us as a junior
 * mechanic" when the traineeship ends, or someone who "blijft na zijn stage bij ons als
 * monteur", moves; a leaving or ending word beside it must not offboard them. The other
 * way round, a job of one's own after us ("wordt freelancer", "gaat als zzp'er verder")
 * is no job here: stopping for it is leaving.
 */
final class StaysOn {

	/** Staying here in a job: "stays on with us as", "blijft … bij ons als". */
	private static final Pattern STAYS_AS = Pattern.compile("(?iu)\\b(?:stay(?:s|ing)?|remains?|blijft|blijven)"
			+ "(?: on)?(?: [\\p{L}'’-]+){0,4}? (?:with us|here|bij ons|hier)(?: (?:aan het werk|werken|on))? (?:as|als)\\b");

	/** Working for oneself after us, never a job here. */
	static final String ON_ONES_OWN = "(?:(?:een |a )?(?:freelancer|freelance|zzp'?er|zzp|zelfstandige?|"
			+ "zelfstandig ondernemer|self-employed|consultant voor zichzelf)|voor zichzelf|for (?:him|her|them)self)\\b";

	/**
	 * Going on one's own: "goes self-employed", "wordt freelancer", "gaat als zzp'er
	 * verder".
	 */
	static final String GOES_ON_ONES_OWN = "(?:goes|going|will go|gaat|gaan)(?: (?:als|as))? (?:een |a )?"
			+ "(?:freelance|freelancer|self-employed|zzp'?er|zelfstandige?)|(?:wordt|becomes|will become) (?:een |a )?"
			+ "(?:freelancer|zzp'?er|zelfstandige?|self-employed)|(?:start|starts|begint|opent) (?:(?:his|her|their) own|"
			+ "(?:een |zijn |haar )?eigen) (?:business|company|bedrijf|zaak)|voor zichzelf (?:beginnen|begint|werken)";

	private StaysOn() {
	}

	/** Whether the part says its person stays with us in a job. */
	static boolean staysAs(String body, int from, int to) {
		return STAYS_AS.matcher(body).region(from, to).find();
	}

}
