package io.handover.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalogue word said in another sense, which gives no profile: denied ("he is no
 * developer, he only builds reports") or a keeper's "verzorger" of a team or of animals
 * ("verzorger (fysio) van onze hockeydames", "de verzorger van de olifanten").
 */
final class OtherSense {

	/**
	 * A denial right before the role: "no", "not a", "geen", "never a"; a bare "not" for
	 * a job contrasted with the one meant ("the workplace stuff, not development", "als
	 * tester, niet als programmeur").
	 */
	private static final Pattern DENIED = Pattern.compile("(?iu)(?:\\b(?<!\\bno longer )(?<!\\bnot only )"
			+ "(?:no|not(?: an?)?|geen|never an?|nooit|(?:not|niet) (?:as|als))|"
			// the job denied with its verb: "won't be a developer here"
			+ "(?:\\bnot|n['’]t)\\s+(?:be|become|becoming|work as|working as)(?:\\s+an?)?)"
			+ "\\s+(?:(?:a|an|een|real|echte|actual)\\s+)?$");

	/**
	 * Words after it that make it a job left or held besides: "geen verzorgende meer".
	 */
	private static final Pattern LEFT_OR_BESIDES = Pattern
		.compile("(?iu)^\\s*(?:meer|anymore|any more|longer|but also|maar ook|alone|alleen)\\b");

	/**
	 * "verzorger (fysio) van onze hockeydames", "de verzorging van overledenen": whom or
	 * what the keeper looks after.
	 */
	private static final Pattern KEEPER_OF = Pattern
		.compile("(?iu)^\\s*(?:\\([^)]{1,30}\\)\\s*)?,?\\s*van\\s+(?:(?:de|het|onze|ons)\\s+)?(\\p{L}+)");

	/** Keepers' words of the care sector: "verzorger", "verzorging". */
	private static final Pattern KEEPER = Pattern.compile("(?iu)verzorg(?:er|ster|ing)");

	/**
	 * A thing named by the job it is for, not the person's job: "a developer laptop",
	 * "carer access to the app".
	 */
	private static final Pattern THING_AFTER = Pattern.compile("(?iu)^\\s+(?:laptop|notebook|pc|computer|"
			+ "workstation|machine|licen[cs]es?|licenties?|tools|rechten|rights|setup|kit)\\b");

	/**
	 * A care word of another trade, said after what it is for: "ambulance care
	 * assistant", "animal carer", "dierenverzorger".
	 */
	private static final Pattern OTHER_CARE = Pattern
		.compile("(?iu)\\b(?:ambulance|animal|pet|veterinary|vet|dental|dieren|dier)\\s+$");

	private static final Pattern CARE_WORDS = Pattern.compile("(?iu)(?:health)?care\\b.*|carers?|caregivers?");

	/** People a carer looks after, or where: "verzorger van de bewoners". */
	private static final Set<String> CARED_FOR = Set.of("bewoners", "bewoner", "cliënten", "clienten", "cliënt",
			"client", "patiënten", "patienten", "patiënt", "patient", "ouderen", "afdeling", "thuiszorg", "groep",
			"woongroep", "kinderen", "zorg",
			// a place of ours: "de verzorging van locatie Zonnehof"
			"locatie", "location", "vestiging", "team", "wijk", "huis", "huize", "unit");

	/** Catalogue words that name a field or a department, not a person's job. */
	private static final Pattern FIELD = Pattern.compile("(?iu)(?:software\\s+)?(?:engineering|development)|sales|"
			+ "verkoop|(?:software)?ontwikkeling|(?:de\\s+)?zorg|thuiszorg|verpleging|verzorging|facilities|facilitair|"
			+ "facilitaire zaken|account management|facility management");

	/**
	 * A job noun right before the field, with a comma ("(Lecturer, Software
	 * Engineering)") or, as a noun after an article or an opening bracket, with "in",
	 * "of": "als docent in de zorg", "(lecturer in engineering)", not "he starts in
	 * development".
	 */
	private static final Pattern JOB_BEFORE = Pattern.compile("(?iu)(?:(?:^|[\\s(,;:])(\\p{L}[\\p{L}-]*)\\s*,\\s*"
			// what the field is of: "Software Engineering", not "both in sales"
			+ "(?:(?!(?:both|all|allebei|beiden|beide|in|of|at|bij|op|van|the|de|het|and|en|our|onze|ons)\\b)"
			+ "\\p{L}[\\p{L}-]*\\s+){0,2}|"
			+ "(?:^|[(,;:]\\s*|\\b(?:a|an|the|our|een|de|het|onze|ons|als|as)\\s+)(\\p{L}[\\p{L}-]*)"
			+ "\\s+(?:in|of|for|voor|van|bij)\\s+(?:(?:the|de|het|our|onze|ons)\\s+)?)$");

	/**
	 * Words of anyone at work, which leave the field to be the job: "medewerker verkoop",
	 * "stagiair sales".
	 */
	private static final Set<String> ANYONE = Set.of("medewerker", "medewerkster", "medewerkers", "werknemer",
			"employee", "staff", "collega", "colleague", "stagiair", "stagiaire", "trainee", "intern", "werkstudent",
			"student", "leerling", "apprentice", "vrijwilliger", "volunteer", "uitzendkracht", "invalkracht",
			"oproepkracht", "kracht");

	private OtherSense() {
	}

	/**
	 * Whether the field at start–end is where another job, said right before it, is done:
	 * "Dr Amira Saleh (Lecturer, Engineering)" teaches, she writes no software.
	 */
	static boolean fieldOfOtherJob(String text, int start, int end, java.util.function.Predicate<String> catalogue) {
		if (!FIELD.matcher(text.substring(start, end)).matches()) {
			return false;
		}
		Matcher job = JOB_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
		if (!job.find()) {
			return false;
		}
		String word = job.group(1) != null ? job.group(1) : job.group(2);
		return Occupations.is(word) && !ANYONE.contains(word.toLowerCase(Locale.ROOT)) && !catalogue.test(word);
	}

	/**
	 * A unit that stands for a role: "engineering team", "verkoopteam", "sales
	 * department".
	 */
	private static final Pattern UNIT = Pattern.compile("(?iu).*(?:team|afdeling|department|afd)");

	/** The job said after a unit: "joins our engineering team as a drafter". */
	private static final Pattern AS_JOB_AFTER = Pattern.compile(
			"(?iu)^[^.;:!?\\n]{0,40}?\\b(?:as|als)\\s+(?<article>(?:a|an|een|our|onze)\\s+)?(?:(?:junior|senior|medior)\\s+)?"
					+ "(?<job>\\p{L}[\\p{L}-]+)(?![\\p{L}-]|\\s+(?:manager|engineer|developer|ontwikkelaar|coordinator|"
					+ "coördinator|medewerker)\\b)");

	/**
	 * Whether the unit at start–end is only where the job said after it is done: "joins
	 * our engineering team as a drafter" draws, "komt in het verkoopteam als inkoper"
	 * buys. A job of the catalogue, or anyone at work ("as an intern"), leaves the unit's
	 * role standing.
	 */
	static boolean unitOfOtherJob(String text, int start, int end, java.util.function.Predicate<String> catalogue) {
		if (!UNIT.matcher(text.substring(start, end)).matches()) {
			return false;
		}
		Matcher after = AS_JOB_AFTER.matcher(text.substring(end));
		if (!after.lookingAt()) {
			return false;
		}
		String word = after.group("job");
		String lower = word.toLowerCase(Locale.ROOT);
		// "as a drafter": a job, known or not, with its article; "as a replacement" none
		boolean job = Occupations.is(word) || !NO_JOB_AFTER_AS.contains(lower)
				&& (after.group("article") != null || JOB_ENDING.matcher(lower).find());
		return job && !ANYONE.contains(lower) && !catalogue.test(word);
	}

	/** A doer's ending, as Dutch says a job without an article: "als inkoper". */
	private static final Pattern JOB_ENDING = Pattern.compile("\\p{L}{3}(?:er|aar|eur|ist|ant|ent|ier|ster)$");

	/** What "as a …" says other than a job: "as a replacement", "als vervanger". */
	private static final Set<String> NO_JOB_AFTER_AS = Set.of("replacement", "vervanger", "vervanging", "result",
			"whole", "team", "group", "groep", "rule", "regel", "matter", "reminder", "backup", "reserve", "extra",
			"temp", "start", "first", "trial", "test", "proef", "pilot", "favour", "favor", "gift", "bonus",
			"tijdelijke", "temporary", "permanent", "vaste", "full-time", "part-time", "fulltime", "parttime", "later",
			"eerder", "vroeger", "nader", "verder", "zeker", "afgesproken", "gepland", "planned", "agreed",
			"discussed");

	/** Whether the role words at start–end are said in another sense. */
	static boolean said(String text, int start, int end) {
		String before = text.substring(Math.max(0, start - 30), start);
		if (DENIED.matcher(before).find() && !LEFT_OR_BESIDES.matcher(text.substring(end)).lookingAt()) {
			return true;
		}
		if (THING_AFTER.matcher(text.substring(end)).lookingAt()) {
			return true;
		}
		String words = text.substring(start, end);
		if (CARE_WORDS.matcher(words).matches() && OTHER_CARE.matcher(before).find()) {
			return true;
		}
		if (!KEEPER.matcher(words).matches()) {
			return false;
		}
		Matcher of = KEEPER_OF.matcher(text.substring(end));
		return of.lookingAt() && !CARED_FOR.contains(of.group(1).toLowerCase(Locale.ROOT));
	}

}
