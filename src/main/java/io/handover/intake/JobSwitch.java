package io.handover.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job given up for another one with us: "stopt als programmeur en gaat bij ons aan de
 * slag als planner", "stopt op 31 december als heftruckchauffeur en gaat vanaf 1 januari
 * als planner bij ons verder", "beëindigt haar werkzaamheden als facilitair medewerker en
 * stapt over naar de functie van praktijkmanager", "wordt per 1 maart accountmanager, ze
 * stopt dan als teamcoach". The stopping word is a leaver's, but the person stays: a
 * move, whose current role is the job stopped and whose role is the job taken, either of
 * them perhaps outside the catalogue (then none, never the other one).
 */
final class JobSwitch {

	/** The job stopped: "stopt als X", "stops working as a X", "haar werk als X". */
	private static final Pattern STOPPED = Pattern.compile("(?iu)\\b(?:(?:stopt|stoppen|stops|stopping|quits?)\\b"
			+ "(?:\\s+(?!(?:en|and|bij|with|maar|but)\\b)[\\p{L}\\d/.'’-]+){0,5}?|(?:haar|zijn|hun|her|his|their)\\s+"
			+ "(?:werkzaamheden|werk|functie|baan|work|job|role))\\s+(?:als|as)\\s+(?:(?:a|an|een|de|het|onze?|our)\\s+)?"
			+ "(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,4})");

	/**
	 * The job no longer held: "will no longer be a care worker", "no longer works as a
	 * developer", "will no longer be presenting the evening show", "is geen verzorgende
	 * meer", "niet langer als planner".
	 */
	private static final Pattern NO_LONGER = Pattern.compile("(?iu)\\bno\\s+longer\\s+(?:be\\s+\\p{Ll}+ing\\s+"
			+ "(?:the|our)\\s+|(?:be\\s+|works?\\s+as\\s+|working\\s+as\\s+)?(?:a|an|our)\\s+)"
			+ "(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,4})|"
			+ "\\bgeen\\s+(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,2}?)\\s+meer\\b|"
			+ "\\bniet\\s+langer\\s+(?:als\\s+)?(?:de|het|onze?\\s+)?(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,4})");

	/**
	 * A job or a task stopped for other work of ours said as a task: "stopt per 1
	 * februari als facilitair medewerker en gaat de inkoop doen", "stopt met het
	 * slingeren van de honing en gaat dan fulltime onze webwinkel doen", "stops as a
	 * cashier and will run our web shop". Group "job" the job stopped, if said.
	 */
	private static final Pattern STOPPED_FOR_TASK;

	static {
		// not work of one's own: "de zaak van zijn vader", "his own shop", "het
		// huishouden"
		String work = "(?:(?!\\b(?:van|of) (?:zijn|haar|hun|his|her|their)\\b|\\b(?:eigen|own|" + MoveSentence.OWN_WORK
				+ ")\\b)[^.;!?\\n]){2,60}?";
		// the day may come between: "en gaat per 1 januari de nieuwsdienst doen", "en
		// gaat over twee weken onze … doen"
		String day = "(?:(?:per|vanaf|op|in|over|na)\\s+[\\p{L}\\d]+(?:\\s+[\\p{L}\\d]+)?\\s+)?";
		String dutch = "en\\s+(?:gaat|gaan)\\s+" + day + "(?:(?:dan|daarna)\\s+)?(?:(?:fulltime|parttime|voltijd)\\s+)?"
				+ "(?:de|het|onze?|ons)\\s+" + work
				+ "\\s+(?:doen|draaien|regelen|runnen|verzorgen|bemannen|coördineren)\\b";
		// the job of the task may follow: "… look after our building as facility
		// coordinator"
		String english = "and\\s+(?:will\\s+)?(?:(?:then|full-time|part-time)\\s+)?(?:do|run|handle|take care of|look after)"
				+ "\\s+(?:the|our)\\s+" + work + "(?=\\s*[.;!?\\n]|\\s*$|\\s+(?:from|for|as)\\b)";
		// or comes to a unit of ours with a job said: "en komt vanaf 4 januari bij ons op
		// kantoor, ze wordt daar onze …" ("joins our office" is a newcomer's)
		String joinsUs = "en\\s+komt\\s+[^.;!?\\n]{0,40}?\\bbij\\s+ons\\b(?=[^.;!?\\n]{0,60}?\\b(?:als|wordt)\\b)";
		// "will step away from the cutting table and …": a task stopped with "from"
		STOPPED_FOR_TASK = Pattern.compile("(?iu)\\b(?:stopt|stoppen|stops|is stopping|steps? away|stepping away)\\b"
				+ "[^.;!?\\n]{0,40}?\\b(?:(?:als|as)\\s+(?:(?:a|an|een|de|onze?|our)\\s+)?"
				+ "(?<job>\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,2}?)|(?:met|with|from)\\s+[^.;!?\\n]{2,50}?)\\s+(?:"
				+ dutch + "|" + english + "|" + joinsUs + ")");
	}

