package io.handover.intake;

import io.handover.intake.AnnouncementParser.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a message names, as the form will write them: runs of capitalised words with
 * name particles (van, de, 't, el, …), and lower-case names where a chat leaves the
 * capitals out, never holding a word the rest of the reading marked as no name (an
 * intent, a role, a date, a greeting, a place).
 */
final class PeopleInText {

	private static final Pattern GREETING = Pattern
		.compile("(?i)^\\s*(?:hi|hello|hey|hoi|hallo|dear|beste|geachte|goedemorgen|goedemiddag|good morning|morning)"
				// the addressee by title: "Geachte heer Van Rijswijk,", "Dear Mr. De
				// Wit,"
				+ "(?:\\s+(?:heer|mevrouw|meneer|mr|mrs|ms|dr|dhr|mevr|mw)\\.?)?\\s+$");

	private static final Pattern TOKEN = Pattern
		.compile("(?:\\p{Lu}\\.){1,3}(?=\\s[\\p{L}(])|'t(?![\\p{L}])|'s(?![\\p{L}])|"
				+ "[\\p{L}\\p{M}](?:[\\p{L}\\p{M}'’\\-]*[\\p{L}\\p{M}])?|\\d+|\\S");

	/**
	 * Initials before a surname ("J. de Haas", "A.B. Visser"): a name's first word when a
	 * surname follows.
	 */
	private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}");

	/**
	 * Words naming a place in a building: a capital letter or number after one is the
	 * place's ("gebouw C.", "kamer B.", "building C.", "floor 2."), never an initial, and
	 * the word itself then starts no name ("Kamer B. Sanne Visser begint …"). "Floor" is
	 * also a first name: only before a letter or number is it the place.
	 */
	private static final Set<String> PLACE_WORDS = Set.of("gebouw", "building", "bldg", "kamer", "room", "floor",
			"verdieping", "etage", "lokaal", "vleugel", "wing", "zaal", "hal", "hall", "blok", "block", "unit", "level",
			"afdeling", "ward", "toren", "tower", "paviljoen", "pavilion", "locatie", "location", "ingang", "entrance",
			"desk", "bureau", "gang", "corridor");

	private static final Pattern PLACE_MARK = Pattern.compile("(?:\\p{Lu}\\.?){1,2}|\\d+[\\p{L}]?\\.?");

	static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "in", "el",
			"al", "bin", "ben", "da", "di", "do", "dos", "das", "du", "la", "le", "von", "zu", "del", "della", "y",
			"'s", "op", "vd", "v.d.", "van't", "abu", "ibn", "mac", "st");

	/** Words that are never part of a name, capitalised or not. */
	static final Set<String> STOP = new HashSet<>(List.of(
			// greetings, politeness, chatter
			"hi", "hello", "hey", "hiya", "hoi", "hallo", "dear", "beste", "geachte", "goedemorgen", "goedemiddag",
			"goedenavond", "morning", "afternoon", "good", "welcome", "welkom", "thanks", "thank", "bedankt", "dank",
			"cheers", "groetjes", "groeten", "groet", "regards", "kind", "best", "vriendelijke", "fyi", "ps", "please",
			"pls", "graag", "quick", "heads", "up", "note", "sad", "bad", "news", "great", "nice", "fijn", "leuk",
			"goed", "mooi", "jammer", "helaas", "unfortunately", "sadly", "happily", "luckily", "gelukkig", "finally",
			"officially", "recently", "hopefully", "hierbij", "probably", "possibly", "perhaps", "usually", "normally",
			"sometimes", "waarschijnlijk", "vermoedelijk", "mogelijk", "meestal", "soms", "hopelijk", "attention",
			"correction", "correctie", "sorry", "gaat",
			// chat openers: "ff melden: …", "effe doorgeven"
			"ff", "effe", "melden", "doorgeven", "berichtje",
			// a request's verb before the name: "can u add lisa van beek", "Moving Ben
			// Okafor (…) from Almere"
			"add", "adding", "moving", "toevoegen",
			// … or after it: "kun je het account van stefan de wit dichtzetten?"
			"dichtzetten", "afsluiten", "blokkeren", "intrekken", "deactiveren", "uitzetten", "verwijderen", "aanmaken",
			"klaarzetten",
			// a sentence opened by "nothing": "Niets aanmaken dus."
			"niets", "niks", "nothing",
			// a lower-case name ends at its verb: "typograaf sem de boer werkt als
			// zzp'er"
			"werkt", "works", "komt", "zit", "zitten", "goes", "moves", "switches", "transfers", "mag", "moet", "does",
			"did", "do", "gaan", "heb", "maybe", "misschien", "wellicht", "namens", "behalf", "congratulations",
			"gefeliciteerd", "over", "about", "regarding", "betreft", "update", "reminder", "herinnering", "info",
			"melding", "even", "also", "ook", "btw", "so", "dus", "just", "nog", "still", "yes", "ja", "no", "nee",
			"ok", "okay", "oké", "subject", "onderwerp", "re", "fw", "fwd", "team", "bot", "handover", "everyone",
			"allemaal", "iedereen", "all", "guys", "folks", "collega's", "collegas", "mr", "mister", "mrs", "ms",
			"miss", "dr", "drs", "ir", "dhr", "mevr", "mevrouw", "meneer", "sir", "madam", "meet", "introducing",
			"introduce", "presenting", "ontmoet",
			// forms of address before a name (school, care, academic)
			"juf", "juffrouw", "meester", "zuster", "broeder", "prof", "professor", "ds", "ing",
			// a reason after a name written in lower case ("ylva noorlander wegens
			// uitbreiding")
			"wegens", "vanwege", "ivm", "due", "owing",
			// function words
			"the", "a", "an", "alleen", "only", "our", "onze", "ons", "we", "wij", "i", "ik", "you", "je", "jij", "u",
			"he", "she", "they", "hij", "zij", "ze", "it", "this", "that", "dit", "dat", "deze", "die", "these",
			"those", "can", "could", "would", "will", "shall", "should", "kun", "kunt", "kan", "wil", "wilt", "zou",
			"zal", "is", "are", "was", "were", "has", "have", "had", "heeft", "hebben", "hebt", "zijn", "ben", "and",
			"en", "or", "of", "but", "maar", "to", "for", "voor", "from", "with", "met", "at", "by", "on", "as", "als",
			"per", "vanaf", "naar", "bij", "om", "after", "na", "since", "sinds", "because", "omdat", "here", "hier",
			"there", "er", "his", "her", "their", "zijn", "haar", "hun", "me", "my", "mijn", "us", "who", "wie", "what",
			"wat", "when", "wanneer", "where", "waar", "how", "hoe", "which", "welke", "both", "beide", "beiden", "two",
			"twee", "one", "new", "nieuwe", "nieuw", "let", "laat", "role", "rol", "functie", "change", "internal",
			"interne", "move", "leaver", "starter", "joiner", "hire", "uitdienst", "indienst", "functiewijziging",
			"medewerker", "medewerkster", "collega", "colleague", "employee", "member", "contract", "notice",
			"effective", "starting", "today", "tomorrow", "morgen", "vandaag", "next", "volgende", "komende",
			"aanstaande", "week", "weeks", "weken", "day", "dag", "date", "datum", "last", "laatste", "first", "eerste",
			"final", "end", "eind", "einde", "mvg", "gr", "via", "zo", "snel", "asap", "per direct", "sales", "it",
			"hr", "ict", "fm", "ceo", "cto", "manager", "teamleider", "ticket", "form", "formulier", "account",
			"accounts", "laptop", "company", "bedrijf", "afdeling", "department", "office", "kantoor", "remote",
			"hybrid", "hybride", "unit", "vestiging", "location", "locatie",
			// the way into a reason told after a name: "got into a fight", "geld
			// gestolen uit de kas"
			"into", "uit"));

	/** Words that end a job title: never a name ("HR-adviseur", "Teamleider"). */
	private static final Pattern JOB_TITLE = Pattern
		.compile("(?:advisor|adviser|adviseur|consultant|analyst|analist|assistant|"
				+ "assistent|receptionist|receptioniste|controller|director|directeur|officer|specialist|medewerker|"
				+ "coordinator|coördinator|leider|manager|supervisor|designer|recruiter|trainee|stagiair|intern|engineer|"
				// "Mr. Kwame Obi, Machine Operator, …", "as Claims Investigator"
				+ "developer|operator|inspector|investigator|auditor|technician|mechanic|instructor)$");

	private PeopleInText() {
	}

	/** A word that times what follows: "From March Sam Reyes works …", "Vanaf maart". */
	private static final Pattern TIMING = Pattern.compile("(?iu)\\b(?:from|since|until|in|vanaf|per|sinds|tot)\\s+$");

	/**
	 * Whether the word is a month timing the sentence, a name right after it: "From March
	 * Sam Reyes works for us". "April Dunn" opening a sentence stays a name.
	 */
	private static boolean monthSaidFirst(String body, List<int[]> tokens, int i) {
		int[] token = tokens.get(i);
		return i + 1 < tokens.size() && NeverNames.month(text(body, token))
				&& Character.isUpperCase(text(body, tokens.get(i + 1)).charAt(0))
				&& TIMING.matcher(body.substring(Math.max(0, token[0] - 8), token[0])).find();
	}

	/** The names in the message: capitalised runs with particles, without greetings. */
	static List<Span> find(String body, boolean[] notName, List<IntentMatch> intents) {
		List<int[]> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(body);
		while (matcher.find()) {
			tokens.add(new int[] { matcher.start(), matcher.end() });
		}
		List<Span> runs = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			String token = text(body, tokens.get(i));
			if (!startsName(token) && !firstNameAlsoWord(body, tokens, i, notName)
					&& !surnameAfterTitle(body, tokens, i, notName) || isTaken(notName, tokens.get(i))
					|| place(body, tokens, i) || NeverNames.opensNoName(token) || monthSaidFirst(body, tokens, i)
					|| rankClass(body, tokens, i)) {
				i++;
				continue;
			}
			List<Integer> run = new ArrayList<>();
			run.add(i);
			int j = i + 1;
			boolean possessive = possessive(token);
			while (!possessive && j < tokens.size() && adjacent(body, tokens.get(j - 1), tokens.get(j))) {
				String next = text(body, tokens.get(j));
				if (isTaken(notName, tokens.get(j)) || place(body, tokens, j)
						|| Organisations.institutionAfterParticle(body, tokens, j) || routeFrom(body, tokens, run, j)
						|| whereAfterFullName(body, tokens, run, j)) {
					break;
				}
				if (PARTICLES.contains(next.toLowerCase(Locale.ROOT)) || continuesName(next)
						|| shortNamePart(body, tokens, j) || surnameAfterParticle(body, tokens, run, j)) {
					run.add(j);
					possessive = possessive(next);
					j++;
				}
				else {
					break;
				}
			}
			questionVerbApart(body, tokens, run);
			int surname = afterNickname(body, tokens, run, j);
			if (surname > j) {
				j = surname;
				while (!possessive && j < tokens.size()
						&& (j == surname || adjacent(body, tokens.get(j - 1), tokens.get(j)))
						&& !isTaken(notName, tokens.get(j))
						&& (PARTICLES.contains(text(body, tokens.get(j)).toLowerCase(Locale.ROOT))
								|| continuesName(text(body, tokens.get(j))))) {
					run.add(j);
					possessive = possessive(text(body, tokens.get(j)));
					j++;
				}
			}
			while (run.size() > 1
					&& PARTICLES.contains(text(body, tokens.get(run.get(run.size() - 1))).toLowerCase(Locale.ROOT))
					&& !shortNamePart(body, tokens, run.get(run.size() - 1))
					&& !SURNAME_PARTICLES.contains(text(body, tokens.get(run.get(run.size() - 1))))) {
				run.remove(run.size() - 1);
			}
			withoutPlaceAdjective(body, tokens, run, notName);
			withoutOccupation(body, tokens, run);
			withoutTownAfterJob(body, tokens, run);
			if (run.isEmpty()) {
				i = Math.max(j, i + 1);
				continue;
			}
			int start = tokens.get(run.get(0))[0];
			int end = tokens.get(run.get(run.size() - 1))[1];
			// "starts in January": a month alone is a loose date, not a first name
			boolean month = run.size() == 1 && NeverNames.month(text(body, tokens.get(run.get(0))));
			// "starts mon 14 dec, B shift", "in ploeg A.": a letter alone names a shift
			// or a team, never a person
			boolean letter = run.size() == 1 && LETTER.matcher(text(body, tokens.get(run.get(0)))).matches();
			if (!month && !letter && !afterGreeting(body, start, end) && !Organisations.isOne(body, tokens, run)
					&& !NotNames.startsWithAVerb(text(body, tokens.get(run.get(0))))
					&& !NotNames.placeOfAJob(body, start) && !NotNames.placeOfASite(body, start)
					&& !(run.size() == 1 && (NotNames.opensBeforeAnArticle(body, start, end)
							|| NotNames.placeOfOurs(body, start, end)))
					&& !Organisations.jobTitle(body, tokens, run, runs.isEmpty() ? -1 : runs.get(runs.size() - 1).end(),
							runs.isEmpty() ? 0 : runs.get(runs.size() - 1).words())) {
				runs.add(new Span(start, end, nameOf(body, tokens, run), run.size()));
			}
			i = Math.max(j, i + 1);
		}
		List<Span> full = runs.stream().filter(r -> r.words() >= 2).toList();
		List<Span> people = new ArrayList<>();
		for (Span run : full.isEmpty() ? runs.stream().limit(1).toList() : full) {
			// "Welcome Jean Paul!" after "Jean Paul Meyer": the first names of another
			if (people.stream().noneMatch(p -> Intake.fold(p.name()).equals(Intake.fold(run.name()))) && full.stream()
				.noneMatch(r -> r.words() > run.words()
						&& Intake.fold(r.name()).startsWith(Intake.fold(run.name()) + " "))) {
				people.add(run);
			}
		}
		// a lone capitalised town in a lower-case chat is a place, not the name: "nieuwe
		// afwasser in Meppel: tim de graaf", nor a word opening a later sentence ("kees
		// bakker stopt vrijdag. Taart om 4 uur"); with the name said to follow ("Name to
		// follow."), no lower-case words are it ("our new shift lead starts next week")
		if ((people.isEmpty() || full.isEmpty() && people.stream()
			.allMatch(p -> PLACE_BEFORE.matcher(body.substring(Math.max(0, p.start() - 6), p.start())).find()
					|| PLACE_AFTER.matcher(body).region(p.end(), body.length()).lookingAt()
					|| LaterSentence.opens(body, p.start())
					// … nor a school or agency in brackets after it: "fleur de boer (ROC
					// Mondriaan) begint"
					|| insideBrackets(body, p)))
				&& !Question.nameToFollow(body)) {
			Span lowerCase = lowerCaseName(body, tokens, notName, intents);
			// … nor, from a writer who opens every sentence with a capital, lower-case
			// words outside a question ("The supplier sends a technician every other
			// week.
			// Does he need …?"); inside one they may be the worker asked about ("Does the
			// new planner need …?")
			if (lowerCase != null && Sentences.allOpenWithACapital(body) && !Sentences.asks(body, lowerCase.end())) {
				lowerCase = null;
			}
			if (lowerCase != null && !lowerCase.name().equals(people.isEmpty() ? null : people.get(0).name())) {
				people.clear();
				people.addAll(lowerCaseJoinedBefore(body, tokens, notName, lowerCase));
				people.add(lowerCase);
				people.addAll(lowerCaseItems(body, tokens, notName, lowerCase));
				people.addAll(lowerCaseJoined(body, tokens, notName, lowerCase));
				people.addAll(lowerCaseSetOff(body, tokens, notName, lowerCase));
			}
			else if (lowerCase == null && full.isEmpty() && people.stream().allMatch(p -> jobsPlace(body, p))) {
				// "voor onze gids in Italië": no name at all, only where the job is
				people.clear();
			}
		}
		return people;
	}

	/**
	 * A name written in lower case ("jan de vries begint maandag"): the words right
	 * before the intent word that are no other kind of word.
	 */
	private static final Pattern AFTER_GREETING = Pattern.compile("\\s*[,!:\\n]");

	static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’\\-]*");

	private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,4}(?:-.*)?");

	private static final Pattern ELIDED = Pattern.compile("[dl]['’]\\p{Lu}.*");

	/** A name said outright: "ze heet eva van der sluis", "her name is leah morrison". */
	private static final Pattern NAMED_AS = Pattern.compile("(?i)\\b(?:heet|hij heet|ze heet|zij heet|"
			+ "(?:(?:his|her|their) )?name is|(?:(?:zijn|haar) )?naam is|genaamd|named|called|het gaat om|it'?s about|"
			+ "namelijk|namely)\\s+$|"
			// a last or first day said before whose, perhaps with their job between:
			// "de laatste dag van onze uitzendkracht eva mulder"
			+ "\\b(?:(?:laatste|eerste) (?:werk)?dag van (?:(?:onze?|de|het) )?|"
			+ "(?:last|first) (?:working |work )?day (?:of|for) (?:(?:our|the) )?)(?:\\p{Ll}+ )?$");

	/** The words that open a question of who, what, how or when. */
	private static final Set<String> QUESTION_WORDS = Set.of("wie", "wat", "hoe", "waar", "wanneer", "waarom", "welke",
			"welk", "hoeveel", "who", "what", "how", "where", "when", "why", "which", "whom");

	/** A unit after a name in chat: "pieter bosman magazijn laatste dag". */
	private static final Set<String> UNIT_WORDS = Set.of("magazijn", "keuken", "kantoor", "receptie", "winkel",
			"administratie", "planning", "bediening", "bar", "kassa", "warehouse", "kitchen", "office", "reception",
			"shop", "store", "admin", "payroll", "finance", "logistiek", "logistics", "productie", "production",
			// "tim verbeek van de werkplaats", "yvonne kramer huishouding"
			"werkplaats", "klantenservice", "huishouding", "housekeeping", "schoonmaak", "onderhoud", "maintenance",
			"werf", "inkoop", "helpdesk", "servicedesk", "workshop", "garage", "bakkerij", "werkvloer", "showroom",
			"fabriek", "salon", "praktijk", "loods", "depot", "factory", "bakery",
			// "tim de bruijn van de balie", "sara el idrissi van de kas"
			"balie", "kas", "kassen", "kwekerij", "inpakhal", "hal", "kantine", "afwas", "spoelkeuken", "lab",
			"laboratorium", "apotheek", "bibliotheek", "front", "desk", "checkout", "tills", "yard",
			// "henk otten van de inpak", "kees dijkstra van de expeditie"
			"inpak", "expeditie", "verpakking");

	/**
	 * A last or first day of one of ours, their job and where they work said before the
	 * name set off by a comma: "de laatste dag van onze stagiair bij de balie, lotte
	 * vermeulen", "the last day of our agency worker in the warehouse, tom okafor".
	 */
	private static final Pattern APPOSED_AFTER_OUR_DAY = Pattern
		.compile("(?i)\\b(?:(?:laatste|eerste) (?:werk)?dag van (?:onze?)|"
				+ "(?:last|first) (?:working |work )?day (?:of|for) our)(?-i:(?: \\p{Ll}+){1,6}), $");

	private static final Pattern LETTER = Pattern.compile("\\p{Lu}\\.?");

	private static final Pattern APPOSITION_CLOSED = Pattern.compile("\\s*(?:[.,;!]|$)");

	private static Span lowerCaseName(String body, List<int[]> tokens, boolean[] notName, List<IntentMatch> intents) {
		// … closed by a stop or a comma, so that no words going on are read as one:
		// "de laatste dag van onze actie, dus bestel snel"
		Span apposed = saidAfter(APPOSED_AFTER_OUR_DAY, 80, body, tokens, notName);
		if (apposed != null && APPOSITION_CLOSED.matcher(body).region(apposed.end(), body.length()).lookingAt()) {
			return apposed;
		}
		Span said = saidAfter(NAMED_AS, 50, body, tokens, notName);
		if (said != null) {
			return said;
		}
		Span restated = restatedInFull(body, tokens, notName);
		if (restated != null) {
			return restated;
		}
		Span wordNamed = GivenNamesThatAreWords.in(body);
		if (wordNamed != null) {
			return wordNamed;
		}
		Span afterColon = namedAfterTheColon(body, tokens, notName, intents);
		if (afterColon != null) {
			return afterColon;
		}
		int anchor = intents.isEmpty() ? -1 : intents.get(0).start();
		for (int k = 0; anchor < 0 && k < notName.length; k++) {
			if (notName[k]) {
				anchor = k;
			}
		}
		if (anchor < 0) {
			return null;
		}
		// The words right before the first intent (or date, or role) …
		List<Integer> run = new ArrayList<>();
		Span earlier = null;
		for (int k = 0; k < tokens.size() && tokens.get(k)[1] <= anchor; k++) {
			String lower = text(body, tokens.get(k)).toLowerCase(Locale.ROOT);
			boolean auxiliary = Set.of("is", "will", "gaat", "zal", "has", "heeft", "wordt").contains(lower);
			boolean nameWord = lowerCaseNameWord(body, tokens, notName, k) && !auxiliary;
			if (nameWord && (run.isEmpty() || adjacent(body, tokens.get(run.get(run.size() - 1)), tokens.get(k)))
					&& (run.isEmpty() || !possessive(text(body, tokens.get(run.get(run.size() - 1)))))) {
				run.add(k);
			}
			else if (!auxiliary) {
				Span candidate = lowerCaseSpan(body, tokens, new ArrayList<>(run));
				earlier = candidate != null && !bracketedJob(body, candidate)
						&& (earlier == null || !insideBrackets(body, candidate) && !apposedJob(body, candidate))
								? candidate : earlier;
				run.clear();
				// "ff melden: youri de bruijn stopt": a name after a colon begins a run
				// of its own
				if (nameWord) {
					run.add(k);
				}
			}
		}
		Span before = lowerCaseSpan(body, tokens, run);
		// "callum brooks (bike workshop) quit": the words in brackets are where they
		// work
		// … and "our chaplain (spiritual carer) will lead": a job in brackets is no name
		before = before != null && !bracketedJob(body, before)
				&& (earlier == null || !insideBrackets(body, before) && !apposedJob(body, before)) ? before : earlier;
		// "the new store detectives, amir hassan and jordy kremer, start saturday": the
		// last of a list before the verb; the list begins with the one set off before it
		if (before != null) {
			Span first = listedBefore(body, tokens, notName, before);
			// … or read before it as a name of its own: "new drivers amir hassan and
			// jordy kremer start saturday"
			if (first == null && earlier != null && earlier.end() < before.start()
					&& NEXT_IN_LIST.matcher(body).region(earlier.end(), before.start()).matches()
					&& !insideBrackets(body, earlier) && !apposedJob(body, earlier)) {
				first = earlier;
			}
			before = first != null ? first : before;
		}
		if (before == null) {
			before = apposedLowerCase(body, tokens, notName, intents);
		}
		if (before != null || intents.isEmpty()) {
			return before;
		}
		// … or two name words inside its own ("vanaf maandag komt ook noor visser erbij")
		Span inside = insideIntent(body, tokens, notName, intents.get(0));
		if (inside != null) {
			return inside;
		}
		// … else the words right after it ("new starter: piet jansen, …", "please
		// offboard
		// anna bakker").
		int k = 0;
		while (k < tokens.size() && tokens.get(k)[0] < intents.get(0).end()) {
			k++;
		}
		// past stop words, a date or role and punctuation: "start maandag, eva van dam",
		// "begonnen -> joost meijer"
		// … and "van" before a job: "laatste dag van verkoper tom van beek is 24/12"
		for (int skipped = 0; k < tokens.size() && skipped < 8
				&& (!lowerCaseNameWord(body, tokens, notName, k) || ofAJob(body, tokens, notName, k))
				&& (STOP.contains(text(body, tokens.get(k)).toLowerCase(Locale.ROOT))
						|| LEAD_IN.matcher(text(body, tokens.get(k))).matches() || isTaken(notName, tokens.get(k))
						|| ofAJob(body, tokens, notName, k)); skipped++) {
			k++;
		}
		run = new ArrayList<>();
		while (k < tokens.size() && lowerCaseNameWord(body, tokens, notName, k)
				&& (run.isEmpty() || adjacent(body, tokens.get(run.get(run.size() - 1)), tokens.get(k))
						&& !possessive(text(body, tokens.get(run.get(run.size() - 1)))))) {
			run.add(k);
			k++;
		}
		return lowerCaseSpan(body, tokens, run);
	}

	/**
	 * The rest of a chat line after its colon: "drill assistant starting tue 12 jan: ".
	 */
	private static final Pattern COLON_AHEAD = Pattern.compile("[^.!?\\n:]{0,40}:\\s*");

	/**
	 * A lower-case name set after a colon that closes the line of the start, the words
	 * before the verb being the job: "meter reader starting thu 7 jan: joey lankhorst.",
	 * "nieuwe monteur begint 4 jan: piet jansen". Two to four name words, closing the
	 * clause.
	 */
	private static Span namedAfterTheColon(String body, List<int[]> tokens, boolean[] notName,
			List<IntentMatch> intents) {
		if (intents.isEmpty()) {
			return null;
		}
		Matcher colon = COLON_AHEAD.matcher(body).region(intents.get(0).end(), body.length());
		if (!colon.lookingAt()) {
			return null;
		}
		int k = 0;
		while (k < tokens.size() && tokens.get(k)[0] < colon.end()) {
			k++;
		}
		List<Integer> run = new ArrayList<>();
		while (k < tokens.size() && lowerCaseNameWord(body, tokens, notName, k)
				&& Character.isLowerCase(body.charAt(tokens.get(k)[0]))
				&& (run.isEmpty() || adjacent(body, tokens.get(run.get(run.size() - 1)), tokens.get(k)))) {
			run.add(k);
			k++;
		}
		int end = run.isEmpty() ? -1 : tokens.get(run.get(run.size() - 1))[1];
		if (run.size() < 2 || run.size() > 4 || end < body.length() && ".,;!\n".indexOf(body.charAt(end)) < 0) {
			return null;
		}
		return lowerCaseSpan(body, tokens, run);
	}

	/**
	 * Where a sentence begins: the message's start or after its end, a chat's emoji too
	 * ("… per 1 jan!! 🎉 joris …").
	 */
	private static final Pattern SENTENCE_OPENS = Pattern.compile("(?:^|[.!?\\n\\p{So}]\\s*)$");

	/** The lower-case words right after the words a pattern ending at them finds. */
	private static Span saidAfter(Pattern before, int reach, String body, List<int[]> tokens, boolean[] notName) {
		for (int k = 0; k < tokens.size(); k++) {
			if (before.matcher(body.substring(Math.max(0, tokens.get(k)[0] - reach), tokens.get(k)[0])).find()
					&& !Occupations.is(text(body, tokens.get(k)))) {
				List<Integer> named = new ArrayList<>();
				for (int n = k; n < tokens.size() && n < k + 5 && lowerCaseNameWord(body, tokens, notName, n)
						&& (named.isEmpty() || adjacent(body, tokens.get(n - 1), tokens.get(n))); n++) {
					named.add(n);
				}
				Span said = lowerCaseSpan(body, tokens, named);
				if (said != null) {
					return said;
				}
			}
		}
		return null;
	}

	/** A word in chat that says a name again in full: "joris van 't hek dus". */
	private static final Set<String> RESTATING = Set.of("dus", "so");

	/**
	 * The restating word closing the name said again: "… dus, van associate naar
	 * partner".
	 */
	private static final Pattern RESTATED_CLOSE = Pattern.compile(" (?:dus|so)(?:[,.!?\\n]|\\s*$)");

	/**
	 * A first name said alone, then again in full at a sentence's start with what they do
	 * set off by a comma or said again with "dus"/"so": "so mark won't be coming back …
	 * mark jansen, kitchen. his contract ends 28 feb" names Mark Jansen.
	 */
	private static Span restatedInFull(String body, List<int[]> tokens, boolean[] notName) {
		for (int k = 1; k < tokens.size(); k++) {
			String first = text(body, tokens.get(k)).toLowerCase(Locale.ROOT);
			boolean saidBefore = false;
			for (int j = 0; j < k && !saidBefore; j++) {
				saidBefore = text(body, tokens.get(j)).toLowerCase(Locale.ROOT).equals(first);
			}
			if (!saidBefore
					|| !SENTENCE_OPENS.matcher(body.substring(Math.max(0, tokens.get(k)[0] - 3), tokens.get(k)[0]))
						.find()) {
				continue;
			}
			List<Integer> run = new ArrayList<>();
			for (int n = k; n < tokens.size() && n < k + 4 && lowerCaseNameWord(body, tokens, notName, n)
					&& (run.isEmpty() || adjacent(body, tokens.get(n - 1), tokens.get(n))); n++) {
				run.add(n);
			}
			// "joris van 't hek dus": the word that says it again is none of the name
			if (!run.isEmpty() && RESTATING.contains(text(body, tokens.get(run.get(run.size() - 1))))) {
				run.remove(run.size() - 1);
			}
			int end = run.isEmpty() ? -1 : tokens.get(run.get(run.size() - 1))[1];
			if (run.size() >= 2 && end < body.length() && (body.charAt(end) == ','
					|| RESTATED_CLOSE.matcher(body).region(end, body.length()).lookingAt())) {
				Span said = lowerCaseSpan(body, tokens, run);
				if (said != null) {
					return said;
				}
			}
		}
		return null;
	}

	/**
	 * "van" or "of" right before a job's words (taken), as in "laatste dag van verkoper
	 * …".
	 */
	private static boolean ofAJob(String body, List<int[]> tokens, boolean[] notName, int k) {
		if (k + 1 >= tokens.size() || !Set.of("van", "of").contains(text(body, tokens.get(k)))
				|| !adjacent(body, tokens.get(k), tokens.get(k + 1))) {
			return false;
		}
		// "van onze verkoper …", "of our driver …"
		int job = Set.of("onze", "ons", "de", "het", "our", "the").contains(text(body, tokens.get(k + 1))) ? k + 2
				: k + 1;
		return job < tokens.size() && isTaken(notName, tokens.get(job))
				&& adjacent(body, tokens.get(job - 1), tokens.get(job));
	}

	/** After a comma or colon, or opening the message: where a list of names begins. */
	private static final Pattern LIST_OPENS = Pattern.compile("(?:^|[,:;]\\s*|\\n\\s*)$");

	/**
	 * The lower-case name listed right before another, set off before it by a comma or
	 * colon: "…, amir hassan and jordy kremer, start saturday" gives "amir hassan".
	 */
	private static Span listedBefore(String body, List<int[]> tokens, boolean[] notName, Span last) {
		int k = firstToken(tokens, last) - 1;
		if (k >= 0 && Set.of("and", "en").contains(text(body, tokens.get(k)).toLowerCase(Locale.ROOT))) {
			k--;
		}
		if (k < 1 || tokens.get(k)[1] > last.start()
				|| !NEXT_IN_LIST.matcher(body).region(tokens.get(k)[1], last.start()).matches()) {
			return null;
		}
		List<Integer> run = new ArrayList<>();
		for (int n = k; n >= 0 && run.size() < 4 && lowerCaseNameWord(body, tokens, notName, n)
				&& Character.isLowerCase(body.charAt(tokens.get(n)[0]))
				&& (run.isEmpty() || adjacent(body, tokens.get(n), tokens.get(n + 1))); n--) {
			run.add(0, n);
		}
		if (run.size() < 2 || !LIST_OPENS.matcher(body.substring(0, tokens.get(run.get(0))[0])).find()
				|| Occupations.beforeName(text(body, tokens.get(run.get(0))))
				|| PARTICLES.contains(text(body, tokens.get(run.get(0))).toLowerCase(Locale.ROOT))) {
			return null;
		}
		Span first = lowerCaseSpan(body, tokens, run);
		return first != null && first.words() == run.size() ? first : null;
	}

	/** Whether an intent's words (or a date) follow right after a space. */
	private static boolean verbAfter(String body, boolean[] notName, int end) {
		int at = end;
		while (at < body.length() && body.charAt(at) == ' ') {
			at++;
		}
		return at > end && at < body.length() && notName[at];
	}

	private static int firstToken(List<int[]> tokens, Span span) {
		int k = 0;
		while (k < tokens.size() - 1 && tokens.get(k)[0] < span.start()) {
			k++;
		}
		return k;
	}

	/**
	 * A unit by name, or a compound that ends in one: "op de verzendafdeling", "in de
	 * nachtploeg", "bij het inpakteam".
	 */
	private static boolean unitWord(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return UNIT_WORDS.contains(lower) || UNIT_ENDS.matcher(lower).matches();
	}

	private static final Pattern UNIT_ENDS = Pattern
		.compile("\\p{L}{3,}(?:afdeling|ploeg|team|dienst|magazijn|keuken|kantoor|winkel|werkplaats|hal|loods)");

	/**
	 * Whether lower-case words set off by a dash or comma end in a job: "sophie turner -
	 * volunteer coordinator - starts 1 feb" names her before it.
	 */
	private static boolean apposedJob(String body, Span words) {
		// … said new: "add sara de jong to the system, new forklift driver, starts …"
		String before = NEW_BEFORE.matcher(body.substring(0, words.start()).stripTrailing()).replaceFirst("");
		String[] parts = words.name().split(" ");
		String job = parts[parts.length - 1].toLowerCase(Locale.ROOT);
		return (before.endsWith("-") || before.endsWith(",") || before.endsWith("–"))
				&& (Occupations.is(job) || JOB_TITLE.matcher(job).find());
	}

	private static final Pattern NEW_BEFORE = Pattern
		.compile("(?iu)\\s*\\b(?:(?:our|onze|the|de|a|an|een)\\s+)?(?:new|nieuwe?)$");

	/** Whether the words stand alone in brackets: "(bike workshop)". */
	/**
	 * Whether the words stand in brackets, alone or with more: "(developer, turbine data
	 * platform)" after a name says what they do, it names no one.
	 */
	private static boolean insideBrackets(String body, Span span) {
		String before = body.substring(0, span.start());
		String after = body.substring(span.end());
		int closes = after.indexOf(')');
		int lineEnds = after.indexOf('\n');
		return before.lastIndexOf('(') > Math.max(before.lastIndexOf(')'), before.lastIndexOf('\n')) && closes >= 0
				&& (lineEnds < 0 || closes < lineEnds);
	}

	private static boolean bracketed(String body, Span span) {
		return body.substring(0, span.start()).stripTrailing().endsWith("(")
				&& body.substring(span.end()).stripLeading().startsWith(")");
	}

	/**
	 * Whether the words stand alone in brackets, end in a job and explain the job before
	 * them: "our chaplain (spiritual carer)".
	 */
	private static boolean bracketedJob(String body, Span span) {
		String[] words = span.name().split("\\s+");
		Matcher before = WORD_BEFORE_BRACKET.matcher(body.substring(0, span.start()));
		return bracketed(body, span) && Occupations.heldBeside(words[words.length - 1]) && before.find()
				&& Occupations.heldBeside(before.group(1))
				// "(anna bakker)": a given name before a surname that is a job is a name
				&& (words.length == 1 || JOB_QUALIFIER.matcher(words[0]).matches());
	}

	private static final Pattern WORD_BEFORE_BRACKET = Pattern.compile("(\\p{L}+)\\s*\\(\\s*$");

	/** A word that qualifies a job: "spiritual", "geestelijk", "night", "hoofd". */
	private static final Pattern JOB_QUALIFIER = Pattern.compile("(?iu)\\p{L}+(?:al|ic|isch|ische|lijk|lijke|ig|ige|"
			+ "ief|ieve|aire)|senior|junior|night|day|nacht|dag|hoofd|head|chief|assistant|assistent|adjunct|deputy");

	/** A comma, "en", "and" or "&" before the next name, perhaps after brackets. */
	private static final Pattern NEXT_IN_LIST = Pattern
		.compile("(?i)\\s*(?:\\([^()\\n]{1,40}\\)\\s*)?(?:,?\\s*(?:and|en|&|\\+)|,)\\s+");

	/**
	 * Where listed people work, after the last name: "in de nachtploeg", "at the yard".
	 */
	private static final Pattern WHERE_AFTER = Pattern
		.compile("(?i)\\s+(?:in|op|bij|at|on)\\s+(?:de|het|the|our|onze?)\\s");

	/** What may follow a name in a list: its end, punctuation, brackets, the next. */
	private static final Pattern LIST_GOES_ON = Pattern.compile("(?is)\\s*(?:$|[.,!?;:\\n()]|(?:en|and|&|\\+)\\s).*");

	/**
	 * The lower-case names listed after the first on its line: "gijs laan en robin
	 * peters", "lieke de haan (administratie) en sem van rijn (terreinonderhoud)". A job
	 * or a unit is no next name ("anna de boer, afwasser keuken"); a surname may be a job
	 * ("sem bakker").
	 */
	private static List<Span> lowerCaseJoined(String body, List<int[]> tokens, boolean[] notName, Span first) {
		List<Span> items = new ArrayList<>();
		Span last = first;
		while (true) {
			Matcher joined = NEXT_IN_LIST.matcher(body).region(last.end(), body.length());
			if (!joined.lookingAt()) {
				break;
			}
			int k = 0;
			while (k < tokens.size() && tokens.get(k)[0] < joined.end()) {
				k++;
			}
			List<Integer> run = new ArrayList<>();
			// an article ends it: "kevin schiltkamp, laadpas van een klant misbruikt" is
			// a reason, no second name
			for (int n = k; n < tokens.size() && run.size() < 5 && lowerCaseNameWord(body, tokens, notName, n)
					&& !Set.of("een", "a", "an", "the").contains(text(body, tokens.get(n)))
					&& Character.isLowerCase(body.charAt(tokens.get(n)[0]))
					&& (run.isEmpty() || adjacent(body, tokens.get(n - 1), tokens.get(n))); n++) {
				run.add(n);
			}
			if (run.isEmpty() || tokens.get(run.get(0))[0] != joined.end()
					|| Occupations.beforeName(text(body, tokens.get(run.get(0))))) {
				break;
			}
			// the last one may go on with where they work: "… en lars hendriks in de
			// nachtploeg", which the name leaves behind
			Span item = lowerCaseSpan(body, tokens, new ArrayList<>(run));
			if (item == null || item.start() != joined.end()
					|| !LIST_GOES_ON.matcher(body).region(item.end(), body.length()).matches()
							&& !WHERE_AFTER.matcher(body).region(item.end(), body.length()).lookingAt()
							// … or the verb said of all: "amir hassan en jordy kremer
							// beginnen"
							&& !verbAfter(body, notName, item.end())
					|| Arrays.stream(item.name().split(" "))
						.anyMatch(w -> UNIT_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
				break;
			}
			items.add(item);
			last = item;
		}
		return items;
	}

	/** Between a name listed and the next: "kofi mensah and ", "pim kok, ". */
	private static final Pattern JOINED_BEFORE = Pattern.compile("(?i)(?:,?\\s*\\b(?:and|en|&|\\+)|,)\\s+$");

	/** Before the first of a list set off: "two new pickers via the agency, ". */
	private static final Pattern SET_OFF_BEFORE = Pattern.compile("(?:^|[,:\\n])\\s*$");

	/**
	 * The lower-case names listed before the one right before the verb, the list set off
	 * by a comma or a colon: "two new pickers via the agency, kofi mensah and dara walsh,
	 * start wed". Each of two words at least, as a lone word before "and" may be
	 * anything.
	 */
	private static List<Span> lowerCaseJoinedBefore(String body, List<int[]> tokens, boolean[] notName, Span last) {
		List<Span> items = new ArrayList<>();
		Span next = last;
		while (true) {
			Matcher joined = JOINED_BEFORE.matcher(body).region(Math.max(0, next.start() - 8), next.start());
			if (!joined.find()) {
				break;
			}
			int k = tokens.size() - 1;
			while (k >= 0 && tokens.get(k)[1] > joined.start()) {
				k--;
			}
			List<Integer> run = new ArrayList<>();
			for (int n = k; n >= 0 && run.size() < 4 && lowerCaseNameWord(body, tokens, notName, n)
					&& Character.isLowerCase(body.charAt(tokens.get(n)[0]))
					&& (run.isEmpty() || adjacent(body, tokens.get(n), tokens.get(n + 1))); n--) {
				run.add(0, n);
			}
			if (run.size() < 2 || tokens.get(run.get(run.size() - 1))[1] != joined.start()
					|| Occupations.beforeName(text(body, tokens.get(run.get(0))))
					|| !SET_OFF_BEFORE.matcher(body.substring(0, tokens.get(run.get(0))[0])).find()
							&& !JOINED_BEFORE.matcher(body.substring(0, tokens.get(run.get(0))[0])).find()) {
				break;
			}
			Span item = lowerCaseSpan(body, tokens, new ArrayList<>(run));
			if (item == null || item.end() != joined.start()) {
				break;
			}
			items.add(0, item);
			next = item;
		}
		// the first of them set off from the words before: "…, kofi mensah and"
		if (!items.isEmpty() && !SET_OFF_BEFORE.matcher(body.substring(0, items.get(0).start())).find()) {
			return List.of();
		}
		return items;
	}

	/**
	 * Where a second lower-case name stands by the words around it: the one whose work is
	 * taken over, their own clause after it ("neemt de taken over van joost peters die
	 * ons … verlaat"), or a newcomer closing the sentence of their new job ("wordt zij
	 * onze nieuwe developer, lotte meijer").
	 */
	private static final Pattern SET_OFF = Pattern.compile("(?iu)(?:\\b(?:over van|over from|replaces|vervangt)\\s+"
			+ "(?<taken>\\p{Ll}[\\p{Ll}' -]{2,40}?),?\\s+(?:who|die)\\b|\\b(?:new|nieuwe)\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s*[,:]\\s+"
			+ "(?<last>\\p{Ll}[\\p{Ll}' -]{2,40}?)\\s*[.!]?\\s*(?:\\n|$))");

	/** The lower-case names set off by the words around them, after the first one. */
	private static List<Span> lowerCaseSetOff(String body, List<int[]> tokens, boolean[] notName, Span first) {
		List<Span> found = new ArrayList<>();
		Matcher set = SET_OFF.matcher(body).region(first.end(), body.length());
		while (set.find()) {
			String group = set.group("taken") != null ? "taken" : "last";
			List<Integer> run = new ArrayList<>();
			for (int k = 0; k < tokens.size(); k++) {
				if (tokens.get(k)[0] >= set.start(group) && tokens.get(k)[1] <= set.end(group)) {
					if (!lowerCaseNameWord(body, tokens, notName, k)) {
						run.clear();
						break;
					}
					run.add(k);
				}
			}
			Span name = lowerCaseSpan(body, tokens, run);
			if (name != null && name.start() == set.start(group) && name.end() == set.end(group)) {
				found.add(name);
			}
		}
		return found;
	}

	private static final Pattern ITEM_START = Pattern.compile("[ \\t]*(?:(?:[-*•·–]|\\d{1,2}[.)])[ \\t]*)?");

	/**
	 * The names below a lower-case one that fills its line under a heading, one a line:
	 * "twee nieuwe bezorgers op de zaterdagroute:⏎mila de bruin⏎sem visser". The list
	 * ends at the first line that is no name alone.
	 */
	private static List<Span> lowerCaseItems(String body, List<int[]> tokens, boolean[] notName, Span first) {
		List<Span> items = new ArrayList<>();
		int lineStart = body.lastIndexOf('\n', first.start() - 1);
		int firstEnd = body.indexOf('\n', first.end());
		if (lineStart < 0 || firstEnd < 0 || !ITEM_START.matcher(body.substring(lineStart + 1, first.start())).matches()
				|| !body.substring(first.end(), firstEnd).isBlank()
				|| !body.substring(0, lineStart).stripTrailing().endsWith(":")) {
			return items;
		}
		int k = 0;
		while (k < tokens.size() && tokens.get(k)[0] < firstEnd) {
			k++;
		}
		while (k < tokens.size()) {
			int from = body.lastIndexOf('\n', tokens.get(k)[0] - 1) + 1;
			int end = body.indexOf('\n', tokens.get(k)[0]);
			end = end < 0 ? body.length() : end;
			Matcher bullet = ITEM_START.matcher(body).region(from, end);
			int words = bullet.lookingAt() ? bullet.end() : from;
			List<Integer> run = new ArrayList<>();
			while (k < tokens.size() && tokens.get(k)[0] < end) {
				if (tokens.get(k)[0] >= words) {
					run.add(k);
				}
				k++;
			}
			String line = body.substring(from, end);
			boolean names = !run.isEmpty() && run.stream().allMatch(n -> lowerCaseNameWord(body, tokens, notName, n))
					&& body.substring(words, tokens.get(run.get(0))[0]).isBlank()
					&& body.substring(tokens.get(run.get(run.size() - 1))[1], end).isBlank()
					&& line.strip().equals(line.strip().toLowerCase(Locale.ROOT));
			Span item = names ? lowerCaseSpan(body, tokens, run) : null;
			if (item == null || item.words() != run.size()) {
				break;
			}
			items.add(item);
		}
		return items;
	}

	/** A place's noun after a town: "our Warsaw office", "de Tilburg vestiging". */
	private static final Pattern PLACE_AFTER = Pattern.compile("(?i)\\s+(?:office|kantoor|site|store|branch|"
			+ "vestiging|locatie|location|depot|warehouse|hub|shop|winkel|filiaal|plant|factory|fabriek)\\b");

	private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|uit|naar|te|at|from)\\s$");

	/**
	 * A job, then where it is done: "onze zzp-gids in Italië", "de chauffeur naar Gent".
	 */
	private static final Pattern JOB_IN_A_PLACE = Pattern.compile("(\\p{L}[\\p{L}'’-]*)\\s+(?:in|uit|naar|te)\\s$");

	private static final Pattern LEAD_IN = Pattern.compile("[:,>→-]");

	/** What a leaver's name follows in a request: "de inlog van piet de jong". */
	private static final Pattern PROVISION = Pattern.compile("(?i)" + IntentLexicon.PROVISIONS);

	/** A comma, colon or exclamation after a word, then the name. */
	private static final Pattern APPOSED_AFTER = Pattern.compile("[\\p{L}\\d][,:!]+ +$");

	/**
	 * What opens a newcomer's clause in chat: "nieuwe …", "new starter", a joining word
	 * (not a leaving one: "Our planner leaves soon, details follow.").
	 */
	private static final Pattern NEWCOMER_CUE = Pattern.compile("(?iu)\\b(?:nieuwe?|new|nieuw|starter)\\b");

	/** The job word right before the comma that sets a name apart. */
	private static final Pattern JOB_BEFORE_APPOSED = Pattern.compile("(\\p{L}[\\p{L}-]+)[,:!]+ +$");

	/**
	 * A lower-case name set apart after the newcomer's clause, ending its own part:
	 * "morgen begint er n nieuwe zorgmedewerker bij ons, tamara wijnberg.", "new
	 * starter!! ryan o'connor, facilities coordinator", "nieuwe man op de nachtploeg
	 * mrgn: dennis rutten. orderpicker."
	 */
	private static Span apposedLowerCase(String body, List<int[]> tokens, boolean[] notName,
			List<IntentMatch> intents) {
		for (int k = 1; k < tokens.size(); k++) {
			int at = tokens.get(k)[0];
			if (!APPOSED_AFTER.matcher(body.substring(Math.max(0, at - 8), at)).find()) {
				continue;
			}
			String clause = body.substring(0, at);
			int sentence = Math.max(Math.max(clause.lastIndexOf('.'), clause.lastIndexOf('?')),
					clause.lastIndexOf('\n'));
			String opened = clause.substring(sentence + 1);
			// … or a job right before, for anyone told of: "laatste dag morgen voor onze
			// schoonmaker, fatima el amrani"
			Matcher job = JOB_BEFORE_APPOSED.matcher(opened);
			boolean named = job.find() && (Occupations.is(job.group(1)) || Occupations.beforeName(job.group(1)));
			boolean cue = NEWCOMER_CUE.matcher(opened).find() || intents.stream()
				.anyMatch(
						i -> (i.kind() == Announcement.Kind.STARTER || named) && i.start() > sentence && i.end() <= at);
			if (!cue) {
				continue;
			}
			List<Integer> run = new ArrayList<>();
			for (int n = k; n < tokens.size() && run.size() < 4 && lowerCaseNameWord(body, tokens, notName, n)
					&& Character.isLowerCase(body.charAt(tokens.get(n)[0]))
					&& (run.isEmpty() || adjacent(body, tokens.get(n - 1), tokens.get(n))); n++) {
				run.add(n);
			}
			if (run.size() < 2 || PARTICLES.contains(text(body, tokens.get(run.get(0))).toLowerCase(Locale.ROOT))) {
				continue;
			}
			String after = body.substring(tokens.get(run.get(run.size() - 1))[1]);
			// "…: evi kramer (hogeschool windesheim)": where they come from, in brackets
			// … or the next of a list: "…, gijs laan en robin peters"
			if (after.isEmpty() || after.matches("(?s)(?:[.,!?\\n]| \\(| (?:en|and|&) ).*")) {
				Span said = lowerCaseSpan(body, tokens, run);
				if (said != null) {
					return said;
				}
			}
		}
		return null;
	}

	/**
	 * Two or more name words between an intent's first and last word, which the parser
	 * leaves free in a lower-case intent: "komt ook noor visser erbij".
	 */
	private static Span insideIntent(String body, List<int[]> tokens, boolean[] notName, IntentMatch intent) {
		List<Integer> run = new ArrayList<>();
		for (int k = 0; k < tokens.size() && tokens.get(k)[1] < intent.end(); k++) {
			if (tokens.get(k)[0] <= intent.start()) {
				continue;
			}
			// not the job after an article: "we krijgen een nieuwe logistiek planner"
			boolean named = run.isEmpty() ? !ARTICLES.contains(text(body, tokens.get(k - 1)).toLowerCase(Locale.ROOT))
					: adjacent(body, tokens.get(run.get(run.size() - 1)), tokens.get(k));
			if (lowerCaseNameWord(body, tokens, notName, k) && named) {
				run.add(k);
			}
			else if (run.size() < 2) {
				run.clear();
			}
			else {
				break;
			}
		}
		return run.size() >= 2 ? lowerCaseSpan(body, tokens, run) : null;
	}

	private static final Set<String> ARTICLES = Set.of("a", "an", "the", "een", "de", "het", "new", "nieuwe", "nieuw",
			"our", "ons", "onze");

	private static boolean lowerCaseNameWord(String body, List<int[]> tokens, boolean[] notName, int k) {
		String token = text(body, tokens.get(k));
		String lower = token.toLowerCase(Locale.ROOT);
		return (WORD.matcher(token).matches() || elidedArticle(body, tokens, k)) && !isTaken(notName, tokens.get(k))
				&& !NeverNames.inLowerCase(lower) && !NotNames.placeOfASite(body, tokens.get(k)[0])
				&& !rankClass(body, tokens, k) && !mostlyDone(body, tokens, k)
				&& !(ABBREVIATION.matcher(token).matches() && mostlyLowerCase(body)) && (PARTICLES.contains(lower)
						|| !STOP.contains(possessive(lower) ? lower.substring(0, lower.length() - 2) : lower));
	}

	/**
	 * The particle "'t" of a lower-case surname, after "van" or "in": "joris van 't hek".
	 */
	private static boolean elidedArticle(String body, List<int[]> tokens, int k) {
		String token = text(body, tokens.get(k));
		return (token.equals("'t") || token.equals("’t")) && k > 0 && k + 1 < tokens.size()
				&& Set.of("van", "in").contains(text(body, tokens.get(k - 1)).toLowerCase(Locale.ROOT));
	}

	/**
	 * A short word in capitals in a message written in lower case is a unit's letters
	 * ("our HV lab"); in a message in capitals ("JAN BOS STOPT VRIJDAG") it may be a
	 * name.
	 */
	private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2,4}");

	private static boolean mostlyLowerCase(String body) {
		long lower = body.chars().filter(Character::isLowerCase).count();
		return lower > body.chars().filter(Character::isUpperCase).count();
	}

	/**
	 * Whether the word is one of the two after "mostly": what a newcomer does, told after
	 * the name in chat ("sanne hoogervorst, …, mostly skinning birds"), never a name.
	 */
	private static boolean mostlyDone(String body, List<int[]> tokens, int k) {
		for (int back = 1; back <= 2 && k - back >= 0; back++) {
			if (NeverNames.mostly(text(body, tokens.get(k - back)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether "in" after a full name says where they work: "souschef Thijs Gorissen in
	 * Scheveningen". As a particle it comes before an article ("Jan in 't Veld", "Eva in
	 * de Betou").
	 */
	private static boolean whereAfterFullName(String body, List<int[]> tokens, List<Integer> run, int j) {
		return run.size() >= 2 && j + 1 < tokens.size() && "in".equals(text(body, tokens.get(j)))
				&& Character.isUpperCase(body.charAt(tokens.get(j + 1)[0]))
				&& !PARTICLES.contains(text(body, tokens.get(run.get(run.size() - 1))).toLowerCase(Locale.ROOT));
	}

	/** A Dutch question's plural verb, which may open a run of capitalised words. */
	private static final Set<String> QUESTION_VERBS = Set.of("moeten", "mogen", "kunnen", "hoeven", "zullen", "willen",
			"hebben", "krijgen", "worden");

	/**
	 * Keeps a Dutch question's verb out of the name after it: before a particle it stands
	 * alone, the question's first word ("Moeten de Poolse monteurs …?": "de Poolse" is no
	 * surname); before a capitalised word it is dropped ("Moeten Jan de Vries en …?").
	 */
	private static void questionVerbApart(String body, List<int[]> tokens, List<Integer> run) {
		if (run.size() < 2 || !QUESTION_VERBS.contains(text(body, tokens.get(run.get(0))).toLowerCase(Locale.ROOT))) {
			return;
		}
		if (PARTICLES.contains(text(body, tokens.get(run.get(1))).toLowerCase(Locale.ROOT))) {
			run.subList(1, run.size()).clear();
		}
		else {
			run.remove(0);
		}
	}

	/**
	 * The end of a Dutch town's name: "Valkenburg", "Zandvoort", "Amsterdam",
	 * "Harderwijk", "Heerenveen". A given name never ends so.
	 */
	private static final Pattern TOWN = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:burg|voort|dam|dijk|wijk|veen|horst|"
			+ "hoven|stad|huizen|kerk|meer|woude|zijl|berg|broek|beek|dorp|rode|hem|ingen|rade|haven|zand|loo)");

	/**
	 * Drops a town said between a job and the full name: "Bedrijfsleider Valkenburg Guido
	 * Pluijmaekers", "Chef-kok Zandvoort Ramon Slagboom". Only before two more words, so
	 * a name of two stays whole.
	 */
	private static void withoutTownAfterJob(String body, List<int[]> tokens, List<Integer> run) {
		if (run.size() < 3 || run.get(0) == 0 || PARTICLES.contains(text(body, tokens.get(run.get(1))))
				|| !TOWN.matcher(text(body, tokens.get(run.get(0)))).matches()
				|| !Occupations.jobBeforeName(text(body, tokens.get(run.get(0) - 1)))) {
			return;
		}
		run.remove(0);
	}

	/** A rank's class: "klas" in "soldaat eerste klas mike olde hengel". */
	private static final Pattern RANK_CLASS = Pattern
		.compile("(?iu)\\b(?:eerste|tweede|first|second|1e|2e|1st|2nd)\\s+(?:klas|klasse|class)");

	private static boolean rankClass(String body, List<int[]> tokens, int k) {
		return k > 0 && RANK_CLASS.matcher(body.substring(tokens.get(k - 1)[0], tokens.get(k)[1])).matches();
	}

	private static Span lowerCaseSpan(String body, List<int[]> tokens, List<Integer> run) {
		// "hoe lang duurt het …?", "wie regelt de passen?": the words right after a
		// question's word are its verb and object, never a name
		if (!run.isEmpty() && run.get(0) > 0 && adjacent(body, tokens.get(run.get(0) - 1), tokens.get(run.get(0)))
				&& QUESTION_WORDS.contains(text(body, tokens.get(run.get(0) - 1)).toLowerCase(Locale.ROOT))) {
			return null;
		}
		// "marcin zając in kas 4", "yara el amrani in de winkel": "in" after a full name
		// is where they work, a particle only before "'t", "der" or "den" ("in 't Veld")
		// "ze begint pas in februari": a month after "in" is a loose date, never a
		// surname; "onze zzp-gids in Italië": a capital after "in" behind lower-case
		// words is a place
		for (int k = 1; k + 1 < run.size(); k++) {
			String next = text(body, tokens.get(run.get(k + 1)));
			if ("in".equals(text(body, tokens.get(run.get(k))).toLowerCase(Locale.ROOT))
					&& !Set.of("'t", "’t", "der", "den").contains(next)
					&& (k >= 2 || NeverNames.month(next) || Character.isUpperCase(next.charAt(0))
							&& Character.isLowerCase(body.charAt(tokens.get(run.get(0))[0])))) {
				run.subList(k, run.size()).clear();
				break;
			}
		}
		// "…, tot de zomer": a time bound set off after the clause is no name
		if (!run.isEmpty() && NeverNames.boundsATime(text(body, tokens.get(run.get(0))))) {
			return null;
		}
		// "bas de vries op de inkoopafdeling": "op" after a full name is where they
		// work ("jan op de beek" keeps it, right after a given name)
		for (int k = 2; k + 1 < run.size(); k++) {
			if ("op".equals(text(body, tokens.get(run.get(k))).toLowerCase(Locale.ROOT))
					&& Set.of("de", "het", "'t", "’t").contains(text(body, tokens.get(run.get(k + 1))))) {
				run.subList(k, run.size()).clear();
				break;
			}
		}
		for (int k = run.size() - 4; k >= 0; k--) {
			if (PROVISION.matcher(text(body, tokens.get(run.get(k)))).matches()
					&& Set.of("van", "of").contains(text(body, tokens.get(run.get(k + 1))))) {
				run.subList(0, k + 2).clear();
				break;
			}
		}
		while (!run.isEmpty() && PARTICLES.contains(text(body, tokens.get(run.get(0))).toLowerCase(Locale.ROOT))
				&& !givenBen(body, tokens, run)) {
			run.remove(0);
		}
		while (!run.isEmpty()
				&& PARTICLES.contains(text(body, tokens.get(run.get(run.size() - 1))).toLowerCase(Locale.ROOT))
				&& !surnameLast(body, tokens, run)) {
			run.remove(run.size() - 1);
		}
		withoutOccupation(body, tokens, run);
		// "schoonmaak bungalows: nieuwe kracht …": a unit's heading, no name
		if (!run.isEmpty() && UNIT_WORDS.contains(text(body, tokens.get(run.get(0))).toLowerCase(Locale.ROOT))
				&& body.startsWith(":", tokens.get(run.get(run.size() - 1))[1])) {
			return null;
		}
		if (run.size() >= 3 && unitWord(text(body, tokens.get(run.get(run.size() - 1))))) {
			run.remove(run.size() - 1);
			// "anouk de boer in winkel 2": the place's preposition ends the name too
			while (run.size() > 2
					&& PARTICLES.contains(text(body, tokens.get(run.get(run.size() - 1))).toLowerCase(Locale.ROOT))) {
				run.remove(run.size() - 1);
			}
		}
		if (run.size() >= 3 && placeMovedFrom(body, tokens, run)) {
			run.remove(run.size() - 1);
		}
		if (run.size() < 2 || run.size() > 5) {
			return null;
		}
		List<String> words = new ArrayList<>();
		for (int k : run) {
			String token = text(body, tokens.get(k));
			if (possessive(token)) {
				token = token.substring(0, token.length() - 2);
			}
			// a particle left first is a given name: "rigger ben carter"
			words.add(PARTICLES.contains(token.toLowerCase(Locale.ROOT)) && k != run.get(0)
					&& k != run.get(run.size() - 1) ? token.toLowerCase(Locale.ROOT) : capitalised(token));
		}
		return new Span(tokens.get(run.get(0))[0], tokens.get(run.get(run.size() - 1))[1], String.join(" ", words),
				run.size());
	}

	/** Particles that are surnames too, said last: "priya das", "ana da". */
	private static final Set<String> SURNAME_PARTICLES_LAST = Set.of("das", "dos", "da", "di", "du", "do", "le", "la");

	/**
	 * Whether a lower-case given name and a particle that is also a surname make the
	 * name: "priya das begint maandag". A particle ends no name otherwise.
	 */
	private static boolean surnameLast(String body, List<int[]> tokens, List<Integer> run) {
		if (run.size() != 2) {
			return false;
		}
		String given = text(body, tokens.get(run.get(0)));
		String last = text(body, tokens.get(run.get(1)));
		return Character.isLowerCase(last.charAt(0)) && Character.isLowerCase(given.charAt(0)) && given.length() > 2
				&& !PARTICLES.contains(given.toLowerCase(Locale.ROOT))
				&& SURNAME_PARTICLES_LAST.contains(last.toLowerCase(Locale.ROOT));
	}

	/** An arrow to a place after it: "dean whitaker breda -> eindhoven 4 jan". */
	private static final Pattern ARROW_TO_PLACE = Pattern
		.compile("\\s*(?:->|→|=>)\\s*(\\p{Ll}+)\\b(?!\\s+\\p{Ll}+\\s+\\p{Ll})");

	/**
	 * Whether a full name's last word is the place moved from, an arrow to another place
	 * after it: "dean whitaker breda -> eindhoven". Not after a particle ("jan van dijk
	 * -> …"), nor with a unit or job after the arrow.
	 */
	private static boolean placeMovedFrom(String body, List<int[]> tokens, List<Integer> run) {
		Matcher arrow = ARROW_TO_PLACE.matcher(body).region(tokens.get(run.get(run.size() - 1))[1], body.length());
		if (!arrow.lookingAt()) {
			return false;
		}
		String to = arrow.group(1);
		return !PARTICLES.contains(text(body, tokens.get(run.get(run.size() - 2))).toLowerCase(Locale.ROOT))
				&& !unitWord(to) && !Occupations.is(to) && !STOP.contains(to);
	}

	/**
	 * Given names and surnames that are also short words: "Hye Na Kang", "Mei Ling Do".
	 */
	private static final Set<String> SHORT_NAME_PARTS = Set.of("Na", "An", "Do", "Vo", "Ha", "Ho", "Le", "La",
			// Surinamese Chinese surnames: "Tjon A Fong", "Chin A Lien"
			"A");

	/**
	 * Whether the token is a short name part inside a name, capitalised after another
	 * name word and followed by a capitalised one or by no word at all ("(carer)", ";").
	 */
	private static boolean shortNamePart(String body, List<int[]> tokens, int j) {
		if (j == 0 || !SHORT_NAME_PARTS.contains(text(body, tokens.get(j)))
				|| !startsName(text(body, tokens.get(j - 1)))) {
			return false;
		}
		int end = tokens.get(j)[1];
		// "Tjon A Fong": a lone letter only between two words of the name, not "Plan A:"
		if (text(body, tokens.get(j)).length() == 1) {
			return j + 1 < tokens.size() && adjacent(body, tokens.get(j), tokens.get(j + 1))
					&& startsName(text(body, tokens.get(j + 1)));
		}
		if (end >= body.length() || !Character.isLetter(body.charAt(end)) && body.charAt(end) != ' ') {
			return true;
		}
		return j + 1 < tokens.size() && adjacent(body, tokens.get(j), tokens.get(j + 1))
				&& startsName(text(body, tokens.get(j + 1)))
				|| end + 1 < body.length() && !Character.isLetter(body.charAt(end + 1));
	}

	/**
	 * An occupation said as a title before a full name is no part of it: "Loodgieter Sven
	 * Hoekstra", "nieuwe afwasser bram de jong"; "Slager Ruben Bakker" keeps his surname.
	 */
	private static void withoutOccupation(String body, List<int[]> tokens, List<Integer> run) {
		if (run.isEmpty()) {
			return;
		}
		// a team with a number after a job is no surname: "Coach Onder-15 Kees Mol"
		int last = run.get(run.size() - 1);
		boolean team = run.size() == 2 && body.startsWith("-", tokens.get(last)[1]) && last + 2 < tokens.size()
				&& tokens.get(last + 1)[1] == tokens.get(last + 2)[0]
				&& Character.isDigit(body.charAt(tokens.get(last + 2)[0]));
		List<String> words = run.stream().map(k -> text(body, tokens.get(k))).toList();
		if (team && Occupations.is(words.get(0)) || Occupations.jobAndLabel(words)) {
			run.clear();
			return;
		}
		// a job taken, capitalised as a title after "as": "resuming duty as Lab
		// Technician"
		if (Occupations.is(words.get(words.size() - 1)) && JOB_AFTER_AS
			.matcher(body.substring(Math.max(0, tokens.get(run.get(0))[0] - 40), tokens.get(run.get(0))[0]))
			.find()) {
			run.clear();
			return;
		}
		int unit = unitBetweenJobAndName(body, tokens, run);
		if (unit > 0) {
			run.subList(0, unit).clear();
			return;
		}
		int first = run.get(0);
		if (first > 0 && (Occupations.labelOfJobBefore(text(body, tokens.get(first - 1)), words)
				|| unitOfJobBefore(text(body, tokens.get(first - 1)), words)
				|| CropBeforeName.after(text(body, tokens.get(first - 1)), words)
				|| departmentOfTitleBefore(body, tokens.get(first - 1), tokens.get(first), words))) {
			run.remove(0);
			return;
		}
		if (run.size() < 3) {
			return;
		}
		// "van der Berg" after a first word keeps it, but "ben" is also a first name:
		// "rigger ben carter"
		String second = text(body, tokens.get(run.get(1))).toLowerCase(Locale.ROOT);
		if ("ben".equals(second) && run.size() == 3 && Occupations.jobBeforeName(words.get(0))) {
			run.remove(0);
			return;
		}
		if (PARTICLES.contains(second)) {
			return;
		}
		String before = body.substring(0, tokens.get(run.get(0))[0]).stripTrailing();
		boolean sentenceStart = before.isEmpty() || SENTENCE_END.matcher(before).find();
		int drop = Occupations.before(run.stream().map(k -> text(body, tokens.get(k))).toList(), sentenceStart);
		// … and the unit after that job: "chauffeur ophaaldienst gert van ommen"
		if (drop == 1 && (unitOfJobBefore(words.get(0), words.subList(1, words.size()))
				|| CropBeforeName.after(words.get(0), words.subList(1, words.size())))) {
			drop = 2;
		}
		// … and whatever a head leads, before a full name: "hoofd techniek bas meijer"
		if (drop == 1 && words.size() >= 4 && "hoofd".equalsIgnoreCase(words.get(0))
				&& Character.isLowerCase(words.get(1).charAt(0))
				&& !PARTICLES.contains(words.get(2).toLowerCase(Locale.ROOT))) {
			drop = 2;
		}
		run.subList(0, drop).clear();
	}

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,(\\n-]$");

	/**
	 * How many lower-case words before a full name are the unit of a job said before
	 * them, in a chat: "medewerker technische dienst kees bakker" 2, "hoofd openbaar
	 * groen pieter de vries" 3 (the job's word is the run's first). The name is its
	 * surname, the particles before it and one given name; a unit is two words or more,
	 * so that a name of three words ("medewerker anne marie jansen") stays whole.
	 */
	private static int unitBetweenJobAndName(String body, List<int[]> tokens, List<Integer> run) {
		List<String> words = run.stream().map(k -> text(body, tokens.get(k))).toList();
		if (words.size() < 4 || words.stream().anyMatch(w -> !Character.isLowerCase(w.charAt(0)))) {
			return 0;
		}
		int given = words.size() - 2;
		while (given > 0 && PARTICLES.contains(words.get(given))) {
			given--;
		}
		int first = run.get(0);
		boolean jobBefore = first > 0 && adjacent(body, tokens.get(first - 1), tokens.get(first))
				&& Character.isLowerCase(body.charAt(tokens.get(first - 1)[0]))
				&& Occupations.jobBeforeName(text(body, tokens.get(first - 1)));
		boolean jobFirst = Occupations.jobBeforeName(words.get(0)) || Occupations.heldBeside(words.get(0));
		if (given >= 2 && jobBefore || given >= 3 && jobFirst) {
			return given;
		}
		return 0;
	}

	/**
	 * "ben" set off first before one more word is the given name, not a particle nor the
	 * Dutch verb: "new english teacher: ben cole, starts wed 6 jan".
	 */
	private static boolean givenBen(String body, List<int[]> tokens, List<Integer> run) {
		if (run.size() != 2 || !"ben".equalsIgnoreCase(text(body, tokens.get(run.get(0))))) {
			return false;
		}
		String before = body.substring(0, tokens.get(run.get(0))[0]).stripTrailing();
		return before.isEmpty() || before.endsWith(":") || before.endsWith(",") || before.endsWith(";");
	}

	/**
	 * Before a job taken: a lower-case "as" mid-sentence ("Als" opening one is "if"), not
	 * "as well as" or "such as"; a Dutch "als" only with an article, since surnames are
	 * jobs too ("als Joke Bakker stopt").
	 */
	private static final Pattern JOB_AFTER_AS = Pattern
		.compile("(?:(?<!\\b(?:well|such|same|soon|long)\\s)\\bas\\s+(?:(?:a|an|the|our|new)\\s+)*"
				+ "|\\bals\\s+(?:(?:een|de|het|onze?|nieuwe?)\\s+)+)$");

	/**
	 * Whether the first word of a lower-case name is the unit of the job said right
	 * before it: "chauffeur ophaaldienst gert van ommen", "kok keuken sem de boer". Two
	 * words of the name always stay.
	 */
	private static boolean unitOfJobBefore(String jobBefore, List<String> words) {
		return words.size() >= 3 && Character.isLowerCase(jobBefore.charAt(0))
				&& Character.isLowerCase(words.get(0).charAt(0)) && Occupations.jobBeforeName(jobBefore)
				&& unitWord(words.get(0));
	}

	/**
	 * Whether the first word of a capitalised name is the department of the title said
	 * right before it: "Manager Logistiek Ahmed Yilmaz", "Teamleider Planning Joyce van
	 * Dam". The title is read apart from the name; its department is no given name. Two
	 * words of the name always stay, the first of them capitalised (no particle).
	 */
	private static boolean departmentOfTitleBefore(String body, int[] title, int[] first, List<String> words) {
		String job = text(body, title);
		return words.size() >= 3 && adjacent(body, title, first) && Character.isUpperCase(job.charAt(0))
				&& Character.isUpperCase(words.get(0).charAt(0)) && Character.isUpperCase(words.get(1).charAt(0))
				&& Occupations.jobBeforeName(job) && HeldJob.unit(words.get(0));
	}

	private static final Pattern PLACE_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{L}{2,}(?:ische|sche|se)");

	/**
	 * A particle and a place's adjective before a noun are where the work is, no surname:
	 * "Peter-Paul Reijnders de Belgische markt", "Anna Smit de Utrechtse vestiging" ("Eva
	 * de Haase begint" keeps hers: a verb follows).
	 */
	private static void withoutPlaceAdjective(String body, List<int[]> tokens, List<Integer> run, boolean[] notName) {
		int n = run.size();
		if (n < 4) {
			return;
		}
		int last = run.get(n - 1);
		if (!PLACE_ADJECTIVE.matcher(text(body, tokens.get(last))).matches()
				|| !Set.of("de", "het").contains(text(body, tokens.get(run.get(n - 2))).toLowerCase(Locale.ROOT))
				|| last + 1 >= tokens.size() || !adjacent(body, tokens.get(last), tokens.get(last + 1))) {
			return;
		}
		String next = text(body, tokens.get(last + 1));
		if (Character.isLowerCase(next.charAt(0)) && !isTaken(notName, tokens.get(last + 1)) && !STOP.contains(next)) {
			run.subList(n - 2, n).clear();
		}
	}

	/** The start of a route after a full name: "van de Veluwe naar de Heuvelrug". */
	private static final Pattern ROUTE = Pattern
		.compile("(?u)van (?:de |den |der |het )?\\p{Lu}[\\p{L}-]+(?: [\\p{L}-]+){0,2} (?:naar|to) ");

	/**
	 * Whether "van" after a given name and a surname opens where the person goes from,
	 * not a third part of the name: "boswachter Evert Schipper van de Veluwe naar de
	 * Utrechtse Heuvelrug", "Lars de Vries van het Utrechtse kantoor naar …". Only once a
	 * surname closed the name: "Jan van Dijk naar …" keeps its surname.
	 */
	private static boolean routeFrom(String body, List<int[]> tokens, List<Integer> run, int j) {
		long capitalised = run.stream()
			.filter(k -> Character.isUpperCase(text(body, tokens.get(k)).charAt(0))
					&& !PARTICLES.contains(text(body, tokens.get(k)).toLowerCase(Locale.ROOT)))
			.count();
		return capitalised >= 2 && Character.isUpperCase(text(body, tokens.get(run.get(run.size() - 1))).charAt(0))
				&& "van".equals(text(body, tokens.get(j)))
				&& ROUTE.matcher(body).region(tokens.get(j)[0], body.length()).lookingAt();
	}

	/** Function words that end a surname after a particle: "van Ons", "van Zij". */
	private static final Set<String> SURNAME_FUNCTION_WORDS = Set.of("ons", "zij", "hun", "haar", "hem", "wij", "ze",
			"hij", "die", "dat", "deze", "zijn", "wel", "hier", "daar", "nu",
			// English ones: "Pieter van Does", "Lotte ter Will"
			"does", "will", "can", "was", "may", "must", "has", "had", "did", "are", "is", "be", "do", "have");

	/**
	 * Surnames after "de" that are words never taken as a name elsewhere: "Fenna de
	 * Laat", "Rik de Meester".
	 */
	private static final Set<String> SURNAMES_AFTER_DE = Set.of("laat", "meester");

	/** Particles that are a whole surname when capitalised last: "Dr Yusra Al". */
	private static final Set<String> SURNAME_PARTICLES = Set.of("Al", "El", "Da", "Di", "Do", "Dos", "Das", "Du", "La",
			"Le", "Del", "Della", "Von", "Zu", "Bin", "Ibn", "Abu", "Mac", "St");

	/**
	 * A capitalised function word after a lower-case particle is a surname: "Lise van
	 * Ons", "Fenna van Zij", "Rob ter Hun", "Fenna de Laat".
	 */
	private static boolean surnameAfterParticle(String body, List<int[]> tokens, List<Integer> run, int j) {
		String previous = text(body, tokens.get(j - 1)).toLowerCase(Locale.ROOT);
		String token = text(body, tokens.get(j));
		// also capitalised, and after a hyphen: "Ellen Ter Haar", "Roos Jansen-Van Haar"
		String particle = previous.substring(previous.lastIndexOf('-') + 1);
		return run.size() >= 2 && run.get(run.size() - 1) == j - 1 && Character.isUpperCase(token.charAt(0))
				&& (Set.of("van", "ter", "ten", "der", "den").contains(particle)
						&& SURNAME_FUNCTION_WORDS.contains(token.toLowerCase(Locale.ROOT))
						|| "de".equals(particle) && SURNAMES_AFTER_DE.contains(token.toLowerCase(Locale.ROOT)));
	}

	static String capitalised(String token) {
		StringBuilder out = new StringBuilder();
		boolean upper = true;
		// a Korean given name keeps its second syllable lower-case: "Ji-woo", "Seo-yeon"
		boolean korean = KOREAN_GIVEN_NAME.matcher(token).matches();
		for (char c : token.toCharArray()) {
			out.append(upper ? Character.toUpperCase(c) : c);
			// "o'connor", "d'souza": the name after the elided word is capitalised too
			upper = c == '-' && !korean || (c == '\'' || c == '’') && out.length() == 2;
		}
		return out.toString();
	}

	/**
	 * Two syllables of a Korean given name joined by a hyphen, as they are romanised:
	 * "ji-woo", "min-jun", "seo-yeon" (not "jan-willem", "wen-li").
	 */
	private static final Pattern KOREAN_GIVEN_NAME;

	static {
		String syllable = "(?:ji|seo|min|ha|ye|su|da|yu|eun|hye|jae|hyun|sung|seung|young|yeong|joon|jun|woo|"
				+ "yeon|jin|soo|ho|hee|kyung|hoon|won|yoon|seok|bin|so|na|ah|ju|jung|sang|dong|tae|hyo|mi|"
				+ "hwa|gyu|chan|dae|kyu)";
		KOREAN_GIVEN_NAME = Pattern.compile("(?i)" + syllable + "-" + syllable);
	}

	/**
	 * A letter to the one it is about: "Dear Sean O'Brien, … your employment … will end",
	 * "Geachte mevrouw Kaya, … uw arbeidsovereenkomst". The addressee is then the person
	 * announced, not the reader.
	 */
	private static final Pattern THEIR_OWN_JOB = Pattern.compile("(?iu)\\b(?:your|uw|je|jouw) (?:employment|"
			+ "contract|(?:fixed-term |temporary )?contract of employment|arbeidsovereenkomst|dienstverband|"
			+ "aanstelling|last (?:working |work )?day|laatste (?:werk)?dag|first (?:working |work )?day|"
			+ "eerste (?:werk)?dag)\\b");

	private static boolean afterGreeting(String body, int start, int end) {
		if (THEIR_OWN_JOB.matcher(body).find()) {
			return false;
		}
		String before = body.substring(Math.max(0, start - 20), start);
		int lineStart = before.lastIndexOf('\n');
		if (start >= 20 && lineStart < 0) {
			return false;
		}
		if (!GREETING.matcher(before.substring(lineStart + 1)).matches()) {
			return false;
		}
		String after = body.substring(end);
		return after.isEmpty() || AFTER_GREETING.matcher(after).lookingAt() || after.startsWith("\n");
	}

	private static String nameOf(String body, List<int[]> tokens, List<Integer> run) {
		List<String> words = new ArrayList<>();
		for (int k = 0; k < run.size(); k++) {
			String token = text(body, tokens.get(run.get(k)));
			if (possessive(token)) {
				token = token.substring(0, token.length() - 2);
			}
			words.add(token);
		}
		return String.join(" ", words);
	}

	/**
	 * Whether the token is a place in a building or its letter: "gebouw" or "Kamer"
	 * before "C." or "2", or the "C." after it.
	 */
	static boolean place(String body, List<int[]> tokens, int i) {
		String token = text(body, tokens.get(i));
		if (PLACE_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
			return i + 1 < tokens.size() && adjacent(body, tokens.get(i), tokens.get(i + 1))
					&& PLACE_MARK.matcher(text(body, tokens.get(i + 1))).matches();
		}
		return i > 0 && PLACE_MARK.matcher(token).matches() && adjacent(body, tokens.get(i - 1), tokens.get(i))
				&& PLACE_WORDS.contains(text(body, tokens.get(i - 1)).toLowerCase(Locale.ROOT));
	}

	/** Whether the capitalised word is the place of a job said right before it. */
	private static boolean jobsPlace(String body, Span word) {
		Matcher job = JOB_IN_A_PLACE.matcher(body.substring(Math.max(0, word.start() - 40), word.start()));
		return job.find() && Occupations.is(job.group(1).substring(job.group(1).lastIndexOf('-') + 1));
	}

	private static boolean possessive(String token) {
		return token.length() > 3 && (token.endsWith("'s") || token.endsWith("’s"));
	}

	private static boolean startsName(String token) {
		if (INITIALS.matcher(token).matches()) {
			return true;
		}
		if (!WORD.matcher(token).matches()) {
			return false;
		}
		String lower = token.toLowerCase(Locale.ROOT);
		String bare = possessive(token) ? lower.substring(0, lower.length() - 2) : lower;
		if (STOP.contains(bare) || PARTICLES.contains(lower) || ACRONYM.matcher(token).matches()
				|| JOB_TITLE.matcher(lower).find() || MisspeltAdverb.is(bare)) {
			return false;
		}
		return Character.isUpperCase(token.charAt(0)) || ELIDED.matcher(token).matches();
	}

	/**
	 * A name given in brackets between initials or a first name and the surname: "J.
	 * (Joke) de Vries", "Joke (J.) de Vries", "A.M. (Anne-Marie) Timmermans". The form
	 * gets the first name.
	 */
	private static final Pattern NICKNAME = Pattern
		.compile("\\.?[ \\t]\\((\\p{Lu}[\\p{Ll}'’]+(?:-\\p{L}[\\p{Ll}'’]+)*|(?:\\p{Lu}\\.){1,3})\\)[ \\t](?=\\p{L})");

	/**
	 * Where the surname after a bracketed name begins, the run taking the first name if
	 * it had only initials; {@code j} when there is no such name.
	 */
	private static int afterNickname(String body, List<int[]> tokens, List<Integer> run, int j) {
		int last = tokens.get(run.get(run.size() - 1))[1];
		Matcher nickname = NICKNAME.matcher(body).region(last, body.length());
		if (run.size() > 1 || !nickname.lookingAt()) {
			return j;
		}
		int inside = j;
		while (inside < tokens.size() && tokens.get(inside)[0] < nickname.start(1)) {
			inside++;
		}
		int surname = inside;
		while (surname < tokens.size() && tokens.get(surname)[0] < nickname.end()) {
			surname++;
		}
		if (surname >= tokens.size() || !PARTICLES.contains(text(body, tokens.get(surname)).toLowerCase(Locale.ROOT))
				&& !continuesName(text(body, tokens.get(surname)))) {
			return j;
		}
		boolean initialsOnly = run.stream()
			.map(k -> text(body, tokens.get(k)))
			.allMatch(t -> t.matches("\\p{Lu}\\.?") || INITIALS.matcher(t).matches());
		if (initialsOnly && !nickname.group(1).endsWith(".")) {
			run.clear();
			run.add(inside);
		}
		return surname;
	}

	/** Forms of address that may stand right before a surname alone. */
	private static final Set<String> TITLES = Set.of("heer", "mevrouw", "meneer", "mevr", "mw", "dhr", "mr", "mrs",
			"ms", "dr", "drs", "ir", "mx", "mister");

	/**
	 * A surname alone opens with its particle after a form of address: "De heer Van
	 * Beek", "Mevrouw van der Linden", "Mr. Van Dijk".
	 */
	private static boolean surnameAfterTitle(String body, List<int[]> tokens, int i, boolean[] notName) {
		if (i == 0 || !PARTICLES.contains(text(body, tokens.get(i)).toLowerCase(Locale.ROOT))) {
			return false;
		}
		// "Mr. Van Dijk": the title's full stop is a token of its own
		int t = i >= 2 && body.substring(tokens.get(i - 2)[1], tokens.get(i)[0]).equals(". ") ? i - 2 : i - 1;
		if (t == i - 1 && !adjacent(body, tokens.get(t), tokens.get(i))
				|| !TITLES.contains(text(body, tokens.get(t)).toLowerCase(Locale.ROOT))) {
			return false;
		}
		int j = i + 1;
		while (j < tokens.size() && adjacent(body, tokens.get(j - 1), tokens.get(j))
				&& PARTICLES.contains(text(body, tokens.get(j)).toLowerCase(Locale.ROOT))) {
			j++;
		}
		return j < tokens.size() && adjacent(body, tokens.get(j - 1), tokens.get(j))
				&& startsName(text(body, tokens.get(j))) && !isTaken(notName, tokens.get(j));
	}

	/**
	 * "Ben" is a Dutch verb and a name particle, but capitalised before a name it is a
	 * first name: "Ben Dirks gaat uit dienst".
	 */
	private static boolean firstNameAlsoWord(String body, List<int[]> tokens, int i, boolean[] notName) {
		return text(body, tokens.get(i)).equals("Ben") && i + 1 < tokens.size()
				&& adjacent(body, tokens.get(i), tokens.get(i + 1)) && startsName(text(body, tokens.get(i + 1)))
				&& !isTaken(notName, tokens.get(i + 1));
	}

	/** Surnames that are also everyday words: "Pieter Snel", "Anna de Goede". */
	private static final Set<String> SURNAME_WORDS = Set.of("snel", "goed", "mooi", "fijn", "leuk", "dag", "kind",
			"best", "good", "nice", "week", "beste", "goede", "groot", "klein", "meester", "zuster", "broeder");

	private static boolean continuesName(String token) {
		// "Max Snel's last day": the surname with its possessive
		String lower = token.toLowerCase(Locale.ROOT);
		String bare = possessive(token) ? lower.substring(0, lower.length() - 2) : lower;
		return startsName(token) || Character.isUpperCase(token.charAt(0)) && SURNAME_WORDS.contains(bare);
	}

	private static boolean adjacent(String body, int[] a, int[] b) {
		String between = body.substring(a[1], b[0]);
		return between.equals(" ");
	}

	static String text(String body, int[] token) {
		return body.substring(token[0], token[1]);
	}

	private static boolean isTaken(boolean[] taken, int[] token) {
		for (int k = token[0]; k < token[1]; k++) {
			if (taken[k]) {
				return true;
			}
		}
		return false;
	}

}
