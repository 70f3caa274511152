package io.handover.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words that open a sentence with a capital, or stand in a lower-case chat, and are never
 * a name: a negated contraction ("Don't want him to …", "Can't have her …"), an
 * interjection ("Hé, die nieuwe …"), in lower case a modal verb or a word of asking
 * ("moeten seizoenskrachten …?"), "jullie", "Alles", "Everything", the hiring itself
 * ("Hiring the new …"), "Year" after "New", a name still to come ("Naam volgt"), a
 * conjunction opening a sentence ("Zodra de datum bekend is …"), days in the plural ("two
 * Saturdays in January") and the words of a counted group ("een lijst van zes mensen",
 * "twelve pickers"), and events or agreements in the plural heading a message ("De
 * incidenten van gisteren:"). A month alone is a date said loosely ("starts in January"),
 * never a person: a month that is also a first name ("April Dunn") stays one beside a
 * surname.
 */
final class NeverNames {

	/**
	 * Days said for a habit, not a date nor a name: "works two Saturdays in January",
	 * "alleen zaterdagen", "op maandagen".
	 */
	private static final Pattern PLURAL_DAY = Pattern
		.compile("(?iu)(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:maan|dins|woens|donder|vrij|zater|zon)dagen");

	/** "don't", "can't", "wouldn't", "isn't", "won't". */
	private static final Pattern NEGATED = Pattern.compile("(?iu)\\p{L}+n['’]t");

	/** Paperwork named with a hyphen: "Handover-formulier", "HR-form", "VPN-account". */
	private static final Pattern PAPERWORK = Pattern
		.compile("\\p{L}+-(?:formulier(?:en)?|forms?|accounts?|aanvraag|aanvragen|requests?|pasje|pas)");

	/** A worker named by an abbreviation: "ZZP'er", "ICT'ers", "MBO'er". */
	private static final Pattern ABBREVIATED_WORKER = Pattern.compile("\\p{Lu}{2,5}['’]ers?");

	private static final Set<String> WORDS = Set.of(
			// interjections
			"hé", "hè", "hee", "hej", "joh", "nou", "ach", "och", "oei", "oeps", "wow", "hmm", "oops",
			// words standing for everyone or everything
			"jullie", "alles", "instead", "everything", "everybody", "anybody", "anyone", "someone", "somebody",
			"iemand", "niemand", "nobody",
			// a denial opening a sentence: "Not an announcement, just a question", "Geen
			// aanmelding, alleen een vraag"
			"not", "geen", "niet",
			// a time said loosely: "he starts after New Year" ("New" is no name's word),
			// "after Christmas", "na Pasen", "who starts next month"
			"year", "jaar", "month", "maand", "week", "christmas", "xmas", "easter", "whitsun", "kerst", "kerstmis",
			"pasen", "pinksteren", "hemelvaart", "koningsdag", "carnaval",
			// a question's adverb in lower case: "is the new receptionist already in
			// Outlook?"
			"already",
			// a conjunction opening a sentence: "Zodra de datum bekend is laat ik het
			// weten"
			"zodra", "nadat", "voordat", "zolang", "tenzij", "hoewel", "once", "unless", "although",
			// the writer: "I'll pass their names on"
			"i'll", "i’ll", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d",
			// … and the writers: "We've decided not to fill the position"
			"we'll", "we’ll", "we've", "we’ve", "we're", "we’re", "we'd", "we’d",
			// a name still to come: "developer, name follows", "naam volgt", "Naam
			// volgt nog."
			"follows", "follow", "volgt", "volgen", "naam", "name", "namen", "names",
			// what someone is called, before the name: "hij heet jan", "she's called amy"
			"heet", "heten", "genaamd", "called",
			// a possessive said short: "weet z'n achternaam niet"
			"z'n", "m'n", "d'r", "z’n", "m’n", "d’r",
			// trainees as a group: "twee stagiaires van het Clusius"
			"stagiaires", "stagiairs", "interns", "trainees", "studenten", "werkstudenten",
			// the hiring itself
			"hiring", "recruitment", "recruiting", "werving", "vacature", "vacancy",
			// a counted group: "een lijst van zes mensen", "a group of eight students"
			"lijst", "list", "groep", "group", "mensen", "people", "personen", "persons", "drie", "vier", "vijf", "zes",
			"zeven", "acht", "negen", "tien", "elf", "twaalf", "three", "four", "five", "six", "seven", "eight", "nine",
			"eleven", "twelve",
			// events and agreements in the plural heading a message: "De incidenten
			// van gisteren:", "De afspraken van vorige week:", "The changes for …:"
			"incidenten", "incidents", "afspraken", "agreements", "appointments", "wijzigingen", "veranderingen",
			"mutaties", "changes", "updates", "meetings", "vergaderingen", "notulen", "minutes", "besluiten",
			"decisions", "actiepunten", "gebeurtenissen", "events",
			// a group of workers in the plural: "Vrijwilligers beginnen maandag", "Temps
			// start on Monday"
			"vrijwilligers", "volunteers", "temps", "seasonals",
			// people who come and go but are none of ours: "Customers sometimes send
			// their own engineers", "Bezoekers melden zich bij de balie"
			"customers", "clients", "visitors", "suppliers", "contractors", "freelancers", "klanten", "bezoekers",
			"leveranciers", "opdrachtgevers",
			// what a login is for: "ask for a Wi-Fi login"
			"wi-fi", "wifi",
			// a Flemish greeting opening a message: "Goeiedag, ik zou graag weten …"
			"goeiedag", "goedendag", "goeiemorgen", "goeiemiddag", "goeienavond",
			// a ticket's status asked: "Status of JML-0231?"
			"status",
			// the writer telling of their own leaving: "Ik wil laten weten dat ik …
			// stop", "Ik stop ermee op 15 januari"
			"laten", "weten", "stop", "ermee");

	/** Workers hired as a group: "Seizoenskrachten", "uitzendkrachten". */
	private static final Pattern HIRED_HANDS = Pattern.compile("(?iu)\\p{L}*krachten");

	/**
	 * Modal verbs and words of asking: never in a lower-case run ("moeten
	 * seizoenskrachten …"); capitalised, the question's first word, which
	 * {@link Question} knows.
	 */
	private static final Set<String> ASKING = Set.of("moeten", "mogen", "kunnen", "willen", "zullen", "hoeven", "hoeft",
			"must", "might", "waarom", "why", "vraagje", "vraag", "question", "questions", "vragen",
			// where questions go meanwhile: "please send questions to me", "stuur vragen
			// naar mij"
			"send", "stuur",
			// a leave or an idiom said in chat: "after her maternity leave", "op staande
			// voet ontslagen"
			"leave", "verlof", "maternity", "paternity", "zwangerschapsverlof", "ouderschapsverlof", "staande",
			// … and said as a noun: "ontslag op staande voet gegeven aan …"
			"voet", "gegeven",
			// a dismissal's reason told in chat: "ruzie gemaakt met de chef", "geld
			// gestolen uit de kas", "got into a fight with a customer"
			"ruzie", "geld", "gemaakt", "gestolen", "gevochten", "gepleegd", "diefstal", "fraude", "fight", "theft",
			"stolen", "vechtpartij", "vechten", "wangedrag", "agressie", "intimidatie", "misconduct", "aggression",
			"harassment", "dronken", "drunk",
			// … and set off after the name: "ruben van zwieten, rijden zonder
			// tachograaf", "kevin schiltkamp, laadpas van een klant misbruikt"
			"zonder", "without", "misbruikt", "misused", "abused",
			// the writer's own slip told after the name: "vergeten door te geven"
			"vergeten", "vergeet", "doorgegeven", "aangemeld", "forgot", "forgotten",
			// … or an absence till a day: "our advisor is on holiday until 4 January"
			"holiday", "holidays", "vakantie", "until", "till", "untill",
			// a verb's words in chat: "lisa won't be coming back"
			"be", "been", "being", "coming", "going", "got",
			// an internship said as a verb: "studenten die bij ons stage lopen"
			"stage", "lopen", "loopt");

	/**
	 * Words that tell what someone mostly does, after the name in chat: "sanne
	 * hoogervorst, …, mostly skinning birds", "vooral lijsten schuren". Neither they nor
	 * the words they govern are a lower-case name.
	 */
	private static final Set<String> MOSTLY = Set.of("mostly", "mainly", "vooral", "voornamelijk", "meestal");

	/**
	 * Words that open a sentence and are surnames too ("Jan Kort"), and the article
	 * "Een": never the first word of a name.
	 */
	private static final Set<String> OPENERS = Set.of("kort", "korte", "short",
			// an article opening a sentence: "Een monteur van ons gaat …"
			"een",
			// an adverb opening a sentence: "Verder geen nieuws", "Overigens …", "Daar
			// hoeft niets voor te gebeuren", "Hier is verder niets voor nodig"
			"verder", "overigens", "daarnaast", "daar", "daarom", "daarvoor", "hier", "hierbij", "hiervoor", "toen",
			// a condition opening a sentence: "Mocht er toch iemand komen, …", "If we do
			// find someone, …"
			"mocht", "indien", "if",
			// a group's determiner opening a sentence: "Beide assistenten …", "Iedere
			// nieuwe collega …" ("Alle" is a Frisian given name too: see NoOnesNews)
			"beide", "iedere",
			// a letter's opening phrase: "Dear Sean O'Brien, Further to our meeting, …"
			"further");

	private static final Set<String> MONTHS = Set.of("january", "januari", "february", "februari", "march", "maart",
			"april", "may", "mei", "june", "juni", "july", "juli", "august", "augustus", "september", "october",
			"oktober", "november", "december");

	private NeverNames() {
	}

	/**
	 * Whether the word, in whatever case, is never a word of a name: checked on a
	 * capitalised run's first word (a number word may close a surname, "van Acht") and on
	 * every word of a lower-case one.
	 */
	static boolean word(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return WORDS.contains(lower) || NEGATED.matcher(lower).matches() || PLURAL_DAY.matcher(lower).matches()
				|| PAPERWORK.matcher(lower).matches() || HIRED_HANDS.matcher(lower).matches();
	}

	/** Whether the word never opens a name. */
	static boolean opensNoName(String word) {
		return word(word) || OPENERS.contains(word.toLowerCase(Locale.ROOT))
				|| ABBREVIATED_WORKER.matcher(word).matches();
	}

	/** Whether the word is never part of a name written in lower case. */
	static boolean inLowerCase(String word) {
		return word(word) || ASKING.contains(word.toLowerCase(Locale.ROOT)) || mostly(word);
	}

	/** Whether the word tells what someone mostly does ("mostly", "vooral"). */
	static boolean mostly(String word) {
		return MOSTLY.contains(word.toLowerCase(Locale.ROOT));
	}

	/** Whether the word bounds a time, so opens no lower-case name. */
	static boolean boundsATime(String word) {
		return BOUNDS.contains(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * Words that bound a time, set off after a newcomer's clause: "…, tot de zomer", "…,
	 * until the summer". Their "de" is no particle of a name, and no name opens with
	 * them.
	 */
	private static final Set<String> BOUNDS = Set.of("tot", "until");

	private static final Pattern GROUP_OF_WORKERS = Pattern
		.compile("(?iu)\\b(?:vrijwilligers|volunteers|temps|seasonals|\\p{L}*krachten)\\b");

	/**
	 * Whether workers are spoken of as a group ("Seizoenskrachten beginnen maandag"):
	 * like trainees, a group with no one named announces no one.
	 */
	static boolean groupOfWorkers(String body) {
		return GROUP_OF_WORKERS.matcher(body).find();
	}

	/** Whether the word is a month's name: never a name when alone. */
	static boolean month(String word) {
		return MONTHS.contains(word.toLowerCase(Locale.ROOT));
	}

}
