package io.handover.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads announcements from a manager's words, e.g. {@code Anna de Vries starts on 7
 * December as account manager},
 * {@code Per 1 maart komt Jan Bakker ons team versterken als
 * ontwikkelaar}, {@code Hi! Could you offboard Piet's account? His last day is Friday 8
 * January} or just {@code new starter}. Deterministic and pure: the caller passes today's
 * date and the role names to match.
 * <p>
 * People are runs of capitalised words with name particles (van, de, 't, el, …) that
 * contain no intent, role, date or greeting word; each person gets the part of the
 * message around their name, and from it an intent (a lexicon in both languages), a date
 * (every date expression with its span; a written date beats a weekday word) and a role
 * (through the profile catalogue). What the words leave uncertain becomes a
 * {@link Announcement.Note} for the form to show.
 */
public final class AnnouncementParser {

	/**
	 * An announcement is a few sentences: words past this are not read, so a pasted
	 * document (up to the 20,000 characters a message may have) still gets a quick
	 * answer.
	 */
	static final int READ_AT_MOST = 3_000;

	/** How far ahead a date is still plausible without a second look. */
	static final int PLAUSIBLE_MONTHS = 18;

	private static final Pattern CLOSING = Pattern.compile("(?i)(?:^|(?<=[.!?\\n]\\s?)|(?<=[.!?]\\s))(?:kind regards|"
			+ "best regards|warm regards|regards|best wishes|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|"
			+ "hartelijke groet(?:en)?|groet(?:en|jes)|mvg|gr\\.|cheers|thanks|thank you|many thanks|bedankt|"
			+ "dank je(?: wel)?|dank u(?: wel)?|alvast bedankt|alvast dank|with kind regards|yours sincerely|"
			// a formal letter's closing: the signer below it is the sender
			+ "yours faithfully|yours truly|hoogachtend|"
			// signed for a body, on a line of its own: "Namens de kerkenraad,"
			+ "(?:namens|on behalf of) (?:de|het|ons|onze|the|our) [\\p{L}-]+(?: [\\p{L}-]+)?(?=,?[ \\t]*\\n)|"
			// with any word for the greeting: "met sportieve groet", "met zonnige
			// groeten"
			+ "met (?:\\p{L}{2,20}e )?groet(?:en)?|" + "with (?:best|warm|warmest) regards|"
			// the Dutch and German closings said in English: "With friendly greetings,"
			+ "(?:with )?(?:friendly|kind|kindest|warm|best) greetings|"
			// the greeting's word without "met": "Lieve groet", "Zonnige groetjes"
			+ "\\p{L}{3,20}e groet(?:en|jes)?|"
			+ "sincerely|all the best|warm wishes|many thanks|thx|groet|best(?=\\s*[,\\n]|\\s*$)|gr(?=[.,\\n ]))\\b");

	private static final Pattern CORRECTED = Pattern.compile("(?i)\\b(?:(?:correction|correctie|corrigendum|sorry|"
			+ "i mean|ik bedoel|bedoel ik|typo|foutje|oops|make that|no wait|nee wacht)\\b[^.!?\\n]{0,25}|(?:now|actually|eigenlijk|nu(?! nog))\\b[^.!?,;\\n]{0,15}|"
			// the day in effect over the formal one: "effectively she stops on"
			+ "(?:effectively|in effect|in practice|in feite|feitelijk|in de praktijk)\\b[^.!?,;\\n]{0,25}|"
			+ "(?:date|datum) (?:should be|moet zijn|is)\\s*:?\\s*)$");

	private static final Pattern LAST_DAY = Pattern
		.compile("(?i)\\b(?:last (?:working |work )?day|final (?:working )?day|"
				+ "last shift|laatste (?:werk)?dag|laatste dienst|werkt (?:hier |bij ons )?(?:(?:nog|dus|dan) )*(?:tot(?: en met)?|t/m)|"
				// the contract's end beats another day said (a defence, a party)
				+ "einde (?:van (?:het |zijn |haar |hun )?)?contract|end of (?:the |his |her |their )?contract|"
				+ "until|tot en met)"
				+ "(?:\\s+(?:bij ons|hier|with us|here))?(?:\\s+(?:is|will be|wordt|zal zijn|on|op|:|will be on|al|dus|dan|"
				+ "already|then))*[\\s:]*$");

	/**
	 * A leaver's last day said after its date: "dus 19 februari is haar laatste werkdag
	 * hier", "26 March will be his last day".
	 */
	private static final Pattern LAST_DAY_AFTER = Pattern.compile("(?i)^\\s*(?:is|wordt|will be|zal)\\s+"
			+ "(?:(?:zijn|haar|hun|his|her|their|de|the)\\s+)?(?:laatste (?:werk)?dag|last (?:working |work )?day|"
			+ "final (?:working )?day)\\b");

	/** "zijn eerste dag is woensdag 10 maart": beats "in de week van 8 maart". */
	private static final Pattern FIRST_DAY = Pattern.compile("(?i)\\b(?:first (?:working |work )?day|"
			+ "eerste (?:werk)?dag)(?:\\s+(?:is|will be|wordt|zal zijn|on|op|:|will be on))*[\\s:]*$");

	/**
	 * Words before a date that make it the end of a contract or a stay, never a starter's
	 * first day: "tot eind juni", "until 31 March", "contracts end 31 march", "t/m 30
	 * juni", "einddatum".
	 */
	private static final Pattern ENDS = Pattern.compile("(?i)(?:\\b(?:tot(?: en met)?|t/m|until|till|through|thru)|"
			+ "\\b(?:contracts?|dienstverband|aanstelling|arbeidsovereenkomst|overeenkomst|stage|internship|"
			+ "placement)(?: [\\p{L}]+){0,2} (?:ends?|ending|expires?|eindigt|eindigen|afloopt|aflopen|loopt af|"
			+ "lopen af|loopt tot|lopen tot|runs (?:out|until|till))|\\bend(?:s|ing)?(?: date)?|einddatum|"
			+ "eindigt|eindigen|"
			// a newcomer's last day at the old employer: "zijn laatste dag daar is"
			+ "\\b(?:laatste (?:werk)?dag|last (?:working |work )?day) (?:daar|there))(?:\\s+(?:on|op|per|is|at))?[\\s:]*(?:the\\s+|de\\s+)?$");

	/** "won't start until 11 January": a start put off, not an end. */
	private static final Pattern START_UNTIL = Pattern.compile("(?i)(?:\\b(?:start|begin|join|komt|arriv)\\p{L}*"
			+ "(?: [\\p{L}'’]+){0,2}|\\b(?:uitgesteld|verschoven|opgeschoven|verzet|postponed|delayed|pushed back|"
			+ "put off|deferred)) (?:until|till|tot)\\s+(?:the\\s+|de\\s+)?$");

	private static final Pattern REPLACED = Pattern.compile("(?i)\\b(?:replacing|replaces|will replace|in place of|"
			+ "instead of|successor (?:to|of)|taking over from|takes over from|vervangt|ter vervanging van|in plaats van|"
			+ "opvolger van|opvolgster van|neemt het stokje over van|volgt|namens|on behalf of|"
			+ "sent by|gestuurd door)\\s*:?\\s*$");

	private static final Pattern APPOSITION = Pattern
		.compile("(?i)\\s*[,(]\\s*(?:(?:our|onze|ons|the|de|het|a|an|een|currently|nu|nu nog|both|allebei|beiden|"
				+ "beide)\\s+)*");

	private static final Pattern OWN_DATE = Pattern
		.compile("(?i)(?:\\s*\\([^()\\n]{1,40}\\))?\\s*[(,:\\-–]?\\s*(?:(?:on|op|per|from|vanaf|as of|"
				+ "starting|start|last day|laatste (?:werk)?dag)\\s*:?\\s*)?(?:(?:the|de)\\s+)?");

	/** Between two people each said "as" something: "als developer en". */
	private static final Pattern PARALLEL_AS = Pattern.compile("(?iu)\\s+(?:\\p{L}+\\s+){0,2}?(?:als|as|naar|to)\\s+"
			// "als facilitair medewerker op de werf in Sneek, en …"
			+ "[^,.;:!?()\\n]{1,60}?\\s*(?:,|\\ben\\b|\\band\\b|&)(?:\\s*(?:en|and)\\b)?\\s*"
			+ "(?:(?:de heer|mevrouw|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|miss)\\s+)?");

	/** An object and a date after a second name, the verb said once before. */
	private static final Pattern GAPPED = Pattern.compile("(?iu)\\s+(?:the|de|het|our|onze|ons)\\s+"
			+ "(?:[\\p{L}-]+\\s+){1,3}?(?:on|op|per|from|vanaf)\\s+(?:the\\s+|de\\s+)?");

	/**
	 * "… als developer en Fleur Vos als …", "… gaat naar Nijmegen en Stefan Huisman naar
	 * …".
	 */
	private static final Pattern AS_NEXT = Pattern.compile("(?i)\\s+(?:als|as|naar|to)\\s+");

	private static final Pattern MANAGER_OF = Pattern
		// not who asked for it: "Op verzoek van de teamleider: Rachid …"
		.compile("(?i)(?:\\b(?<!(?:verzoek van|request of|behalf of|namens|vraag van) )"
				+ "(?:his|her|their|zijn|haar|hun|the|de|\\p{L}+['’]s)\\s+"
				+ "(?:new\\s+|nieuwe\\s+)?(?:manager|line manager|leidinggevende|teamleider|team ?lead(?:er)?|supervisor|"
				+ "direct manager|buddy|mentor|begeleider|werkbegeleider|coach)\\s*(?::|will be|is going to be|is|wordt|"
				+ "becomes|zal zijn|is dan)|\\b(?:reports? to|reporting to|rapporteert aan|valt onder))\\s*:?\\s*$");

	/**
	 * "…, Bram Smit the same day", "Eva Mulder op dezelfde dag", "Rob Hoek die dag ook":
	 * a person with the date of the one before.
	 */
	// "the" may be left out in chat: "he is coming with his brother Adam Nowak same day"
	static final Pattern SAME_DAY = Pattern.compile("(?i)\\b(?:(?:on |op )?(?:(?:the )?same (?:day|date)|"
			+ "that (?:same )?day|dezelfde (?:dag|datum)|die(?:zelfde)? dag|diezelfde datum)|"
			// "…; vanaf dan wordt Casper verkoper", "from then on Owen works as …"
			+ "(?:vanaf|per|met ingang van) (?:dan|die datum|dat moment)|from then(?: on)?|from that (?:day|date|moment)(?: on)?|"
			// "… en Jamal Ouchan wordt dan accountmanager": then, on the day said before
			+ "(?<=\\b(?:wordt|worden|gaat|gaan|begint|beginnen|start|starten|stopt|stoppen|becomes|starts|leaves|moves) )"
			+ "(?:dan|then)(?! (?:pas|nog|ook|weer|later|again|later on)\\b))\\b");

	private static final Pattern ALSO = Pattern.compile("(?i)\\s*(?:too|as well|also|ook|eveneens)\\b");

	private static final Pattern FROM_MARKER = Pattern
		.compile("(?i)\\b(?:from|van)\\s+(?:(?:the|de|het|a|an|being|role of|functie van|rol van|ons|our)\\s+)*$");

	private static final Pattern TO_MARKER = Pattern
		.compile("(?i)^\\s*(?:to|naar|into|tot|in)\\s+(?:(?:the|de|het|a|an|een|role of|rol van|functie van|die van|"
				+ "that of)\\s+)*$");

	/** Becoming with the day between: "wordt per 1 februari", "becomes on 4 January". */
	private static final Pattern BECOMES_ON = Pattern.compile("(?iu)\\b(?:wordt|becomes|will become)\\s+"
			+ "(?:per|vanaf|from|on|op|met ingang van|as of)\\s+[\\p{L}\\d ]{1,20}?\\s+"
			+ "(?:(?:de|het|een|a|an|the|onze|our)\\s+)*$");

	/** The job to do with us: "komt hier als", "bij ons als", "joins us as". */
	private static final Pattern HERE_AS = Pattern.compile("(?iu)\\b(?:hier|bij ons|here|with us|for us|joins us)"
			+ "\\s+(?:\\p{L}+\\s+){0,3}(?:als|as)\\s+(?:(?:the|de|het|a|an|een|new|nieuwe|our|onze)\\s+)*$");

	private static final Pattern NEW_ROLE_MARKER = Pattern.compile("(?i)\\b(?:to|naar|into|tot|becomes|become|wordt|"
			+ "worden|als|as|in the role of|in de rol van|promoted to|gepromoveerd tot|"
			// "vervult de functie van", "schuift door naar de rol van", "takes over as"
			+ "functie van|rol van|takes? over as|taking over as)\\s+(?:(?:the|de|het|a|an|een|"
			+ "new|nieuwe|our|onze|ons)\\s+)*$");

	private static final Pattern ROLE_AFTER_MARKER = Pattern.compile("(?i)\\b(?:as|als|becomes|wordt)\\s+"
			+ PassiveAfterBecomes.NOT_A_PARTICIPLE
			+ "(?:(?:a|an|the|de|het|een|our|onze|new|nieuwe)\\s+)*([\\p{L}][\\p{L}\\-]*(?:\\s+[\\p{L}][\\p{L}\\-]*){0,2})");

	private static final Set<String> ROLE_PHRASE_END = Set.of("on", "op", "per", "from", "vanaf", "in", "with", "met",
			"starting", "and", "en", "at", "bij", "remote", "hybrid", "hybride", "for", "voor", "to", "naar", "is",
			"will", "gaat", "zal", "who", "die", "since", "sinds", "as", "als", "of", "the", "de", "het", "van", "tot",
			"maar", "but");

	/**
	 * The job after these words is the one given up, not the one taken: "werkt niet meer
	 * in de keuken als kok", "no longer works as a cook".
	 */
	private static final Pattern GIVEN_UP_BEFORE = Pattern
		.compile("(?iu)\\b(?:no longer|niet meer|niet langer)\\b(?:(?!\\b(?:maar|but)\\b)[^.;,!?\\n]){0,40}$");

	private static final Pattern REMOTE = Pattern
		.compile("\\b(remote|remotely|op afstand|thuiswerker|from home|vanuit huis)\\b");

	private static final Pattern HYBRID = Pattern.compile("\\b(hybrid|hybride)\\b");

	private static final Pattern OFFICE = Pattern
		.compile("\\b(at the office|in the office|op kantoor|on site|op locatie)\\b");

	private static final Set<String> DUTCH = Set.of("de", "het", "een", "en", "op", "als", "naar", "voor", "met", "bij",
			"onze", "nieuwe", "uit", "dienst", "begint", "gaat", "wordt", "vertrekt", "morgen", "volgende", "over",
			"weken", "laatste", "werkdag", "kun", "kunt", "je", "hij", "zij", "ze", "we", "hebben", "heeft", "is",
			"komt", "per", "vanaf", "dag", "van", "zijn", "haar", "collega", "medewerker", "graag", "alvast", "bedankt",
			"hoi", "hallo", "beste", "groet", "groetjes", "functie", "ingang", "maart", "mei", "januari", "februari",
			"oktober", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "week", "stopt", "tot", "ons", "team",
			"wil", "dank", "nog", "ook", "aan", "zal", "wel", "niet", "dat", "die", "er", "werkt", "start", "treedt",
			"eerste", "stapt", "krijgt", "neemt", "aangenomen", "contract");

	private static final Set<String> ENGLISH = Set.of("the", "a", "an", "and", "on", "as", "starts", "leaves", "is",
			"our", "new", "will", "from", "to", "in", "of", "she", "he", "they", "please", "can", "you", "last", "day",
			"next", "tomorrow", "weeks", "joins", "his", "her", "their", "hi", "hello", "thanks", "be", "has", "we",
			"us", "for", "with", "starting", "becomes", "moves", "first", "working", "leaving", "march", "may",
			"january", "february", "october", "monday", "tuesday", "wednesday", "thursday", "friday", "week", "team",
			"joining", "hired", "role", "date", "end", "ends", "retires", "could", "would", "set", "up", "who", "at",
			"it", "this", "that", "me", "let", "know", "start", "promoted", "contract");

	private static final Pattern JOINED = Pattern
		// "…, Ana Ribeiro, and Tamara Jovanović": a comma before the last one too
		// … or "as well as": "Ann Fisher as well as John Baker, both start Monday"
		.compile("(?i)\\s*(?:\\([^()\\n]{1,40}\\)\\s*)?(?:,?\\s*(?:and|en|&|\\+|as well as)|,)\\s*"
				// a trainee beside a joiner, perhaps for a while: "Ruth Adler and, until
				// July,
				// trainee Pim Zandstra", "Ruth Adler and a trainee, Pim Zandstra"
				+ "(?:,?\\s*(?:until|till|tot)\\s+[\\p{L}\\d ]{1,20},\\s*)?(?:(?:(?:a|an|our|een|onze)\\s+)?"
				+ "(?:trainee|intern|stagiair|stagiaire|apprentice|leerling)\\s*,?\\s+)?"
				// a title before the second: "de heer Ruben Smits en mevrouw Aylin Koç"
				+ "(?:(?:de heer|mevrouw|mevr\\.?|mw\\.?|dhr\\.?|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|miss)\\s+)?");

	private static final Pattern CLAUSE_BREAK = Pattern.compile("[.;!?\\n,]|\\band\\b|\\ben\\b");

	/**
	 * A becoming word, the name (blanked in the plain words) and the job held set apart
	 * by commas, then the new job: "wordt ⎵⎵⎵, nu receptioniste, onze ".
	 */
	private static final Pattern BECOMES_ACROSS = Pattern.compile("(?iu)\\b(?:wordt|worden|becomes|will become)"
			+ "\\s+,\\s*[^,.;!?\\n]{1,40},\\s*(?:(?:onze|our|de|het|een|a|an|the)\\s+)?$");

	/** A new job said, as a starter says it too: "Hij wordt programmeur bij ons". */
	private static final Pattern BECOMES = Pattern.compile("(?i)becomes|will become|becoming|to become|became|wordt");

	private static final Pattern ASKED_FOR = Pattern.compile("(?i)\\b" + IntentLexicon.PROVISIONS + "\\b");

	/**
	 * @param text what the manager wrote
	 * @param today the organisation's today, for dates without a year and relative dates
	 * @param roles the role profiles with the names people use for them
	 * @return what was understood about the first person; null fields were not understood
	 */
	public Announcement parse(String text, LocalDate today, List<RoleName> roles) {
		return parseAll(text, today, roles).get(0);
	}

	/**
	 * Every person the words announce, in the order written; at least one (with a null
	 * name when the words name no one).
	 */
	public List<Announcement> parseAll(String text, LocalDate today, List<RoleName> roles) {
		if (DottedCapitalI.in(text)) {
			return DottedCapitalI.restored(text, read(DottedCapitalI.plain(text), today, roles));
		}
		return read(text, today, roles);
	}

	private List<Announcement> read(String text, LocalDate today, List<RoleName> roles) {
		String whole = withoutClosing(
				WeekdaySpelling.mended(MonthSpelling.mended(VerbSpelling.mended(normalised(text)))));
		String body = whole.length() > READ_AT_MOST ? whole.substring(0, READ_AT_MOST) : whole;
		String lower = body.toLowerCase(Locale.ROOT);
		List<DateWords.Mention> written = RestatedDate.without(body,
				WeekdayInName.without(body, DateWords.findAll(body, today)));
		boolean[] taken = new boolean[body.length()];
		for (DateWords.Mention date : written) {
			mark(taken, date.start(), date.end());
		}
		// "Filiaal Zwolle sluit op 31 maart; Anna … gaat per 1 april naar Deventer": the
		// place's closing day is no one's
		// "… kan dat voor zaterdag geregeld zijn?": when things are due, not a day of
		// theirs
		// "takes over from Tom Green, who is on leave from 1 March": no one's day here
		// "… passed away on Sunday. The funeral is on Saturday 12 December": the
		// funeral's day is no one's
		List<DateWords.Mention> dates = Successor.withoutTheLeaveOfTheOneFollowed(body,
				ReadyByDay.without(body, FuneralDay.without(body, ClosingPlace.peoplesDates(body, written))));
		List<RoleWords.Mention> roleMentions = RoleWords.findAll(body, roles, taken);
		boolean[] notName = taken.clone();
		for (RoleWords.Mention role : roleMentions) {
			mark(notName, role.start(), role.end());
		}
		// "Groeve Winterswijk: ploegleider Berend Nijhuis …": a heading over the one
		// named with their job after it is a place or unit, not a person
		Matcher heading = HEADING_OVER_A_JOB.matcher(body);
		if (heading.lookingAt()) {
			mark(notName, heading.start(1), heading.end(1));
		}
		// "starts as Quality Inspector on Monday": a job written as a title
		Matcher title = JOB_AS_TITLE.matcher(body);
		while (title.find()) {
			mark(notName, title.start(1), title.end(1));
		}
		// "als gids in het Nationaal Park Hoge Veluwe": a place after an article
		Matcher park = PLACE_AFTER_ARTICLE.matcher(body);
		while (park.find()) {
			mark(notName, park.start(1), park.end(1));
		}
		// "in Bergen op Zoom", "naar Alphen aan den Rijn": a town, not a person
		Matcher town = TOWN.matcher(body);
		while (town.find()) {
			int group = town.start(1) >= 0 ? 1 : 2;
			mark(notName, town.start(group), town.end(group));
		}
		// "the start date moves from 4 January to 11 January", "gaat van 4 januari naar
		// 11 januari": a date moving, not a person.
		// "…; Marja, die dat deed, gaat met pensioen": the leaving is hers, no one named
		List<IntentMatch> intents = PredecessorsClause.without(body,
				IntentLexicon.find(body)
					.stream()
					.filter(i -> i.kind() != Announcement.Kind.ROLE_CHANGE || !dateMoves(body, i, dates))
					.toList());
		// a chat typed all in lower case, where no capital tells a name
		boolean lowerCaseChat = body.length() > 1 && body.substring(1).equals(lower.substring(1));
		for (IntentMatch intent : intents) {
			mark(notName, intent.start(), intent.end());
			// An intent said around a name ("gaat Henk Bosman … weg", "the contract of
			// Owen Hart … runs out") leaves the name's capitalised words free.
			Matcher word = PeopleInText.WORD.matcher(body).region(intent.start(), intent.end());
			int particles = -1;
			while (word.find()) {
				boolean capital = Character.isUpperCase(word.group().charAt(0));
				// not a date's word: "New starter Monday: …" names no Monday
				if (word.start() > intent.start() && capital && !taken[word.start()]) {
					java.util.Arrays.fill(notName, particles >= 0 ? particles : word.start(), word.end(), false);
				}
				// … and, in a lower-case chat, its inner words ("komt ook noor visser
				// erbij"): names only where two of them stand together
				else if (word.start() > intent.start() && word.end() < intent.end() && lowerCaseChat
						&& !taken[word.start()] && !insideRole(word.start(), roleMentions)) {
					java.util.Arrays.fill(notName, word.start(), word.end(), false);
				}
				boolean particle = !capital && PeopleInText.PARTICLES.contains(word.group().toLowerCase(Locale.ROOT));
				particles = particle ? (particles >= 0 ? particles : word.start()) : -1;
			}
			// … and the particles it ends on before the surname: "gaat Jan van | Dijk
			// naar"
			if (particles >= 0 && intent.end() + 1 < body.length() && body.charAt(intent.end()) == ' '
					&& Character.isUpperCase(body.charAt(intent.end() + 1)) && !taken[intent.end() + 1]) {
				java.util.Arrays.fill(notName, particles, intent.end(), false);
			}
		}
		// A manager named with "her manager will be", "zijn leidinggevende wordt",
		// "reports
		// to" is no one announced.
		List<Span> found = StreetAddress.without(body, ClosingPlace.withoutClosed(body, written, Headings.without(body,
				Sender.without(body, NotNames.withoutTakenBack(body, PeopleInText.find(body, notName, intents))
					.stream()
					.filter(p -> !MANAGER_OF.matcher(body.substring(Math.max(0, p.start() - 40), p.start())).find())
					.toList()))));
		// "joins Tom Becker's crew", "komt onder Kees Verbeek te werken", "stagiaires
		// van het Clusius": where the announced person goes or comes from, no one
		// announced
		found = TraineesSchool.without(body, WhoseTeam.without(body, found));
		// a name said to be written wrongly is no one; a customer's news is no one's
		found = WrittenWrongly.without(body, found);
		if (Customers.only(body, found)) {
			return List.of(NoNews.noOne(locationOf(lower), language(lower, List.of())));
		}
		// a question, a start called off or put off, names to follow: no one announced
		if (NoNews.ofTheMessage(body, found, dates) || AskedNotAnnounced.ofSomeoneHere(body, found, dates, today)
				|| ThanksForWorkDone.ofTheMessage(body, dates, today) || WhoCalled.ofTheMessage(body, found)) {
			return List.of(NoNews.noOne(locationOf(lower), language(lower, List.of())));
		}
		List<Span> named = CalledOff.without(body, found);
		// Whom a starter replaces is no one to announce ("replacing Eva Snoek, who
		// left", "succeeds our cook Tom Bell"), unless they are told about by first name
		// later with an intent of their own ("…: Hector starts 8 March, Eskil leaves on 5
		// March", "…; Tom leaves on 31 December"), not one of the past ("Ruud had zijn
		// laatste werkdag al in november").
		// whom work is taken over from may be said to leave anywhere in the message
		boolean leavingSaid = intents.stream().anyMatch(i -> i.kind() == Announcement.Kind.LEAVER && i.weight() >= 2);
		List<Span> people = named.stream()
			.filter(p -> !REPLACED.matcher(body.substring(Math.max(0, p.start() - 30), p.start())).find()
					&& !Successor.followedNext(body, p.start()) && !Successor.followedOnLeave(body, p)
					&& !(TakenOverFrom.from(body, p) && !leavingSaid)
					// "she replaces Gary Holt, who leaves us on 29 January": his leaving
					|| WorkTakenOver.leavesInTheirClause(body, p)
					|| toldAboutLater(body, p, intents)
							&& (named.stream().allMatch(q -> q == p || toldAboutLater(body, q, List.of()))
									|| !Successor.toldOfThePast(body, p)))
			.toList();
		boolean otherName = people.size() < named.size();
		if (people.isEmpty()) {
			people = named;
			otherName = false;
		}
		boolean replacedNamed = otherName;
		List<Span> unsaid = new ArrayList<>();
		// A second name is a second person only when something is said about them.
		List<Span> persons = new ArrayList<>();
		for (Span person : people) {
			if (persons.isEmpty()) {
				persons.add(person);
				continue;
			}
			Span previous = persons.get(persons.size() - 1);
			int next = people.indexOf(person) + 1 < people.size() ? people.get(people.indexOf(person) + 1).start()
					: body.length();
			boolean joined = body.substring(previous.end(), person.start())
				.transform(between -> JOINED.matcher(between).matches())
					|| ListItems.joinedByJob(body, previous, person, roleMentions)
					|| ListItems.joinedAfterJob(body, previous, person, roleMentions);
			boolean saysSomething = intents.stream().anyMatch(i -> i.start() >= person.end() && i.start() < next)
					|| intents.stream()
						.anyMatch(i -> i.start() > previous.end() && i.start() < person.start()
								&& clauseBreak(body, previous.end(), i.start()));
			boolean ownFacts = dates.stream().anyMatch(d -> d.start() >= person.end() && d.start() < next)
					&& roleMentions.stream().anyMatch(r -> r.start() >= person.end() && r.start() < next)
					// "…, Piet Bos on 14 December", "Piet Bos (14 December)", "Piet Bos
					// too"
					|| dates.stream()
						.anyMatch(d -> d.start() >= person.end() && d.start() < next
								&& OWN_DATE.matcher(body.substring(person.end(), d.start())).matches())
					|| ALSO.matcher(body.substring(person.end())).lookingAt()
					// "joins the porters on 4 January, Dr Mei Tanaka the GP team on 18
					// January": the verb said once
					|| body.substring(previous.end(), person.start()).matches("(?s).*,\\s*(?:\\p{L}{1,4}\\.?\\s+)?")
							&& dates.stream().anyMatch(d -> d.start() < person.start() && d.start() > previous.end())
							&& dates.stream()
								.anyMatch(d -> d.start() > person.end() && d.start() < next
										&& GAPPED.matcher(body).region(person.end(), d.start()).matches())
					// "start Bas Pronk als developer en Fleur Vos als verzorgende"
					|| PARALLEL_AS.matcher(body.substring(previous.end(), person.start())).matches()
							&& AS_NEXT.matcher(body.substring(person.end())).lookingAt()
					|| SAME_DAY.matcher(body.substring(person.end(), Math.min(next, person.end() + 40))).find()
					// "8 March: Quentin Abara, developer. 15 March: Ulla Renes,
					// developer."
					|| DateLabels.ownLabel(body, previous, person, dates)
					// "… en morgen die van Rob Geerts"
					|| DateLabels.thatOf(body, previous, person, dates)
					// "New starters on 4 January:" then "- Amara Nwosu, developer", "-
					// Björn …"
					|| ListItems.nextItem(body, previous, person, roleMentions)
					|| ListItems.afterColon(body, previous, person, roleMentions)
					// after a heading saying new: "A voor de bouw en B voor de zorg"
					|| ListItems.afterNewHeading(body, previous, person)
					// "vertrekken drie monteurs: A gaat …, B stopt ermee en C gaat
					// studeren"
					|| CountedList.nextItem(body, people, previous, person)
					// "…; vanaf dan wordt Casper Heijstek verkoper"
					|| SAME_DAY.matcher(body.substring(Math.max(previous.end(), person.start() - 30), person.start()))
						.find()
					// "…, Tim a week later", "…, Eva twee dagen eerder"
					|| DateWords.relative(body.substring(person.end(), Math.min(next, person.end() + 40))).isPresent()
					// "Daarnaast gaat Olga Petrova van Maastricht naar ons kantoor in
					// Rotterdam"
					|| PlaceMove.saidOf(body, Math.max(previous.end(), person.start() - 20), person.end(), next);
			if (joined || saysSomething || ownFacts) {
				persons.add(person);
			}
			else {
				otherName = true;
				unsaid.add(person);
			}
		}
		String language = language(lower, persons);
		// "Could you set up Lieke Jansen and Mohamed Amrani? Lieke starts 4 January …,
		// Mohamed a week later": each one's part is what follows their first name; the
		// introduction before says what holds for all.
		IntroducedFirst.Parts parts = IntroducedFirst.parts(body, people, persons, dates);
		if (parts.namedBefore()) {
			otherName = replacedNamed || unsaid.stream().anyMatch(p -> !parts.introduced(p));
		}
		persons = parts.persons();
		String plain = plain(body, dates, named, persons);
		Announcement.Location location = locationOf(lower);
		if (persons.isEmpty()) {
			Announcement one = read(body, plain, lower, 0, body.length(), null, dates, roleMentions, intents, today,
					location, language, false);
			// "mijn laatste werkdag is … Met vriendelijke groet, Veerle Willaert"
			return WriterLeaving.named(text, List.of(SignedLeaving.named(text, body, one)));
		}
		List<int[]> segments = parts.segments();
		List<Announcement> forAll = new ArrayList<>();
		if (parts.introduction() > 0) {
			// "Helaas vertrekken Iris Kok (verzorgende) en Jelle Vos (verkoper): …":
			// roles
			// said by name in the introduction are each one's own, not all of theirs
			Announcement introduction = read(body, plain, lower, 0, parts.introduction(), null, dates, roleMentions,
					intents, today, location, language, false);
			boolean oneRole = roleMentions.stream()
				.filter(r -> r.end() <= parts.introduction())
				.map(RoleWords.Mention::key)
				.distinct()
				.count() <= 1;
			forAll.add(oneRole ? introduction : withoutRoles(introduction));
		}
		if (parts.closing() < body.length()) {
			forAll.add(read(body, plain, lower, parts.closing(), body.length(), null, dates, roleMentions, intents,
					today, location, language, false));
		}
		// "- Lotte Bakker (Zwolle)", "- Emma Vos (Deventer)": where one item's brackets
		// hold a town, a capitalised word shaped like a job in another's is a town too
		List<Span> listed = persons;
		boolean townsInBrackets = listed.stream().anyMatch(p -> {
			Matcher bracket = OWN_JOB.matcher(body).region(p.end(), body.length());
			return bracket.lookingAt() && place(bracket.group(1));
		});
		List<Announcement> all = new ArrayList<>();
		// a role said of one person alone in a list is no other's to share
		boolean[] ownRoles = new boolean[persons.size()];
		for (int i = 0; i < persons.size(); i++) {
			int[] segment = segments.get(i);
			Announcement own = read(body, plain, lower, segment[0], segment[1], persons.get(i), dates, roleMentions,
					intents, today, location, language, otherName);
			RoleWords.Mention apposed = apposed(body, parts.introducedAs(persons.get(i)), roleMentions);
			// "…, and a new carer, Joy Mensah, starts …": the job set apart right before
			// (a mover's job before the name is the one held)
			if (apposed == null && own.kind() != Announcement.Kind.ROLE_CHANGE && own.currentRoleKey() == null) {
				apposed = fronted(body, persons.get(i), roleMentions);
			}
			if (own.roleKey() == null && apposed != null) {
				own = new Announcement(own.kind(), own.employeeName(), own.date(), apposed.words(), apposed.key(),
						own.workLocation(), own.dateWords(), own.currentRoleKey(), own.notes(), own.language());
			}
			// "Tim Oldenhof (fotograaf)": a job of their own, if outside the catalogue,
			// is no other's to share
			String ownJob = ownJob(body, persons.get(i), intents, townsInBrackets);
			if (own.roleKey() == null && own.roleWords() == null && ownJob != null) {
				own = new Announcement(own.kind(), own.employeeName(), own.date(), ownJob, null, own.workLocation(),
						own.dateWords(), own.currentRoleKey(), own.notes(), own.language());
			}
			// "Zij gaat de app en de website bouwen": a job told by its work
			WorkDescribed.Work work = own.roleKey() == null && own.kind() != null
					&& own.kind() != Announcement.Kind.LEAVER ? WorkDescribed.of(body, segment[0], segment[1], roles)
							: null;
			if (work != null) {
				own = new Announcement(own.kind(), own.employeeName(), own.date(),
						own.roleWords() != null ? own.roleWords() : work.words(), work.key(), own.workLocation(),
						own.dateWords(), own.currentRoleKey(), own.notes(), own.language());
			}
			Span person = persons.get(i);
			String key = own.roleKey();
			ownRoles[i] = key != null && roleMentions.stream()
				.anyMatch(r -> r.key().equals(key) && ListItems.ownRole(body, person, r, roles));
			for (Announcement common : forAll) {
				// "Welkom aan Sanne en Bram, die op 1 maart beginnen! Sanne de Wit wordt
				// verzorgende …": a weak word of the person's own ("wordt") does not
				// overrule what was said of all, unless that was as weak ("Hector takes
				// over
				// from Eskil …: Hector starts …")
				// … nor does a starter's word that only asks for what a mover needs too
				// ("stops doing customer support and becomes developer. Does she need a
				// new laptop?")
				Announcement reading = own;
				boolean strongForAll = intents.stream()
					.anyMatch(m -> m.kind() == common.kind() && m.weight() >= 2
							&& (m.end() <= parts.introduction() || m.start() >= parts.closing())
							&& !(reading.kind() == Announcement.Kind.ROLE_CHANGE
									&& m.kind() == Announcement.Kind.STARTER
									&& ASKED_FOR.matcher(body).region(m.start(), m.end()).find()));
				if (common.kind() != null && own.kind() != null && own.kind() != common.kind() && strongForAll
						&& intents.stream()
							.noneMatch(m -> m.start() >= segment[0] && m.end() <= segment[1] && m.weight() >= 2)) {
					own = withKind(own, common.kind());
				}
				own = completed(own, common);
			}
			all.add(own);
		}
		List<Announcement> shared = shareWithPartner(body, persons, roleMentions, ownRoles,
				inherit(body, all, segments, intents, !parts.introducedFirst(), ownRoles,
						segment -> roleMentions.stream()
							.anyMatch(r -> r.start() >= segment[0] && r.end() <= segment[1] && currentRole(plain, r)),
						segment -> endsOnly(body, dates, segment)));
		shared = Respectively.paired(body, persons, roleMentions,
				shareCollectiveRole(body, roleMentions, ownRoles, shared));
		shared = Successor.followed(body, segments, shared);
		shared = Successor.datedAfterTheOneFollowed(body, persons, segments, dates, today, shared);
		shared = relativeDates(body, segments, dates, today, sameDay(body, segments, shared));
		// "A and B start on 4 and 11 January respectively": one day each, in order
		shared = Respectively.dated(body, persons, dates, shared);
		List<Announcement> read = withoutUnknownDates(body, segments, dates,
				FrontedDate.shared(body, persons, segments, dates, shared));
		read = SaidOfAll.closingOfAll(body, segments, dates,
				SaidOfAll.lastDayOfAll(body, dates, SaidOfAll.endOfAll(body, segments, dates, read)));
		read = PlaceMove.moved(body, written, segments, intents, internalMove(body, roleMentions, read));
		read = OverFromASiteOfOurs.moved(body, read);
		read = parts.finished(sameRole(body, read), forAll.stream().anyMatch(a -> a.date() != null), dates);
		read = withoutHoursChanges(body, persons, segments, intents, read);
		read = Traineeship.continued(body, dates, today, read);
		// a job stopped for another with us: a move, whatever the stopping word said
		read = TradedIn.moved(body, JobSwap.swappedAsNamed(body, roleMentions,
				JobSwap.swapped(body, JobSwitch.moved(body, written, roles, read))));
		// a leaving timed by a leave before it: no day from another sentence
		read = LeavingAfterALeave.undated(body, dates, read);
		// "Vanaf maart werkt … — hij promoveert op 29 januari": the aside's day is no
		// news
		read = DateBeforeAnAside.dated(body, dates, today, read);
		// "… retires on 26 February. From March she'll be our new carer, Eva Kok."
		read = NamedAfterTheirJob.started(body, persons, dates, roleMentions, read);
		// "Lisa takes over the planning from Robert Hale, who leaves us on …": his news
		read = WorkTakenOver.startedAfter(body, persons, dates, WorkTakenOver.withoutTheTaker(body, persons, read));
		read = KindLabels.labelled(body, read);
		// "in week 5:" then "- Tom Bakker (ma)", "- Sara Lin (wo)": each their day of it
		read = WeekdaysOfAWeek.dated(body, today, read);
		// "Tijdelijke krachten: A, B en C, contracten eindigen op 23 december": leavers
		read = ContractsEndForAll.left(body, dates, read);
		// "… retires on 26 February. Lotte Jansen takes over as receptionist …"
		read = TakesOverAsNew.started(body, read);
		// "… blijft tot en met 12 februari. Dan is Eva Kamp ingewerkt.": no one new
		read = TrainedIn.without(body, read);
		// "… as our second developer from 1 February. Old position: carer."
		read = HeldJobLabel.held(body, roleMentions, read);
		// "begint 4-1, stopt 30-4": a start with its end; "… gaat de planning doen; ze
		// stopt dan met de kraamzorg": the titled job given up
		read = WorkGivenUp.moved(body, roleMentions, StartWithItsEnd.started(body, dates, today, read));
		// "neemt … de facilitaire dienst erbij": a job of the catalogue taken on as work
		read = JobWorkTakenOn.moved(body, roleMentions, read);
		// "onze vertegenwoordiger Joost Verbeek als afdelingshoofd benoemd": the job held
		read = AppointedFromHeld.moved(body, read);
		// "Verkoper Marleen Oosterhuis gaat … het magazijn leiden": the title is the job
		// left
		read = NewDutyOfHeld.moved(body, read);
		// "- Emre Kaya, 18 Jan, warehouse": a list line's own job, no other line's
		read = ListLineJob.own(body, roleMentions, read);
		// "Isabel Costa, our … coordinator, moves … as office manager": the job held
		read = HeldJobSetOff.held(body, roleMentions, read);
		// "Zij starten op 4 januari, resp. als bakker, verkoper en ontwikkelaar": each
		// their own, known or not
		read = RespectiveJobs.listed(body, roleMentions, read);
		// "From: Sophie Laurent … Dear Mark, I hereby resign": the writer leaves
		read = WriterLeaving.named(text, read);
		return AskedNotAnnounced.readyAsked(body, read);
	}

	private static boolean insideRole(int at, List<RoleWords.Mention> roles) {
		return roles.stream().anyMatch(r -> r.start() <= at && at < r.end());
	}

	/**
	 * A person whose only news is other hours or shifts ("Ellen blijft, maar werkt alleen
	 * nog ochtenden", "Sara goes part-time") has no leaving of their own: next to a real
	 * leaver they would otherwise inherit it and be offboarded. They are left out; alone,
	 * no one is announced ("gaat 28 uur werken i.p.v. 36", "from part-time to full-time,
	 * no other changes", "met ouderschapsverlof", "contract extended"): each part read by
	 * {@link NoNews#ofThePart}.
	 */
	private static List<Announcement> withoutHoursChanges(String body, List<Span> persons, List<int[]> segments,
			List<IntentMatch> intents, List<Announcement> read) {
		Set<String> unchanged = new HashSet<>();
		List<int[]> events = intents.stream().map(m -> new int[] { m.start(), m.end(), m.weight() }).toList();
		for (int i = 0; i < persons.size() && i < segments.size(); i++) {
			int[] segment = segments.get(i);
			boolean listedWithNews = i > 0 && !unchanged.contains(persons.get(i - 1).name())
					&& listedAfterNews(body, persons.get(i - 1), persons.get(i), read);
			if (!listedWithNews && NoNews.ofThePart(body, segment[0], segment[1], events)) {
				unchanged.add(persons.get(i).name());
			}
		}
		if (unchanged.isEmpty()) {
			return read;
		}
		List<Announcement> others = read.stream().filter(a -> !unchanged.contains(a.employeeName())).toList();
		if (!others.isEmpty()) {
			return others;
		}
		// other hours, a leave or an extension alone: no one to on- or offboard
		Announcement first = read.get(0);
		return List.of(NoNews.noOne(first.workLocation(), first.language()));
	}

	/**
	 * The last of a list shares the news of the one before it ("Nieuwe medewerkers per 19
	 * december: A en B. Allebei alleen in het weekend."): hours said after both are no
	 * change of the second one's, unless they give a day of their own ("Allebei alleen op
	 * zaterdag").
	 */
	private static boolean listedAfterNews(String body, Span previous, Span person, List<Announcement> read) {
		if (!JOINED.matcher(body.substring(previous.end(), person.start())).matches()) {
			return false;
		}
		Announcement news = read.stream()
			.filter(a -> previous.name().equals(a.employeeName()) && a.kind() != null)
			.findFirst()
			.orElse(null);
		return news != null && read.stream()
			.noneMatch(
					a -> person.name().equals(a.employeeName()) && a.date() != null && !a.date().equals(news.date()));
	}

	/**
	 * The message's capitalised heading, then one word in lower case (a job) and a full
	 * name.
	 */
	private static final Pattern HEADING_OVER_A_JOB = Pattern
		.compile("\\s*(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,3})"
				+ "\\s*:\\s*\\p{Ll}[\\p{L}-]+ \\p{Lu}[\\p{L}'’-]+ (?:(?:van|de|der|den|ter|ten|te) )*\\p{Lu}");

	/**
	 * A Dutch town named with its particle after a word of place: "in Bergen op Zoom",
	 * "naar Alphen aan den Rijn", "te Wijk bij Duurstede". Surnames take "op" rarely and
	 * never after "in"; nor a surname's "van" ("de receptie in Hoek van Holland").
	 */
	/**
	 * A job written as a title after a start's or move's "as": "starts as Quality
	 * Inspector on Monday", "begint als Technisch Tekenaar". A name after "as" stands
	 * before a verb ("as Tom Bell leaves"), not before a day or the sentence's end.
	 */
	private static final Pattern JOB_AS_TITLE = Pattern
		.compile("(?i:\\b(?:starts|start|begins|begin|begint|beginnen|joins|join|komt|becomes|wordt|works|werkt)"
				+ "\\s+(?:[\\p{L}\\d]+\\s+){0,3}?(?:as|als)\\s+)"
				+ "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})(?=\\s+(?i:on|op|per|from|vanaf|at|bij)\\b|\\s*[.,;!]|\\s*$)");

	/** A capitalised run after "in het", "in the": a park, a region, never a person. */
	private static final Pattern PLACE_AFTER_ARTICLE = Pattern
		.compile("\\b(?i:in|at|op|naar|uit|bij)\\s+(?i:het|the)\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})");

	private static final Pattern TOWN = Pattern.compile("\\b(?i:in|naar|te|uit|to|from)\\s+(\\p{Lu}[\\p{L}-]+\\s+"
			+ "(?:op|aan|bij|over|onder)(?:\\s+(?:de|den|het))?\\s+\\p{Lu}[\\p{L}-]+)\\b|"
			+ "\\b(?i:in|te)\\s+(\\p{Lu}[\\p{L}-]+\\s+van\\s+\\p{Lu}[\\p{L}-]+)\\b(?!')");

	/**
	 * Only the place changes: "same role, new territory", "zelfde functie", "transfers
	 * from … to …".
	 */
	private static final Pattern SAME_ROLE = Pattern.compile(
			"(?i)\\b(?:" + JobKept.SAID_TO_STAY + "|verder (?:blijft alles (?:hetzelfde|gelijk)|verandert er niets)|"
			// the job said again: "still as a developer"
					+ "still as(?= )|still an?(?= \\p{L})|nog steeds als(?= )|"
					// the same work said by its unit: "still in sales", "nog steeds bij
					// de
					// verkoop"
					+ "still (?:in|with)(?= \\p{L})|nog steeds (?:in|bij)(?= \\p{L})|transfers? from\\b[^.;!?\\n]{2,60}\\bto)\\b");

	/** The job said to stay: "same role", "still as", "zijn functie blijft gelijk". */
	private static final Pattern SAME_JOB = Pattern
		.compile("(?i)\\b(?:" + JobKept.SAID_TO_STAY + "|still as|still an?(?= \\p{L})|nog steeds als)\\b");

	/**
	 * Leaving a unit, or coming from one, to join another: "is leaving the warehouse to
	 * join our sales team as", "from Procurement joins the sales team as".
	 */
	private static final Pattern UNIT_LEFT = Pattern.compile("(?i)\\b(?:is leaving|leaves|leaving|verlaat"
			// the subject after the verb, in Dutch: "verlaat onze ontwikkelaar X het
			// team"
			+ "(?:\\s+[^.;!?\\n,]{1,50}?)?)\\s+" + "(?:the|our|de|het|ons)\\s+(?<unit>[\\p{L}\\s]{2,30}?)"
			+ "(?<!\\b(?:company|organi[sz]ation|firm|business|bedrijf|organisatie|zaak|school|country|land))"
			// the job held there in brackets: "leaves the app team (developer) and
			// becomes"
			+ "(?:\\s*\\((?<held>[\\p{L}\\s-]{2,30})\\))?\\s+(?:(?:to|om)\\s+(?:join|become|te werken|over te stappen)|"
			// "leaves the ticket office and becomes a steward": a unit, not us
			+ "(?<!\\b(?:company|organi[sz]ation|firm|business|bedrijf|organisatie|zaak|school|country|land)\\s)"
			+ "(?:and|en)\\s+(?:becomes|will become|wordt)(?!\\s+(?:\\p{L}+\\s+)?" + StaysOn.ON_ONES_OWN + ")|"
			// "leaves the sales team and moves to service planning", "verlaat het
			// magazijn en gaat naar de planning"
			+ "(?<!\\b(?:company|organi[sz]ation|firm|business|bedrijf|organisatie|zaak|school|country|land)\\s)"
			+ "(?:and|en)\\s+(?:moves|will move|is moving|transfers|switches|gaat|stapt)(?:\\s+[\\p{L}\\d.]+){0,4}?"
			+ "(?:\\s+over)?\\s+(?:to|into|naar)\\s+(?!(?:a|an|another|een|een andere|ander|andere)\\s)"
			+ "(?!(?:the |de )?(?:concurrent|competitor)\\b)(?:the|our|de|het|onze?\\s)?|"
			// "verlaat het verkoopteam en gaat als planner aan de slag in ons magazijn":
			// a
			// job taken with us
			+ "(?:and|en)\\s+(?:gaat|goes|will go on|starts?|begint|will start)\\b[^.;!?\\n]{0,30}?\\b(?:als|as)\\s+"
			+ "[^.;!?\\n]{1,40}?\\b(?:bij ons|in ons|in onze|op ons|op onze|with us|in our|at our|on our))\\b");

	private static final Pattern UNIT_FROM = Pattern
		.compile("(?u)\\bfrom\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?"
				+ "\\s+(?:joins|will join|is joining|moves to)\\s+(?:the|our)\\s+[\\p{L}\\s]{2,30}?\\b(?:team|department|desk)\\b");

	/** A lone starter or leaver who changes units inside the organisation moves. */
	private static List<Announcement> internalMove(String body, List<RoleWords.Mention> roleMentions,
			List<Announcement> read) {
		if (read.size() != 1) {
			return read;
		}
		Announcement a = read.get(0);
		Matcher left = UNIT_LEFT.matcher(body);
		boolean moves = a.kind() == Announcement.Kind.LEAVER && left.find()
				|| a.kind() == Announcement.Kind.STARTER && UNIT_FROM.matcher(body).find();
		if (a.kind() == Announcement.Kind.LEAVER && REHIRED.matcher(body).find()) {
			// "Nadia Kerr, who left in 2024, is coming back": the leaving is the past
			return List.of(withKind(a, Announcement.Kind.STARTER));
		}
		boolean leftUnit = moves && a.kind() == Announcement.Kind.LEAVER;
		// the unit left with the job held there in brackets, if said
		String unitLeft = !leftUnit ? ""
				: body.substring(left.start("unit"), left.group("held") != null ? left.end("held") : left.end("unit"))
					.toLowerCase(Locale.ROOT);
		if (leftUnit && a.roleWords() != null && a.currentRoleKey() == null
				&& (unitLeft.contains(a.roleWords().toLowerCase(Locale.ROOT)) || roleMentions.stream()
					.anyMatch(r -> r.words().equals(a.roleWords()) && r.end() <= left.start("unit")))) {
			// the role read for the leaving is of the unit left ("leaves the sales team
			// and moves to planning") or said before it ("our developer X leaves the dev
			// team and becomes product owner"): the one held now; the new one is a role
			// said after the unit left, if any
			int after = left.group("held") != null ? left.end("held") : left.end("unit");
			RoleWords.Mention next = roleMentions.stream().filter(r -> r.start() >= after).findFirst().orElse(null);
			return List.of(new Announcement(Announcement.Kind.ROLE_CHANGE, a.employeeName(), a.date(),
					next != null ? next.words() : null, next != null ? next.key() : null, a.workLocation(),
					a.dateWords(), a.roleKey(), a.notes(), a.language()));
		}
		return moves ? List.of(withKind(a, Announcement.Kind.ROLE_CHANGE)) : read;
	}

	private static final Pattern REHIRED = Pattern.compile("(?i)\\b(?:who|die)\\s+(?:left|vertrok|wegging|"
			+ "is vertrokken|weg is gegaan)\\b[^.;!?\\n]{0,40}[,.;!?\\s]+(?:.{0,40}?)\\b(?:is coming back|comes back|"
			+ "rejoins|will rejoin|returns|komt terug|keert terug|komt weer)\\b");

	/**
	 * Where a job said beside the name ends, perhaps with where it is done: "Bas Kooi,
	 * verzorgende, wordt …", "Eva Kok, zorgmedewerker bij de dagbesteding, stapt over
	 * naar …".
	 */
	private static final Pattern HELD_BESIDE_ENDS = Pattern
		.compile("(?iu)\\s*(?:(?:bij|in|op|at|on|with|in the|of)\\s[^,;.()!?\\n]{1,40})?[,)]");

	/** A lone mover whose one role stays: the role held now is the same one. */
	private static List<Announcement> sameRole(String body, List<Announcement> read) {
		if (read.size() != 1) {
			return sameRoleOfEach(body, read);
		}
		Announcement a = read.get(0);
		if (a.kind() == null && a.employeeName() != null && a.roleKey() != null && a.currentRoleKey() == null
				&& SAME_JOB.matcher(body).find()) {
			// no word of a kind, but the job said to stay: "gaat vertegenwoordiger X de
			// Belgische markt doen vanuit Gent; zijn functie blijft gelijk" moves, its
			// one role kept as below
			a = withKind(a, Announcement.Kind.ROLE_CHANGE);
		}
		if (a.kind() != Announcement.Kind.ROLE_CHANGE || (a.roleKey() == null) == (a.currentRoleKey() == null)) {
			return read;
		}
		// the one role said is both the old and the new one, wherever it was read; a
		// role said as the old one only when the job is said to stay ("same job", not
		// "verder verandert er niets" after a new job outside the catalogue)
		// "transfers from Parking to the ICT team as a junior developer": a new job said
		// with "as", not kept
		boolean saidAs = a.roleKey() != null && a.roleWords() != null && PlaceMove.saidAs(body, a.roleWords());
		boolean same = SAME_ROLE.matcher(body).find()
				&& (a.roleKey() != null && !saidAs || SAME_JOB.matcher(body).find());
		if (!same && !JobKept.kept(body, a) && !(a.roleKey() != null && PlaceMove.jobTakenAlong(body, a))) {
			return read;
		}
		String role = a.roleKey() != null ? a.roleKey() : a.currentRoleKey();
		return List
			.of(new Announcement(a.kind(), a.employeeName(), a.date(), a.roleKey() != null ? a.roleWords() : null, role,
					a.workLocation(), a.dateWords(), role, a.notes(), a.language()));
	}

	/**
	 * Several people, and the job said to stay for all before the first name ("Per 1
	 * februari naar ons kantoor in Zwolle (functie blijft gelijk): • Rick Hoekman,
	 * developer …") or for one right after theirs ("Ruth Amponsah moves to team West on 1
	 * Feb (still a carer)"): each mover with one role keeps it.
	 */
	private static List<Announcement> sameRoleOfEach(String body, List<Announcement> read) {
		List<Integer> starts = read.stream()
			.map(a -> a.employeeName() == null ? -1 : body.indexOf(a.employeeName()))
			.toList();
		if (starts.contains(-1)) {
			return read;
		}
		int first = starts.stream().mapToInt(Integer::intValue).min().orElse(0);
		// … or in a sentence of its own after the last name: "…: Anouk Berg en Tim Dijk.
		// Functie blijft."
		int lastName = 0;
		for (int i = 0; i < read.size(); i++) {
			lastName = Math.max(lastName, starts.get(i) + read.get(i).employeeName().length());
		}
		Matcher sentenceEnd = SENTENCE_STOP.matcher(body).region(lastName, body.length());
		boolean forAll = SAME_JOB.matcher(body.substring(0, first)).find()
				|| sentenceEnd.find() && SAME_JOB.matcher(body.substring(sentenceEnd.end())).find();
		List<Announcement> kept = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			Announcement a = read.get(i);
			int from = starts.get(i) + a.employeeName().length();
			int next = starts.stream().filter(s -> s >= from).mapToInt(Integer::intValue).min().orElse(body.length());
			boolean same = forAll || SAME_JOB.matcher(body.substring(from, next)).find();
			if (same && a.kind() == Announcement.Kind.ROLE_CHANGE
					&& (a.roleKey() == null) != (a.currentRoleKey() == null)) {
				String role = a.roleKey() != null ? a.roleKey() : a.currentRoleKey();
				a = new Announcement(a.kind(), a.employeeName(), a.date(), a.roleWords(), role, a.workLocation(),
						a.dateWords(), role, a.notes(), a.language());
			}
			kept.add(a);
		}
		return kept;
	}

	/** Where a sentence ends: its stop and the space after it. */
	private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?]+(?:\\s+|$)|\\n");

	/**
	 * The role said right after a name: "Iris Kok (verzorgende)", "Tom Hale, our
	 * developer,".
	 */
	private static RoleWords.Mention apposed(String body, Span name, List<RoleWords.Mention> roles) {
		if (name == null) {
			return null;
		}
		return roles.stream()
			.filter(r -> r.start() >= name.end() && r.start() <= name.end() + 30
					&& APPOSITION.matcher(body.substring(name.end(), r.start())).matches())
			.findFirst()
			.orElse(null);
	}

	/**
	 * An article or "our", perhaps "new", before a job set apart before a name; "the"
	 * only with "new": "De nieuwe ontwikkelaar, Maaike Vonk,".
	 */
	private static final Pattern FRONTED_BY = Pattern.compile(
			"(?i)\\b(?:(?:a|an|our|een|onze|ons)\\s+(?:(?:new|nieuwe?)\\s+)?|(?:the|de|het)\\s+(?:new|nieuwe?)\\s+)$");

	/**
	 * The role set apart by a comma right before a name: "a new carer, Joy Mensah,",
	 * "onze nieuwe verkoper, Tim Bos".
	 */
	private static RoleWords.Mention fronted(String body, Span name, List<RoleWords.Mention> roles) {
		return roles.stream()
			.filter(r -> r.end() <= name.start() && body.substring(r.end(), name.start()).matches("\\s*,\\s*")
					&& FRONTED_BY.matcher(body.substring(Math.max(0, r.start() - 15), r.start())).find())
			.findFirst()
			.orElse(null);
	}

	static Announcement withKind(Announcement a, Announcement.Kind kind) {
		return new Announcement(kind, a.employeeName(), a.date(), a.roleWords(), a.roleKey(), a.workLocation(),
				a.dateWords(), a.kind() == Announcement.Kind.ROLE_CHANGE ? null : a.currentRoleKey(), a.notes(),
				a.language());
	}

	private static Announcement withoutRoles(Announcement a) {
		return new Announcement(a.kind(), a.employeeName(), a.date(), null, null, a.workLocation(), a.dateWords(), null,
				a.notes(), a.language());
	}

	static Announcement withNote(Announcement a, Announcement.Note note) {
		Set<Announcement.Note> notes = EnumSet.of(note);
		notes.addAll(a.notes());
		return new Announcement(a.kind(), a.employeeName(), a.date(), a.roleWords(), a.roleKey(), a.workLocation(),
				a.dateWords(), a.currentRoleKey(), notes, a.language());
	}

	/** "Mohamed's date is not known yet", "voor Kees volgt de datum nog", "date TBC". */
	private static final Pattern DATE_UNKNOWN = Pattern.compile("(?i)\\b(?:(?:date|datum|start ?date|startdatum)"
			+ "(?:\\s+[\\p{L}'’]+){0,3}?\\s+(?:is\\s+|are\\s+)?(?:(?:still\\s+)?not\\s+(?:yet\\s+)?(?:known|set|fixed|"
			+ "confirmed|clear)|unknown|to be (?:confirmed|determined|decided)|(?:is\\s+)?(?:nog\\s+)?(?:niet\\s+)?"
			+ "(?:bekend|onbekend)|volgt(?:\\s+nog)?|nader te bepalen)|(?:volgt|komt)\\s+(?:de\\s+)?datum\\s+(?:nog|later)|"
			+ "date\\s+(?:tbc|tbd|to follow)|\\btbc\\b|\\btbd\\b|n\\.?t\\.?b\\.?)");

	/**
	 * A person whose own part says their date is not known yet and gives none has no
	 * date, even when another person's was shared with them.
	 */
	private static List<Announcement> withoutUnknownDates(String body, List<int[]> segments,
			List<DateWords.Mention> dates, List<Announcement> all) {
		if (all.size() != segments.size()) {
			return all;
		}
		List<Announcement> result = new ArrayList<>(all);
		for (int i = 0; i < result.size(); i++) {
			int[] segment = segments.get(i);
			Announcement a = result.get(i);
			if (a.date() == null || dates.stream().anyMatch(d -> d.start() >= segment[0] && d.end() <= segment[1])
					|| !DATE_UNKNOWN.matcher(body.substring(segment[0], segment[1])).find()) {
				continue;
			}
			Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
			a.notes().stream().filter(n -> n.field() != FormField.DATE).forEach(notes::add);
			result.set(i, new Announcement(a.kind(), a.employeeName(), null, a.roleWords(), a.roleKey(),
					a.workLocation(), null, a.currentRoleKey(), notes, a.language()));
		}
		return result;
	}

	/**
	 * A person's own reading completed with what the introduction says for all ("Per 1
	 * maart beginnen Anna en Kees: Anna als …"): only what their own words leave open.
	 */
	static Announcement completed(Announcement own, Announcement forAll) {
		Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
		notes.addAll(own.notes());
		if (own.date() == null) {
			forAll.notes().stream().filter(n -> n.field() == FormField.DATE).forEach(notes::add);
		}
		boolean role = own.roleKey() != null || own.roleWords() != null;
		return new Announcement(own.kind() != null ? own.kind() : forAll.kind(), own.employeeName(),
				own.date() != null ? own.date() : forAll.date(), role ? own.roleWords() : forAll.roleWords(),
				role ? own.roleKey() : forAll.roleKey(), own.workLocation(),
				own.date() != null ? own.dateWords() : forAll.dateWords(),
				own.currentRoleKey() != null ? own.currentRoleKey() : currentOfAll(own, forAll), notes, own.language());
	}

	/**
	 * A mover's current role said of all ("Kim and Lex both leave the sales team …; Kim
	 * Bos goes to development"): the role the words for all name, unless it is the
	 * person's new one or those words are a move of their own.
	 */
	private static String currentOfAll(Announcement own, Announcement forAll) {
		Announcement.Kind kind = own.kind() != null ? own.kind() : forAll.kind();
		if (forAll.currentRoleKey() != null || kind != Announcement.Kind.ROLE_CHANGE || forAll.roleKey() == null
				|| forAll.roleKey().equals(own.roleKey())) {
			return forAll.currentRoleKey();
		}
		return forAll.roleKey();
	}

	/**
	 * A person whose part gives no date of its own but one relative to the person before
	 * ("…, Mohamed een week later", "Tim the day after", "Eva twee dagen eerder") has
	 * that date moved by the period; when the relation cannot be counted ("a bit later"),
	 * no date: never the other person's date copied silently.
	 */
	private static List<Announcement> relativeDates(String body, List<int[]> segments, List<DateWords.Mention> dates,
			LocalDate today, List<Announcement> all) {
		if (all.size() < 2 || all.size() != segments.size()) {
			return all;
		}
		List<Announcement> result = new ArrayList<>(all);
		for (int i = 0; i < result.size(); i++) {
			int[] segment = segments.get(i);
			// A date written out is the person's own; a weekday next to the relation ("a
			// week later, on Monday", "the Wednesday after") is checked against it.
			List<DateWords.Mention> own = dates.stream()
				.filter(d -> d.start() >= segment[0] && d.end() <= segment[1])
				.toList();
			if (i > 0 && result.get(i - 1).date() != null) {
				dayInMonthBefore(result, i, own, today);
			}
			if (own.stream().anyMatch(DateWords.Mention::explicit)) {
				continue;
			}
			// The words from the person before's last date on: "Sam starts on 4 January.
			// A
			// week later, Tim joins" says it before the name.
			int from = segment[0];
			if (i > 0) {
				int previousStart = segments.get(i - 1)[0];
				from = dates.stream()
					.filter(d -> d.start() >= previousStart && d.end() <= segment[0])
					.mapToInt(DateWords.Mention::end)
					.max()
					.orElse(segment[0]);
			}
			DateWords.Relative relative = DateWords.relative(body.substring(from, segment[1])).orElse(null);
			if (relative == null) {
				continue;
			}
			Announcement a = result.get(i);
			Announcement before = i > 0 ? result.get(i - 1) : null;
			LocalDate date = relative.from(before != null ? before.date() : null);
			Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
			a.notes().stream().filter(n -> n.field() != FormField.DATE).forEach(notes::add);
			if (date != null) {
				before.notes()
					.stream()
					.filter(n -> n.field() == FormField.DATE && n != Announcement.Note.PAST_DATE
							&& n != Announcement.Note.FAR_DATE)
					.forEach(notes::add);
				if (own.stream().anyMatch(d -> d.weekday() != null && d.weekday() != date.getDayOfWeek())) {
					notes.add(Announcement.Note.WEEKDAY_CONTRADICTS);
				}
				if (date.isBefore(today)) {
					notes.add(Announcement.Note.PAST_DATE);
				}
				if (date.isAfter(today.plusMonths(PLAUSIBLE_MONTHS))) {
					notes.add(Announcement.Note.FAR_DATE);
				}
			}
			result.set(i,
					new Announcement(a.kind() != null ? a.kind() : before != null ? before.kind() : null,
							a.employeeName(), date, a.roleWords(), a.roleKey(), a.workLocation(),
							date != null ? relative.words() : null, a.currentRoleKey(), notes, a.language()));
		}
		return result;
	}

	private static final Pattern DAY_ONLY = Pattern.compile("(?i)(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)");

	/**
	 * "Sam starts on 4 January, Tim on the 11th": a day without a month after another
	 * person's date is in that date's month (or the next), not in today's.
	 */
	private static void dayInMonthBefore(List<Announcement> result, int i, List<DateWords.Mention> own,
			LocalDate today) {
		Announcement a = result.get(i);
		LocalDate base = result.get(i - 1).date();
		for (DateWords.Mention mention : own) {
			Matcher day = DAY_ONLY.matcher(mention.words());
			if (a.date() == null || !a.date().equals(mention.date()) || !day.matches()) {
				continue;
			}
			int n = Integer.parseInt(day.group(1));
			LocalDate date = LeavingBeforeTheStart.inTheStartsMonth(result.get(i - 1), a, n, today);
			for (int m = 0; m < 2 && date == null; m++) {
				LocalDate month = base.plusMonths(m);
				if (n <= month.lengthOfMonth() && !month.withDayOfMonth(n).isBefore(base)) {
					date = month.withDayOfMonth(n);
				}
			}
			if (date == null || date.equals(a.date())) {
				return;
			}
			Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
			a.notes()
				.stream()
				.filter(note -> note != Announcement.Note.PAST_DATE && note != Announcement.Note.FAR_DATE)
				.forEach(notes::add);
			if (date.isBefore(today)) {
				notes.add(Announcement.Note.PAST_DATE);
			}
			if (date.isAfter(today.plusMonths(PLAUSIBLE_MONTHS))) {
				notes.add(Announcement.Note.FAR_DATE);
			}
			result.set(i, new Announcement(a.kind(), a.employeeName(), date, a.roleWords(), a.roleKey(),
					a.workLocation(), a.dateWords(), a.currentRoleKey(), notes, a.language()));
			return;
		}
	}

	/**
	 * A person whose part gives no date but says "the same day" ("Julia starts the same
	 * day", "Fenna begint die dag ook") has the date of the person before.
	 */
	private static List<Announcement> sameDay(String body, List<int[]> segments, List<Announcement> all) {
		if (all.size() < 2 || all.size() != segments.size()) {
			return all;
		}
		List<Announcement> result = new ArrayList<>(all);
		for (int i = 1; i < result.size(); i++) {
			Announcement a = result.get(i);
			Announcement before = result.get(i - 1);
			int[] segment = segments.get(i);
			if (a.date() != null || before.date() == null
					|| !SAME_DAY.matcher(body.substring(segment[0], segment[1])).find()) {
				continue;
			}
			Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
			notes.addAll(a.notes());
			before.notes().stream().filter(n -> n.field() == FormField.DATE).forEach(notes::add);
			result.set(i,
					new Announcement(a.kind() != null ? a.kind() : before.kind(), a.employeeName(), before.date(),
							a.roleWords(), a.roleKey(), a.workLocation(), before.dateWords(), a.currentRoleKey(), notes,
							a.language()));
		}
		return result;
	}

	/**
	 * Whether the words look like an announcement: an intent word, or a name and a date.
	 */
	public static boolean looksLikeAnnouncement(Announcement announcement) {
		return announcement.kind() != null || announcement.employeeName() != null && announcement.dateWords() != null;
	}

	private Announcement read(String body, String plain, String lower, int from, int to, Span person,
			List<DateWords.Mention> dates, List<RoleWords.Mention> roles, List<IntentMatch> intents, LocalDate today,
			Announcement.Location location, String language, boolean otherName) {
		Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
		if (otherName) {
			notes.add(Announcement.Note.OTHER_NAME);
		}
		Announcement.Kind kind = kindOf(body, plain, from, to, intents, roles);
		// "Monteur Rik Hagen gaat aan de slag als accountmanager", "stopt als
		// magazijnchef; hij wordt dan accountmanager": someone who works here already
		if (person != null && (kind == Announcement.Kind.STARTER || kind == null)
				&& HeldJob.titleBefore(body, person.start(), person.end(), to)
				|| person != null && kind == Announcement.Kind.STARTER
						&& (HeldJob.alreadyHere(body, person.end(), from, to,
								roles.stream().map(r -> new int[] { r.start(), r.end() }).toList())
								// "Onze softwareontwikkelaar X gaat … als weerkundige
								// werken"
								|| HeldJob.roleBeforeThenNew(body, person.start(), person.end(), to,
										roles.stream().map(r -> new int[] { r.start(), r.end() }).toList()))
				|| person != null && kind == null
						&& (HeldJob.besideThenNew(body, person.start(), person.end(), to,
								roles.stream().map(r -> new int[] { r.start(), r.end() }).toList())
								|| HeldJob.roleBeforeThenNew(body, person.start(), person.end(), to,
										roles.stream().map(r -> new int[] { r.start(), r.end() }).toList()))) {
			kind = Announcement.Kind.ROLE_CHANGE;
		}
		// "head baker Tom Berg goes to the early shift", "werkt in de kantine en niet
		// meer op de bouwplaats", "is leaving the bakery department; he's moving to our
		// warehouse": someone here already, changing place or job with us
		if (person != null && kind != Announcement.Kind.ROLE_CHANGE
				&& MoveSentence.said(body, person.start(), person.end(), from, to, kind)) {
			kind = Announcement.Kind.ROLE_CHANGE;
		}
		// "starts on Monday; I sent his contract yesterday": not the day it was sent
		List<DateWords.Mention> here = DayInTheirSentence.only(body, person,
				SentOn.without(body, dates.stream().filter(d -> d.start() >= from && d.end() <= to).toList()));
		// "stopt op 31 december als … en gaat vanaf 1 januari als …": the new job's day
		int goesOn = kind == Announcement.Kind.ROLE_CHANGE ? MoveSentence.goesOn(body, from, to) : -1;
		if (goesOn >= 0 && here.stream().anyMatch(d -> d.start() >= goesOn)) {
			here = here.stream().filter(d -> d.start() >= goesOn).toList();
		}
		DateWords.Mention date = dateOf(body, from, to, kind, here, notes);
		if (date != null && (Tense.past(body.substring(from, to), date.start() - from)
				|| Tense.dismissedOn(body, date.start()))) {
			date = date.inThePast(today);
		}
		if (date != null && Tense.pastRightAround(body, date.start(), date.end())) {
			date = date.lastBefore(today);
		}
		// "I sent it on Monday": the weekday the request went out has passed
		if (date != null && SentOn.said(body, date.start(), date.end())) {
			date = date.inThePast(today);
		}
		if (date != null && date.date() != null) {
			if (date.date().isBefore(today)) {
				notes.add(Announcement.Note.PAST_DATE);
			}
			if (date.date().isAfter(today.plusMonths(PLAUSIBLE_MONTHS))) {
				notes.add(Announcement.Note.FAR_DATE);
			}
			if (DateWords.weeksFromWhichDay(date, today)) {
				notes.add(Announcement.Note.WEEKS_FROM_WHICH_DAY);
			}
			if (DateDoubts.nextOfThisWeek(date, today)) {
				notes.add(Announcement.Note.NEXT_WHICH_WEEK);
			}
			if (DateDoubts.weekOnly(body, date)) {
				notes.add(Announcement.Note.WEEK_ONLY);
			}
			if (DateDoubts.saidWithDoubt(body, date)) {
				notes.add(Announcement.Note.DATE_UNSURE);
			}
			if (DateDoubts.otherMonthStartTold(body, from, to, date)) {
				notes.add(Announcement.Note.SEVERAL_DATES);
			}
		}
		List<RoleWords.Mention> roleHere = roles.stream().filter(r -> r.start() >= from && r.end() <= to).toList();
		if (kind == Announcement.Kind.LEAVER) {
			// a leaver's role is the one held here, not the next employer's job ("naar
			// een
			// nieuwe werkgever, waar ze facilitair coördinator wordt")
			// … and so is the job said as the one stopped: "stopt als verzorgende en
			// gaat bij een andere werkgever aan de slag"
			int next = Math.min(NewTaskWords.nextEmployer(body, from, to), AfterLeaving.start(body, from, to));
			roleHere = roleHere.stream()
				.filter(r -> r.start() < next || HELD_HERE.matcher(precedingWords(plain, r)).find()
						|| ROLE_LEFT.matcher(precedingWords(plain, r)).find())
				.toList();
		}
		RoleWords.Mention role = null;
		RoleWords.Mention current = null;
		if (kind == Announcement.Kind.ROLE_CHANGE) {
			List<RoleWords.Mention> own = roleHere.stream()
				.filter(r -> !TITLE_OF.matcher(precedingWords(plain, r)).find())
				.toList();
			RoleWords.Mention[] fromTo = fromTo(body, plain, own);
			role = fromTo[1];
			current = fromTo[0];
			// "wordt Mila Roos, nu receptioniste, onze verkoper": the job the becoming
			// word names across the name and the job held beside it is the new one
			if (person != null && role == null && current != null && current.start() >= person.end()
					&& BECOMES_ACROSS.matcher(plain.substring(Math.max(from, current.start() - 100), current.start()))
						.find()) {
				role = current;
				current = null;
			}
			// "Bas Kooi, verzorgende, wordt teamleider": the role said next to the name
			// is the one held now. Only a role after the name: "promotion for our carer
			// Famke Udding" has it before.
			RoleWords.Mention said = role;
			if (person != null && role != null && current == null && role.start() >= person.end()
					&& roleHere.stream().allMatch(r -> r.key().equals(said.key()))
					&& APPOSITION.matcher(body.substring(person.end(), role.start())).matches()
					&& HELD_BESIDE_ENDS.matcher(body.substring(role.end())).lookingAt()) {
				current = role;
				role = null;
			}
			// "wordt verzorgende Gerda Pols planner", "Lucy Barnes, developer with us
			// since 2022, becomes office manager": the one role is held now, the new job
			// is outside the catalogue
			RoleWords.Mention only = role;
			if (person != null && only != null && current == null
					&& roleHere.stream().allMatch(r -> r.key().equals(only.key()))
					&& HeldJob.heldNow(body, person.start(), person.end(), only.start(), only.end(), to,
							roleHere.stream().map(r -> new int[] { r.start(), r.end() }).toList())) {
				current = only;
				role = null;
			}
		}
		else if (!roleHere.isEmpty()) {
			// A starter's role held before, elsewhere ("die eerder als verzorgende
			// werkte"),
			// is not the one they start in.
			List<RoleWords.Mention> held = roleHere.stream().filter(r -> currentRole(plain, r)).toList();
			// "begint als bloedafnemer, ze komt uit de thuiszorg": the job started in is
			// outside the catalogue, the one known only held before
			boolean outside = held.size() == roleHere.size() && kind == Announcement.Kind.STARTER
					&& jobAsOutside(body, from, to, roleHere);
			List<RoleWords.Mention> open = outside ? List.of() : held.size() < roleHere.size()
					? roleHere.stream().filter(r -> !held.contains(r)).toList() : roleHere;
			// "werkte jaren als verkoopster, maar komt hier als ontwikkelaar": the job
			// said as the one here is the one they start in
			role = open.isEmpty() ? null : open.stream()
				.filter(r -> HERE_AS.matcher(body.substring(Math.max(from, r.start() - 40), r.start())).find())
				.findFirst()
				.or(() -> open.stream()
					.filter(r -> NEW_ROLE_MARKER.matcher(body.substring(Math.max(from, r.start() - 40), r.start()))
						.find())
					.findFirst())
				.orElse(open.get(0));
		}
		String roleWords = role != null ? role.words() : unknownRole(body, from, to, dates, kind);
		return new Announcement(kind, person != null ? person.name() : null, date != null ? date.date() : null,
				roleWords, role != null ? role.key() : null, location, date != null ? date.words() : null,
				current != null ? current.key() : null, notes, language);
	}

	/**
	 * The kind the words in this part say most strongly; ties go leaver, mover, starter.
	 */
	private static Announcement.Kind kindOf(String body, String plain, int from, int to, List<IntentMatch> intents,
			List<RoleWords.Mention> roles) {
		Map<Announcement.Kind, Integer> score = new EnumMap<>(Announcement.Kind.class);
		for (IntentMatch intent : intents) {
			// a verb split around several people ("gaan Iris Kok en Jelle Vos allebei
			// weg") is said of each of them
			if (intent.start() >= from && intent.end() <= to
					|| intent.start() < to && intent.end() > from && intent.end() - intent.start() > 12) {
				score.merge(intent.kind(), intent.weight(), Integer::sum);
			}
		}
		List<RoleWords.Mention> here = roles.stream().filter(r -> r.start() >= from && r.end() <= to).toList();
		// "Een nieuwe vertegenwoordigster: …", "our new acount manager": "new" before any
		// role the catalogue knows (typo, plural or female form too) when no intent word
		// took it already
		for (RoleWords.Mention role : here) {
			Matcher fresh = NEW_BEFORE_ROLE.matcher(plain).region(Math.max(0, role.start() - 20), role.start());
			if (fresh.find()) {
				int at = fresh.start();
				if (intents.stream().noneMatch(i -> i.start() <= at && at < i.end())) {
					score.merge(Announcement.Kind.STARTER, 2, Integer::sum);
					break;
				}
			}
		}
		// "wordt onze nieuwe kok": a job outside the catalogue said as our new one, as a
		// role above
		int ourNew = here.isEmpty() ? Occupations.ourNewOne(body, from, to) : -1;
		if (ourNew >= 0 && intents.stream().noneMatch(i -> i.start() <= ourNew && ourNew < i.end())) {
			score.merge(Announcement.Kind.STARTER, 2, Integer::sum);
		}
		// "new receptionist from monday, her name is …": a job outside the catalogue,
		// said
		// new, with nothing else said
		if (score.isEmpty() && Occupations.saidNew(plain.substring(from, to))) {
			score.put(Announcement.Kind.STARTER, 2);
		}
		// "from sales to development" (3); "leaves sales for a developer role", "verruilt
		// verzorgende voor facilitair medewerker" (4: the leaving word is part of it)
		int fromTo = strictFromTo(plain, here);
		if (fromTo > 0) {
			score.merge(Announcement.Kind.ROLE_CHANGE, fromTo, Integer::sum);
		}
		// Two different roles for one person, one of them left ("stopt als verkoper en
		// wordt
		// ontwikkelaar", "leaves the sales team to become a developer") or with nothing
		// else said ("X, onze programmeur, gaat als accountmanager werken"): a move.
		boolean twoRoles = here.stream().map(RoleWords.Mention::key).distinct().count() >= 2;
		// Strong words of one other kind only: a starter's words with a role held before
		// elsewhere, a leaver's with the role they leave. Leaving one role and starting
		// another ("stopt als verkoper en gaat bij ons aan de slag als programmeur"), or
		// a department the person is in now, is a move.
		boolean strong = (score.getOrDefault(Announcement.Kind.STARTER,
				0) >= 3) != (score.getOrDefault(Announcement.Kind.LEAVER, 0) >= 3)
				&& here.stream().noneMatch(r -> IN_NOW.matcher(precedingWords(plain, r)).find());
		if (twoRoles
				&& (here.stream().anyMatch(r -> currentRole(plain, r) && !HeldBefore.career(plain, r.start(), r.end()))
						&& (!strong || intents.stream()
							.anyMatch(i -> i.start() >= from && i.end() <= to
									&& i.kind() == Announcement.Kind.ROLE_CHANGE && i.weight() != 2))
						|| score.isEmpty())) {
			score.merge(Announcement.Kind.ROLE_CHANGE, 4, Integer::sum);
		}
		// "stopt als verkoper en wordt teamcoach", "stays on as a carer until 1 March,
		// after which he becomes our office manager": a move, whatever the leaving word
		List<RoleWords.Mention> movable = here.stream()
			.filter(r -> !TITLE_OF.matcher(precedingWords(plain, r)).find())
			.toList();
		int most = score.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		if (movable.stream().anyMatch(r -> roleLeftForAnother(plain, r, from, to, movable, most >= 3))
				|| StaysOn.staysAs(body, from, to) || Contrast.said(body, from, to)
				|| MoveSentence.stopsAndGoesOn(body, from, to)
				|| !score.containsKey(Announcement.Kind.LEAVER) && HeldBefore.said(body, from, to)) {
			score.put(Announcement.Kind.ROLE_CHANGE,
					Math.max(score.getOrDefault(Announcement.Kind.ROLE_CHANGE, 0), Math.max(most + 1, 3)));
		}
		if (score.containsKey(Announcement.Kind.STARTER) && askedForAMover(body, from, to, intents)) {
			score.remove(Announcement.Kind.STARTER);
		}
		Announcement.Kind best = null;
		int bestScore = 0;
		for (Announcement.Kind kind : List.of(Announcement.Kind.LEAVER, Announcement.Kind.ROLE_CHANGE,
				Announcement.Kind.STARTER)) {
			int s = score.getOrDefault(kind, 0);
			if (s > bestScore) {
				best = kind;
				bestScore = s;
			}
		}
		// A tie of weak words ("will start …; the traineeship ends in June") goes to what
		// is said first.
		if (best != null && bestScore < 3) {
			int top = bestScore;
			best = intents.stream()
				.filter(i -> i.start() >= from && i.end() <= to && score.getOrDefault(i.kind(), 0) == top)
				.map(IntentMatch::kind)
				.findFirst()
				.orElse(best);
		}
		return best;
	}

	/**
	 * "gaat per 4 januari naar de werkvoorbereiding; wil je toegang … regelen?": a move
	 * said, and a starter's words only in what is asked for (access, a laptop), which a
	 * mover needs too.
	 */
	private static boolean askedForAMover(String body, int from, int to, List<IntentMatch> intents) {
		List<IntentMatch> inside = intents.stream().filter(i -> i.start() >= from && i.end() <= to).toList();
		boolean moveSaid = inside.stream()
			.anyMatch(i -> i.kind() == Announcement.Kind.ROLE_CHANGE
					&& !BECOMES.matcher(body).region(i.start(), i.end()).matches());
		return moveSaid && inside.stream()
			.filter(i -> i.kind() == Announcement.Kind.STARTER)
			.allMatch(i -> ASKED_FOR.matcher(body).region(i.start(), i.end()).find());
	}

	/**
	 * A mover's roles: "from A to B" (or "van A naar B"); otherwise the role after "to",
	 * "becomes", "wordt", "als" is the new one, and another named role the current.
	 */
	/**
	 * Words before a role that say it is the one held now or left: "currently", "nu nog",
	 * "was", "stopt als", "leaves the", "in plaats van", "has been working as", "tot nu
	 * toe", "after four years in", "our developer X moves".
	 */
	private static final Pattern CURRENT_MARKER = Pattern.compile("(?i)(?:\\b(?:currently|now|nu nog|nu|momenteel|"
			+ "formerly|previously|voorheen|eerder|vroeger|earlier|was|were|weg(?=\\s+bij)|in plaats van|instead of|no longer|niet meer|leaves?|leaving|left|"
			+ "stopt|stoppen|verlaat|verlaten|quits?|"
			// where one comes from: "ze komt uit de thuiszorg"
			+ "(?:komt|komen|kwam|kwamen|afkomstig)(?:\\s+\\p{L}+)?\\s+uit|"
			// not a date's "from": "From [1 March] [Ines Roth] is a carer" reads "from is
			// a"
			+ "(?<!\\b(?:co[oö]rdinator|hoofd|medewerker|medewerkster|manager|leider|teamleider|head|lead|leader|director|directeur|functie|rol)\\s)(?:from|van)(?!\\s+(?:then|that|dan|dat|die|works?|werkt|werken|working|is|wordt|becomes|will|gaat|as|als|"
			// nor a date's "from" before who: "from [1 March] he is our account manager"
			+ "he|she|they|hij|zij|ze)\\b)|at the moment|op dit moment|at present|presently|"
			+ "right now|tot nu toe|tot dusver|tot op heden|until now|up to now|up till now|so far|thus far|to date|"
			+ "al jaren|al lang|jarenlang|for years|already|"
			// one of the job's holders here: "Noah Evans, one of our care workers, takes
			// over the rota"
			+ "one of our(?!\\s+new\\b)|(?:een|één) van onze(?!\\s+nieuwe\\b)|"
			// the role kept until the move: "Until then she is a developer"
			+ "until then|till then|in the meantime|tot dan|tot die tijd|tot die datum|tot dat moment|tot zolang|"
			+ "has been|have been|had been|worked|werkte|after(?:\\s+[\\p{L}\\d]+){0,2}\\s+(?:years?|months?)\\s+"
			+ "(?:of|in|as|at|with)|na(?:\\s+[\\p{L}\\d]+){0,2}\\s+(?:jaar|jaren|maanden)\\s+(?:als|in|bij))\\b"
			+ "(?:\\s+(?:(?:his|her|their|the|de|het|a|an|een|role|rol|functie|position|job|zijn|haar|als|as|be|nog|"
			+ "still|working|werkzaam|works|work|werkt|is|of|in|per|op|on|vanaf|bij|at|with|been|one of our|een van onze|"
			+ "ons|us|here|hier|dan|daarmee|tegelijk|tegelijkertijd|then|hij|zij|ze|he|she|they|are|"
			// the work stopped for a move: "Ze stopt dan met programmeren"
			+ "met|"
			// the time said after the verb: "hij was hiervoor verzorgende"
			+ "hiervoor|daarvoor|voorheen|eerder|"
			// a worker of the unit named: "nu medewerker facilitaire dienst"
			+ "medewerker|medewerkster|"
			// "currently she's a facility coordinator"
			+ "(?:he|she|they)['’](?:s|re)|"
			// the job's head before its unit: "nu medewerker facilitaire dienst"
			+ "medewerker|medewerkster|"
			+ "one of the|een van de|our|onze)\\b))*\\s*|(?:^|[,.:;!?(]\\s*)(?:our|onze|ons)\\s+"
			// a word of what the job is for between: "(our PLC programmer)", "Our
			// ecommerce developer X moves", not "our new developer"
			+ "(?:(?!(?:new|nieuwe?|future|toekomstige|next|volgende|first|eerste|own|eigen)\\b)[\\p{L}-]+\\s+)?)$");

	private static final Pattern FROM_ONLY = Pattern
		.compile("(?i)(?<!plaats\\s)\\b(?:from|van)\\s+(?:(?:the|de|het|a|an|een|functie|rol|role|of)\\s+)*$");

	/**
	 * The job held in the unit moved from, in brackets after it: "from sales (he was our
	 * rep for the petrol stations) to".
	 */
	private static final String HELD_IN_BRACKETS = "(?:\\s*\\([^()]{1,60}\\))";

	/** A unit moved from with the job held there in brackets, then where to. */
	private static final Pattern UNIT_LEFT_WITH_JOB = Pattern
		.compile("(?i)^" + HELD_IN_BRACKETS + "\\s*(?:to|naar|into|->|→|=>)\\s");

	/** "van accountmanager (particulier) naar": a qualifier may follow the old job. */
	private static final Pattern TO_MARKER_AFTER = Pattern.compile("(?i)" + HELD_IN_BRACKETS + "?(?:\\s+\\p{Ll}+)?"
	// where the old job was done: "van verzorgende in de woongroep naar"
			+ "(?:\\s+(?:in|bij|op|at|on)\\s+(?:(?:de|het|the|our|onze|ons)\\s+)?[\\p{L}-]+)?\\s*(?:to|naar|into|->|→|=>)\\s");

	/**
	 * A role given up for another: "leaves sales for", "verruilt zijn baan als
	 * programmeur voor", "swaps caregiving for".
	 */
	private static final Pattern SWAP_FROM = Pattern.compile("(?i)\\b(?:leaves|leaving|left|swaps?|swapping|swapped|"
			+ "trades?|trading|traded|exchanges?|exchanging|verruilt|verruilde|ruilt|ruilde|inruilen|verlaat)\\s+"
			+ "(?:(?:his|her|their|the|zijn|haar|hun|de|het|a|an|een|job|baan|role|rol|functie|position|plek|werk|work|"
			+ "as|als|in|at|bij|per|op|on|from|vanaf|as of)\\s+)*$");

	private static final Pattern SWAP_TO = Pattern.compile("(?i)^\\s*(?:for|voor|in ruil voor)\\s+(?:(?:the|de|het|a|"
			+ "an|een|new|nieuwe|job|baan|role|rol|functie|position|positie|plek|as|als|in|at|bij|of|van)\\s+)*$");

	/**
	 * A department the person is in now: "nu bij de verkoop", "currently in the care
	 * team", "still with sales". Ours, so a move even among a starter's words ("komt ons
	 * ontwikkelteam versterken").
	 */
	private static final Pattern IN_NOW = Pattern.compile("(?i)\\b(?:currently|now|nu|nu nog|momenteel|"
			+ "at the moment|op dit moment|still|nog)\\s+(?:(?:works?|werkt|working|werkzaam|is|zit|sits)\\s+)?"
			+ "(?:in|bij|at|with)\\s+(?:(?:the|de|het|our|ons|onze)\\s+)?$");

	/**
	 * Words after a role that say it is the one held now or before: "a developer until
	 * now", "is a carer now", "heeft jaren als verzorgende gewerkt".
	 */
	private static final Pattern CURRENT_AFTER = Pattern.compile("(?i)^[\\s,]*(?:(?:until now|up to now|up till now|"
			+ "so far|for now|tot nu toe|tot op heden|tot dusver|(?:heeft |had |have |has )?(?:gewerkt|gedaan|geweest)|"
			+ "werkzaam (?:is |was )?geweest|at the moment|at present|now|currently|nu nog|nu|momenteel|op dit moment|"
			// the unit of ours they are in: "twee ontwikkelaars van ons team gaan naar …"
			+ "(?:van|uit) (?:ons|onze) (?:team|afdeling)|(?:from|of) our (?:team|department)|"
			// the job given up, its verb last: "haar werkzaamheden als verzorgende
			// beëindigt"
			+ "beëindigt|beëindigen|neerlegt|neerleggen|opgeeft)"
			// not the start of a clause of its own, which names the job held: "wordt
			// verkoper, nu is hij nog ontwikkelaar", "as a developer, until now she was a
			// teacher"
			+ "\\b(?![\\s,]+(?:is|was|werkt|werkte|works|worked|zit|zat|he|she|hij|zij|ze)\\b))");

	/**
	 * A role given up or kept only until the move: "stopt (dan) als verkoper", "afscheid
	 * van haar functie als", "geen verzorgende meer", "blijft ze gewoon accountmanager",
	 * "stays on as a carer", "no longer an account manager"; with no strong word of
	 * another kind, also a role in brackets after the name.
	 */
	private static final Pattern ROLE_LEFT = Pattern.compile("(?i)(?:"
			// the job held in a unit of ours no more: "werkt niet meer in de keuken als"
			+ "\\b(?:no longer|niet meer|niet langer)(?:\\s+(?:works?|working|werkt))?\\s+(?:at|on|op|aan|in)\\s+"
			+ "(?:the|our|de|het|onze)\\s+[\\p{L}-]+\\s+(?:as|als)(?:\\s+(?:a|an|een))?\\s*$|"
			// the job held in the unit left, in brackets: "leaves the ward (carer) and"
			+ "\\b(?:leaves|leaving|verlaat)\\s+(?:the|our|de|het|ons|onze)\\s+[\\p{L}\\s-]{2,30}?\\s*\\(\\s*$|"
			// the job held in the unit moved from, in brackets: "moves from sales (he was
			// our rep) to planning", "gaat van het verkoopteam (accountmanager) naar"
			+ "\\b(?:moves?|moving|transfers?|switches|goes|gaat|stapt|komt)\\b(?:\\s+[^\\s(]+){0,3}?\\s+(?:from|van)\\s+"
			+ "(?:(?:the|our|de|het|ons|onze)\\s+)?[\\p{L}\\s-]{2,30}?\\s*\\(\\s*(?:(?:he|she|hij|zij|ze)(?:'s|\\s+(?:is|was|"
			+ "werkt|werkte))\\s+(?:als\\s+)?(?:(?:a|an|our|een|onze|de|the)\\s+)?)?$|"
			+ "\\b(?:stopt|stoppen|stops?|stopping|stopped|" + "beëindigt|beëindigen|"
			+ "quits?|afscheid van|afscheid als|no longer|niet langer|niet meer|geen|blijft|blijven|stays?(?: on)?|"
			+ "staying(?: on)?|remains?|continues? to be)\\b(?:\\s+(?:dan|then|straks|binnenkort|gewoon|nog|still|"
			+ "van|zijn|haar|hun|his|her|their|functie|rol|role|job|position|baan|als|as|a|an|the|de|het|een|per|op|"
			+ "on|ze|hij|zij|he|she|they|until then|tot dan|tot die datum|dus|also|ook|working|werken|te|"
			+ "werkzaamheden|werk|work)\\b)*)\\s*$");

	/** A role in brackets after a name: "Ellen Wijn (facilitair medewerker)". */
	private static final Pattern IN_BRACKETS = Pattern.compile("(?:^|\\s)\\(\\s*$");

	/**
	 * What a person becomes, in or outside the catalogue: "wordt scrum master", "gaat …
	 * als office manager werken", "continues as", "takes on the role of".
	 */
	private static final Pattern NEW_ROLE_SAID = Pattern.compile("(?i)\\b(?:wordt|worden|becomes?|will become|"
			+ "becoming|will be our|is\\s+(?:dan\\s+|then\\s+|from then\\s+)?(?:onze|our)\\s+(?:nieuwe|new)|gaat(?:\\s+[\\p{L}\\d]+){0,5}?\\s+als|"
			+ "begint(?:\\s+[\\p{L}\\d]+){0,4}?\\s+als|starts?(?:\\s+[\\p{L}\\d]+){0,4}?\\s+as|continues? as|"
			+ "gaat verder als|takes? on the role|neemt de rol|will work as|moves? on to|doorgroeit naar)\\s+"
			+ PassiveAfterBecomes.NOT_A_PARTICIPLE
			+ "(?!(?:opgevolgd|vervangen|bedankt|gemist|uitgezwaaid|replaced|succeeded|missed)\\b|"
			+ StaysOn.ON_ONES_OWN + ")");

	/**
	 * A role that only names whom a title leads: "teamleider van de verzorgenden", "head
	 * of the sales team".
	 */
	private static final Pattern TITLE_OF = Pattern.compile("(?i)\\b(?:teamleider|leider|leidinggevende|hoofd|head|"
			+ "lead|leader|manager|chef|coach|begeleider|supervisor|director|directeur)\\s+(?:van\\s+(?:de|het|onze)|"
			+ "of\\s+(?:the|our))\\s+$");

	/**
	 * Whether a role is given up for another said before or after it in the part (see
	 * {@link #ROLE_LEFT}, {@link #NEW_ROLE_SAID}), not for the same role again.
	 */
	private static boolean roleLeftForAnother(String plain, RoleWords.Mention role, int from, int to,
			List<RoleWords.Mention> roles, boolean strong) {
		String before = precedingWords(plain, role);
		if (!ROLE_LEFT.matcher(before).find() && (strong || !IN_BRACKETS.matcher(before).find())) {
			return false;
		}
		Matcher said = NEW_ROLE_SAID.matcher(plain).region(from, to);
		while (said.find()) {
			int at = said.end();
			boolean apart = said.start() >= role.end() || said.end() < role.start();
			if (apart && roles.stream().noneMatch(r -> r.start() == at && r.key().equals(role.key()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean currentRole(String plain, RoleWords.Mention role) {
		return CURRENT_MARKER.matcher(precedingWords(plain, role)).find()
				|| ROLE_LEFT.matcher(precedingWords(plain, role)).find()
				|| FROM_ONLY.matcher(precedingWords(plain, role)).find()
						&& UNIT_LEFT_WITH_JOB.matcher(plain.substring(role.end())).lookingAt()
				|| CURRENT_AFTER.matcher(plain.substring(role.end(), Math.min(plain.length(), role.end() + 30)))
					.lookingAt();
	}

	/** A job said as the one taken: "als bloedafnemer", "as a phlebotomist". */
	private static final Pattern JOB_AS = Pattern
		.compile("(?iu)\\b(?:als|as)\\s+(?:(?:a|an|een|de|het|the|onze?|our)\\s+)?(\\p{L}[\\p{L}-]+)");

	/** Whether a job outside the catalogue is said as the one taken in from–to. */
	private static boolean jobAsOutside(String body, int from, int to, List<RoleWords.Mention> roles) {
		Matcher job = JOB_AS.matcher(body).region(from, to);
		while (job.find()) {
			int at = job.start(1);
			if (!insideRole(at, roles) && (Occupations.is(job.group(1)) || Occupations.beforeName(job.group(1)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The 40 characters before a role, dates and names left out (see {@link #plain}):
	 * "werkte Mila Hermans als" is "werkte als".
	 */
	private static String precedingWords(String plain, RoleWords.Mention role) {
		String words = WHITE.matcher(plain.substring(Math.max(0, role.start() - 80), role.start())).replaceAll(" ");
		return words.substring(Math.max(0, words.length() - 40));
	}

	/**
	 * The job held here, said after the next employer's: "…, hier was hij facilitair
	 * medewerker", "here she was a carer".
	 */
	private static final Pattern HELD_HERE = Pattern.compile("(?iu)\\b(?:(?:hier|bij ons) (?:was|werkte) "
			+ "(?:hij|zij|ze)(?: \\p{L}+)?|(?:here|with us) (?:he|she|they) (?:was|were|worked)(?: as)?)"
			+ "(?: (?:als|as|an?|een|onze?|our))*\\s+$");

	private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:[.,;:!?]|$)");

	/** The word left of a day blanked out: "wordt per [1 februari]". */
	private static final Pattern DAY_WORD = Pattern
		.compile("(?i)\\s(?:per|vanaf|from|on|op|as of|met ingang van|m\\.i\\.v\\.)\\s*$");

	private static final Pattern NEW_BEFORE_ROLE = Pattern
		.compile("(?i)\\b(?:new|nieuwe?)\\s+(?:(?:senior|junior|medior|ervaren|experienced)\\s+)?$");

	private static final Pattern WHITE = Pattern.compile("\\s+");

	/**
	 * The message with its dates and names blanked out (the same length): what words say
	 * about a role, without what stands between them.
	 */
	static String plain(String body, List<DateWords.Mention> dates, List<Span> named, List<Span> persons) {
		char[] plain = body.toCharArray();
		for (DateWords.Mention date : dates) {
			java.util.Arrays.fill(plain, date.start(), Math.min(date.end(), plain.length), ' ');
		}
		for (List<Span> names : List.of(named, persons)) {
			for (Span name : names) {
				java.util.Arrays.fill(plain, name.start(), Math.min(name.end(), plain.length), ' ');
			}
		}
		return new String(plain);
	}

	/**
	 * 3 when two roles are said "from A to B" ("van A naar B"), 4 when one is given up
	 * for the other ("leaves sales for a developer role"), else 0.
	 */
	private static int strictFromTo(String plain, List<RoleWords.Mention> roles) {
		int found = 0;
		for (int i = 0; i + 1 < roles.size(); i++) {
			found = Math.max(found, fromToPair(plain, roles.get(i), roles.get(i + 1)));
		}
		return found;
	}

	private static int fromToPair(String plain, RoleWords.Mention a, RoleWords.Mention b) {
		String before = precedingWords(plain, a);
		String between = WHITE.matcher(plain.substring(a.end(), b.start())).replaceAll(" ");
		if (SWAP_FROM.matcher(before).find()
				&& (SWAP_TO.matcher(between).find() || TO_MARKER.matcher(between).find())) {
			return 4;
		}
		return FROM_MARKER.matcher(before).find() && TO_MARKER.matcher(between).find() ? 3 : 0;
	}

	private static RoleWords.Mention[] fromTo(String body, String plain, List<RoleWords.Mention> roles) {
		for (int i = 0; i + 1 < roles.size(); i++) {
			RoleWords.Mention a = roles.get(i);
			RoleWords.Mention b = roles.get(i + 1);
			if (fromToPair(plain, a, b) > 0) {
				return new RoleWords.Mention[] { a, b };
			}
		}
		if (roles.isEmpty()) {
			return new RoleWords.Mention[] { null, null };
		}
		RoleWords.Mention next = null;
		RoleWords.Mention left = roles.stream().filter(r -> currentRole(plain, r)).findFirst().orElse(null);
		for (RoleWords.Mention role : roles) {
			if (role != left && (left == null || !role.key().equals(left.key()))
					&& NEW_ROLE_MARKER.matcher(body.substring(Math.max(0, role.start() - 40), role.start())).find()) {
				next = role;
				break;
			}
		}
		if (next == null && left != null && roles.stream().allMatch(r -> r.key().equals(left.key()))) {
			// the job held said again as the one taken: "Onze developer X gaat naar team
			// Data, als developer" keeps it, it is no job left for an unnamed one
			// "wordt per 1 februari …" (the day between), "wordt Sem, nu X,
			// accountmanager"
			RoleWords.Mention again = roles.stream()
				.filter(r -> r.start() > left.end() && (NEW_ROLE_MARKER
					.matcher(body.substring(Math.max(0, r.start() - 40), r.start()))
					.find() || BECOMES_ON.matcher(body.substring(Math.max(0, r.start() - 40), r.start())).find()
						|| NEW_ROLE_MARKER.matcher(DAY_WORD.matcher(precedingWords(plain, r)).replaceAll(" ")).find()
						|| BECOMES_ACROSS.matcher(plain.substring(Math.max(0, r.start() - 100), r.start())).find()
								// the whole job, not "engineer" of "engineering manager"
								&& CLAUSE_END.matcher(body).region(r.end(), body.length()).lookingAt()))
				.findFirst()
				// "werkt als facilitair coördinator …; hij was tot nu toe facilitair
				// medewerker": the job taken said first, the one held after
				.or(() -> roles.stream()
					.filter(r -> r.end() <= left.start() && !currentRole(plain, r)
							&& NEW_ROLE_MARKER.matcher(precedingWords(plain, r)).find())
					.findFirst())
				.orElse(null);
			if (again != null && !ROLE_LEFT.matcher(precedingWords(plain, again)).find()) {
				return new RoleWords.Mention[] { left, again };
			}
			// One role, the one left: "from sales to marketing", "nu nog accountmanager".
			String after = body.substring(left.end(), Math.min(body.length(), left.end() + 90));
			if (!FROM_ONLY.matcher(precedingWords(plain, left)).find() || TO_MARKER_AFTER.matcher(after).lookingAt()) {
				return new RoleWords.Mention[] { left, null };
			}
		}
		if (next == null && left != null) {
			for (int k = roles.size() - 1; k >= 0 && next == null; k--) {
				if (!roles.get(k).key().equals(left.key())) {
					next = roles.get(k);
				}
			}
		}
		if (next != null && left != null && !left.key().equals(next.key())) {
			return new RoleWords.Mention[] { left, next };
		}
		if (next == null) {
			next = roles.get(roles.size() - 1);
		}
		RoleWords.Mention current = null;
		for (RoleWords.Mention role : roles) {
			if (role != next && !role.key().equals(next.key())) {
				current = role;
				break;
			}
		}
		return new RoleWords.Mention[] { current, next };
	}

	/**
	 * The date for this part: its first written date, else its first relative one, else a
	 * weekday. What contradicts it is noted.
	 */
	private static DateWords.Mention dateOf(String body, int from, int to, Announcement.Kind kind,
			List<DateWords.Mention> written, Set<Announcement.Note> notes) {
		if (written.isEmpty()) {
			return null;
		}
		Set<DateWords.Mention> takenBack = DateCorrections.takenBack(body, from, to, written);
		List<DateWords.Mention> kept = written.stream().filter(m -> !takenBack.contains(m)).toList();
		// a temporary contract's end ("Tineke tot eind juni", "contracts end 31 march")
		// is no first day: without another date, none of its own (the date said for the
		// others may be shared)
		// … nor is a day since they came, or the writer's own
		List<DateWords.Mention> here = WritersOwnDay.without(body, SinceADay.without(body,
				kind != Announcement.Kind.STARTER ? kept : kept.stream().filter(m -> !endsBefore(body, m)).toList()));
		if (here.isEmpty() && !kept.isEmpty()) {
			return null;
		}
		if (here.isEmpty()) {
			// "niet op 4 januari maar een week later": a period from the date taken back;
			// without one, no date rather than the one taken back.
			DateWords.Mention last = written.get(written.size() - 1);
			DateWords.Relative relative = DateWords.relative(body.substring(last.end(), to)).orElse(null);
			LocalDate date = relative == null ? null : relative.from(last.date());
			return date == null ? null
					: new DateWords.Mention(date, relative.words(), last.start(), last.end(), false, null, false, null);
		}
		DateWords.Mention chosen = here.stream()
			.filter(DateWords.Mention::explicit)
			.findFirst()
			.or(() -> here.stream().filter(m -> m.weekday() == null).findFirst())
			.orElse(here.get(0));
		if (kind == Announcement.Kind.LEAVER) {
			// a leave's period is no leaving day: "on parental leave from 1 February and
			// leaves us on 1 June"
			chosen = HoursChange.outsideTheChange(body, from, to, chosen, here);
		}
		if (here.size() > 1) {
			// A corrected date ("… correction: 29 January") replaces what came before; a
			// leaver's last working day, said as such, beats another date ("gone per 1
			// February, last working day 29 January"). The other date stays a note.
			DateWords.Mention said = null;
			boolean surely = false;
			for (DateWords.Mention m : here) {
				String before = body.substring(Math.max(0, m.start() - 40), m.start());
				String after = body.substring(m.end(), Math.min(to, m.end() + 40));
				if (correctedHere(before, m, here)) {
					said = m;
					surely = true;
				}
				else if (kind == Announcement.Kind.LEAVER && !surely
						&& LastDayWords.said(body.substring(Math.max(0, m.start() - 60), m.start()), after)
						&& !LastDayWords.beforeADayLeftOn(body, here, m)) {
					// the last day worked beats "tot en met" the end of employment
					said = m;
					surely = true;
				}
				else if (kind == Announcement.Kind.LEAVER && said == null
						&& (LAST_DAY.matcher(before).find() || LAST_DAY_AFTER.matcher(after).find())
						|| kind == Announcement.Kind.STARTER && FIRST_DAY.matcher(before).find() && said == null) {
					said = m;
				}
			}
			if (said != null && said.date() != null) {
				chosen = said;
			}
		}
		// "op 4 en 5 januari werkt ze nog": a leaver's last day is the last of the days
		// listed
		if (kind == Announcement.Kind.LEAVER) {
			for (DateWords.Mention next : here) {
				if (next.date() != null && LISTED_DAY.matcher(chosen.words()).matches()
						&& Respectively.joined(body, chosen, next)) {
					chosen = next;
				}
			}
		}
		if (chosen.weekdayContradicts()) {
			notes.add(Announcement.Note.WEEKDAY_CONTRADICTS);
		}
		chosen = CorrectedDay.of(body, chosen, here, to, notes);
		// "de starter van 7 december begint een week later (14 december)"
		chosen = ShiftedDay.of(body, chosen, here);
		DateWords.Mention saidDate = chosen;
		chosen = DayAfter.of(body, chosen, here, to);
		if (kind == Announcement.Kind.LEAVER) {
			chosen = FirstDayAway.of(body, chosen, to);
			if (FirstDayAway.fromToday(body, chosen, to)) {
				notes.add(Announcement.Note.FROM_TODAY_AWAY);
			}
			else if (FirstDayAway.fromDate(body, chosen, to)) {
				notes.add(Announcement.Note.FROM_DATE_AWAY);
			}
		}
		if (DateWords.isWeekAlone(chosen)) {
			// "vanaf week 5": its Monday, though only the week is told
			notes.add(Announcement.Note.WEEK_ONLY);
		}
		if (MonthWeek.acrossMonths(body, chosen)) {
			notes.add(Announcement.Note.WEEK_ACROSS_MONTHS);
		}
		if (chosen.ambiguous()) {
			notes.add(Announcement.Note.AMBIGUOUS_DATE);
		}
		if (kind != Announcement.Kind.STARTER && DateWords.isRange(chosen)) {
			// a period read as its first day: a leaver's last day may be its end
			notes.add(Announcement.Note.SEVERAL_DATES);
		}
		if (DateWords.monthGuessed(chosen, body)) {
			notes.add(Announcement.Note.MONTH_GUESSED);
		}
		if (DateWords.monthFirst(chosen)) {
			notes.add(Announcement.Note.MONTH_FIRST);
		}
		for (DateWords.Mention other : here) {
			if (other == chosen || other == saidDate) {
				continue;
			}
			if (other.weekday() != null && chosen.date() != null) {
				if (other.weekday() != chosen.date().getDayOfWeek()) {
					notes.add(Announcement.Note.WEEKDAY_CONTRADICTS);
				}
			}
			else if (other.date() != null && !other.date().equals(chosen.date())) {
				notes.add(Announcement.Note.SEVERAL_DATES);
			}
		}
		return chosen;
	}

	/**
	 * A day listed before the one that says the month: the "30" of "30 en 31 december".
	 */
	private static final Pattern LISTED_DAY = Pattern.compile("\\d{1,2}(?:st|nd|rd|th|e|ste|de)?");

	/**
	 * Whether a correction cue comes right before the date, with no other date between
	 * ("correctie: de 21e, de 22e is ze al weg": the 21st is the correction, not the
	 * 22nd).
	 */
	private static boolean correctedHere(String before, DateWords.Mention m, List<DateWords.Mention> here) {
		Matcher cue = CORRECTED.matcher(before);
		if (!cue.find()) {
			return false;
		}
		int from = m.start() - before.length() + cue.start();
		return here.stream().noneMatch(o -> o != m && o.start() >= from && o.start() < m.start());
	}

	/** Whether the part has dates and each is the end of something. */
	private static boolean endsOnly(String body, List<DateWords.Mention> dates, int[] segment) {
		List<DateWords.Mention> here = dates.stream()
			.filter(d -> d.start() >= segment[0] && d.end() <= segment[1])
			.toList();
		return !here.isEmpty() && here.stream().allMatch(d -> endsBefore(body, d));
	}

	static boolean endsBefore(String body, DateWords.Mention mention) {
		String before = body.substring(Math.max(0, mention.start() - 50), mention.start());
		return ENDS.matcher(before).find() && !START_UNTIL.matcher(before).find();
	}

	/**
	 * Words after "as"/"als" that name no profile ("as astronaut"), so the form can say
	 * there is no such role. Not for leavers: they keep their role.
	 */
	private static String unknownRole(String body, int from, int to, List<DateWords.Mention> dates,
			Announcement.Kind kind) {
		if (kind == Announcement.Kind.LEAVER) {
			return null;
		}
		Matcher marker = ROLE_AFTER_MARKER.matcher(body.substring(from, to));
		boolean found = marker.find();
		// a mover's job given up is no job taken: the next one said is, if any
		while (found && kind == Announcement.Kind.ROLE_CHANGE
				&& GIVEN_UP_BEFORE
					.matcher(body.substring(Math.max(from, from + marker.start() - 50), from + marker.start()))
					.find()) {
			found = marker.find();
		}
		if (!found) {
			return null;
		}
		int start = from + marker.start(1);
		if (dates.stream().anyMatch(d -> d.start() <= start && start < d.end())) {
			return null;
		}
		List<String> words = new ArrayList<>();
		for (String word : marker.group(1).split("\\s+")) {
			if (ROLE_PHRASE_END.contains(word.toLowerCase(Locale.ROOT))) {
				break;
			}
			words.add(word);
		}
		if (words.isEmpty() || PeopleInText.STOP.contains(words.get(0).toLowerCase(Locale.ROOT))) {
			return null;
		}
		return String.join(" ", words);
	}

	/**
	 * The nearest other reading with a kind, one in the same sentence first: "Per 1
	 * januari stoppen Johan en Petra. Karin begint op 4 januari" — Petra stops with
	 * Johan.
	 */
	private static Announcement nearestWithKind(String body, List<Announcement> all, List<int[]> segments, int i) {
		for (boolean sameSentenceOnly : new boolean[] { true, false }) {
			for (int d = 1; d < all.size(); d++) {
				for (int j : new int[] { i + d, i - d }) {
					if (j >= 0 && j < all.size() && all.get(j).kind() != null && (!sameSentenceOnly
							|| sameSentence(body, segments.get(Math.min(i, j))[0], segments.get(Math.max(i, j))[0]))) {
						return all.get(j);
					}
				}
			}
		}
		return null;
	}

	/**
	 * Whether no sentence ends between the two places: a stop before a capital, a line.
	 */
	private static boolean sameSentence(String body, int from, int to) {
		// a part may begin at the stop before the next name: look just past it
		return !SENTENCE_BREAK.matcher(body).region(from, Math.min(body.length(), to + 3)).find();
	}

	private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}|\\n");

	/**
	 * A person whose part says no intent ("Anna and Piet start Monday") shares the other
	 * part's kind, date and role; a part with its own intent shares only what is missing
	 * of the kind.
	 */
	private static List<Announcement> inherit(String body, List<Announcement> all, List<int[]> segments,
			List<IntentMatch> intents, boolean roles, boolean[] ownRoles,
			java.util.function.Predicate<int[]> roleHeldNow, java.util.function.Predicate<int[]> endsOnly) {
		if (all.size() < 2) {
			return all;
		}
		List<Announcement> result = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			Announcement a = all.get(i);
			int[] segment = segments.get(i);
			// a separable verb begun here and ended after the next name ("volgt op 4
			// januari onze kok Pieter Brand op") is this one's too
			boolean ownIntent = intents.stream()
				.anyMatch(m -> m.start() >= segment[0] && (m.end() <= segment[1]
						|| m.start() < segment[1] && m.end() - m.start() > 12 && m.kind() == a.kind()));
			Announcement donor = nearestWithKind(body, all, segments, i);
			// a move the part's roles say ("werkt als verzorgende; nu is zij nog
			// verkoper") is its own
			if (ownIntent || donor == null || a.kind() == Announcement.Kind.ROLE_CHANGE && roleHeldNow.test(segment)) {
				result.add(a);
				continue;
			}
			Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
			notes.addAll(a.notes());
			notes.addAll(donor.notes());
			// told about one by one, a role said for all is in the introduction: another
			// person's own role is not this one's
			Announcement role = roles && !ownRoles[all.indexOf(donor)] ? donor : a;
			// a starter whose only date is an end ("Kasper Holm. contracts end 31 march")
			// starts with the others
			boolean ownDate = a.date() != null
					&& !(donor.kind() == Announcement.Kind.STARTER && endsOnly.test(segment));
			result.add(new Announcement(donor.kind(), a.employeeName(), ownDate ? a.date() : donor.date(),
					a.roleWords() != null ? a.roleWords() : role.roleWords(),
					// a job of their own outside the catalogue ("als receptioniste") is
					// not another's
					a.roleKey() != null || a.roleWords() != null ? a.roleKey() : role.roleKey(), a.workLocation(),
					ownDate ? a.dateWords() : donor.dateWords(),
					a.currentRoleKey() != null ? a.currentRoleKey() : donor.currentRoleKey(), notes, a.language()));
		}
		return result;
	}

	/**
	 * Two names joined ("Mark Dunn and Zara Ali; both start on 11 January as developers",
	 * "beginnen Ayla Doğan en Finn de Graaf als ontwikkelaar") share the date and role
	 * the other has and they lack.
	 */
	private static List<Announcement> shareWithPartner(String body, List<Span> persons,
			List<RoleWords.Mention> roleMentions, boolean[] ownRoles, List<Announcement> all) {
		if (all.size() != persons.size() || all.size() < 2) {
			return all;
		}
		List<Announcement> result = new ArrayList<>(all);
		// both ways along the chain: what the last of "A, B and C, all from 11 January"
		// has, the first lacks too
		int pairs = persons.size() - 1;
		for (int step = 0; step < 2 * pairs; step++) {
			int i = step < pairs ? step : 2 * pairs - 1 - step;
			if (!JOINED.matcher(body.substring(persons.get(i).end(), persons.get(i + 1).start())).matches()
					&& !ListItems.joinedByJob(body, persons.get(i), persons.get(i + 1), roleMentions)) {
				continue;
			}
			Announcement a = result.get(i);
			Announcement b = result.get(i + 1);
			if (a.kind() != null && b.kind() != null && a.kind() != b.kind()) {
				continue;
			}
			result.set(i, filled(a, b, ownRoles.length == all.size() && ownRoles[i + 1]));
			result.set(i + 1, filled(b, a, ownRoles.length == all.size() && ownRoles[i]));
		}
		return result;
	}

	/**
	 * A role said once for all the people of the message: "…, both developers", "the two
	 * of them in the dev team", "leaves that team", "Welcome our new carers!", "allebei
	 * verzorgende". When the people who have a role all have the same one, those without
	 * get it too.
	 */
	private static List<Announcement> shareCollectiveRole(String body, List<RoleWords.Mention> roleMentions,
			boolean[] ownRoles, List<Announcement> all) {
		// a heading that counts the jobs: "we hired three developers:", "drie
		// kraamverzorgenden aangenomen:"
		boolean counted = COUNTED_ROLE.matcher(body)
			.results()
			.anyMatch(m -> roleMentions.stream().anyMatch(r -> r.start() >= m.start() && r.end() <= m.end()));
		if (all.size() < 2 || !counted && !COLLECTIVE_ROLE.matcher(body).find()) {
			return all;
		}
		List<Announcement> withRole = all.stream().filter(a -> a.roleKey() != null).toList();
		if (withRole.isEmpty() || withRole.size() == all.size()
				|| withRole.stream().map(Announcement::roleKey).distinct().count() != 1) {
			return all;
		}
		Announcement donor = withRole.get(0);
		// a role said of each one alone ("- Tom Baker, developer") is all of theirs only
		// when the words for all name it too ("our new developers:")
		boolean eachOwn = ownRoles.length == all.size() && java.util.stream.IntStream.range(0, all.size())
			.allMatch(i -> all.get(i).roleKey() == null || ownRoles[i]);
		if (eachOwn && !counted && COLLECTIVE_ROLE.matcher(body)
			.results()
			.noneMatch(m -> roleMentions.stream()
				.anyMatch(r -> r.key().equals(donor.roleKey()) && r.start() >= m.start() && r.start() <= m.end()))) {
			return all;
		}
		List<Announcement> result = new ArrayList<>();
		for (Announcement a : all) {
			// a role outside the catalogue ("office manager") is kept
			result.add(a.roleKey() != null || a.roleWords() != null || a.employeeName() == null ? a
					: new Announcement(a.kind(), a.employeeName(), a.date(), donor.roleWords(), donor.roleKey(),
							a.workLocation(), a.dateWords(), a.currentRoleKey(), a.notes(), a.language()));
		}
		return result;
	}

	private static final Pattern COUNTED_ROLE = Pattern.compile("(?iu)\\b(?:two|three|four|five|six|twee|drie|vier|"
			+ "vijf|zes) (?:\\p{L}+ )?\\p{L}+(?:s|en|ers)(?=\\s*:)");

	private static final Pattern COLLECTIVE_ROLE = Pattern
		// a sentence of its own after the list: "… on 11 January. Both are carers.",
		// "Ze zijn allebei verzorgende."
		.compile("(?iu)(?:(?:^|[.!?;]\\s+)(?:both(?: of them)?(?: are| will be| work as)?|they(?:'re| are| will be) "
				+ "(?:both|all)|(?:ze|zij) (?:zijn|worden) (?:allebei|beiden|alle ?twee)|(?:allebei|beiden|alle ?twee)"
				+ "(?: zijn)?)\\s+(?:an?\\s+|een\\s+)?(?=\\p{Ll})|[,(]\\s*(?:both|the two of them|the pair of "
				+ "them|all (?:three|four|of them)|allebei|alle ?twee|beiden|beide)\\b(?! (?:start|starts|begin|join|leave|"
				+ "are|will|have|zijn|worden|beginnen|starten|vertrekken|gaan|komen|on|from|per|op|vanaf|starting|next|"
				+ "tomorrow|morgen|\\d+)\\b)|\\b(?:both|allebei|beiden) "
				+ "(?:in|at|with|from|as|als|bij|op) )|\\b(?:the same (?:team|department|role|job|position)|that (?:team|department)|"
				+ "hetzelfde team|dezelfde (?:afdeling|functie|rol)|"
				+ "dat team|die afdeling|(?:our |onze |two |three |twee |drie |\\d )?new (?:\\p{L}+ )?\\p{L}+s(?=[!:]))\\b"
				// "two new developers for the app team: …"
				// "two new sales reps for the used-car lot: …"
				+ "|(?:nieuwe|new) (?:\\p{L}+ )?\\p{L}+(?:s|en|ers)"
				+ "(?: (?:for|in|at|on|voor|bij|op) (?:the |our |de |het |ons |onze )?"
				+ "[\\p{L}-]+(?: [\\p{L}-]+){0,2})?(?=\\s*[!:])");

	/**
	 * A job in brackets after the name: "Tim Oldenhof (fotograaf)", "Vera Holt (finance,
	 * until 22 Jan)", not a date's: a unit of one's own is no other's role to share.
	 */
	private static final Pattern OWN_JOB = Pattern
		.compile("\\s*\\(\\s*(?:(?:a|an|een|our|onze)\\s+)?" + "(\\p{L}[\\p{L}\\s-]{1,30}?)\\s*[),]");

	/**
	 * A job set off by commas after the name, in a list's item or a sentence: "- Noa
	 * Schipper, onderzoeker, per 18-1", "Tom Akers, glazier, starts …".
	 */
	private static final Pattern SET_OFF_JOB = Pattern.compile(
			"\\s*,\\s*(?:(?:a|an|een|our|onze)\\s+)?(\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*)?)\\s*(?=[,;.\\n]|$)");

	/** How much or where one works is no job: "(parttime)", "(full-time)", "(remote)". */
	private static final Pattern WORKING_TIME = Pattern.compile("(?iu)(?:part|full)[ -]?time|deeltijd|voltijd|"
			+ "flex|oproep(?:basis)?|on call|remote|hybrid|hybride|thuiswerker");

	/**
	 * One capitalised word in brackets that names no job nor unit is where the person is
	 * from or works: "Chiara Rossi (Italy)", "Bram Tol (Zwolle)".
	 */
	private static boolean place(String words) {
		return words.matches("\\p{Lu}\\p{Ll}+") && !Occupations.heldBeside(words) && !HeldJob.unit(words);
	}

	private static String ownJob(String body, Span person, List<IntentMatch> intents, boolean townsInBrackets) {
		Matcher job = OWN_JOB.matcher(body).region(person.end(), body.length());
		// what happens to the person is no job: "(resigned, last day 15 January)"
		java.util.function.Predicate<Matcher> saysNoIntent = m -> intents.stream()
			.noneMatch(i -> i.start() < m.end(1) && m.start(1) < i.end());
		if (job.lookingAt()) {
			String words = job.group(1).toLowerCase(Locale.ROOT);
			boolean isJob = DateWords.findAll(words, LocalDate.of(2000, 1, 1)).isEmpty()
					&& !COLLECTIVE_ROLE.matcher("(" + words).lookingAt()
					&& (java.util.Arrays.stream(words.split("\\s+")).noneMatch(PeopleInText.STOP::contains)
							|| HeldJob.unit(words))
					&& saysNoIntent.test(job) && !WORKING_TIME.matcher(words).matches() && !place(job.group(1))
					&& !(townsInBrackets && job.group(1).matches("\\p{Lu}\\p{Ll}+") && !Occupations.is(job.group(1)));
			return isJob ? job.group(1) : null;
		}
		Matcher setOff = SET_OFF_JOB.matcher(body).region(person.end(), body.length());
		if (!setOff.lookingAt() || !saysNoIntent.test(setOff)) {
			return null;
		}
		String[] words = setOff.group(1).split("\\s+");
		return Occupations.heldBeside(words[words.length - 1]) ? setOff.group(1) : null;
	}

	private static Announcement filled(Announcement a, Announcement donor, boolean donorsOwnRole) {
		if ((a.date() != null || donor.date() == null)
				&& (a.roleKey() != null || donor.roleKey() == null || donorsOwnRole)
				&& (a.kind() != null || donor.kind() == null)) {
			return a;
		}
		Set<Announcement.Note> notes = EnumSet.noneOf(Announcement.Note.class);
		notes.addAll(a.notes());
		if (a.date() == null) {
			donor.notes().stream().filter(n -> n.field() == FormField.DATE).forEach(notes::add);
		}
		boolean ownRole = a.roleKey() != null || a.roleWords() != null || donorsOwnRole;
		return new Announcement(a.kind() != null ? a.kind() : donor.kind(), a.employeeName(),
				a.date() != null ? a.date() : donor.date(), ownRole ? a.roleWords() : donor.roleWords(),
				ownRole ? a.roleKey() : donor.roleKey(), a.workLocation(),
				a.date() != null ? a.dateWords() : donor.dateWords(),
				a.currentRoleKey() != null ? a.currentRoleKey() : donor.currentRoleKey(), notes, a.language());
	}

	private static final Pattern BEFORE_DATE = Pattern.compile("(?i)\\s*(?:(?:the|de)\\s+)?");

	private static final Pattern TOWARDS = Pattern.compile("(?i)\\b(?:from|to|into|van|naar|of)$");

	/**
	 * Whether a mover's words move a date instead: "moves from" or "gaat van 4 januari
	 * naar" right before a date ("wordt per 1 maart ontwikkelaar" moves a person).
	 */
	private static boolean dateMoves(String body, IntentMatch intent, List<DateWords.Mention> dates) {
		Matcher gap = BEFORE_DATE.matcher(body).region(intent.end(), body.length());
		int start = gap.lookingAt() ? gap.end() : intent.end();
		boolean dateNext = dates.stream().anyMatch(d -> d.start() == start);
		return dateNext && (TOWARDS.matcher(body.substring(intent.start(), intent.end())).find()
				|| dates.stream().anyMatch(d -> d.start() >= intent.start() && d.end() <= intent.end()));
	}

	/**
	 * Whether the first name stands alone later, with an intent word right after it when
	 * any are given.
	 */
	private static boolean toldAboutLater(String body, Span name, List<IntentMatch> intents) {
		String first = name.name().split(" ")[0];
		if (first.length() < 2 || first.endsWith(".")) {
			return false;
		}
		Matcher again = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(first) + "(?![\\p{L}])")
			.matcher(body)
			.region(name.end(), body.length());
		while (again.find()) {
			int at = again.end();
			if (intents.isEmpty() || intents.stream()
				.anyMatch(i -> i.start() >= at && i.start() - at <= 20 && !clauseBreak(body, at, i.start()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean clauseBreak(String body, int from, int to) {
		return CLAUSE_BREAK.matcher(body).region(from, to).find();
	}

	private static String language(String lower, List<Span> persons) {
		String words = lower;
		for (Span person : persons) {
			words = words.substring(0, person.start()) + " ".repeat(person.end() - person.start())
					+ words.substring(person.end());
		}
		int dutch = 0;
		int english = 0;
		for (String word : words.split("[^\\p{L}']+")) {
			if (DUTCH.contains(word)) {
				dutch++;
			}
			if (ENGLISH.contains(word)) {
				english++;
			}
		}
		if (dutch == english) {
			return null;
		}
		return dutch > english ? "nl" : "en";
	}

	/** Line breaks kept (they end a name), other white space single. */
	private static String normalised(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
			String clean = line.replace('\u00a0', ' ').replace('’', '\'').replaceAll("[ \\t]+", " ").trim();
			if (!clean.isEmpty()) {
				if (out.length() > 0) {
					out.append('\n');
				}
				out.append(clean);
			}
		}
		return out.toString();
	}

	/**
	 * The message without its closing ("Kind regards, Mark"): a signature's name is the
	 * sender's, never the person announced.
	 */
	private static String withoutClosing(String text) {
		// above a quote, an intent or a written date is an announcement of its own
		String body = QuotedMail.announced(text, words -> !IntentLexicon.find(words).isEmpty()
				|| DateWords.findAll(words, LocalDate.EPOCH).stream().anyMatch(DateWords.Mention::explicit));
		Matcher closing = CLOSING.matcher(body);
		while (closing.find()) {
			String rest = body.substring(closing.end()).toLowerCase(Locale.ROOT);
			if (IntentLexicon.find(body.substring(closing.end())).isEmpty()
					&& (rest.split("\\s+").length <= 12 || signatureBlock(rest))) {
				return body.substring(0, closing.start()).trim();
			}
		}
		// signed after a dash, no closing word: "… close her accounts quietly. — Dr.
		// Alan Price"
		Matcher dashed = SignedAfterADash.SIGNATURE.matcher(body);
		if (dashed.find() && dashed.start() > 0) {
			return body.substring(0, dashed.start()).trim();
		}
		// signed with no closing word, name and title as the last sentence: "… en
		// Instagram. Romy van Dijk, eigenaar"
		Matcher signed = SIGNED_LAST.matcher(body);
		if (signed.find() && signed.start() > 0) {
			return body.substring(0, signed.start()).trim();
		}
		return body;
	}

	/**
	 * A last sentence of only a name and the writer's title: "Romy van Dijk, eigenaar",
	 * "Tom Hale, store manager". Not a job of the catalogue's kind announced in a list.
	 */
	private static final Pattern SIGNED_LAST = Pattern.compile("(?<=[.!?]\\s)\\s*(?:\\p{Lu}[\\p{L}'’-]+\\s+)"
			+ "(?:(?:van|de|der|den|ter|ten|te|el|al|van der|van den|van de)\\s+)?\\p{Lu}[\\p{L}'’-]+,\\s*"
			+ "(?i:(?:[\\p{L}-]+\\s+){0,2}(?:eigena(?:a)?r|owner|manager|teamleider|team lead(?:er)?|directeur|director|"
			+ "bedrijfsleider|leidinggevende|supervisor|praktijkhouder|chef|hoofd(?:\\s+[\\p{L}-]+)?|head of [\\p{L}-]+|"
			+ "ceo|founder|oprichter|hr))\\.?\\s*$");

	/**
	 * A signature set out line by line below the closing: name, job, company, phone, each
	 * a short line ("Robert van Leeuwen / Office Manager / Notariskantoor … / T 010 …").
	 */
	private static boolean signatureBlock(String rest) {
		String[] lines = rest.strip().split("\\s*\\n\\s*");
		return lines.length >= 3 && lines.length <= 8 && Arrays.stream(lines).allMatch(l -> wordsOf(l) <= 6);
	}

	/**
	 * A signature line's words, not its figures or separators: a phone number in groups
	 * ("T 030 123 45 67 | anneke@…") is one short line.
	 */
	private static long wordsOf(String line) {
		return Arrays.stream(line.split("\\s+")).filter(w -> w.chars().anyMatch(Character::isLetter)).count();
	}

	private static Announcement.Location locationOf(String lower) {
		if (HYBRID.matcher(lower).find()) {
			return Announcement.Location.HYBRID;
		}
		if (REMOTE.matcher(lower).find()) {
			return Announcement.Location.REMOTE;
		}
		if (OFFICE.matcher(lower).find()) {
			return Announcement.Location.OFFICE;
		}
		return null;
	}

	private static void mark(boolean[] taken, int start, int end) {
		for (int k = start; k < end && k < taken.length; k++) {
			taken[k] = true;
		}
	}

	/** A name in the message: where, as a form writes it, and how many words. */
	record Span(int start, int end, String name, int words) {
	}

}
