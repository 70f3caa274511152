package io.handover.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of a move sentence, whatever its verb: a person who is here already (a job
 * held before or beside the name, the old place or job set against the new one, the job
 * said to stay, the job stopped, "until then she is our receptionist", "staying with
 * us"), a change (gaat, werkt, komt, stapt over, wordt, moves, becomes, takes up …) to a
 * place of ours (a unit, site, team, office, "bij ons aan de balie") and/or a job ("als
 * planner", "as a buyer"), and never another employer ("naar een andere gemeente", "to a
 * competitor"): "head baker Tom Berg goes to the early shift", "Ria Bakker, nu
 * filiaalmanager in Oost, neemt de winkel in West over", "werkt vanaf dinsdag in de
 * kantine en niet meer op de bouwplaats", "stopt op 31 december als heftruckchauffeur en
 * gaat vanaf 1 januari als planner bij ons verder". Such a person already has an account:
 * a newcomer's form would make a second one, a leaver's would close the one they keep
 * using.
 */
final class MoveSentence {

	/**
	 * The job held now beside the name: ", nu filiaalmanager in Oost,", ", now a chef",
	 * "(nu onthaalmedewerkster)", ", presently lab technician in our faculty,".
	 */
	private static final Pattern NOW_BESIDE = Pattern.compile("(?iu)^\\s*[,(]\\s*(?:nu|now|currently|momenteel|"
			+ "thans|presently|at present)\\s+(?:(?:a|an|een|our|onze)\\s+)?\\p{L}");

	/** The job said to stay: "same job", "haar functie blijft gelijk", "zoals nu". */
	private static final Pattern SAME = Pattern
		.compile("(?iu)\\b(?:" + JobKept.SAID_TO_STAY + "|zoals nu|as (?:she|he|they) (?:does|do) now)\\b");

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

	/** Not at work: "gaat in de ziektewet", "op zwangerschapsverlof". */
	private static final String NOT_AT_WORK = "(?!(?:ziektewet|wao|ww|bijstand|vut|[\\p{L}]*verlof|leave)\\b)";

	/**
	 * Going to a shift or site of ours: "goes to the early shift", "gaat naar het depot".
	 */
	private static final Pattern TO_OURS = Pattern.compile("(?iu)\\b(?:goes|go|is going|will go|gaat|gaan|"
			+ "verhuist|relocates?|is relocating|will relocate|transfers?|is transferring|transferred|moves?|moved|"
			+ "moving)\\b[^.;!?\\n]{0,60}?" + "\\b(?:to|naar)\\s+(?:(?:the|de|het|our|onze|ons)\\s+)" + ELSEWHERE
			+ "(?:[\\p{L}-]+\\s+){0,3}?"
			+ "(?:[\\p{L}-]*(?:shift|dienst|ploeg)|depot|filiaal|vestiging|office|kantoor|site|locatie|location|"
			+ "winkel|shop|store|branch|werkplaats|workshop|[\\p{L}]*-?(?:" + UNITS + "))\\b|"
			// Dutch names a unit of ours by any noun after "naar de": "naar de expeditie"
			+ "\\b(?:gaat|gaan)\\b[^.;!?\\n]{0,60}?\\bnaar\\s+(?:de|het)\\s+" + ELSEWHERE
			+ "(?:\\p{Ll}[\\p{L}-]+\\s+){0,2}?\\p{Ll}[\\p{L}-]{3,}(?=\\s*(?:[.,;:!?]|$|\\b(?:van|in|op|bij|per|vanaf|als)\\b))|"
			// "gaat in het magazijn werken", "komt op de locatie in Tilburg werken", "is
			// in
			// the returns team from Monday", "is going to work in our shop team"
			+ "\\b(?:gaat|gaan|komt|komen)\\b[^.;!?\\n]{0,40}?\\b(?:in|op|bij) (?:de|het|ons|onze?) [\\p{L}-]+ "
			+ "(?:(?:in|te) (?-i:\\p{Lu})\\p{L}+ )?werken\\b|"
			+ "\\b(?:is|works?|working|werkt|werken|zit) (?:in|with|at|bij|op) (?:the|our|de|het|onze?) (?:[\\p{L}-]+ ){0,2}?"
			+ "(?:team|afdeling|department|ploeg|unit)\\b|"
			// a unit named without an article: "gaat per 1 februari naar team
			// Vergunningen"
			+ "\\b(?:gaat|gaan|goes|moves?|transfers?|verhuist)\\b[^.;!?\\n]{0,60}?\\b(?:naar|to) (?:team|afdeling|"
			+ "department|unit) (?-i:\\p{Lu})|"
			// a post of ours: "gaat per 4 januari op de kraan", "gaat in de kantine, als
			// hulpkok"
			+ "\\b(?:gaat|gaan)\\b[^.;!?\\n]{0,40}?\\b(?:op|in|bij)\\s+(?:de|het)\\s+" + ELSEWHERE + NOT_AT_WORK
			+ "\\p{Ll}[\\p{L}-]{3,}(?=\\s*(?:[,;:]\\s*(?:als|as)\\b|\\s(?:als|werken)\\b))|"
			// a place of ours: "gaat per 1 maart bij ons aan de balie werken"
			+ "\\b(?:gaat|gaan|komt|komen|goes|will)\\b[^.;!?\\n]{0,40}?\\bbij ons (?:aan|in|op|bij) (?:de|het) \\p{L}|"
			// a team of ours: "gaat bij ons IT-team aan de slag", "will get started in
			// our
			// sales team"
			+ "\\b(?:gaat|gaan|komt|komen|goes|will|gets?)\\b[^.;!?\\n]{0,40}?\\b(?:bij|in|op) (?:ons|onze|our) "
			+ "(?:[\\p{L}-]+ )?[\\p{L}-]*(?:team|afdeling|department)\\b");

	/**
	 * Going to a unit or site of ours, nothing else said: "Per 1 maart gaat Jan de Vries
	 * naar het magazijn", "goes to our warehouse", "is going to the night shift". Not
	 * another employer ("naar de concurrent", "to a competitor"), nor leave.
	 */
	private static final Pattern GOES_TO_OURS = Pattern.compile("(?iu)\\b(?:goes|go|is going|will go|gaat|gaan|"
			+ "verhuist|relocates?|is relocating|will relocate|transfers?|is transferring|moves?|is moving)\\b"
			+ "[^.;!?\\n]{0,60}?\\b(?:to|naar)\\s+(?:(?:the|de|het)\\s+" + ELSEWHERE + NOT_AT_WORK
			+ "(?:[\\p{L}-]+\\s+){0,3}?(?:[\\p{L}-]*(?:shift|dienst|ploeg)|depot|filiaal|vestiging|office|kantoor|site|"
			+ "locatie|location|winkel|shop|store|branch|werkplaats|workshop|warehouse|magazijn|desk|counter|"
			+ "reception|[\\p{L}]*-?(?:" + UNITS + "))|(?:our|ons|onze)\\s+" + ELSEWHERE + NOT_AT_WORK
			+ "\\p{L}[\\p{L}-]+)\\b|"
			// Dutch names a unit of ours by any noun after "naar de": "naar de receptie",
			// not a public employer nor a visit ("naar de politie", "naar de tandarts")
			+ "\\b(?:gaat|gaan)\\b[^.;!?\\n]{0,60}?\\bnaar\\s+(?:de|het)\\s+" + ELSEWHERE + NOT_AT_WORK
			+ "(?!(?:politie|brandweer|defensie|leger|marine|ziekenhuis|tandarts|huisarts|dokter|kapper)\\b)"
			+ "\\p{Ll}[\\p{L}-]{3,}(?=\\s*(?:[.,;:!?]|$|\\b(?:van|in|op|bij|per|vanaf|als)\\b))");

	/**
	 * Taking over a site of ours: "neemt de winkel in West over", "takes over our shop".
	 */
	private static final Pattern TAKES_OVER = Pattern.compile("(?iu)\\b(?:neemt|nemen)\\b[^.;!?\\n]{0,50}?"
			+ "\\b(?:winkel|filiaal|vestiging|locatie|depot|werkplaats|" + UNITS + ")\\b[^.;!?\\n]{0,30}?\\bover\\b|"
			+ "\\b(?:takes?|taking) over\\s+(?:(?:the|our)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:shop|store|branch|site|location|"
			+ "depot|workshop|" + UNITS + ")\\b|(?-i:\\p{Lu})\\p{L}+(?=\\s+(?:from|as of|on|per)\\b))|"
			// a job of ours taken over: "neemt de rol van accountmanager over", "takes
			// over
			// the role of buyer"
			+ "\\b(?:neemt|nemen)\\b[^.;!?\\n]{0,60}?\\b(?:de|het) (?:rol|functie|taken|baan|positie) van\\b"
			+ "[^.;!?\\n]{1,50}?\\bover\\b|\\b(?:takes?|taking) over the (?:role|job|post|position|duties) of\\b");

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
	private static final Pattern SETS_TO_WORK = Pattern
		.compile("(?iu)\\b(?:aan de slag als|gets? started as|" + "will (?:be )?work(?:ing)? as|is going to work as|"
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

	private MoveSentence() {
	}

	/**
	 * The old place or job set against the new one: "in plaats van in het stadhuis",
	 * "i.p.v. aan de kassa", "en niet meer op de bouwplaats", "instead of at the tills".
	 * Not hours ("24 uur i.p.v. 32"): a place's preposition follows.
	 */
	private static final Pattern INSTEAD = Pattern.compile("(?iu)(?:\\bin plaats van|\\bi\\.\\s?p\\.\\s?v\\.|\\bipv|"
			+ "\\ben niet meer|\\binstead of|\\brather than|\\band no longer|,\\s*(?:niet meer|no longer))\\s+"
			+ "(?:(?:werken|werkt|working|works)\\s+)?(?:in|op|aan|bij|at|on)\\b");

	/** Working in a place: "werkt vanaf dinsdag in de kantine", "works at the depot". */
	private static final Pattern WORKS_THERE = Pattern.compile("(?iu)\\b(?:werkt|werken|gaat|gaan|works?|is|zit|"
			+ "komt)\\b[^.;!?\\n]{0,50}?\\b(?:in|op|aan|bij|at|on)\\s+(?:de|het|the|our|onze?)\\s+\\p{L}|"
			// the verb last, in a clause: "dat ze in de foyer werkt"
			+ "\\b(?:in|op|aan|bij)\\s+(?:de|het|onze?)\\s+[\\p{L}-]+(?:\\s+\\p{Lu}\\p{L}+)?\\s+(?:werkt|werken|gaat werken)\\b");

	/** A post taken up: "will take up the post of", "neemt de functie van … op". */
	private static final Pattern TAKES_UP = Pattern
		.compile("(?iu)\\b(?:take|takes|taking) up the (?:post|position|" + "role|job) of\\b");

	/**
	 * Here until now: "ze zat tot nu toe bij onze servicedesk", "he was on our help desk
	 * until now".
	 */
	private static final String HELD_UNTIL_NOW = "\\b(?:(?:hij|zij|ze) (?:zat|werkte|was) tot nu toe|tot nu toe "
			+ "(?:zat|werkte|was) (?:hij|zij|ze)) (?:nog )?(?:bij|in|op|als) (?:ons|onze?)\\b|\\b(?:s?he|they) "
			+ "(?:was|worked|has been|has worked) (?:[\\p{L}-]+ ){0,3}?(?:on|in|at|for|with) (?:our|us)\\b"
			+ "[^.;!?\\n]{0,40}? until now\\b";

	/**
	 * The job held here until the move: "until then she is our receptionist", "tot die
	 * tijd is hij nog onze kok".
	 */
	private static final Pattern UNTIL_THEN = Pattern.compile("(?iu)" + HELD_UNTIL_NOW
			+ "|\\b(?:until then|till then|in the meantime|"
			+ "tot (?:dan|die tijd|die datum|dat moment)|tot zolang)\\s*,?\\s*(?:(?:s?he|they)\\s*(?:['’]s|is|was|"
			+ "remains|stays)|(?:is|blijft) (?:hij|zij|ze)|(?:hij|zij|ze) (?:is|blijft))\\s+(?:still\\s+|nog\\s+)?"
			+ "(?:(?:a|an|een)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:on|in|at|op|bij)\\s+)?(?:our|onze?|bij ons|here|hier|"
			+ "with us)\\b");

	/**
	 * Staying with us, not until a day: "is staying with us after her internship",
	 * "blijft bij ons".
	 */
	private static final Pattern STAYING = Pattern.compile("(?iu)\\b(?:is staying|stays|will stay|remains|blijft)"
			+ "\\s+(?:on\\s+)?(?:with us|bij ons|here|hier)\\b(?!\\s+(?:nog\\s+)?(?:tot|until|till|through)\\b)");

	/**
	 * A unit of ours left for another of ours, said in two clauses: "is leaving the
	 * bakery department; she's moving to our warehouse", "verlaat het magazijn, ze gaat
	 * naar onze winkel".
	 */
	private static final Pattern LEFT_FOR_OURS = Pattern.compile("(?iu)\\b(?:is leaving|leaves|leaving|verlaat)\\s+"
			+ "(?:the|our|de|het|ons)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:department|team|afdeling|unit|ward|desk|shift|"
			+ "ploeg|[\\p{L}]*-?(?:" + UNITS + "))\\b[^.!?\\n]{0,40}?(?:[;,:—–-]|\\b(?:and|en)\\b)[^.;!?\\n]{0,30}?"
			+ "\\b(?:moving|moves|going|goes|transferring|transfers|gaat|verhuist|komt|stapt)\\b[^.;!?\\n]{0,30}?"
			+ "\\b(?:to|naar|in|op|bij)\\s+(?:our|ons|onze)\\b");

	/**
	 * Work of ours left, then another team of ours joined, the news in two sentences: "is
	 * leaving the phones! From Monday she joins our dev team", "verlaat de receptie. Per
	 * 1 februari komt ze in ons ontwikkelteam". Not the company left.
	 */
	private static final Pattern LEFT_TO_JOIN_OURS = Pattern.compile("(?iu)\\b(?:is leaving|leaves|leaving|verlaat)"
			+ "\\s+(?:the|our|de|het|onze?)\\s+(?!(?:company|organi[sz]ation|firm|business|bedrijf|organisatie|zaak|"
			+ "school|country|land|team|afdeling)\\b)(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+\\s*(?:[.!;,:—–-]|\\b(?:and|en)\\b)"
			+ "[^.;!?\\n]{0,40}?\\b(?:joins|will join|is joining|komt|gaat)\\b[^.;!?\\n]{0,30}?\\b(?:our|ons|onze)\\s+"
			+ "(?:[\\p{L}-]+\\s+)?[\\p{L}-]*(?:team|afdeling|department|unit)\\b");

	/**
	 * A job given up, with us still: "is niet langer werkzaam als kok", "no longer works
	 * as a cook".
	 */
	private static final Pattern NO_LONGER_AS = Pattern.compile(
			"(?iu)\\b(?:niet langer|niet meer|no longer)\\s+" + "(?:werkzaam\\s+|working\\s+|works\\s+)?(?:als|as)\\b");

	/** Going on here: "gaat bij ons de inkoop doen", "stays with us in planning". */
	private static final Pattern ON_HERE = Pattern.compile("(?iu)\\b(?:gaat|gaan|komt|wordt|goes|will|moves|stays)"
			+ "\\b[^.;!?\\n]{0,40}?\\b(?:bij ons|with us|for us|hier|here|intern|internally)\\b");

	/**
	 * A task stopped for a new job, not the work: "de zorg stopt hij mee", "de
	 * nachtdiensten stopt ze mee".
	 */
	private static final Pattern TASK_STOPPED = Pattern.compile("(?iu)\\b(?:de|het|z['’]n|zijn|haar)\\s+\\p{Ll}"
			+ "[\\p{L}-]*\\s+(?:stopt|stoppen)\\s+(?:hij|zij|ze)\\s+(?:mee|ermee)\\b");

	/**
	 * Never a job taken: "wordt opgevolgd", "becomes a freelancer": the one check for a
	 * job stopped "then" and for one going on.
	 */
	private static final String NO_JOB_HERE = "(?:opgevolgd|vervangen|bedankt|gemist|uitgezwaaid|gepensioneerd|"
			+ "replaced|succeeded|missed|retired|available|vacant|a pensioner|zzp'?er|freelancer|zelfstandig)\\b";

	/**
	 * "Tim stopt als magazijnchef; hij wordt dan accountmanager": a job left for another.
	 */
	private static final Pattern STOPS_AS_THEN = Pattern.compile("(?iu)\\b(?:stopt|stoppen|stops?|stopping|"
			+ "stop working|stops working)\\b(?: [\\p{L}\\d'’-]+){0,4}? (?:als|as)\\b[^.!?\\n]{1,80}?\\b(?:wordt|worden|"
			+ "becomes?|will become|gaat (?:verder|door) als|goes on as|continues as)\\b(?!\\s+" + NO_JOB_HERE + ")");

	/** Said of the person: "hij wordt", "she becomes". */
	private static final Pattern BECOMES = Pattern
		.compile("(?iu)\\b(?:hij|zij|ze|he|she|they)\\s+(?:wordt|becomes|will become|['’]ll be|will be)\\s");

	/**
	 * Whether the person, named at nameStart–nameEnd in the part from–to and read so far
	 * as kind (none, a starter or a leaver), is told to move: someone here already, a
	 * change to a place or job of ours, never another employer. A starter's words need
	 * the job held here said too ("onze kwaliteitsinspecteur Bart Smit gaat aan de slag
	 * als productieleider", "takes up the post …; until then she is our receptionist"); a
	 * leaver's the unit or job left for one of ours ("is leaving the bakery department;
	 * he's moving to our warehouse").
	 */
	static boolean said(String body, int nameStart, int nameEnd, int from, int to, Announcement.Kind kind) {
		String part = body.substring(from, to);
		boolean elsewhere = OTHER_EMPLOYER.matcher(part).find();
		boolean title = titleBefore(body, nameStart, from);
		boolean heldHere = UNTIL_THEN.matcher(part).find() || STAYING.matcher(part).find();
		boolean newJob = HeldJob.NEW_JOB.matcher(part).find() || TAKES_UP.matcher(part).find();
		if (kind == Announcement.Kind.LEAVER) {
			return STOPS_AS_THEN.matcher(part).find()
					|| !elsewhere && (LEFT_FOR_OURS.matcher(part).find() || LEFT_TO_JOIN_OURS.matcher(part).find()
							|| NO_LONGER_AS.matcher(part).find() && ON_HERE.matcher(part).find()
							|| (title || jobBeside(body, nameEnd, to)) && TASK_STOPPED.matcher(part).find()
									&& BECOMES.matcher(part).find());
		}
		// the old place set against the new one: only one who works here has one
		boolean instead = INSTEAD.matcher(part).find() && WORKS_THERE.matcher(part).find();
		if (kind == Announcement.Kind.STARTER) {
			// "wordt X, nu receptioniste, onze nieuwe coördinator": "new" to the job
			// "Grace Obi (fundraising) is going to work in our shop team": a unit of ours
			// beside the name and another place of ours, with no word of starting
			// "onze planner transport Ali Ait start per 1 maart als programmeur"
			return title && SETS_TO_WORK.matcher(part).find()
					|| ourJobBefore(body, nameStart, from) && STARTS_AS.matcher(body).region(nameEnd, to).lookingAt()
					|| !elsewhere && ((heldHere || heldNowOfOurs(body, nameEnd, to)) && newJob || instead)
					|| !elsewhere && unitBeside(body, nameEnd, to) && TO_OURS.matcher(part).find()
							&& !STARTS.matcher(part).find();
		}
		if (!elsewhere && (instead || heldHere && newJob)) {
			return true;
		}
		// no word of starting or leaving, and a unit or site of ours gone to: only one
		// who works here already goes there
		if (kind == null && !elsewhere && GOES_TO_OURS.matcher(part).find()) {
			return true;
		}
		boolean held = title || NOW_BESIDE.matcher(body).region(nameEnd, to).lookingAt() || SAME.matcher(part).find()
				|| jobBeside(body, nameEnd, to) || BEFORE.matcher(part).find() || unitBeside(body, nameEnd, to);
		return held && (TO_OURS.matcher(part).find() || TAKES_OVER.matcher(part).find()
				|| title && (SETS_TO_WORK.matcher(part).find() || jobFromADay(part)));
	}

	/**
	 * A unit of ours right after the name: "Jorien Stam (facilitaire dienst)", "Kevin
	 * Dirks van de gate", "Nora Quinn from the call centre"; not another employer ("van
	 * de concurrent", "van het uitzendbureau") nor a job ("(kapster)", said elsewhere).
	 */
	private static boolean unitBeside(String body, int nameEnd, int to) {
		Matcher bracket = UNIT_IN_BRACKETS.matcher(body).region(nameEnd, to);
		if (bracket.lookingAt()) {
			String unit = bracket.group(1).strip();
			return HeldJob.unit(unit);
		}
		return FROM_UNIT.matcher(body).region(nameEnd, to).lookingAt();
	}

	/** A unit said in brackets: "(facilitaire dienst)", "(fundraising)". */
	private static final Pattern UNIT_IN_BRACKETS = Pattern
		.compile("(?iu)^\\s*\\(\\s*([\\p{L}][\\p{L}&\\s-]{1,30}?)\\s*\\)");

	/**
	 * A unit of ours after the name, then the verb: "Kevin Dirks van de gate gaat", "Nora
	 * Quinn from the call centre is".
	 */
	private static final Pattern FROM_UNIT = Pattern
		.compile("(?u)^\\s+(?:van|uit|from|of)\\s+(?:de|het|the|our|onze?)" + "\\s+(?i:"
				+ ELSEWHERE.substring(0, ELSEWHERE.length() - 1) + "|uitzendbureau|bureau|agency|ziekenhuis|hospital|"
				+ "bank|gemeente|council)\\b)\\p{Ll}[\\p{L}-]+(?:\\s+\\p{Ll}[\\p{L}-]+)?"
				// the unit's town after it: "van de balie in Eindhoven gaat"
				+ "(?:\\s+(?:in|at|te|op)\\s+\\p{Lu}\\p{L}+)?,?\\s+(?i:gaat|gaan|komt|is|goes|moves|"
				+ "will|werkt|works|wordt|becomes)\\b");

	/** Words of starting: a newcomer who works in a unit is said to start in it. */
	private static final Pattern STARTS = Pattern.compile("(?iu)\\b(?:begint|beginnen|start|starts|starting|joins?|"
			+ "joining|welkom|welcome|nieuwe?|new|in dienst)\\b");

	/**
	 * A job of ours from a day, said as being it: "is per tweede paasdag facilitair
	 * medewerker", "is vanaf 1 maart planner", "will be a planner from Monday".
	 */
	private static boolean jobFromADay(String part) {
		Matcher job = JOB_FROM_A_DAY.matcher(part);
		while (job.find()) {
			if (Occupations.is(job.group(1))) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern JOB_FROM_A_DAY = Pattern.compile("(?iu)\\b(?:is|zijn)\\s+(?:per|vanaf|met ingang van|"
			+ "m\\.i\\.v\\.|from|as of)\\s+[\\p{L}\\d.]+(?:\\s+[\\p{L}\\d.]+){0,3}?\\s+(?:(?:a|an|een|onze?|our)\\s+)?"
			+ "(?:\\p{Ll}[\\p{L}-]+\\s+)?(\\p{Ll}[\\p{L}-]+)(?=\\s*(?:[.,;!]|$|\\s(?:bij|in|op|at|on|with)\\b))");

	/**
	 * The job held now beside the name, here: ", nu receptioniste,", not ", nu nog bij
	 * Philips," (another employer's).
	 */
	private static boolean heldNowOfOurs(String body, int nameEnd, int to) {
		Matcher now = NOW_BESIDE.matcher(body).region(nameEnd, to);
		if (!now.lookingAt()) {
			return false;
		}
		int end = now.end();
		while (end < to && ",;()".indexOf(body.charAt(end)) < 0) {
			end++;
		}
		return !ELSEWHERE_NOW.matcher(body.substring(now.end(), end)).find();
	}

	/**
	 * Where someone works now, not with us: "bij Philips", "at a bank", "for the
	 * council".
	 */
	private static final Pattern ELSEWHERE_NOW = Pattern
		.compile("(?iu)\\b(?:bij|at|for|with|van|in dienst|werkzaam|employed)\\b");

	private static boolean jobBeside(String body, int nameEnd, int to) {
		Matcher job = JOB_BESIDE.matcher(body).region(nameEnd, to);
		if (!job.lookingAt()) {
			return false;
		}
		return Arrays.stream(job.group(1).split("\\s+")).anyMatch(Occupations::heldBeside);
	}

	/** Starting in a job, right after the name: "start per 1 maart als programmeur". */
	private static final Pattern STARTS_AS = Pattern
		.compile("(?i)^[^.;!?\\n]{0,40}?\\b(?:start|starts|begint|gaat)\\b[^.;!?\\n]{0,40}?\\b(?:als|as)\\b");

	/**
	 * A job of ours before the name, any word of it ("onze planner transport", "our night
	 * porter"), not a new one ("onze nieuwe planner").
	 */
	private static boolean ourJobBefore(String body, int nameStart, int from) {
		Matcher ours = OUR_JOB.matcher(body.substring(Math.max(from, nameStart - 60), nameStart));
		if (!ours.find()) {
			return false;
		}
		String[] words = ours.group().strip().replaceAll(",$", "").split("\\s+");
		List<String> job = Arrays.asList(words).subList(1, words.length);
		return job.stream().noneMatch(w -> NOT_HELD.matcher(w).matches())
				&& job.stream().anyMatch(Occupations::beforeName);
	}

	/** Words of a job not held yet: "onze nieuwe planner", "our future chef". */
	private static final Pattern NOT_HELD = Pattern
		.compile("(?iu)nieuwe?|new|future|toekomstige?|next|volgende|eerste|first|own|eigen");

	/**
	 * A job before the name, not said new: "head baker Tom Berg", "lasser Kees Vermeer".
	 */
	private static boolean titleBefore(String body, int nameStart, int from) {
		String before = body.substring(Math.max(from, nameStart - 40), nameStart);
		if (ourJobBefore(body, nameStart, from)) {
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

	/** Not the work of a unit: the employer itself, or work altogether. */
	/**
	 * Work stopped, said by its verb right before the next clause: "stopt met lesgeven
	 * en", "stops delivering parcels and"; not work itself ("stopt met werken"), nor a
	 * unit's work ("stopt met de kassa", "stops doing support"), which the next
	 * alternatives read. Read before a job's "as" in the next clause can be taken for the
	 * job stopped.
	 */
	private static final String STOPS_DOING = "(?:stopt|stoppen)(?: [\\p{L}\\d'’./-]+){0,4}? met "
			+ "(?!(?:de|het|haar|zijn|hun)\\b)(?:\\p{Ll}+ ){0,2}(?!werken\\b)\\p{Ll}{2,}en(?= en\\b)|"
			+ "(?:stops?|stopping|quits?|quitting) (?!(?:working|doing)\\b)\\p{Ll}{2,}ing(?: \\p{Ll}+){0,2}(?= and\\b)";

	private static final Pattern DOING = Pattern.compile("(?iu)(?:" + STOPS_DOING + ")");

	/**
	 * A job taken in the clause after work stopped by its verb: "gaat … werken als
	 * planner", "goes to work … as a dispatcher"; not a visit ("komt bij ons langs").
	 */
	private static final Pattern JOB_TAKEN = Pattern
		.compile("(?iu)^[^.;!?\\n]*?\\b(?:als|as|aan de slag|werken|work(?:ing)?)\\b");

	private static final String NOT_A_UNIT = "(?:company|firm|organi[sz]ation|business|job|work|bedrijf|organisatie|"
			+ "zaak|firma|werk|werkzaamheden|baan)\\b";

	/**
	 * Stopping a job, or the work of a unit of ours: "stopt als kok", "stops working as a
	 * cashier", "beëindigt … als", "stopt per 1 maart met de klantenservice", "stops
	 * doing customer support", "quits the help desk"; not the work itself ("stopt met
	 * werken") nor the company.
	 */
	private static final String STOPS_AS = STOPS_DOING
			+ "|(?:stopt|stoppen|stops?|stopping|quits?|beëindigt|beëindigen|ends?)"
			+ "(?: [\\p{L}\\d'’./-]+){0,6}? (?:als|as)\\b|"
			+ "(?:stopt|stoppen)(?: [\\p{L}\\d'’./-]+){0,4}? met (?:de|het|haar|zijn|hun) (?!" + NOT_A_UNIT + ")\\p{L}|"
			+ "(?:stops?|stopping|quits?|quitting) (?:doing|working (?:in|on|at|for) (?:the|our)|the|our|her|his|their) "
			+ "(?!" + NOT_A_UNIT + ")\\p{L}|"
			// the verb last: "haar werkzaamheden als facilitair medewerker
			// beëindigt"
			+ "(?:werkzaamheden|werk|functie|baan) als(?: [\\p{L}'’-]+){1,4} (?:beëindigt|beëindigen|neerlegt|opgeeft)\\b";

	/** Work at home, never a task of ours: "gaat het huishouden doen". */
	static final String OWN_WORK = "(?:huishouden|household|mantelzorg)\\b";

	/**
	 * Going on here in another job, after "en"/"and": "gaat … als planner", "gaat … bij
	 * ons verder", "stapt over naar de functie van", "carries on with us as", "from 11
	 * January she is our", or a task of ours taken on ("gaat per 1 januari de
	 * nieuwsdienst doen").
	 */
	private static final Pattern GOES_ON = Pattern.compile("(?iu)\\b(?:en|and)\\s+(?:(?:hij|zij|ze|he|she|they)\\s+)?"
			+ "(?=(?:gaat|gaan|wordt|worden|stapt|stappen|overstapt|overstappen|komt|begint|becomes?|will become|carries on|continues|goes on|"
			// the English as the Dutch: "and goes to work …", "and starts working as",
			// "and joins the office team as"
			+ "goes|starts|joins|will|moves|is|from|vanaf|per)\\b)(?:[^.;!?\\n]{0,60}?)\\b(?:als|as|verder|over naar|aan de slag|werken|"
			+ "naar de (?:functie|rol|positie)|to the (?:role|position|job)|"
			+ "is (?:our|onze|ons)|(?:will be|becomes) (?:our|the)|bij ons|with us|" + "(?:de|het|onze?) (?!" + OWN_WORK
			+ ")\\p{Ll}[\\p{L}-]+ (?:doen|draaien|regelen|runnen|verzorgen|" + "bemannen|coördineren)|"
			// "en wordt programmeur", "and becomes a developer"
			+ "(?:wordt|worden|becomes?|will become)\\s+(?:(?:a|an|een)\\s+)?(?!" + NO_JOB_HERE
			+ ")\\p{L}[\\p{L}-]+)\\b");

	/**
	 * The old job stopped "then", after the new one was said: "wordt … verkoper, ze stopt
	 * dan als receptioniste", "she stops as a carer at the same time", "gaat … de
	 * roosters maken; ze stopt dan met de zorg" (the work held, not work itself).
	 */
	private static final Pattern STOPS_THEN = Pattern.compile("(?iu)\\b(?:wordt|worden|is|becomes?|will be|gaat)\\b"
			+ "[^.;!?\\n]{2,80}?[,;]\\s*(?:en\\s+|and\\s+)?(?:hij|zij|ze|he|she|they)\\s+(?:stopt|stops|quits)\\s+"
			+ "(?:dan|then|daarmee|tegelijk|tegelijkertijd|at the same time|meteen)\\s+(?:als|as|met\\s+(?:de|het)\\s+"
			+ "(?!werk\\b))\\b");

	/**
	 * Leaving all the same: another employer, working for oneself, a pension, study. The
	 * one such check for a move's reading and for {@link JobSwitch}'s.
	 */
	private static final Pattern OTHER_EMPLOYER = Pattern.compile("(?iu)\\bbij een (?:ander|andere|nieuwe)\\b|"
			+ "\\bergens anders\\b|voor zichzelf|for (?:him|her|them)self|\\b(?:andere?|nieuwe?|another|new|other)\\s+"
			+ "(?:werkgever|employer|bedrijf|company|organisatie|organi[sz]ation|firm|baan|job|gemeente|municipality|"
			+ "council|ziekenhuis|hospital|school|universiteit|university)\\b|concurrent|competitor|"
			+ "zzp|freelance|zelfstandig|self-employed|pensioen|pension|retire|studie|study|studeren|elders|elsewhere|"
			+ "(?:een|a|an) (?:klant|client)\\b|(?-i:\\b(?:bij|at|for|naar|to) \\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*\\s+(?:aan de slag|als|as)\\b)");

	/** Whether the words send the person elsewhere all the same. */
	static boolean elsewhere(String body) {
		return OTHER_EMPLOYER.matcher(body).find();
	}

	/**
	 * Whether the part stops one job and takes another here: "stopt op 31 december als
	 * heftruckchauffeur en gaat vanaf 1 januari als planner bij ons verder", "stops as a
	 * cashier on 8 January and from 11 January she is our office manager", "wordt per 1
	 * maart verkoper, ze stopt dan als receptioniste". The stopping word is no leaving.
	 */
	static boolean stopsAndGoesOn(String body, int from, int to) {
		return goesOn(body, from, to) >= 0 || STOPS_THEN.matcher(body).region(from, to).find()
				&& !OTHER_EMPLOYER.matcher(body).region(from, to).find();
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
		if (!on.find() || OTHER_EMPLOYER.matcher(body).region(on.start(), to).find()) {
			return -1;
		}
		if (DOING.matcher(body).region(stop.start(), to).lookingAt()
				&& !JOB_TAKEN.matcher(body).region(on.start(), to).lookingAt()) {
			return -1;
		}
		return on.start();
	}

}