	/** The job of the task said right after it: ", als facilitair coördinator". */
	private static final Pattern SAID_AS = Pattern
		.compile("(?iu)\\s*,?\\s*(?:als|as)\\s+(?:(?:a|an|een|onze?|our)\\s+)?");

	/** Said at the moment of the new job: "ze stopt dan als", "he then stops as". */
	private static final Pattern THEN = Pattern.compile("(?iu)\\b(?:dan|then|daarmee|daarbij|tegelijk)\\b");

	/**
	 * The job taken with us: "gaat … bij ons … als planner", "gaat als planner bij ons
	 * verder", "stapt over naar de functie van", "and becomes our planner", "she'll be
	 * our new account manager", "wordt hij onze accountmanager", "she'll be working as".
	 */
	private static final Pattern TAKEN = Pattern
		.compile("(?iu)\\b(?:(?:gaat|gaan|komt|komen|goes|will go|joins|will join|starts|will start|begint)\\b"
				+ "[^.;!?\\n]{0,70}?\\b(?:als|as)|(?:stapt|stappen)\\s+(?:\\p{L}+\\s+){0,4}?over\\s+naar(?:\\s+de\\s+"
				+ "(?:functie|rol)\\s+van)?|overstapt\\s+naar(?:\\s+de\\s+(?:functie|rol)\\s+van)?|(?:wordt|becomes|will become)"
				// the subject after the verb: "Vanaf februari wordt hij onze …"
				+ "(?:\\s+(?:hij|zij|ze)(?=\\s+(?:onze?|de|het|een)\\b))?"
				+ "|(?:s?he|they)(?:['’]ll|\\s+will)\\s+be(?=\\s+our\\b)"
				// "she'll be working as a developer in our app team"; not at Philips
				+ "|(?:s?he|they)(?:['’]ll|\\s+will)\\s+be\\s+working\\s+as(?=[^.;!?\\n]*\\b(?:our|with us|here)\\b)"
				// the new job from a month on, said in the present: "From May he's our …"
				+ "|(?:from|in|as of|starting)\\s+[\\p{L}\\d]+(?:\\s+\\p{L}+)?,?\\s+(?:s?he|they)(?:['’]s|['’]re|\\s+is|\\s+are)(?=\\s+our\\b))\\s+(?:(?:a|an|een|de|het|onze?|our|new|nieuwe?)\\s+)*(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,4})");

	/** A job told with its article, known to us or not: "as a team lead", "als een". */
	private static final Pattern A_JOB = Pattern.compile("(?iu)\\b(?:as|als)\\s+(?:a|an|een)\\s+\\p{L}");

	/** The new job is ours: "bij ons", "hier", "internally". */
	private static final Pattern OURS = Pattern
		.compile("(?iu)\\b(?:bij ons|hier|intern|binnen (?:ons|onze|de organisatie)|with us|here|internally|in-house|"
				// a unit of ours named: "joins our planning office", "komt op ons
				// planningsbureau"
				+ "(?:joins|will join|komt (?:op|in|bij)) (?:our|ons|onze))\\b");

	/** Words a job's name ends before: "planner bij ons", "programmeur en". */
	private static final Set<String> AFTER_JOB = Set.of("en", "and", "bij", "at", "with", "in", "op", "on", "per",
			"vanaf", "from", "voor", "for", "van", "of", "verder", "door", "aan", "werken", "te", "dan", "then", "is",
			"ze", "hij", "zij", "she", "he", "they", "worden", "wordt", "maar", "but", "tot", "until");

