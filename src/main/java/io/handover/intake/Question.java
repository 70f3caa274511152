package io.handover.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question about the process or a vacancy that announces no one: "Vraagje over
 * vrijwilligers: krijgen die een inlog?", "Must weekend staff get an account?", "Ineke
 * van de receptie vraagt of …?", "we zoeken een nieuwe kok, nog geen naam". Its
 * capitalised words are the question's first word, a plural weekday or the colleague who
 * asks, and its lower-case words a kind of worker, never a name.
 */
final class Question {

	/**
	 * Said to be no announcement before the question: "Not an announcement, just a
	 * question: do …?", "Geen aanmelding, alleen een vraag:".
	 */
	private static final String NO_ANNOUNCEMENT = "(?:(?:not an announcement|no announcement|geen aanmelding|"
			+ "geen melding)\\W*)?(?:(?:just|only|alleen|maar|gewoon) )?(?:(?:a|een) (?=question|vraag))?";

	/** A message opened as a question: an auxiliary verb or a question's label. */
	private static final Pattern OPENER = Pattern.compile("(?iu)^\\W*(?:(?:hi|hoi|hey|hallo|hello|dag|goedemorgen|"
			+ "morning|team|all|allen|iedereen)\\b[\\s,!:]*)*" + NO_ANNOUNCEMENT + "(?:do|does|did|must|should|shall|"
			+ "can|could|will|would|is|are|may|might|have|has|moeten|moet|mogen|mag|krijgen|krijgt|hebben|heeft|kan|"
			+ "kunnen|zijn|is|hoeven|hoeft|hoef|"
			// whether a rule covers or counts someone: "Geldt Handover ook voor …?",
			// "Vallen
			// invalkrachten daar ook onder?"
			+ "geldt|gelden|valt|vallen|hoort|horen|telt|tellen|"
			// a question put negatively: "Wouldn't it be easier if …?"
			+ "(?:do|does|did|would|should|could|is|are|was|were|have|has|ca|wo)n['’]t|"
			+ "weet|weten|wie|wat|hoe|waar|wanneer|who|what|how|where|when|which|welke|welk|vraag|vraagje|"
			+ "bij wie|aan wie|whom|to whom|hoeveel|how many|how much|"
			+ "(?:a |one |quick |small )?question|korte vraag|kort vraagje|even een vraag|even navragen|asking|before|"
			// a case put: "If a colleague goes on leave …, do …?"
			+ "if|just checking|quick check|even checken|is there a way)\\b");

	/**
	 * The colleague who asks: "Ineke van de receptie vroeg", "Emma from our branch
	 * wonders".
	 */
	private static final Pattern ASKER = Pattern.compile("(?iu)^\\s*(?:(?:van|from|at|bij|op) (?:[\\p{L}'’-]+ ){1,4}|"
			// whose clerk or assistant asks: "Judge Okafor's clerk asked whether …"
			+ "(?:['’]s)? ?(?:(?:own|new|personal|eigen) )?(?:clerk|assistant|secretary|pa|office|team|manager|"
			+ "colleague|secretaresse|assistent|collega|griffier|leidinggevende) )?"
			+ "(?:vraagt|vroeg|vragen|wil weten|wilde weten|wants to know|wanted to know|asks|asked|wonders|"
			+ "wondered|is asking|was asking)\\b");

	/** A title before a surname: "Judge Okafor", "Dr Lee", "Mevrouw Jansen". */
	private static final Pattern TITLED = Pattern.compile(
			"(?iu)(?:judge|dr|doctor|professor|prof|mr|mrs|ms|" + "rechter|dokter|meneer|mevrouw|dominee|pastoor) ");

	/** A yes-or-no question that ends "or not?", "of niet?": asked, not told. */
	private static final Pattern OR_NOT = Pattern.compile("(?iu)\\b(?:of niet|or not)\\s*\\?");

