package io.handover.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A move told with a plain verb of someone who works here already: "head baker Tom Berg
 * goes to the early shift", "Ria Bakker, nu filiaalmanager in Oost, neemt de winkel in
 * West over", "gaat lasser Kees Vermeer naar het depot in Zwolle als ploegleider", "our
 * ticket clerk Amy Ross gets started as station supervisor". No start or move word is
 * said, but the job held before the name (or the job said to stay) and a shift, site or
 * job of ours to go to make it a move, not a newcomer.
 */
final class PlainMove {

	/**
	 * The job held now beside the name: ", nu filiaalmanager in Oost,", ", now a chef".
	 */
	private static final Pattern NOW_BESIDE = Pattern
		.compile("(?iu)^\\s*,\\s*(?:nu|now|currently|momenteel|thans)\\s+(?:(?:a|an|een|our|onze)\\s+)?\\p{L}");

	/** The job said to stay: "same job", "haar functie blijft gelijk", "zoals nu". */
	private static final Pattern SAME = Pattern.compile("(?iu)\\b(?:(?:the )?same (?:job|role|position)|"
			+ "(?:job|role) stays the same|zelfde functie|zelfde baan|functie blijft (?:gelijk|hetzelfde|dezelfde)|"
			+ "zoals nu|as (?:she|he|they) (?:does|do) now)\\b");

	/** Units of ours a mover goes to or takes over. */
	private static final String UNITS = "team|afdeling|department|region|regio|area|patch|territory|lab|keuken|kitchen|"
			+ "apotheek|pharmacy|garage|clinic|kliniek|praktijk|ward|unit";

	/**
	 * Not a unit of ours but another employer: "gaat naar de concurrent", "naar een
	 * klant".
	 */
	private static final String ELSEWHERE = "(?!(?:concurrent|competitor|klant|client|customer|andere?|other|another|"
			+ "nieuwe?|new|zaak|bedrijf|firma|company|firm|gemeente|provincie|overheid|universiteit|hogeschool|"
			+ "opleiding|school|studie|pensioen|buitenland)\\b)";

	/**
	 * Going to a shift or site of ours: "goes to the early shift", "gaat naar het depot".
	 */
	private static final Pattern TO_OURS = Pattern.compile("(?iu)\\b(?:goes|go|is going|will go|gaat|gaan|"
			+ "verhuist|relocates?|is relocating|will relocate|transfers?|is transferring)\\b[^.;!?\\n]{0,60}?"
			+ "\\b(?:to|naar)\\s+(?:(?:the|de|het|our|onze|ons)\\s+)" + ELSEWHERE + "(?:[\\p{L}-]+\\s+){0,3}?"
			+ "(?:[\\p{L}-]*(?:shift|dienst|ploeg)|depot|filiaal|vestiging|office|kantoor|site|locatie|location|"
			+ "winkel|shop|store|branch|werkplaats|workshop|[\\p{L}]*-?(?:" + UNITS + "))\\b|"
			// Dutch names a unit of ours by any noun after "naar de": "naar de expeditie"
			+ "\\b(?:gaat|gaan)\\b[^.;!?\\n]{0,60}?\\bnaar\\s+(?:de|het)\\s+" + ELSEWHERE
			+ "(?:\\p{Ll}[\\p{L}-]+\\s+){0,2}?\\p{Ll}[\\p{L}-]{3,}(?=\\s*(?:[.,;:!?]|$|\\b(?:van|in|op|bij|per|vanaf|als)\\b))|"
			// "gaat in het magazijn werken", "is in the returns team from Monday"
			+ "\\b(?:gaat|gaan)\\b[^.;!?\\n]{0,40}?\\b(?:in|op|bij) (?:de|het|onze?) [\\p{L}-]+ werken\\b|"
			+ "\\b(?:is|works|werkt|zit) (?:in|with|at|bij|op) (?:the|our|de|het|onze?) (?:[\\p{L}-]+ ){0,2}?"
			+ "(?:team|afdeling|department|ploeg|unit)\\b");

	/**
	 * Taking over a site of ours: "neemt de winkel in West over", "takes over our shop".
	 */
	private static final Pattern TAKES_OVER = Pattern.compile("(?iu)\\b(?:neemt|nemen)\\b[^.;!?\\n]{0,50}?"
			+ "\\b(?:winkel|filiaal|vestiging|locatie|depot|werkplaats|" + UNITS + ")\\b[^.;!?\\n]{0,30}?\\bover\\b|"
			+ "\\b(?:takes?|taking) over\\s+(?:(?:the|our)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:shop|store|branch|site|location|"
			+ "depot|workshop|" + UNITS + ")\\b|(?-i:\\p{Lu})\\p{L}+(?=\\s+(?:from|as of|on|per)\\b))");

