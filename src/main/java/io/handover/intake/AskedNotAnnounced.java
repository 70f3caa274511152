package io.handover.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Questions {@link Question} reads as announcing no one, whatever opens them: whether a
 * start already announced still holds ("Is Robin still starting next week?", "Begint
 * Fenna nog steeds op 4 januari?", "die nieuwe controller (Merel) begint toch pas in
 * februari?", "… starts in January, right?"); whether someone known by a first name only
 * needs to be in the system at all ("does he need an account? His name is Pieter"); what
 * the writer must send for a newcomer not yet named or dated ("what do you need from me
 * for a new translator who starts in January?"); and who arranges things for a counted,
 * unnamed group ("Wie maakt de accounts aan …? Ik heb een lijst van zes mensen die op 14
 * december beginnen"); whether a day heard of is right ("Is it correct that X's start is
 * now 11 January?"); and whether something is already done for someone who is here
 * ({@link #ofSomeoneHere}). A form for such a message would be one the manager never
 * asked for, with a date the words only asked about.
 */
final class AskedNotAnnounced {

	private static final String START_OR_LEAVE = "(?:start|begin|join|coming|komt|komen|leav|vertrek|stop)\\p{L}*";

	// not "really": "Is X really leaving?" is asked of news, and often answered above it
	private static final String STILL = "(?:still|nog steeds|nog altijd|toch(?: pas)?)";

	/** Whether a start or a leaving still holds, asked. */
	private static final Pattern STILL_ON = Pattern.compile("(?iu)\\b" + STILL + "\\b[^.!?\\n]{0,40}\\b"
			+ START_OR_LEAVE + "|\\b" + START_OR_LEAVE + "\\b[^.!?\\n]{0,25}\\b" + STILL + "\\b");

	/**
	 * Whether what a starter needs is ready, asked: "whether the accounts for X are
	 * ready?", "Zijn de accounts voor X al klaar?". Asked of a start announced before.
	 */
	private static final Pattern READY = Pattern.compile("(?iu)\\b(?:whether|if|of)\\b[^.!?\\n]{0,60}\\b(?:are|is|zijn|"
			+ "staan)\\s+(?:already\\s+|al\\s+)?(?:ready|done|set up|created|klaar|geregeld|aangemaakt|in orde|"
			+ "klaargezet)\\b|^\\s*(?:are|is|zijn|staan)\\b[^.!?\\n]{0,60}\\b(?:already|al)\\s+(?:ready|done|set up|"
			+ "created|klaar|geregeld|aangemaakt|in orde|klaargezet|in the system|in het systeem|registered|"
			+ "aangemeld)\\b");

	/** Someone the writer announced before: "ik heb X vorige week aangemeld". */
	private static final Pattern ANNOUNCED_AFTER = Pattern
		.compile("(?iu)^\\s*(?:(?:vorige week|gisteren|al)\\s+)?(?:aangemeld|doorgegeven)\\b");

	/** "I announced X last week", "I've already registered X". */
	private static final Pattern ANNOUNCED_BEFORE = Pattern
		.compile("(?iu)\\bI(?:'ve| have)?\\s+(?:already\\s+)?(?:announced|registered|reported)\\s+$");

	/**
	 * Whether an announcement sent before arrived: "Is de aanmelding van Sanne goed
	 * doorgekomen?", "Did my announcement for Tom come through?". Asked of one announced
	 * already.
	 */
	private static final Pattern ARRIVED = Pattern.compile("(?iu)\\b(?:aanmelding|afmelding|melding|announcement|"
			+ "registration|request)\\s+(?:van|voor|of|for|about|over)\\b[^?]{0,60}?\\b(?:doorgekomen|aangekomen|"
			+ "ontvangen|binnengekomen|verwerkt|came through|come through|got through|gone through|arrived|"
			+ "received|processed)\\b[^.!?\\n]{0,40}\\?");

	/**
	 * Whether a start or a leaving heard of holds, asked to be confirmed: "Is it correct
	 * that X's start is now …?", "Klopt het dat de startdatum van X …?", "Can someone
	 * confirm that …?". The writer checks news told elsewhere; a form would be a second.
	 */
	private static final Pattern CONFIRM_ASKED = Pattern.compile("(?iu)^\\W*(?:(?:hi|hoi|hey|hallo|hello)\\b[\\s,!:]*)*"
			+ "(?:is it (?:correct|right|true)|am i right|did i hear (?:that )?right|klopt het|is het (?:juist|waar|"
			+ "correct)|heb ik (?:het )?goed begrepen|(?:can|could) (?:someone|anyone|somebody|you) confirm|kan iemand "
			+ "(?:even |mij )?bevestigen|kun(?:t|nen)? (?:je|jij|jullie|u) (?:even |mij )?bevestigen)\\b[^?]*\\b(?:"
			+ START_OR_LEAVE + "|first day|eerste werkdag|startdatum|start date|last day|laatste werkdag|einddatum|"
			+ "end date)\\b");

	/** A question tag asking to confirm: "…, right?", "…, toch?", "…, klopt dat?". */
	private static final Pattern TAG = Pattern
		.compile("(?iu),\\s*(?:right|toch|klopt dat|klopt het|correct|or not|of niet|isn't (?:he|she|it))\\s*\\?$");

	/** Whether someone needs to be in the system: an account, an announcement. */
	private static final Pattern NEED_ASKED = Pattern.compile("(?iu)\\b(?:(?:does|do|will|would) (?:he|she|they|"
			+ "this person) (?:need|require|have to (?:be|get)|get)|(?:must|should) (?:he|she|they) (?:be|get|have)|"
			+ "(?:moet|moeten|hoeft|hoeven) (?:hij|zij|ze|die) (?:[\\p{L}-]+ ){0,3}?(?:aangemeld|aanmelden|account|"
			+ "ingevoerd|geregistreerd|in handover|in het systeem)|(?:heeft|hebben|krijgt|krijgen) (?:hij|zij|ze|die) "
			+ "(?:[\\p{L}-]+ ){0,3}?(?:nodig|een account))\\b");

	/**
	 * Whether anyone of a kind needs to be in the system at all, asked of the writer's
	 * duty or of someone not yet named: "Do we need to report a student who …?", "Moeten
	 * we een scholier aanmelden die …?", "Does a volunteer who … need an account?", "Moet
	 * een snuffelstagiair aangemeld worden?".
	 */
	private static final Pattern SCOPE_ASKED = Pattern.compile("(?iu)\\b(?:(?:do|must|should|shall) (?:we|i)|"
			+ "is it (?:necessary|needed|required|mandatory))(?: (?:really|also|even))? (?:(?:need|have) to |to )?"
			+ "(?:report|register|announce|add|enter)\\b|\\b(?:(?:moeten|moet|hoeven|hoef) (?:we|wij|ik)|is het "
			+ "(?:nodig|verplicht)(?: om)?)(?: [\\p{L}'’-]+){0,6}? (?:aanmelden|melden|registreren|doorgeven|opvoeren|"
			+ "invoeren|toevoegen|aan te melden|te melden|te registreren|door te geven|op te voeren|in te voeren|"
			+ "toe te voegen)\\b|\\b(?:does|do|must|should|will|would|moet|moeten|hoeft|hoeven|krijgt|krijgen|heeft|hebben) "
			+ "(?:a|an|een|such a|zo'n) \\p{Ll}[^?.!\\n]{0,80}?\\b(?:need (?:an? )?(?:account|login|badge|to be "
			+ "(?:reported|registered|announced|added))|(?:be|get) (?:reported|registered|announced|an account)|"
			+ "(?:aangemeld|gemeld|geregistreerd|ingevoerd) (?:worden|te worden)|(?:een )?account (?:nodig|krijgen|hebben))"
			+ "[^?.!\\n]{0,20}\\?");

	/**
	 * The name given in a sentence of its own after the question: "Her name is Elin.",
	 * "Hij heet Daan."
	 */
	private static final Pattern NAME_GIVEN = Pattern.compile("(?iu)(?:^|[.?!\\n])\\s*(?:(?:his|her|their) name is|"
			+ "(?:he|she|they)(?:'s| is| are|’s) called|(?:hij|zij|ze) heet|(?:zijn|haar) naam is|het gaat om|it's|it is)\\s*:?\\s*$");

	/** What the writer must send or do: "what do you need from me", "wat moet ik …". */
	private static final Pattern WHAT_NEEDED = Pattern.compile("(?iu)\\bwhat (?:do |would |will )?(?:you|you guys|"
			+ "hr|it) need (?:from|of) me\\b|\\bwhat (?:do|should|must) i (?:send|provide|fill in|do|arrange)\\b|"
			+ "\\bwhich forms (?:do )?i need\\b|\\bwelke formulieren (?:ik nodig heb|heb ik nodig)\\b|"
			+ "\\bwat (?:heb|hebben|hebt) (?:je|jij|jullie|u) (?:van mij|nodig)\\b|\\bwat moet ik (?:aanleveren|sturen|"
			+ "invullen|doen|regelen)\\b");

	/**
	 * The writer says no one is announced yet, or that the details follow: "I'm not
	 * announcing anyone yet", "I'll send the details when HR confirms", "ik meld nog
	 * niemand aan", "de gegevens volgen nog".
	 */
	private static final Pattern NOT_YET = Pattern.compile("(?iu)\\b(?:(?:i'm|i’m|i am|we're|we are) not announcing "
			+ "anyone|(?:i'll|i’ll|i will|we'll|we will) send (?:you )?the details (?:later|when|once|as soon)|"
			+ "ik meld (?:nu )?nog niemand aan|(?:de )?gegevens volgen(?: nog| later)?)\\b");

	/**
	 * Names said to come later: "5 nieuwe agents, namen volgen nog", "names to follow".
	 */
	private static final Pattern NAMES_LATER = Pattern
		.compile("(?iu)\\b(?:(?:de )?namen (?:volgen|komen)(?: nog| later)?|"
				+ "names (?:will )?(?:follow|come later)|names to follow|names (?:tbc|tba|later)|"
				// the writer sends them: "I'll send their names when the contracts are
				// back", "de namen stuur ik zodra …"
				+ "(?:i'll|i’ll|i will|we'll|we’ll|we will) (?:send|give|pass on|pass|forward|let you know) (?:you )?"
				+ "(?:their|the) names|(?:ik stuur|wij sturen|we sturen|ik geef|wij geven|we geven) (?:je |jullie |u )?"
				+ "(?:hun |de )?namen|(?:hun |de )?namen (?:stuur|geef) ik|"
				// with their days: "namen en startdata volgen", "names and dates to
				// follow"
				+ "namen en (?:start)?data (?:volgen|komen)|names and (?:start )?dates (?:will )?(?:follow|to follow))\\b");

	/**
	 * A question passed on from a colleague, of a kind of worker in lower case: "wants to
	 * know if a retiring firefighter can keep …", "wil weten of een vertrekkende …".
	 */
	private static final Pattern RELAYED = Pattern.compile("(?iu)\\b(?:wants?|wanted) to know (?:if|whether)|"
			+ "wil(?:de)? (?:graag )?weten of|vraagt(?: zich af)? of|asks whether|wonders (?:if|whether)\\b");

	/** A group counted, not named: "een lijst van zes mensen", "twelve pickers". */
	private static final Pattern COUNTED = Pattern.compile("(?iu)\\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|"
			+ "tien|elf|twaalf|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
			+ "(?:[\\p{L}-]+ )?(?:mensen|people|personen|persons|medewerkers|krachten|studenten|students|"
			+ "\\p{L}{3,}(?:ers|ors|ants|ents|s|en))\\b");

	/** Between a job and the name beside it: "the new nurse, Fatima", "(Fatima)". */
	private static final Pattern APPOSED = Pattern.compile("[\\s,(:–-]*");

	/** The job right after a name: "Fatima, our new nurse", "Ahmed (de nieuwe kok)". */
	private static final Pattern JOB_AFTER = Pattern
		.compile("(?iu)[\\s,(:–-]*(?:(?:our|the|onze|de|het|a|een)\\s+)?(?:new|nieuwe?)\\b");

	/** A name said as such: "her name is", "hij heet", "called". */
	private static final Pattern NAMED = Pattern
		.compile("(?iu)\\b(?:heet|heten|named|called|name is|naam is|genaamd|namely|namelijk|it's|het is)\\s*:?\\s*$");

	private AskedNotAnnounced() {
	}

	/**
	 * Whether the question announces no one.
	 * @param opened whether the message opens as a question ({@link Question}'s opener)
	 * @param undated whether no day is said, a month at most
	 * @param request whether the writer asks for something to be done
	 */
	static boolean aboutNoOne(String body, List<AnnouncementParser.Span> named, boolean opened, boolean undated,
			boolean request) {
		if (body.indexOf('?') < 0) {
			return false;
		}
		// no one yet, or details to follow: a name of one word, or words in lower case,
		// is
		// no one announced
		if (named.stream().allMatch(n -> n.words() == 1 || !Character.isUpperCase(body.charAt(n.start())))
				&& NOT_YET.matcher(body).find() || named.isEmpty() && undated && WHAT_NEEDED.matcher(body).find()) {
			return true;
		}
		if (!named.isEmpty() && RELAYED.matcher(body).find()
				&& named.stream().allMatch(n -> !Character.isUpperCase(body.charAt(n.start())))) {
			return true;
		}
		// a counted group, no one named but words in lower case guessed from the question
		if (opened && !request && COUNTED.matcher(body).find()
				&& named.stream().allMatch(n -> !Character.isUpperCase(body.charAt(n.start())))) {
			return true;
		}
		// a newcomer asked about by their job alone ("does the new planner need a
		// laptop?", "heeft de nieuwe kok al een pas?"): a single word read inside the
		// question is its first word or a thing's brand, words in lower case are the
		// question's, unless they stand beside the job as the newcomer's name ("the new
		// nurse, Fatima"); no one is named. Words that name no one at all but give a day
		// still get the form with its name left to fill in ("we have a new developer
		// starting Monday, can you set up a laptop?"): never "I did not understand".
		if ((undated || !named.isEmpty()) && newOneAsked(body)
				&& named.stream()
					.allMatch(n -> (n.words() == 1 || !Character.isUpperCase(body.charAt(n.start())))
							&& question(body, n) != null && !besideTheJob(body, n))) {
			return true;
		}
		if (named.isEmpty()) {
			return false;
		}
		if (ARRIVED.matcher(body).find()) {
			return true;
		}
		if (named.stream().allMatch(n -> {
			String asked = question(body, n);
			return asked != null && CONFIRM_ASKED.matcher(asked.strip()).find();
		})) {
			return true;
		}
		if (!request && named.stream().allMatch(n -> stillOn(question(body, n)))) {
			return true;
		}
		if (named.stream().allMatch(n -> n.words() == 1) && NEED_ASKED.matcher(body).find()) {
			return true;
		}
		// whether one of a kind must be in the system at all, the name given after it
		// and nothing else said of them ("…? Her name is Elin."): asked, not announced
		if (!SCOPE_ASKED.matcher(body).find()) {
			return false;
		}
		if (named.stream().allMatch(n -> nameAlone(body, n))) {
			return true;
		}
		// or a first name inside the question itself, and no start or leaving told
		// outside it ("Do we need to register Omar? He is a pupil who job-shadows on
		// Thursday"); not "Do we need to register Elin? She starts on Monday"
		return named.stream().allMatch(n -> n.words() == 1 && question(body, n) != null)
				&& !TOLD.matcher(outsideQuestions(body)).find();
	}

	/** A start or a leaving told: "starts", "begint", "leaves", "laatste werkdag". */
	private static final Pattern TOLD = Pattern.compile("(?iu)\\b(?:start(?:s|ing)?|begin(?:t|s|nen|ning)?|"
			+ "join(?:s|ing)?|komt|komen|leav(?:es|ing)|vertrek(?:t|ken)?|stopt|stoppen|in dienst|uit dienst|"
			+ "first (?:working )?day|eerste (?:werk)?dag|last (?:working )?day|laatste (?:werk)?dag)\\b");

	/** The message without its questions, each up to its question mark. */
	private static String outsideQuestions(String body) {
		return body.replaceAll("[^.!?\\n]*\\?", " ");
	}

	/**
	 * Whether the name is given in a sentence of its own after a question, and the
	 * sentence ends with it.
	 */
	private static boolean nameAlone(String body, AnnouncementParser.Span name) {
		String before = body.substring(0, name.start());
		return before.indexOf('?') >= 0 && NAME_GIVEN.matcher(before).find()
				&& body.substring(name.end()).matches("(?s)\\s*[.!]?\\s*");
	}

	/**
	 * No one named, and the names said to follow: a group announced ahead gets its forms
	 * when the names come, not one without a name now.
	 */
	static boolean namesToFollow(String body, List<AnnouncementParser.Span> named) {
		return named.isEmpty() && namesLater(body);
	}

	/** Whether the message says the names of a group come later: "namen volgen nog". */
	static boolean namesLater(String body) {
		return NAMES_LATER.matcher(body).find();
	}

	/**
	 * The people whose start is asked about ("whether everything is ready for X? He
	 * starts Friday") keep their form, with a note that it may have been announced
	 * before: writers mean both a first announcement and a follow-up.
	 */
	static List<Announcement> readyAsked(String body, List<Announcement> read) {
		return read.stream().map(a -> readyAsked(body, a) ? noted(a) : a).toList();
	}

	private static boolean readyAsked(String body, Announcement a) {
		if (a.date() == null || a.employeeName() == null) {
			return false;
		}
		int at = WhereNamed.in(body, a.employeeName());
		if (at < 0) {
			return false;
		}
		int end = WhereNamed.end(body, a.employeeName());
		// announced before and asked about now: "ik heb X vorige week aangemeld, …
		// klopt de startdatum nog?"
		if (body.indexOf('?') >= 0 && (ANNOUNCED_AFTER.matcher(body).region(end, body.length()).lookingAt()
				|| ANNOUNCED_BEFORE.matcher(body.substring(Math.max(0, at - 40), at)).find())) {
			return true;
		}
		String asked = question(body,
				new AnnouncementParser.Span(at, end, a.employeeName(), a.employeeName().split(" ").length));
		return asked != null && READY.matcher(asked).find();
	}

	private static Announcement noted(Announcement a) {
		Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
		notes.addAll(a.notes());
		notes.add(Announcement.Note.ASKED_ABOUT);
		return new Announcement(a.kind(), a.employeeName(), a.date(), a.roleWords(), a.roleKey(), a.workLocation(),
				a.dateWords(), a.currentRoleKey(), notes, a.language());
	}

	/** Whether a question of the message asks about a newcomer by a new job alone. */
	static boolean newOneAsked(String body) {
		int start = 0;
		for (int k = 0; k < body.length(); k++) {
			char c = body.charAt(k);
			if (c == '?' && Occupations.newOneEnd(body.substring(start, k)) >= 0) {
				return true;
			}
			if (".!?\n".indexOf(c) >= 0) {
				start = k + 1;
			}
		}
		return false;
	}

	/**
	 * A name said as the newcomer's: right after the job ("the new nurse, Fatima", "de
	 * nieuwe kok Ahmed"), right before it ("Fatima, our new nurse"), or after "named".
	 */
	private static boolean besideTheJob(String body, AnnouncementParser.Span name) {
		String before = body.substring(Math.max(0, name.start() - 60), name.start());
		int job = Occupations.newOneEnd(before);
		int last = -1;
		while (job >= 0) {
			last = job;
			int next = Occupations.newOneEnd(before.substring(last));
			job = next < 0 ? -1 : last + next;
		}
		return last >= 0 && APPOSED.matcher(before.substring(last)).matches()
				|| JOB_AFTER.matcher(body).region(name.end(), body.length()).lookingAt()
				|| NAMED.matcher(before).find();
	}

	private static boolean stillOn(String question) {
		return question != null && (STILL_ON.matcher(question).find() || TAG.matcher(question).find());
	}

	/** The question the name is said in, up to its question mark; null if none. */
	private static String question(String body, AnnouncementParser.Span name) {
		int end = name.end();
		while (end < body.length() && ".!?\n".indexOf(body.charAt(end)) < 0) {
			end++;
		}
		if (end == body.length() || body.charAt(end) != '?') {
			return null;
		}
		int start = name.start();
		while (start > 0 && ".!?\n".indexOf(body.charAt(start - 1)) < 0) {
			start--;
		}
		return body.substring(start, end + 1);
	}

	// Asked of someone already here: whether something is done for them.

	/**
	 * A question opened by its verb, after a greeting or a label ("Hoi, is het account
	 * van … al aangemaakt?", "Quick one: has anyone set up …?"), that asks whether a
	 * thing is already there.
	 */
	private static final Pattern STATE_QUESTION = Pattern.compile("(?iu)^\\W*(?:(?:hi|hoi|hey|hallo|hello|dag|"
			+ "quick one|quick question|vraagje|vraag|question|even checken|just checking)\\b[\\s,:!–-]*)*"
			+ "(?:is|are|was|does|do|did|has|have|can|could|heeft|hebben|kan|kunnen|zijn|weet|weten|staat|staan)\\b"
			+ "[^?]*\\b(?:al|already|yet|ready|klaar|aangemaakt|geregeld|gekregen|set up|in the system|"
			+ "in het systeem)\\b[^?]*\\?$");

	/**
	 * A question whether someone is still here on a day, however it opens: "Is Mr. Jan
	 * Richter still working by you in January?", "Werkt Els Bos in maart nog bij
	 * jullie?". It asks, and announces no one; the day said is the one asked about.
	 */
	private static final Pattern STILL_HERE = Pattern
		.compile("(?iu)\\b(?:still|nog)\\b[^?]*\\b(?:working|employed|with (?:us|you)|"
				+ "here|in dienst|bij (?:ons|jullie|u)|werkzaam|hier)\\b[^?]*\\?$");

	/** A start already made, told in the past: "Hij begon", "is maandag begonnen". */
	private static final Pattern PAST_START = Pattern.compile("(?iu)\\b(?:begon|begonnen|gestart|startte|started|"
			+ "joined|began|zou\\b[^.!?\\n]{0,30}\\bbeginnen|sinds|since)\\b");

	/**
	 * A question whether something is already done for someone who is here: "Heeft Jan de
	 * Vries al een account? Hij begon 1 december.", "Kan Priya Nair al inloggen?", "Is
	 * Hannah Cole's badge ready?". The start was announced before, or never needed to be.
	 * A start still to come said beside it ("… ready? He starts Monday") keeps its form,
	 * noted as asked about ({@link #readyAsked}); a start told first and a question after
	 * it ("Lotte begint op 4 januari. Heeft zij al een pasje nodig?") is an announcement.
	 * Whether every name read stands in such a question and every day said is past or a
	 * start already made.
	 */
	static boolean ofSomeoneHere(String body, List<AnnouncementParser.Span> found, List<DateWords.Mention> dates,
			LocalDate today) {
		if (found.isEmpty() || body.indexOf('?') < 0) {
			return false;
		}
		if (stillHereAsked(body, found, dates)) {
			return true;
		}
		for (AnnouncementParser.Span name : found) {
			String question = questionAt(body, name.start(), name.end());
			if (question == null || !STATE_QUESTION.matcher(question).find()) {
				return false;
			}
		}
		return dates.stream()
			.allMatch(d -> d.date() != null && d.date().isBefore(today)
					|| PAST_START.matcher(Sentences.around(body, d.start(), d.end())).find());
	}

	/**
	 * Whether every name and every day said stands in a question whether one is still
	 * here.
	 */
	private static boolean stillHereAsked(String body, List<AnnouncementParser.Span> found,
			List<DateWords.Mention> dates) {
		return found.stream().allMatch(name -> stillHere(questionAt(body, name.start(), name.end())))
				&& dates.stream().allMatch(d -> stillHere(questionAt(body, d.start(), d.end())));
	}

	private static boolean stillHere(String question) {
		return question != null && STILL_HERE.matcher(question).find();
	}

	/**
	 * The question the words stand in, from its sentence's start to its question mark;
	 * null if none.
	 */
	private static String questionAt(String body, int from, int to) {
		return Sentences.asks(body, to) ? Sentences.around(body, from, to) : null;
	}

}