	/** A vacancy, or no one chosen yet. */
	private static final Pattern VACANCY = Pattern.compile("(?iu)\\b(?:zoeken|zoekt|zijn op zoek naar|looking for|"
			+ "searching for|recruiting(?: for)?)(?: [\\p{L}'’-]+){0,3} (?:een |a |an )?(?:nieuwe?|new|second|another|"
			+ "extra|tweede|derde|third)\\b|\\bvacature\\b|\\b(?:the|this|that|a|our) vacancy\\b|"
			+ "\\b(?:een )?nieuwe [\\p{L}-]+ (?:zoeken|werven)\\b|"
			+ "\\bnog geen (?:naam|namen|kandidaat)\\b|\\bweet ik nog niet\\b|\\b(?:nobody|no one|no-one) "
			+ "(?:has been )?(?:chosen|picked|hired|found) yet\\b");

	/** Nobody new comes: what is asked is for staff already here ("ter vervanging"). */
	private static final Pattern NO_ONE_NEW = Pattern.compile("(?iu)\\b(?:(?:er )?komt niemand(?: nieuws?)? bij|"
			+ "niemand nieuw|(?:nobody|no one|no-one) new\\b|there is no new (?:starter|colleague|hire))");

	/**
	 * Function words a name never holds: "the stock system before", "een extra tablet
	 * aan", "lang van tevoren" are a question's words run together.
	 */
	private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("before", "after", "through", "about",
			"without", "the", "for", "with", "our", "your", "my", "their", "get", "een", "aan", "tevoren", "via",
			"deze", "dit", "die", "extra", "ook", "nog", "zodat", "voor", "onze", "jouw", "mijn", "hun", "nobody",
			"niemand",
			// a question's verbs and pronouns run together: "kan iemand mij vertellen",
			// "do you know if interns", "a team leader see whether"
			"mij", "iemand", "someone", "anyone", "if", "whether", "know", "tell", "vertellen", "see", "zien", "them",
			"staff", "personeel", "announce", "aanmelden", "doorgeven",
			// a passive asked: "moeten … nu al aangemeld worden?", "ook een pasje
			// krijgen?"
			"worden", "wordt", "aangemeld", "gemeld", "krijgen", "nu");

