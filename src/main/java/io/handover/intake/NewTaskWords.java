package io.handover.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kinds said without a move, start or leave verb (issue 18, blind-12): a colleague who
 * takes a new task or is contrasted with the old job stays with us ("gaat onze winkel in
 * Assen leiden", "geen chauffeur meer maar", "she now works as", "goes to the payroll
 * team as analyst"); one who goes "van ons naar" another employer leaves; a minister or
 * an official "installed" on a day starts then; the same unit in another town is a move.
 * Alternatives for intent patterns.
 */
final class NewTaskWords {

	/** A new task here: "gaat per 1 maart onze vestiging leiden", "will lead our …". */
	static final String LEADS = "(?:gaat|gaan)(?: [\\p{L}\\d'’()-]+){1,8} (?:leiden|aansturen)(?![\\p{L}-])|"
			+ "(?:will|is going to|goes on to) (?:lead|run|head) (?:the|our)\\b";

	/**
	 * The old job set against the new one: "geen chauffeur meer maar", "is no longer a
	 * cashier …, she now works as", "werkt dan als planner bij onze …". Not "niet meer
	 * bij ons", which is leaving.
	 */
	static final String CONTRAST = "geen(?: [\\p{L}-]+){1,3} meer,? maar|"
			// "gaat vanaf maandag de taarten maken, niet meer het brood"
			+ "(?:gaat|gaan)(?: [\\p{L}\\d'’./-]+){1,9}, niet meer (?!(?:bij ons|in dienst|werkzaam|hier|terug)\\b)"
			+ "(?:de|het|aan|in|op|als|bij de|bij het)\\b|"
			+ "(?:he|she|they|hij|zij|ze) (?:now |nu |then |dan |voortaan )?(?:works?|werkt)(?: nu| dan| now| voortaan)? "
			+ "(?:as|als)\\b(?=[^.!?\\n]{1,60}\\b(?:our|onze|ons|bij ons|in the|bij de|bij het)\\b)";

	/** "goes to the payroll team as analyst": a unit of ours and a job there. */
	static final String TO_UNIT_AS = "(?:gaat|gaan)(?: [\\p{L}\\d'’./-]+){0,8} als [\\p{L}-]+(?: [\\p{L}-]+)? naar "
			+ "(?:de |het |ons |onze )?(?:vestiging|afdeling|team|locatie|filiaal|kantoor|winkel|depot|regio|"
			+ "werkplaats|keuken|kliniek|praktijk)\\b|"
			+ "(?:goes|going|go|will go|moves|moving) to (?:the|our) (?:[\\p{L}-]+ ){0,2}"
			+ "(?:team|department|desk|unit|ward|office|branch|depot|site|plant|lab)s? (?:as|to work as)\\b|"
			+ "(?:goes|going|go|will go) to (?:the )?(?:finance|payroll|sales|marketing|hr|it|logistics|purchasing|"
			+ "planning|dispatch|support|accounts) (?:as|to work as)\\b";

	/**
	 * The same unit in another town: "van de werkplaats in Sneek naar die in Drachten".
	 */
	static final String PLACE = "van (?:de|het) ([\\p{L}-]+) in [\\p{L}-]+ naar (?:die|dat|(?:de|het) \\1) in";

	/**
	 * A relocation in a relative clause before a start: "who is moving from A to B,
	 * starts".
	 */
	static final String RELOCATING = "who(?: is|'s)? mov(?:es|ing) from [^,.;]{1,40} to [^,.;]{1,40}, "
			+ "(?=(?:starts|begins|joins|will (?:start|begin|join))\\b)|"
			// a newcomer's move between towns: "she moves to Amsterdam from Milan"
			+ Behind.then(
					"\\b(?:starts|begins|joins|start|begin|join)\\b[^.!?\\n]{0,60}[;,.]\\s?(?:and )?(?:she|he|they) ",
					"(?:moves|is moving|will move|relocates|is relocating) (?:to|from) (?-i:\\p{Lu}\\p{L}+) (?:from|to) "
							+ "(?-i:\\p{Lu}\\p{L}+)");

	/** Leaving us for another employer: "gaat van ons naar de gemeente". */
	static final String FROM_US = "(?:van ons|from us) (?:naar|to)";

	/** A minister or official installed: "wordt zondag bevestigd", "is installed on". */
	static final String INSTALLED = "(?:wordt|worden|will be|is being|to be)(?: [\\p{L}\\d'’-]+){0,4} "
			+ "(?:bevestigd|geïnstalleerd|ingezegend|ingehuldigd|installed|ordained|inducted|sworn in)";

	/**
	 * Another employer a leaver goes to: "naar een nieuwe werkgever", "to another firm".
	 */
	private static final Pattern NEXT_EMPLOYER = Pattern.compile("(?iu)\\b(?:naar|bij|to|at|for|joins?)\\s+"
			+ "(?:een|a|an)?\\s*(?:andere?|nieuwe?|new|another|other|different)\\s+(?:werkgever|employer|company|"
			+ "bedrijf|organisatie|organi[sz]ation|firm|firma|zaak|baas)\\b|"
			// "gaat bij een concurrent aan de slag als", "joins a client as"
			+ "\\b(?:naar|bij|to|at|for|joins?)\\s+(?:een|a|an|our|onze)?\\s*(?:concurrent|competitor|rival|klant|"
			+ "client|customer)\\b");

	private NewTaskWords() {
	}

	/** Where, between from and to, another employer is named; to when none is. */
	static int nextEmployer(String body, int from, int to) {
		Matcher next = NEXT_EMPLOYER.matcher(body).region(from, to);
		if (!next.find()) {
			// "leaves … to become a software developer at Google", "to work as a
			// developer
			// for a bank": the job is the next employer's, named or not
			Matcher elsewhere = JOB_ELSEWHERE.matcher(body).region(from, to);
			return elsewhere.find() ? elsewhere.start() : to;
		}
		// the job said in the same clause is the next employer's too: "leaves us to work
		// as a developer at another company", "gaat als planner aan de slag bij een
		// ander bedrijf"
		int clause = next.start();
		while (clause > from && ".;!?,\n".indexOf(body.charAt(clause - 1)) < 0) {
			clause--;
		}
		Matcher job = TO_WORK_AS.matcher(body).region(clause, next.start());
		return job.find() ? job.start() : next.start();
	}

	/**
	 * A job taken up at another employer, whose name follows: "to become a developer at
	 * Google", "to work as a programmer for a bank", "om als programmeur bij Philips".
	 */
	private static final Pattern JOB_ELSEWHERE = Pattern.compile("(?iu)\\b(?:to work as|to become|to start as|"
			+ "om als|om)\\b[^.;!?\\n]{1,50}?\\b(?:at|for|with|bij)\\s+(?:(?:a|an|een)\\s+\\p{L}+|"
			+ "(?-i:\\p{Lu})\\p{L}+)");

	/** What sets out the next job in its clause: "to work as", "gaat … als". */
	private static final Pattern TO_WORK_AS = Pattern
		.compile("(?iu)\\b(?:to work|to become|to join|as an?|om|gaat|gaan|goes|going|will work|als)\\b");

	/** Whether another employer is named between from and to. */
	static boolean namesNextEmployer(String body, int from, int to) {
		return NEXT_EMPLOYER.matcher(body).region(from, to).find();
	}

}