	private JobSwitch() {
	}

	/**
	 * The job said as the one taken up in the sentence after the task: "…, ze wordt daar
	 * onze facilitair medewerker", "… as our facility coordinator".
	 */
	private static boolean becomes(String body, int from, String jobWords) {
		return Pattern
			.compile("(?iu)^[^.;!?\\n]{0,60}?\\b(?:wordt|als|as|becomes|will be)\\s+(?:(?:daar|there|dan|then)\\s+)?"
					+ "(?:(?:onze?|our|de|the|a|an|een|new|nieuwe)\\s+)*" + Pattern.quote(jobWords))
			.matcher(body.substring(from))
			.find();
	}

	/**
	 * The task taken up named as a job of the catalogue: "en gaat … de facilitaire dienst
	 * doen" is that job's work.
	 */
	private static boolean taskIsTheJob(String body, int from, int to, String jobWords) {
		return Pattern
			.compile("(?iu)\\b(?:de|het|onze?|ons|the|our)\\s+" + Pattern.quote(jobWords)
					+ "\\s+(?:doen|draaien|regelen|runnen|verzorgen|bemannen|coördineren)\\b")
			.matcher(body)
			.region(from, to)
			.find();
	}

	/** The lone reading, as a move when a job is stopped for another one with us. */
	static List<Announcement> moved(String body, List<DateWords.Mention> written, List<RoleName> roles,
			List<Announcement> read) {
		if (read.size() != 1) {
			return read;
		}
		Announcement a = read.get(0);
		Matcher task = STOPPED_FOR_TASK.matcher(body);
		if (a.kind() != Announcement.Kind.STARTER && (a.kind() != null || a.employeeName() != null) && task.find()
				&& !MoveSentence.elsewhere(body)) {
			// the new work is a task of ours: a move (read as a leaving, as no kind, or
			// as a
			// move whose role words are the job stopped), its role the job said with the
			// task ("… doen, als facilitair coördinator"), else unknown
			String left = task.group("job") == null ? null : key(job(task.group("job")), roles);
			Matcher as = SAID_AS.matcher(body).region(task.end(), body.length());
			boolean named = a.roleWords() != null
					&& (as.lookingAt() && body.regionMatches(true, as.end(), a.roleWords(), 0, a.roleWords().length())
							|| becomes(body, task.end(), a.roleWords())
							|| taskIsTheJob(body, task.start(), task.end(), a.roleWords()));
			return List.of(new Announcement(Announcement.Kind.ROLE_CHANGE, a.employeeName(), a.date(),
					named ? a.roleWords() : null, named ? a.roleKey() : null, a.workLocation(), a.dateWords(), left,
					a.notes(), a.language()));
		}
		// no kind read, yet a job stopped: "Ben Fry stops as our cook. From May …"
		if (a.kind() == null && (a.employeeName() == null || !STOPPED.matcher(body).find())) {
			return read;
		}
		Matcher stopped = STOPPED.matcher(body);
		if (!stopped.find()) {
			stopped = NO_LONGER.matcher(body);
			if (!stopped.find()) {
				return read;
			}
		}
		int jobGroup = stopped.group(1) != null ? 1 : stopped.group(2) != null ? 2 : 3;
		String old = job(stopped.group(jobGroup));
		if (MoveSentence.elsewhere(body)) {
			// the next job at another employer: "stopt als verzorgende, ze gaat als
			// planner aan de slag bij een ander bedrijf" leaves, in the job stopped
			String left = key(old, roles);
			return a.kind() == Announcement.Kind.ROLE_CHANGE
					&& NewTaskWords.namesNextEmployer(body, stopped.end(), body.length())
							? List.of(new Announcement(Announcement.Kind.LEAVER, a.employeeName(), a.date(),
									left != null ? old : null, left, a.workLocation(), a.dateWords(), null, a.notes(),
									a.language()))
							: read;
		}
		int stopEnd = stopped.start(jobGroup) + old.length();
		Matcher taken = TAKEN.matcher(body);
		Matcher found = null;
		while (taken.find()) {
			if (taken.start() >= stopEnd || taken.end() <= stopped.start()) {
				found = taken;
				break;
			}
		}
		String role;
		String roleWords;
		int[] newClause = null;
		String current = key(old, roles);
		String next = found == null ? "" : job(afterName(found.group(1), a.employeeName()));
		if (found != null
				&& (OURS.matcher(body).find() || !found.group()
					.toLowerCase(Locale.ROOT)
					.matches("(?s)(?:gaat|gaan|komt|komen|goes|will go|joins|will join)\\b.*"))
				&& (aJob(next, roles) || A_JOB.matcher(found.group()).find())) {
			roleWords = next;
			role = key(roleWords, roles);
			newClause = new int[] { found.start(), found.end() };
		}
		else if (a.kind() == Announcement.Kind.ROLE_CHANGE && a.currentRoleKey() == null && current != null
				&& !current.equals(a.roleKey())) {
			// a move read already, to a unit: "stopt als programmeur en gaat bij de
			// facilitaire dienst aan de slag"
			roleWords = a.roleWords();
			role = a.roleKey();
		}
		else if (THEN.matcher(stopped.group()).find() && a.roleKey() != null && !a.roleWords().equalsIgnoreCase(old)) {
			// "wordt per 1 maart accountmanager, ze stopt dan als teamcoach"
			roleWords = a.roleWords();
			role = a.roleKey();
		}
		else {
			return read;
		}
		LocalDate date = a.date();
		String dateWords = a.dateWords();
		if (newClause != null) {
			// the move's day is the new job's, said in its clause: "stopt op 31 december
			// als …, gaat vanaf 1 januari als planner verder"
			int[] clause = newClause;
			Optional<DateWords.Mention> day = written.stream()
				.filter(m -> m.explicit() && m.start() >= clause[0] && m.end() <= clause[1])
				.findFirst();
			if (day.isPresent()) {
				date = day.get().date();
				dateWords = day.get().words();
			}
		}
		return List.of(new Announcement(Announcement.Kind.ROLE_CHANGE, a.employeeName(), date, roleWords, role,
				a.workLocation(), dateWords, current, a.notes(), a.language()));
	}