	private static final Pattern PLURAL_DAY = Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)days|"
			+ "(?:maan|dins|woens|donder|vrij|zater|zon)dags|weekends");

	/** A kind of worker told of in the question: "pickers who only work in summer". */
	private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:who|die|that|dat|which)\\s+$");

	/** A number before a group: "two language coaches", "twee barista's". */
	private static final Pattern COUNT_BEFORE = Pattern.compile("(?iu)\\b(?:twee|drie|vier|vijf|zes|zeven|acht|"
			+ "negen|tien|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+$");

	/** A relative clause after a group: "seasonal workers who only pick …". */
	private static final Pattern DESCRIBED_AFTER = Pattern.compile("(?iu)\\s+(?:who|die|that)\\s+\\p{Ll}");

	/**
	 * A group described in the question: "Do freelance teachers who give one evening
	 * course …?", "Krijgen vrijwilligers die twee avonden meedraaien …?".
	 */
	private static final Pattern GROUP_DESCRIBED = Pattern
		.compile("(?u)\\b\\p{L}{3,}(?:s|en)\\s+(?:who|die|that|which)\\s+(?:\\p{Ll}+\\s+){1,3}$");

	/**
	 * The askers right after the question's verb: "Moeten we daarvoor iets aanvragen?",
	 * "Kunnen jullie …?". The verb is no name.
	 */
	private static final Pattern ASKER_NEXT = Pattern.compile("(?iu)^\\s+(?:we|wij|jullie|ik)\\b");

	private Question() {
	}

	/**
	 * Whether the message asks or tells of a vacancy and names no one it could be about:
	 * every name read is a single word that opens a sentence, a plural weekday, the one
	 * who asks, or words written in lower case.
	 */
	/**
	 * A weekday said for a habit, no day: "verhuizers die alleen op zaterdag werken",
	 * "who only work on Sundays", "elke maandag".
	 */
	private static final Pattern HABIT = Pattern
		.compile("(?iu)\\b(?:alleen|enkel|uitsluitend|only|elke|iedere|every|each)\\s+(?:(?:op|on)\\s+)?$");

	static boolean aboutNoOne(String body, List<AnnouncementParser.Span> named, List<DateWords.Mention> dates) {
		if (FollowUp.onASentRequest(body, named, dates)) {
			return true;
		}
		// no day said (a month at most): a question on the process, or on someone gone
		boolean undated = dates.stream()
			.allMatch(d -> MONTH_ONLY.matcher(d.words()).matches()
					|| HABIT.matcher(body.substring(Math.max(0, d.start() - 20), d.start())).find());
		if (undated && body.indexOf('?') >= 0 && GONE_STILL_OPEN.matcher(body).find()) {
			return true;
		}
		// whether a start still holds, whether someone needs an account, what to send
		if (AskedNotAnnounced.aboutNoOne(body, named, OPENER.matcher(body).lookingAt(), undated,
				REQUEST.matcher(body).find())) {
			return true;
		}
		// the new one asked about by their job and their day, no one named and no day
		// said
		// outside the question ("Heeft de nieuwe monteur van 11 januari al een pas?"): a
		// request for them ("kun je … regelen voor de nieuwe monteur van 11 januari?")
		// still gets the form
		if (named.isEmpty() && !dates.isEmpty() && dates.stream().allMatch(d -> Sentences.asks(body, d.start()))
				&& !REQUEST.matcher(body).find() && AskedNotAnnounced.newOneAsked(body)) {
			return true;
		}
		// whether something for someone is already there, no day said but one already
		// past: the state of what was asked before ("check whether the offboarding for
		// Rik is already running?", "kun je zien of Ties al een laptop heeft? Hij is er
		// sinds dinsdag")
		if (STATE_ASKED.matcher(body).find() && dates.stream()
			.allMatch(d -> MONTH_ONLY.matcher(d.words()).matches()
					|| SENT_BEFORE.matcher(body.substring(Math.max(0, d.start() - 40), d.start())).find()
					|| SINCE.matcher(body.substring(Math.max(0, d.start() - 12), d.start())).find()
					|| SINCE_SAID.matcher(d.words()).lookingAt())) {
			return true;
		}
		if (named.isEmpty() && undated && OPENER.matcher(body).lookingAt() && body.indexOf('?') >= 0
				&& !REQUEST.matcher(body).find()) {
			return true;
		}
		// "Our new lab analyst is still waiting for a visa — can onboarding wait?":
		// lower-case
		// words after an article or "someone on" inside a question are a kind of worker
		// or
		// of leave, whatever opens the question
		if (!named.isEmpty() && named.stream()
			.allMatch(n -> !Character.isUpperCase(body.charAt(n.start())) && inQuestion(body, n.end())
					&& NOUN_BEFORE.matcher(body.substring(Math.max(0, n.start() - 16), n.start())).find())) {
			return true;
		}
		// a question after a newcomer whose name the writer only guesses: "When does the
		// new vet start? I think her name is Dr. Kim or something."
		if (!named.isEmpty() && body.indexOf('?') >= 0 && named.stream().allMatch(n -> GuessedName.said(body, n))) {
			return true;
		}
		boolean vacancy = VACANCY.matcher(body).find() || notYetHired(body, undated)
				|| AskedNotAnnounced.namesLater(body) || TraineesSchool.groupSaid(body)
				|| NeverNames.groupOfWorkers(body);
		if (body.indexOf('?') >= 0 && NO_ONE_NEW.matcher(body).find()) {
			return true;
		}
		if (!vacancy && (named.isEmpty() || body.indexOf('?') < 0
				|| !OPENER.matcher(body).lookingAt() && named.stream().noneMatch(n -> asker(body, n))
						&& !(OR_NOT.matcher(body).find() && undated) && !workersAsked(body, named))) {
			return false;
		}
		return named.stream().allMatch(n -> noName(body, n, undated));
	}

	/**
	 * A newcomer not hired yet: the name to follow, and no day said ("In januari begint
	 * een nieuwe monteur, naam en datum volgen nog. Wil je alvast een bus reserveren?"),
	 * or the contract not signed and nothing asked to be done ("… maar het contract is
	 * nog niet getekend. Naam volgt."). That is news of a vacancy being filled; its form
	 * comes with the name, and with no day a form would have neither. A nameless newcomer
	 * with a day and something to prepare ("nieuwe ontwikkelaar per 4 januari, naam
	 * volgt. Graag vast een laptop bestellen") keeps a form without a name.
	 */
	private static boolean notYetHired(String body, boolean undated) {
		return NAME_TO_FOLLOW.matcher(body).find()
				&& (undated || NOT_SIGNED.matcher(body).find() && !REQUEST.matcher(body).find());
	}

	private static boolean noName(String body, AnnouncementParser.Span n, boolean undated) {
		if (asker(body, n) || n.words() < 2 && (MONTH.matcher(n.name()).matches()
				|| inQuestion(body, n.end()) && ASKER_NEXT.matcher(body.substring(n.end())).lookingAt()
				|| AGENCY_BEFORE.matcher(body.substring(Math.max(0, n.start() - 24), n.start())).find()
				|| AGENCY_AFTER.matcher(body.substring(n.end())).lookingAt()
				|| RIGHT_PERSON.matcher(body.substring(n.end())).lookingAt()
				|| undated && LATER_SENTENCE.matcher(body.substring(0, n.start())).find())) {
			return true;
		}
		// a plural weekday, or lower-case words after "who/die", inside the question
		// itself, or a
		// lower-case guess next to the vacancy ("… kok zoeken"); a name said in a
		// sentence of its own stays ("…? het gaat om evert smit")
		boolean inQuestion = inQuestion(body, n.end());
		if (!Character.isUpperCase(body.charAt(n
			.start())) && (inQuestion && RELATIVE.matcher(body.substring(Math.max(0, n.start() - 8), n.start())).find()
					// the group itself: "Do seasonal workers who only pick … need …?"
					|| inQuestion && DESCRIBED_AFTER.matcher(body).region(n.end(), body.length()).lookingAt()
					|| inQuestion
							&& GROUP_DESCRIBED.matcher(body.substring(Math.max(0, n.start() - 50), n.start())).find()
					|| nearVacancy(body, n)
					// the kind of worker of a group counted, whose names follow: "two
					// language coaches …; I'll send their names"
					|| AskedNotAnnounced.namesLater(body)
							&& COUNT_BEFORE.matcher(body.substring(Math.max(0, n.start() - 12), n.start())).find())
				|| inQuestion && PLURAL_DAY.matcher(n.name()).matches()) {
			return true;
		}
		// a kind of worker, capitalised as the question's first word ("Vrijwilligers
		// hebben toch geen account nodig?"), or a word of where they come from before it
		// ("de twee Portugese steenhouwers")
		if (inQuestion && n.words() < 2 && (workers(n.name()) || Character.isUpperCase(body.charAt(n.start()))
				&& PLURAL_AFTER.matcher(body.substring(n.end())).lookingAt())) {
			return true;
		}
		// a kind of worker in lower case: "may nurses who retire keep …", "als een
		// uitzendkracht bij ons komt"
		if (inQuestion && !Character.isUpperCase(body.charAt(n.start()))
				&& (WORKER_BEFORE.matcher(body.substring(Math.max(0, n.start() - 12), n.start())).find()
						|| Arrays.stream(n.name().split(" ")).anyMatch(Question::workers))) {
			return true;
		}
		// a thing someone has, in lower case ("als een nieuwe collega zijn pas kwijt
		// is?"), or where they work ("freelancers who help us at book fairs")
		if (inQuestion && !Character.isUpperCase(body.charAt(n.start()))
				&& (OWNED_BEFORE.matcher(body.substring(Math.max(0, n.start() - 8), n.start())).find()
						|| WHERE_BEFORE.matcher(body.substring(Math.max(0, n.start() - 8), n.start())).find())) {
			return true;
		}
		// or a vacancy's: "in januari een nieuwe monteur, naam en datum volgen nog"
		if ((inQuestion || vacancyNamed(body)) && Arrays.stream(n.name().split(" "))
			.anyMatch(w -> FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
			return true;
		}
		// a thing or a group, not a person: "a Teams account", "een vrijwillige Engelse
		// docent", "toegang tot SharePoint", "40 Romanians"
		if (n.words() < 2 && (inQuestion
				&& (ATTRIBUTE_BEFORE.matcher(body.substring(Math.max(0, n.start() - 30), n.start())).find()
						&& LOWER_NEXT.matcher(body).region(n.end(), body.length()).lookingAt()
						|| INNER_CAPITAL.matcher(n.name()).find())
				|| COUNTED_BEFORE.matcher(body.substring(Math.max(0, n.start() - 24), n.start())).find())) {
			return true;
		}
		String before = body.substring(Math.max(0, n.start() - 6), n.start());
		if (n.words() < 2 && before.matches("(?is).*\\b(?:the|de|het|our|onze|ons) $")) {
			return true; // a place: "for the Utrecht office"
		}
		// the place of a vacancy: "een nieuwe opticien in Breda, naam volgt"
		if (vacancyNamed(body)
				&& body.substring(Math.max(0, n.start() - 8), n.start()).matches("(?is).*\\b(?:in|te|for|voor) $")) {
			return true;
		}
		// the question's own first word: "Vraagje over …", "Must …", "Weet jij …"
		return n.words() < 2 && OPENER.matcher(body.substring(0, n.end())).matches();
	}

	/** A date that names a month and no day: "in June", "vanaf juli". */
	/** A question whether something is already done or underway. */
	private static final Pattern STATE_ASKED = Pattern.compile("(?iu)\\b(?:check|see|know|tell me|find out|zien|"
			+ "kijken|nagaan|controleren|checken|weten|weet)\\s+(?:(?:for me|voor mij|even|eens|nog)\\s+)?(?:whether|if|of)\\b"
			+ "[^?.!]{0,80}\\b(?:already|yet|al|nog steeds|still)\\b[^?.!]{0,60}\\?");

	/**
	 * A day already past, since when someone is here: "since Tuesday", "sinds maandag".
	 */
	private static final Pattern SINCE = Pattern.compile("(?iu)\\b(?:since|sinds|al sinds)\\s+$");

	private static final Pattern SINCE_SAID = Pattern.compile("(?iu)(?:since|sinds)\\b");

	/** The day a request went out: "I sent the form on Tuesday", "ingediend op". */
	private static final Pattern SENT_BEFORE = Pattern.compile("(?iu)\\b(?:sent|submitted|filed|stuurde|verstuurd|"
			+ "gestuurd|ingediend|aangevraagd|requested)\\b[^.!?]{0,30}$");

	private static final Pattern MONTH_ONLY = Pattern.compile("(?iu)(?:(?:in|vanaf|from|per|begin|eind|end of|"
			+ "early|late|mid|medio|half)\\s+)?(?:january|januari|february|februari|march|maart|april|may|mei|"
			+ "june|juni|july|juli|august|augustus|september|october|oktober|november|december)(?:\\s+\\d{4})?");

	private static final Pattern MONTH = Pattern.compile("(?iu)january|januari|february|februari|march|maart|april|"
			+ "may|mei|june|juni|july|juli|august|augustus|september|october|oktober|november|december");

	/**
	 * Someone who left asked about: "is the account of X (left in October) still open?"
	 */
	private static final Pattern GONE_STILL_OPEN = Pattern.compile("(?iu)\\b(?:left|vertrokken|uit dienst|gone)"
			+ "\\s+(?:in|op|per|since|sinds|last|vorige|afgelopen)\\b.{0,60}\\b(?:still|nog)\\s+(?:open|active|actief|"
			+ "live|aan)\\b|\\b(?:still|nog)\\s+(?:open|active|actief)\\b.{0,60}\\b(?:left|vertrokken|uit dienst)"
			+ "\\s+(?:in|op|per|since|sinds|last|vorige|afgelopen)\\b");

	/** A request, not a question on the process: "can you …", "kun je …". */
	private static final Pattern REQUEST = Pattern.compile("(?iu)\\b(?:(?:can|could|would|will) (?:you|someone|"
			+ "somebody)|kun(?:t|nen)? (?:je|jij|jullie|u)|kan (?:je|jij|er|iemand)|wil(?:t|len)? (?:je|jij|jullie|u)|"
			+ "please|graag|alsjeblieft|aub)\\b");

	/** One name said to come later: "Naam volgt.", "name to follow". */
	private static final Pattern NAME_TO_FOLLOW = Pattern.compile("(?iu)\\b(?:(?:de |zijn |haar )?naam (?:volgt|komt)"
			+ "(?: nog| later)?|(?:the |his |her )?name (?:will )?(?:follows?|come later)|name to follow|"
			+ "name (?:tbc|tba|later)|"
			// with the day: "naam en datum volgen nog", "name and start date to follow"
			+ "(?:de |zijn |haar )?naam en (?:start)?datum (?:volgen|komen)|(?:the |his |her )?name and (?:start )?"
			+ "date (?:will )?(?:follow|to follow|come later)|"
			// the writer will tell it: "I'll let you know her name once she has signed",
			// "I don't have a name yet", "wie het wordt hoor je nog", "haar naam laat ik
			// nog weten"
			+ "(?:i'll|i’ll|i will|we'll|we’ll|we will) (?:let you know|send you|give you|pass on|tell you) "
			+ "(?:his|her|the) name|(?:i|we) (?:don't|don’t|do not) (?:have|know) (?:a|the|his|her) name yet|"
			+ "wie het (?:wordt|gaat worden) (?:hoor|laat|weet|meld)|(?:ik laat|we laten|ik geef|we geven) (?:je |jullie )?"
			+ "(?:zijn|haar|de) naam (?:nog |later )?(?:weten|door)|(?:zijn|haar|de) naam (?:laat|geef|meld) ik)\\b");

	/**
	 * The hire not final: "het contract is nog niet getekend", "contract not signed yet".
	 */
	private static final Pattern NOT_SIGNED = Pattern.compile("(?iu)\\b(?:contract|arbeidsovereenkomst|offer|aanbod)"
			+ "\\b[^.!?\\n]{0,25}?\\b(?:(?:nog )?niet|not(?: yet)?|isn't|hasn't been)(?: yet)? (?:getekend|ondertekend|"
			+ "rond|definitief|signed|final|accepted)\\b|\\bnog niet (?:rond|definitief|getekend)\\b|"
			+ "\\bnot (?:yet )?(?:signed|final)\\b");

	/** An agency, not a person: "via Hays", "temps we get through Randstad". */
	private static final Pattern AGENCY_BEFORE = Pattern
		.compile("(?iu)\\b(?:via|through|van het uitzendbureau|from the agency|uitzendbureau|agency)\\s+$");

	/** "the cleaners Manpower sends us" */
	private static final Pattern AGENCY_AFTER = Pattern
		.compile("(?iu)\\s+(?:sends|supplies|provides|stuurt|levert|detacheert)\\b");

	/** Who to ask, not who is announced: "Is Marloes the right person to …?" */
	private static final Pattern RIGHT_PERSON = Pattern.compile("(?iu)\\s+(?:the (?:right |best )?(?:person|one|"
			+ "contact)|de (?:juiste )?(?:persoon|contactpersoon)|degene)\\b");

	/**
	 * An indefinite article, perhaps with an adjective, before a capitalised word that
	 * qualifies a noun: "a Teams account", "a volunteer Dutch teacher". A name never
	 * stands there.
	 */
	private static final Pattern ATTRIBUTE_BEFORE = Pattern.compile("(?u)\\b(?:[aA]n?|[eE]en)\\s+(?:\\p{Ll}+\\s+)?$");

	/** A lower-case word right after: the noun the capitalised word qualifies. */
	private static final Pattern LOWER_NEXT = Pattern.compile("(?u)[ -]\\p{Ll}");

	/**
	 * A capital inside a word after three lower-case letters: a product's name
	 * ("SharePoint", "WhatsApp", "LinkedIn"), never a person's ("McDonald", "DeVries").
	 */
	private static final Pattern INNER_CAPITAL = Pattern.compile("(?u)\\p{Lu}\\p{Ll}{3,}\\p{Lu}");

	/**
	 * A number before a capitalised plural: "40 Romanians", "zo'n twintig Portugezen".
	 */
	private static final Pattern COUNTED_BEFORE = Pattern.compile("(?iu)\\b(?:\\d{1,4}|twee|drie|vier|vijf|zes|zeven|"
			+ "acht|negen|tien|twaalf|twintig|dertig|veertig|vijftig|two|three|four|five|six|seven|eight|nine|ten|"
			+ "twelve|twenty|thirty|forty|fifty|dozens? of|tientallen)\\s+$");

	/** A word opening a sentence after the question: "…? Probably eight, in July." */
	private static final Pattern LATER_SENTENCE = Pattern.compile("\\?\\s+$");

	/** Words before a noun, not a name: "our new", "een nieuwe", "someone on". */
	private static final Pattern NOUN_BEFORE = Pattern.compile("(?iu)\\b(?:new|nieuwe?|the|de|het|a|an|een|"
			+ "someone (?:on|with)|somebody (?:on|with)|iemand (?:met|op|in))\\s+$");

	/** A possessive before lower-case words: "zijn pas", "her badge". */
	private static final Pattern OWNED_BEFORE = Pattern
		.compile("(?iu)\\b(?:zijn|haar|hun|zn|his|her|their|my|mijn|your|jouw)\\s+$");

	/** An occasion or a place in lower case: "at book fairs", "tijdens beurzen". */
	private static final Pattern WHERE_BEFORE = Pattern.compile("(?iu)\\b(?:at|during|tijdens|op)\\s+$");

	/** A plural worker after an adjective: "Portugese steenhouwers", "Polish drivers". */
	private static final Pattern PLURAL_AFTER = Pattern.compile("(?u) \\p{Ll}{3,}(?:s|ers|en)\\b");

	/** Words before a kind of worker: "een uitzendkracht", "any temps". */
	private static final Pattern WORKER_BEFORE = Pattern
		.compile("(?iu)\\b(?:een|a|an|any|all|alle|some|retired|seasonal|gepensioneerde)\\s+$");

	/** A plural job: "nurses", "teachers", "monteurs". */
	private static boolean workers(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return lower.length() > 4 && lower.endsWith("s")
				&& Occupations.beforeName(lower.substring(0, lower.length() - 1));
	}

	/**
	 * Only a kind of worker named, one word, in a question: "Vrijwilligers hebben …?".
	 */
	private static boolean workersAsked(String body, List<AnnouncementParser.Span> named) {
		return named.stream().allMatch(n -> n.words() < 2 && inQuestion(body, n.end()) && workers(n.name()));
	}

	private static boolean inQuestion(String body, int at) {
		for (int k = at; k < body.length(); k++) {
			char c = body.charAt(k);
			if (c == '?') {
				return true;
			}
			if (c == '.' || c == '!' || c == '\n') {
				return false;
			}
		}
		return false;
	}

	/** Whether the message says the newcomer's name comes later: "Naam volgt." */
	static boolean nameToFollow(String body) {
		return NAME_TO_FOLLOW.matcher(body).find();
	}

	/** Whether the message tells of a vacancy or of a newcomer still without a name. */
	private static boolean vacancyNamed(String body) {
		return VACANCY.matcher(body).find() || NAME_TO_FOLLOW.matcher(body).find()
				|| AskedNotAnnounced.namesLater(body);
	}

	private static boolean nearVacancy(String body, AnnouncementParser.Span n) {
		Matcher vacancy = VACANCY.matcher(body);
		while (vacancy.find()) {
			if (vacancy.start() <= n.end() + 15 && vacancy.end() >= n.start() - 15) {
				return true;
			}
		}
		return false;
	}

	private static boolean asker(String body, AnnouncementParser.Span n) {
		return (n.words() < 2 || n.words() == 2 && TITLED.matcher(n.name()).lookingAt())
				&& ASKER.matcher(body.substring(n.end(), Math.min(body.length(), n.end() + 60))).lookingAt();
	}

}
