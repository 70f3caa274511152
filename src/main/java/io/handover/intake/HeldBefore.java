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
			+ "werkend|nog|niet|not|temp)\\b|"
			// not employed here: "tot nu toe was hij freelancer", "until now she was a
			// contractor"
			+ "freelance|zzp|zelfstandig|uitzend|ingehuurd|inhuur|gedetacheerd|contractor|interim|"
			+ "vrijwillig|volunteer|self-employed)";

	private static final Pattern SAID = Pattern.compile("(?iu)(?:"
			// "Until now she was a …", "before that he was a …"
			+ "\\b(?:until now|up to now|up till now|so far|before that|before this|prior to that)\\s*,?\\s*"
			+ "(?:she|he|they)\\s+(?:was|were|worked as|has been)\\s+(?:an?\\s+)?" + NOT_A_JOB + "\\p{Ll}|"
			// "Zij was hiervoor verpleegkundige", "daarvoor stond hij als monteur", "tot
			// nu
			// toe was hij teeltmedewerker"
			+ "\\b(?:hiervoor|daarvoor|voorheen|tot nu toe|tot nog toe)\\s*,?\\s+(?:was|werkte|stond|zat)\\s+(?:hij|zij|ze)\\s+"
			+ "(?:als\\s+)?" + NOT_A_JOB + "\\p{Ll}|"
			+ "\\b(?:hij|zij|ze)\\s+(?:was|werkte|stond|zat)\\s+(?:hiervoor|daarvoor|voorheen|tot nu toe|tot nog toe)\\s+"
			+ "(?:als\\s+)?" + NOT_A_JOB + "\\p{Ll}|"
			// in brackets beside the new job: "(she was a cashier in Apeldoorn)", "(she's
			// been in finance until now)"
			+ "\\(\\s*(?:she|he|they|hij|zij|ze)\\s+(?:was|were|werkte|zat|stond)\\s+(?:als\\s+)?(?:(?:an?|een)\\s+)?"
			+ NOT_A_JOB + "\\p{Ll}|\\b(?:she|he|they)(?:['’]s|\\s+has|\\s+have)\\s+been\\s+(?:in|on|at)\\s+"
			+ "(?:the\\s+|our\\s+)?\\p{Ll}[\\p{L}-]*\\s+(?:until now|up to now|so far)\\b|"
			// "die tot nu toe op de receptie zat", "who until now ran the bar"
			+ "\\b(?:die|who)\\s+(?:tot nu toe|tot nog toe|until now|up to now)\\b|"
			// beside the name: "thans teamleider schade", ", until now assistant curator"
			+ "\\bthans\\s+" + NOT_A_JOB + "\\p{Ll}|,\\s*(?:until now|up to now|tot nu toe)\\s+(?:an?\\s+|een\\s+)?"
			+ NOT_A_JOB + "\\p{Ll})");

	/**
	 * The rest of the clause puts the job at another employer: "als verpleegkundige bij
	 * het UMC", "docent op een basisschool", "a chef at Hilton", "werkte hiervoor zes
	 * jaar in het UMC" (a place named with its article is theirs, not a unit of ours).
	 */
	private static final Pattern ELSEWHERE = Pattern.compile(
			"(?iu)^[^.,;!?\\n]{0,60}?(?:\\b(?:bij|with|for)\\b(?! (?:ons|us)\\b)|\\b(?:in|op|at) (?:een|a|an)\\b|\\bat (?-i:\\p{Lu})|"
					+ "\\b(?:in|op|at|bij) (?:het|de|the) (?-i:\\p{Lu}))");

	/**
	 * A job held at a place said with "the", lower case: ours ("hij was gastheer in het
	 * restaurant", "she was a porter on the ward"), not another employer's ("bij Van der
	 * Valk", "in een hotel", "in het UMC"), nor a trade ("in de thuiszorg", "in de
	 * bouw").
	 */
	private static final Pattern AT_OUR_PLACE = Pattern.compile("(?iu)\\b(?:hij|zij|ze|he|she)\\s+(?:was|werkte)"
			+ "\\s+(?:als\\s+)?(?:(?:a|an|een)\\s+)?(\\p{Ll}[\\p{L}-]+)\\s+(?:in|op|aan|on)\\s+(?:het|de|the)\\s+"
			+ "(?!(?:zorg|thuiszorg|ouderenzorg|jeugdzorg|gehandicaptenzorg|horeca|bouw|techniek|ict|it|onderwijs|retail|"
			+ "detailhandel|logistiek|industrie|kinderopvang|schoonmaak|beveiliging|tuinbouw|landbouw|transport|"
			+ "hospitality|healthcare|catering|army|navy|military|leger|marine|politie|police|gemeente|city|"
			+ "council|trade|industry|sector|branche)\\b)(?-i:\\p{Ll})");

	/**
	 * Work at a unit of ours said of the person now, or no longer: "who is working at the
	 * reception since two years", "die al jaren achter de bar staat", "is no longer at
	 * the guitar counter", "staat niet meer achter de kassa". A unit with "the", lower
	 * case, as in {@link #AT_OUR_PLACE}; not the company itself.
	 */
	private static final Pattern AT_OUR_UNIT = Pattern.compile(
			"(?iu)(?:" + "\\bwho\\s+(?:(?:is|are)\\s+(?:now\\s+|currently\\s+)?working|(?:now\\s+|currently\\s+)?works|"
					+ "ha(?:s|ve)\\s+(?:been\\s+working|worked|been)|(?:is|are)\\s+(?:now|currently))|"
					+ "\\bdie(?:\\s+(?:nu|momenteel|al(?:\\s+[\\p{L}\\d]+){1,2}))?|"
					// the work there told as until now: "tot nu toe werkte hij in het
					// magazijn", "until now she worked in the shop"
					+ "\\b(?:tot nu toe|tot dusver|until now|so far)\\s+(?:werkte|zat|stond|worked)\\s+(?:hij|zij|ze|he|she)|"
					+ "\\b(?:hij|zij|ze|he|she)\\s+(?:werkte|(?:has\\s+)?worked)\\s+(?:tot nu toe|tot dusver|until now|so far)|"
					+ "\\b(?:until now|so far)\\s+(?:he|she)\\s+(?:has\\s+)?worked|"
					// the job held there may come first: "werkt niet meer als kok in de
					// keuken"
					+ "\\b(?:no longer|niet meer)(?:\\s+(?:works?|working|werkt))?"
					+ "(?:\\s+(?:as|als)\\s+(?:(?:a|an|een)\\s+)?\\p{Ll}[\\p{L}-]+)?)"
					+ "\\s+(?:at|on|behind|op|achter|aan|in)\\s+(?:the|our|de|het|onze)\\s+"
					+ "(?!(?:company|firm|organi[sz]ation|business|bedrijf|organisatie|zaak|firma|club|vereniging)\\b)"
					+ "(?-i:\\p{Ll})");

	/** The clause names another employer after the unit: "at the desk of Philips". */
	private static final Pattern EMPLOYER_NAMED = Pattern
		.compile("^[^.,;!?\\n]{0,40}?\\b(?:bij|with|for|of|van|at)\\s+(?-i:\\p{Lu})");

	/**
	 * Years in a job, said as a career: "heeft 10 jaar als programmeur gewerkt", "worked
	 * for years as a nurse". Not here unless said: "tien jaar als kok bij ons".
	 */
	private static final Pattern CAREER = Pattern.compile("(?iu)(?:\\b(?:\\d+|\\p{L}+) (?:jaar|years?)(?: lang)?|"
			+ "\\bjarenlang|\\bfor (?:many )?years)\\s+(?:als|as)\\s+(?:(?:a|an|een)\\s+)?$");

	private static final Pattern HERE = Pattern
		.compile("(?iu)^[^.;!?\\n]{0,12}?\\b(?:bij ons|hier|with us|for us|here|in our|in ons|in onze)\\b");

	/** Whether the job at start–end is a career told, not a job held here. */
	static boolean career(String body, int start, int end) {
		return CAREER.matcher(body.substring(Math.max(0, start - 40), start)).find()
				&& !HERE.matcher(body.substring(end, Math.min(body.length(), end + 30))).find();
	}

	/**
	 * The job held told bare in a clause of its own after the news: "Sander Moerman is
	 * per 1 januari uitvoerder; hij was werkvoorbereider", "…. She was a receptionist."
	 * Only an occupation, and the clause ends on it: "hij was ziek", "she was our
	 * receptionist at the Hilton" are no job held here.
	 */
	private static final Pattern WAS_BARE = Pattern.compile("(?iu)[;.]\\s*(?:hij|zij|ze|he|she)\\s+was\\s+"
			+ "(?:(?:a|an|een|our|onze|ons)\\s+)?(\\p{Ll}[\\p{L}-]+)\\s*(?:[.;!\\n]|$)");

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
		Matcher unit = AT_OUR_UNIT.matcher(body).region(from, to);
		while (unit.find()) {
			if (!EMPLOYER_NAMED.matcher(body).region(unit.end(), to).lookingAt()) {
				return true;
			}
		}
		Matcher bare = WAS_BARE.matcher(body).region(from, to);
		while (bare.find()) {
			if (Occupations.heldBeside(bare.group(1))) {
				return true;
			}
		}
		Matcher place = AT_OUR_PLACE.matcher(body).region(from, to);
		while (place.find()) {
			if (Occupations.is(place.group(1))) {
				return true;
			}
		}
		return false;
	}

}