	/**
	 * The job held said right after the name: "Tom Akers, team lead in the warehouse,",
	 * "Lena Fox (head baker)", "Ria Veen, chef-kok,".
	 */
	private static final Pattern JOB_BESIDE = Pattern.compile("(?iu)^\\s*[,(]\\s*(?:(?:a|an|een|our|onze)\\s+)?"
			+ "((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+?)\\s*(?:[,)]|\\s(?:in|at|bij|op|of|van|for|voor)\\b)");

	/**
	 * The place or task held before, said after the new one: "before, she was in the
	 * picking team", "niet meer in de banketafdeling", "no longer on the tills".
	 */
	private static final Pattern BEFORE = Pattern
		.compile("(?iu)\\b(?:before(?:,| that| then)? (?:s?he|they) was|previously (?:s?he|they) "
				+ "was|daarvoor (?:zat|was|werkte) (?:ze|zij|hij)|hiervoor (?:zat|was|werkte) (?:ze|zij|hij))\\s+(?:in|at|on|bij|op)"
				+ "\\b|,\\s*(?:niet meer|no longer)\\s+(?:in|op|bij|on|at)\\b");

	/** Setting to work in a new job: "gaat aan de slag als", "gets started as". */
	private static final Pattern SETS_TO_WORK = Pattern.compile("(?iu)\\b(?:aan de slag als|gets? started as|"
			+ "gets? going as|als(?: [\\p{L}'’-]+){1,6}? (?:aan de slag|werken|verder))\\b");

	/**
	 * A job of ours before the name, words about it between: "Onze adviseur aan huis,
	 * Marco Pronk", "onze teamleider klantenservice Imane Benali".
	 */
	private static final Pattern OUR_JOB = Pattern
		.compile("(?iu)\\b(?:onze|our)\\s+(\\p{L}[\\p{L}'’-]+)(?:\\s+\\p{Ll}[\\p{L}-]*){0,3},?\\s+$");

	/** Where a sentence starts: a capitalised job there is no given name. */
	private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:;\\n]\\s*|^\\s*\\p{L}+[,!]\\s*)$");

	/** The word right before the name. */
	private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}[\\p{L}-]+),?\\s+$");

	/** Said new, or one of a kind: "our new chef", "a baker". */
	private static final Pattern NEW_BEFORE = Pattern
		.compile("(?iu)\\b(?:nieuwe?|new|een|a|an)\\s+(?:[\\p{L}-]+\\s+)?$");

	private PlainMove() {
	}

	/**
	 * Whether the person, named at nameStart–nameEnd in the part from–to, is told to move
	 * with a plain verb; for a starter's reading, only a job held before the name with a
	 * new one set to work in ("onze kwaliteitsinspecteur Bart Smit gaat aan de slag als
	 * productieleider").
	 */
	static boolean said(String body, int nameStart, int nameEnd, int from, int to, boolean starter) {
		String part = body.substring(from, to);
		boolean title = titleBefore(body, nameStart, from);
		if (starter) {
			return title && SETS_TO_WORK.matcher(part).find();
		}
		boolean held = title || NOW_BESIDE.matcher(body).region(nameEnd, to).lookingAt() || SAME.matcher(part).find()
				|| jobBeside(body, nameEnd, to) || BEFORE.matcher(part).find();
		return held && (TO_OURS.matcher(part).find() || TAKES_OVER.matcher(part).find()
				|| title && SETS_TO_WORK.matcher(part).find());
	}

	private static boolean jobBeside(String body, int nameEnd, int to) {
		Matcher job = JOB_BESIDE.matcher(body).region(nameEnd, to);
		if (!job.lookingAt()) {
			return false;
		}
		return Arrays.stream(job.group(1).split("\\s+")).anyMatch(Occupations::heldBeside);
	}

	/**
	 * A job before the name, not said new: "head baker Tom Berg", "lasser Kees Vermeer".
	 */
	private static boolean titleBefore(String body, int nameStart, int from) {
		String before = body.substring(Math.max(from, nameStart - 40), nameStart);
		Matcher ours = OUR_JOB.matcher(body.substring(Math.max(from, nameStart - 60), nameStart));
		if (ours.find() && Occupations.beforeName(ours.group(1))) {
			return true;
		}
		Matcher word = WORD_BEFORE.matcher(before);
		if (!word.find()) {
			return false;
		}
		String job = word.group(1);
		// a capitalised agent noun is a title where it opens the sentence: "Klantadviseur
		// Manon Brugman gaat …" (elsewhere it may be a given name)
		boolean lower = Character.isLowerCase(job.charAt(0)) || SENTENCE_START
			.matcher(body.substring(Math.max(0, nameStart - 60), nameStart - word.group().length()))
			.find();
		return (Occupations.is(job) || lower && Occupations.beforeName(job.toLowerCase(Locale.ROOT)))
				&& !NEW_BEFORE.matcher(before.substring(0, word.start())).find();
	}

}