	/** Whether the words name a job: a role of ours, or an occupation ("planner"). */
	private static boolean aJob(String words, List<RoleName> roles) {
		if (words.isEmpty()) {
			return false;
		}
		String last = words.substring(words.lastIndexOf(' ') + 1);
		return key(words, roles) != null || Occupations.is(last) || Occupations.beforeName(last);
	}

	/**
	 * The words after the name said between the verb and the job: "wordt Teun Smit
	 * verkoper".
	 */
	private static String afterName(String words, String name) {
		if (name == null) {
			return words;
		}
		int at = words.indexOf(name);
		if (at >= 0) {
			return words.substring(at + name.length()).strip();
		}
		// only the first name of three words fits: "wordt Teun Smit verkoper"
		for (String part : name.split(" ")) {
			if (words.startsWith(part + " ")) {
				words = words.substring(part.length() + 1);
			}
		}
		return words;
	}

	/** The job's words, up to the first word that cannot be part of its name. */
	private static String job(String words) {
		StringBuilder job = new StringBuilder();
		for (String word : words.split("\\s+")) {
			if (AFTER_JOB.contains(word.toLowerCase(Locale.ROOT))) {
				break;
			}
			job.append(job.length() == 0 ? "" : " ").append(word);
		}
		return job.toString();
	}

	/**
	 * The catalogue's key for a job's words, or none for a job outside it; the longest
	 * run of them that names one ("nou echt accountmanager", "facilitair medewerker
	 * beëindigt", "verkoper binnendienst").
	 */
	private static String key(String words, List<RoleName> roles) {
		String[] parts = words.isBlank() ? new String[0] : words.split("\\s+");
		for (int length = parts.length; length >= 1; length--) {
			for (int start = 0; start + length <= parts.length; start++) {
				String run = String.join(" ", java.util.Arrays.copyOfRange(parts, start, start + length));
				Optional<String> key = RoleWords.match(run, roles, false).filter(k -> !"default".equals(k));
				if (key.isPresent()) {
					return key.get();
				}
			}
		}
		return null;
	}

}
