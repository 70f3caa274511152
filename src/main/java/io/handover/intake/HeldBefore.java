package io.handover.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job held here before the new one, said as a fact beside it: "Until now she was a
 * shift supervisor", "daarvoor stond hij als monteur in de ploegendienst", "thans
 * teamleider schade", "die tot nu toe op de receptie zat", "…, until now assistant
 * curator". Whoever had a job here is no starter: the news is a move. A former employer
 * ("hij werkte hiervoor bij een hotel", "previously at a bank") is not such a job.
 */
final class HeldBefore {

	/** Words that put the job elsewhere or make it no job. */
	private static final String NOT_A_JOB = "(?!(?:at|with|in|for|employed|working|bij|in dienst|werkzaam|"
			+ "werkend|nog|niet|not)\\b)";

	private static final Pattern SAID = Pattern.compile("(?iu)(?:"
			// "Until now she was a …", "before that he was a …"
			+ "\\b(?:until now|up to now|up till now|so far|before that|before this|prior to that)\\s*,?\\s*"
			+ "(?:she|he|they)\\s+(?:was|were|worked as|has been)\\s+(?:an?\\s+)?" + NOT_A_JOB + "\\p{Ll}|"
			// "Zij was hiervoor verpleegkundige", "daarvoor stond hij als monteur"
			+ "\\b(?:hiervoor|daarvoor|voorheen)\\s+(?:was|werkte|stond|zat)\\s+(?:hij|zij|ze)\\s+" + "(?:als\\s+)?"
			+ NOT_A_JOB + "\\p{Ll}|"
			+ "\\b(?:hij|zij|ze)\\s+(?:was|werkte|stond|zat)\\s+(?:hiervoor|daarvoor|voorheen|tot nu toe|tot nog toe)\\s+"
			+ "(?:als\\s+)?" + NOT_A_JOB + "\\p{Ll}|"
			// "die tot nu toe op de receptie zat", "who until now ran the bar"
			+ "\\b(?:die|who)\\s+(?:tot nu toe|tot nog toe|until now|up to now)\\b|"
			// beside the name: "thans teamleider schade", ", until now assistant curator"
			+ "\\bthans\\s+" + NOT_A_JOB + "\\p{Ll}|,\\s*(?:until now|up to now|tot nu toe)\\s+(?:an?\\s+|een\\s+)?"
			+ NOT_A_JOB + "\\p{Ll})");

	/**
	 * The rest of the clause puts the job at another employer: "als verpleegkundige bij
	 * het UMC", "docent op een basisschool", "a chef at Hilton".
	 */
	private static final Pattern ELSEWHERE = Pattern.compile(
			"(?iu)^[^.,;!?\\n]{0,60}?(?:\\b(?:bij|with|for)\\b(?! (?:ons|us)\\b)|\\b(?:in|op|at) (?:een|a|an)\\b|\\bat (?-i:\\p{Lu}))");

	private HeldBefore() {
	}

	/** Whether the part says its person had a job here before. */
	static boolean said(String body, int from, int to) {
		Matcher held = SAID.matcher(body).region(from, to);
		while (held.find()) {
			if (!ELSEWHERE.matcher(body).region(held.end(), to).lookingAt()) {
				return true;
			}
		}
		return false;
	}

}
