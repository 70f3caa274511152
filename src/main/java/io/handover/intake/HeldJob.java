package io.handover.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job the person holds now, said as a title before the name ("Monteur Rik Hagen",
 * "wordt verzorgende Gerda Pols planner") or beside it ("Lucy Barnes, developer with us
 * since 2022, becomes …"), next to a new job said after: the person already works here,
 * so the news is a move, and the held job is the current role, not the new one.
 */
final class HeldJob {

	/**
	 * A new job said: "becomes office manager", "gaat aan de slag als", "onze nieuwe …".
	 */
	static final Pattern NEW_JOB = Pattern.compile("(?iu)\\b(?:wordt|worden|becomes?|will become|"
			// "will be site manager", not "will be joining us", "will be with us"
			+ "(?:will|['’]ll) be(?! (?:\\p{L}+ing|with|here|back|in|at|on|off|gone|away|leaving|missed|replaced|succeeded|"
			+ "retired|available|vacant|based|located|stationed|posted|responsible|reachable|part-time|full-time|"
			+ "remote|new|a new|an? (?:new|extra)|our new colleague)\\b)|" + "takes? over as|"
			// "moves into the role of product owner", "groeit door in de rol van"
			+ "(?:moves?|moving|steps?|stepping|grows?|growing|takes? on|taking on|groeit(?: door)?|stapt|schuift"
			+ "(?: door)?) (?:into |in |naar )?(?:the|de) (?:role|rol|position|positie|functie|job) (?:of|van)|"
			+ "(?:gaat|gaan)(?: [\\p{L}\\d]+){0,8}? als|(?:stapt|stappen)(?: [\\p{L}\\d]+){0,3}? over"
			+ "(?: [\\p{L}\\d]+){0,5}? als|aan de slag als|"
			// "moves to the events team as", "takes a job as"
			+ "(?:moves?|moving|goes|going|transfers?|transferring|switch(?:es|ing)|takes (?:a|up a|on a|the) "
			+ "(?:job|role|position))" + "(?: [\\p{L}\\d]+){0,8}? as|"
			// "will be in the data team as a data analyst": a unit of ours, a job there
			+ "(?:will|['’]ll) be (?:in|at|on|with) (?:the|our) [\\p{L}-]+(?: [\\p{L}-]+)? (?:team|department|unit|"
			+ "shift|desk) as|(?:is|wordt|becomes)"
			+ "(?: [\\p{L}\\d]+){0,4}? (?:onze|our) (?:nieuwe|new))\\s+(?:(?:a|an|een|de|het|the|onze|our)\\s+)?"
			+ "(\\p{L}[\\p{L}-]+)");

	/**
	 * A new job said before its verb at the clause's end, in Dutch: "dat X per 4 januari
	 * onze nieuwe teamleider wordt", "… teamleider wordt."
	 */
	private static final Pattern NEW_JOB_VERB_LAST = Pattern.compile(
			"(?iu)((?:(?:onze|de|een)\\s+)?(?:nieuwe\\s+)?(\\p{Ll}[\\p{L}-]{3,}))\\s+(?:wordt|worden)(?=\\s*(?:[.,;!?]|$))");

	/**
	 * Joining from another employer, a sister company too: "is joining from our sister
	 * corporation", "komt over van". Not from a unit of ours: "from the sales team".
	 */
	private static final Pattern JOINS_FROM = Pattern.compile("(?iu)\\b(?:joins?|joining|joined|comes|coming|"
			+ "komt|komen)(?: us| bij ons)?(?: over)? (?:from|van|vanuit) (?!(?:the|our|de|het|ons|onze) "
			+ "(?:[\\p{L}-]+ )?(?:team|department|afdeling|desk|unit|shift|ploeg|office|kantoor|branch|vestiging)\\b)");

	/** The head noun of a job title: "project manager", "shift lead". */
	private static final Pattern HEAD = Pattern.compile("(?iu)(?:manager|co[oö]rdinator|supervisor|director|directeur|"
			+ "officer|lead|leader|leider|head|hoofd|engineer|specialist|adviseur|adviser|advisor|consultant|analyst|"
			+ "analist|assistant|assistent|medewerker|medewerkster)$");

	/** Time said beside a held job: "developer with us since 2022,", "al tien jaar". */
	private static final Pattern SINCE = Pattern.compile(
			"(?iu)\\s+(?:(?:with us|bij ons|here|hier)\\s+)?" + "(?:since|sinds|for|already|al)\\b[^,;.()]{0,30}[,)]");

	/**
	 * A job said beside the name, of this person or of all named: "Dana Kuijt (kapster)",
	 * "Iris Kamp en Leon Bakx, allebei verzorgende,", "Tom Hale and Zoe Quint, both
	 * carers,".
	 */
	private static final Pattern BESIDE = Pattern.compile("(?iu)^\\s*(?:,|\\()\\s*(?:(?:both|allebei|beiden|beide|"
			+ "our|onze|ons|the|de|het|a|an|een)\\s+)*(\\p{L}[\\p{L}\\s-]{1,30}?)\\s*[,)]");

	/** Becoming said before the names: "Per 1 april worden Iris Kamp en Leon Bakx, …". */
	private static final Pattern BECOME_BEFORE = Pattern
		.compile("(?iu)\\b(?:wordt|worden|becomes?|will become)\\b[^.;:!?\\n]{0,70}$");

	/**
	 * The new job right after the job beside the name: "…, allebei verzorgende,
	 * roosteraar."
	 */
	private static final Pattern BARE_JOB = Pattern.compile(
			"^\\s*(?:(?:a|an|een|de|het|the)\\s+)?\\p{Ll}[\\p{L}-]{3,}(?:\\s+\\p{Ll}[\\p{L}-]{3,})?\\s*(?:[.;!]|$)");

	/** Not a job here: working for oneself is leaving. */
	private static final Pattern ON_ONES_OWN = Pattern
		.compile("(?iu)zzp|freelance|zelfstandig|self-employed|pension|gepensioneerd|retired");

	/** Units of an organisation, said in brackets or after "from the": "(finance)". */
	private static final Set<String> UNITS = Set.of("finance", "financiën", "sales", "verkoop", "inkoop", "purchasing",
			"hr", "it", "ict", "marketing", "logistics", "logistiek", "warehouse", "magazijn", "kitchen", "keuken",
			"reception", "receptie", "planning", "administratie", "admin", "boekhouding", "accounts", "klantenservice",
			"support", "helpdesk", "servicedesk", "productie", "production", "buitendienst", "binnendienst",
			"facilitair", "facilities", "communicatie", "communications", "legal", "juridische zaken", "operations",
			"operatie", "onderhoud", "maintenance", "callcenter", "call centre", "call center", "fundraising",
			"fondsenwerving", "events", "evenementen", "payroll", "salarisadministratie", "personeelszaken",
			"expeditie", "distributie", "kwaliteit", "quality", "engineering", "accounting");

	/**
	 * Between a job and the name: "onze verkoper zakelijke markt, Iris Dam", "onze sales
	 * & events manager Iris Dam".
	 */
	private static final String QUALIFIED = "(?:\\s+(?:&|\\p{Ll}[\\p{L}-]*)){0,4},?\\s+";

	private static final Pattern NEW = Pattern.compile("\\b(?:new|nieuwe?)\\b");

	/** A job said as the one to take: "as events coordinator", "als accountmanager". */
	private static final Pattern AS_JOB = Pattern
		.compile("(?iu)\\b(?:as|als)\\s+(?:(?:a|an|een|the|de|our|onze|" + "new|nieuwe)\\s+)*(\\p{L}[\\p{L}-]+)");

	/** "Nora Quinn from the call centre joins our app team": a unit of ours left. */
	private static final Pattern FROM_UNIT = Pattern.compile("(?iu)^,?\\s+(?:from|van|uit)\\s+(?:the|our|de|het|ons|"
			+ "onze)\\s+([\\p{L}\\s-]{2,30}?),?\\s+(?:joins|will join|is joining|starts|will start|begint|gaat|komt)\\b"
			+ "[^.;!?\\n]{0,40}?\\b(?:our|the|ons|onze|het|de)\\s+[\\p{L}-]+\\s*(?:team|department|afdeling|desk|\\p{L}*team)\\b");

	/** Words naming a unit of ours, not another employer: "shift", "office", "team". */
	private static final Pattern OURS = Pattern.compile("(?iu)\\b(?:team|afdeling|department|desk|office|kantoor|"
			+ "vestiging|branch|store|winkel|shift|ploeg|ward|floor)\\b");

	/**
	 * A job held here until now, said after the news: "tot nu toe was hij chauffeur bij
	 * ons", "until now she has been our receptionist".
	 */
	private static final Pattern UNTIL_NOW = Pattern.compile("(?iu)\\b(?:(?:tot nu toe|tot nog toe|until now|so far|"
			+ "up to now)\\s*,?\\s+(?:was|were|werkte|worked|has been|is)\\s+(?:hij|zij|ze|he|she)?|"
			+ "(?:hij|zij|ze|he|she)\\s+(?:was|werkte|worked|has been)\\s+(?:tot nu toe|tot nog toe|until now|so far))"
			+ "\\s*(?:(?:als|as|a|an|een|our|onze)\\s+)*(\\p{L}+)([^.;!?\\n]{0,30})");

	/** The job held until now said beside the name: ", until now a", ", tot nu toe". */
	private static final Pattern NOW_BESIDE = Pattern.compile("(?iu)\\s*,\\s*(?:until now|up to now|so far|"
			+ "tot nu toe|tot dusver|currently|momenteel|nu nog|nu|now)\\s+(?:(?:a|an|een|our|onze)\\s+)?"
			+ "(?:\\p{Ll}[\\p{L}-]*\\s+)?");

	/**
	 * The rest of a job set apart by commas after the name, where it is done, then the
	 * closing comma: "…, verzorgende op de dagopvang van de gemeente, stapt …".
	 */
	private static final Pattern APPOSITION_CLOSED = Pattern
		.compile("(?iu)\\s*(?:(?:bij|op|in|van|at|in|on|for|voor|with)\\s+[^,.;:!?()\\n]{1,50})?,");

	/**
	 * A relative clause after the name that says the job held: ", who is a", ", die nu
	 * als".
	 */
	private static final Pattern WHO_IS = Pattern.compile("(?iu)\\s*,\\s*(?:who|that|die)\\s+(?:(?:is|was|works|werkt|"
			+ "currently|now|nu|momenteel|hier|here|with us|bij ons|as|als|an?|een|our|onze)\\s+)+");

	private static final Pattern CLAUSE_CLOSED = Pattern.compile("[^,.;:!?()\\n]{0,50},");

	/** "New" right before a job: "onze nieuwe programmeur", "our new developer". */
	private static final Pattern NEW_BEFORE = Pattern.compile("(?iu)\\b(?:nieuwe?|new)\\s+(?:[\\p{L}-]+\\s+)?$");

	/** The job held said in a clause beside the name: ", who is a developer". */
	private static final Pattern WHO_IS_A = Pattern
		.compile("(?iu)\\s*,\\s*(?:who|that)\\s+(?:is|works as)\\s+(?:(?:a|an|our)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+)?");

	/** Words of an arrival: a job beside the name of one welcomed is their trade. */
	private static final Pattern ARRIVAL = Pattern.compile("(?iu)\\b(?:welkom|welcome|nieuwe? (?:collega|medewerker|"
			+ "medewerkster|kracht|aanwinst)|new (?:colleague|hire|starter|joiner|recruit)|in dienst|komt bij ons|"
			+ "joins us|joining us|bij ons (?:aan de slag|begint|start|komt)|(?:begint|start|komt)\\b[^.;!?\\n]{0,30}?"
			+ "\\bbij ons\\b)\\b");

	private static final Pattern HERE = Pattern.compile("(?iu)\\b(?:bij ons|hier|with us|here|for us|voor ons)\\b");

	private HeldJob() {
	}

	/**
	 * Whether a role of the catalogue is said right before the name and a new job after
	 * it, with no joining or leaving word: "Onze verkoper Tom Heck gaat per 1 maart in
	 * het magazijn werken als orderpicker".
	 */
	static boolean roleBeforeThenNew(String body, int nameStart, int nameEnd, int to, List<int[]> roles) {
		for (int[] role : roles) {
			// "onze nieuwe programmeur Tom Bos gaat als …": the role is the new one
			if (role[1] <= nameStart && body.substring(role[1], nameStart).matches(QUALIFIED)
					&& !NEW_BEFORE.matcher(body.substring(Math.max(0, role[0] - 30), role[0])).find()
					&& newJob(body, nameEnd, to, List.of(role)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a starter's words say the person works here already: a unit or a job beside
	 * the name and another job to take ("Laura Fenn (finance) starts … as events
	 * coordinator", "Priya Shah, our receptionist in Leeds, will become account
	 * manager"), a unit of ours left ("Nora Quinn from the call centre joins our app
	 * team"), or the job held until now said after ("tot nu toe was hij chauffeur").
	 */
	/**
	 * Whether the words name a unit of an organisation: "hr", "finance", by its noun
	 * "technische dienst", "afdeling inkoop", "klantenteam".
	 */
	static boolean unit(String words) {
		String lower = words.trim().toLowerCase(Locale.ROOT);
		return UNITS.contains(lower) || UNIT_NOUN.matcher(lower).find();
	}

	/** The noun that makes words a unit: "technische dienst", "afdeling inkoop". */
	private static final Pattern UNIT_NOUN = Pattern.compile("(?iu)(?:^|\\s|\\p{L})(?:dienst|afdeling|team|desk|"
			+ "department|ploeg)$|^(?:afdeling|team|department)\\s");

	static boolean alreadyHere(String body, int nameEnd, int from, int to, List<int[]> roles) {
		// "(ICT) is joining from our sister corporation": a unit of the employer left
		if (JOINS_FROM.matcher(body).region(nameEnd, to).find()) {
			return false;
		}
		Matcher beside = BESIDE.matcher(body).region(nameEnd, to);
		if (beside.lookingAt()) {
			String said = beside.group(1).trim().toLowerCase(Locale.ROOT);
			int saidStart = beside.start(1);
			int saidEnd = beside.end(1);
			// "Kees Bos (our new cook)": the job is the new one; "Robin Kok,
			// softwareontwikkelaar, gaat aan de slag als product owner": a role of the
			// catalogue held, unless the person is welcomed as new
			boolean held = !NEW.matcher(said).find() && !ARRIVAL.matcher(body.substring(from, to)).find()
					&& (unit(said)
							|| Arrays.stream(said.split("\\s+")).anyMatch(w -> Occupations.is(w) || UNITS.contains(w))
							|| roles.stream().anyMatch(r -> r[0] >= saidStart && r[1] <= saidEnd));
			Matcher next = AS_JOB.matcher(body).region(beside.end(), to);
			Matcher become = NEW_JOB.matcher(body).region(beside.end(), to);
			String other = next.find() ? next.group(1) : become.find() ? become.group(1) : null;
			if (held && other != null && !said.contains(other.toLowerCase(Locale.ROOT))
					&& !ON_ONES_OWN.matcher(other).find()) {
				return true;
			}
		}
		Matcher unit = FROM_UNIT.matcher(body).region(nameEnd, to);
		if (unit.lookingAt() && (OURS.matcher(unit.group(1)).find() || unit(unit.group(1)))) {
			return true;
		}
		Matcher held = UNTIL_NOW.matcher(body).region(from, to);
		return held.find() && (Occupations.is(held.group(1)) || HERE.matcher(held.group(2)).find());
	}

	/**
	 * Whether a job is said beside the name (a role of the catalogue or an occupation)
	 * and a new one after it, with no joining or leaving word: "Dana Kuijt (kapster) gaat
	 * per 1 februari als accountmanager …", "…, allebei verzorgende, worden per 1 april
	 * roosteraar": someone who works here already, so a move.
	 * @param roles the spans of the catalogue's roles in the part
	 */
	static boolean besideThenNew(String body, int nameStart, int nameEnd, int to, List<int[]> roles) {
		Matcher beside = BESIDE.matcher(body).region(nameEnd, to);
		if (!beside.lookingAt()) {
			return false;
		}
		int jobStart = beside.start(1);
		int jobEnd = beside.end(1);
		List<int[]> held = roles.stream().filter(r -> r[0] >= jobStart && r[1] <= jobEnd).toList();
		String[] words = beside.group(1).trim().split("\\s+");
		if (held.isEmpty() && !Occupations.is(words[words.length - 1])) {
			return false;
		}
		int after = beside.end();
		Matcher job = NEW_JOB.matcher(body).region(after, to);
		while (job.find()) {
			int at = job.start(1);
			boolean same = held.stream().anyMatch(r -> r[0] <= at && at < r[1]);
			String rest = body.substring(at, Math.min(to, at + 20));
			if (!same && !ON_ONES_OWN.matcher(rest).find()) {
				return true;
			}
		}
		return BECOME_BEFORE.matcher(body.substring(Math.max(0, nameStart - 70), nameStart)).find()
				&& BARE_JOB.matcher(body.substring(after, to)).lookingAt()
				&& !ON_ONES_OWN.matcher(body.substring(after, to)).find();
	}

	/**
	 * Whether an occupation outside the catalogue is said as a title right before the
	 * name, and a new job after it ("Monteur Rik Hagen gaat aan de slag als
	 * accountmanager").
	 */
	static boolean titleBefore(String body, int nameStart, int nameEnd, int to) {
		Matcher word = Pattern.compile("(\\p{L}[\\p{L}-]+),?\\s+$")
			.matcher(body.substring(Math.max(0, nameStart - 40), nameStart));
		if (!word.find()) {
			return false;
		}
		String before = body.substring(Math.max(0, nameStart - 60), nameStart - word.group().length())
			.toLowerCase(Locale.ROOT);
		// an agent noun is a title in lower case ("project manager Pieter Vos") or
		// opening
		// the sentence ("Schoonmaakcoördinator Wilma Dekker"); elsewhere a capitalised
		// one
		// may be a given name
		String job = word.group(1);
		boolean title = Occupations.is(job) || HEAD.matcher(job).find()
				|| before.matches("(?s)(?:.*[.!?:;\\n])?\\s*(?:\\p{L}+[,!]\\s*)?") && Occupations.beforeName(job);
		if (!title) {
			return false;
		}
		return !before.matches("(?s).*\\b(?:nieuwe?|new|een|a|an)\\s*$") && newJob(body, nameEnd, to, List.of()) >= 0;
	}

	/**
	 * Whether the one role read is held now: right before the name or beside it with time
	 * said, while a new job outside it is said after the name.
	 */
	static boolean heldNow(String body, int nameStart, int nameEnd, int roleStart, int roleEnd, int to,
			List<int[]> roles) {
		boolean before = roleEnd <= nameStart && body.substring(roleEnd, nameStart).matches(QUALIFIED);
		boolean beside = roleStart >= nameEnd && body.substring(nameEnd, roleStart).matches("\\s*,\\s*")
				&& (SINCE.matcher(body).region(roleEnd, to).lookingAt()
						// "Mila Roos, verzorgende op de dagopvang, stapt over naar …
						// als": an apposition closed before the news
						|| APPOSITION_CLOSED.matcher(body).region(roleEnd, to).lookingAt())
				// "Wouter Blok, who is a developer on the TOS, goes to … as shift
				// planner"
				|| roleStart >= nameEnd && WHO_IS_A.matcher(body.substring(nameEnd, roleStart)).matches()
				// "Nina Holt, until now a web developer, takes a job as …"
				|| roleStart >= nameEnd && NOW_BESIDE.matcher(body.substring(nameEnd, roleStart)).matches()
						&& body.substring(roleEnd, to).matches("(?s)\\s*,.*")
				// "Wouter Blok, who is a developer on the TOS, goes …", "Jan, die nu
				// programmeur is, gaat …": a relative clause closed before the news
				|| roleStart >= nameEnd && WHO_IS.matcher(body.substring(nameEnd, roleStart)).matches()
						&& CLAUSE_CLOSED.matcher(body).region(roleEnd, to).lookingAt();
		if (!before && !beside) {
			return false;
		}
		return newJob(body, Math.max(nameEnd, roleEnd), to, roles) >= 0;
	}

	private static int newJob(String body, int from, int to, List<int[]> roles) {
		Matcher job = NEW_JOB.matcher(body).region(from, to);
		while (job.find()) {
			int at = job.start(1);
			if (roles.stream().noneMatch(r -> r[0] <= at && at < r[1])) {
				return at;
			}
		}
		// "dat verzorgende X per 1 februari onze nieuwe teamleider wordt": the verb last,
		// in a clause
		Matcher last = NEW_JOB_VERB_LAST.matcher(body).region(from, to);
		while (last.find()) {
			int at = last.start(2);
			if (roles.stream().noneMatch(r -> r[0] <= at && at < r[1])
					&& (last.group(1).matches("(?iu)(?:onze|our) (?:nieuwe|new) .*") || Occupations.is(last.group(2))
							|| HEAD.matcher(last.group(2)).find())) {
				return at;
			}
		}
		// "gaat naar de salarisadministratie": another function's work is a new job
		int function = OtherFunction.into(body, from, to);
		if (function >= 0) {
			return function;
		}
		// "wordt verzorgende Gerda Pols planner": the new job right after the name
		Matcher bare = Pattern
			.compile("^\\s+(\\p{Ll}[\\p{L}-]{3,})(?:\\s+(?:op|in|bij|at|on|for|voor|van|of)\\b|\\s*[.,;!]|\\s*$)")
			.matcher(body.substring(from, to));
		return bare.find() && body.substring(Math.max(0, from - 80), from)
			.matches("(?is).*\\b(?:wordt|worden)\\s+\\S+\\s+\\S+(?:\\s+\\S+)?$") ? from : -1;
	}

}
