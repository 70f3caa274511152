package io.handover.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mover who keeps the job they have: only the team, shift or place changes ("Onze
 * ontwikkelaar Joost Smit gaat van het webteam naar het datateam", "she stays a software
 * engineer", "ook daar als verzorgende"). The one role said is both the current and the
 * new one; a mover's form with only one of them would ask for a change nobody made.
 */
final class JobKept {

	/**
	 * The job said to stay, in any of the words managers use, Flemish "job" too: "same
	 * role", "zelfde job", "haar functie blijft gelijk", "Functie blijft.", "his job
	 * remains the same". The one reading for a move's ({@link MoveSentence}), a change of
	 * place's ({@link PlaceMove}) and the role kept ({@link AnnouncementParser}).
	 */
	static final String SAID_TO_STAY = "(?:the )?same (?:roles?|jobs?|work|positions?|functions?)|"
			+ "(?:de|het)?zelfde (?:functie|werk|rol|baan|job)|(?:(?:haar|zijn|hun|de) )?(?:functie|rol|baan|job|werk) "
			+ "blijft(?: (?:gelijk|hetzelfde|dezelfde|ongewijzigd)|(?=\\s*(?:[.!;]|$)))|(?:functie|job) "
			+ "(?:gelijk|ongewijzigd)|(?:job|role) stays the same|(?:his|her|their) (?:role|job) (?:stays|remains) the same";

	/** The job said again as the one kept. */
	private static final Pattern KEPT = Pattern
		.compile("(?i)\\b(?:keeps? (?:her|his|their) (?:job|role|position) as|" + "stays? on as|stays an?|remains an?|"
		// "still account manager there": the job named again as the one kept
				+ "still (?:an? )?[\\p{L}-]+(?: [\\p{L}-]+)? (?:there|then)\\b|ook (?:daar |there |hier )?als|also as|again as|weer als|"
				// the job compared with the one held: "als zorgmedewerker, net als nu",
				// "as a
				// carer, as now"
				+ "(?:net|precies|gewoon) als (?:nu|voorheen|altijd)|zoals (?:nu|voorheen|altijd|tot nu toe)|"
				+ "(?:just |same )?(?:as|like) (?:now|before|today|until now)(?=\\s*(?:[.,;!)]|$))|"
				// not the person staying: "blijft dus wel bij ons", "blijft gewoon hier"
				+ "blijft (?:(?:gewoon|dus|wel|ook) )*(?:een )?(?!(?:bij|in|op|hier|tot|nog|er|wel|dan|werken|aan|als|ook|"
				+ "daar|dus|toch|natuurlijk|uiteraard|immers|overigens|echter|zeker|gewoon|voorlopig|gelijk|hetzelfde|"
				+ "dezelfde|ongewijzigd|alles)\\b)\\p{Ll})");

	/**
	 * Words of a new job: any of them and the one role may be the old one only. Not a
	 * task taken on as well: "neemt ook Drenthe erbij".
	 */
	private static final Pattern NEW_JOB = Pattern.compile("(?i)\\b(?:als|as|wordt|worden|becomes?|becoming|became|"
			+ "promot\\p{L}*|gepromoveerd|promotie|role|rol|functie|function|position|positie|job|baan|takes over|"
			// "neemt ook Drenthe erbij": more of the same work, no new job
			+ "neemt(?![^.;!?\\n]{0,40}\\berbij\\b)|head|hoofd|leader|leider|leiding|leidt|leads?|manager|co[öo]rdinator|teamleider|supervisor)\\b");

	/** A new job said with a verb: what is kept is kept only until then. */
	private static final Pattern BECOMES = Pattern
		.compile("(?i)\\b(?:wordt|worden|becomes?|becoming|became|will be our|promot\\p{L}*|gepromoveerd|"
				// "he'll be a data analyst from then on", not "will be a member of"
				+ "(?:will|['’]ll) be an? (?!(?:member|part|colleague|great|good|real|welcome)\\b)\\p{L}+)\\b");

	/** A title right before the name: "Onze ontwikkelaar ", "Our developer ". */
	private static final Pattern TITLE = Pattern.compile("(?iu)(?:(?:^|[.!?:;]\\s*)[\\p{L}-]+|"
			// its region or what it is for said too: "Onze vertegenwoordiger Noord, X"
			+ "\\b(?:our|onze|ons)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?,?)\\s+$");

	/**
	 * A job beside the name: "Karin Vonk (zorgmedewerker) gaat …", "Tom Ash, developer,".
	 */
	private static final Pattern BESIDE = Pattern
		.compile("(?u)\\s*(?:\\(\\s*\\p{L}[\\p{L} -]{1,30}\\)|,\\s*\\p{L}[\\p{L} -]{1,30},)");

	private JobKept() {
	}

	/**
	 * Whether the lone mover, with one role read, keeps it: the job is said to stay, or
	 * the role is said before the name ("Caregiver Tomasz Nowak moves from the evening
	 * shift to the early shift") and no word tells a new job.
	 */
	static boolean kept(String body, Announcement mover) {
		if (BECOMES.matcher(body).find() || mover.employeeName() == null) {
			return false;
		}
		if (KEPT.matcher(body).find()) {
			return true;
		}
		// "gaat naar de salarisadministratie": another function's work, no job kept
		if (OtherFunction.into(body, 0, body.length()) >= 0) {
			return false;
		}
		int name = body.indexOf(mover.employeeName());
		int role = mover.roleWords() == null ? -1 : body.indexOf(mover.roleWords());
		// the title before the name is the job held, not a new one: "Facility coordinator
		// Nadine Hermsen moves from …" has no coordinator's job to take
		String rest = role >= 0 && role < name ? body.substring(0, role) + " ".repeat(mover.roleWords().length())
				+ body.substring(role + mover.roleWords().length()) : body;
		// … and so is the job beside it: "Karin Vonk (facilities coordinator) moves from
		// …"
		Matcher beside = name >= 0 ? BESIDE.matcher(rest).region(name + mover.employeeName().length(), rest.length())
				: null;
		if (beside != null && beside.lookingAt()) {
			rest = rest.substring(0, beside.start()) + " ".repeat(beside.end() - beside.start())
					+ rest.substring(beside.end());
		}
		if (NEW_JOB.matcher(rest).find()) {
			return false;
		}
		if (mover.roleKey() == null) {
			// read as held now: "our developer X", "Karin Vonk (zorgmedewerker)", not
			// "van
			// verkoop naar marketing"
			return name > 0 && TITLE.matcher(body.substring(Math.max(0, name - 40), name)).find()
					|| name >= 0 && BESIDE.matcher(body.substring(name + mover.employeeName().length())).lookingAt();
		}
		return role >= 0 && name > role;
	}

}
