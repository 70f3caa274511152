package io.handover.intake;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Occupations outside the role catalogue, said as a title right before a full name:
 * "Loodgieter Sven Hoekstra", "Tandarts Noor Visser", "Electrician Callum Fraser". Such a
 * word is no first name. Many of them are surnames too ("Kok", "Bakker", "Smit"), so only
 * a first word followed by a full name is taken for one.
 */
final class Occupations {

	/** Dutch and English job nouns that do not end in a telling suffix. */
	private static final Set<String> WORDS = Set.of("uitvoerder", "timmerman", "kok", "barman", "kelner", "fysio",
			"chauffeur", "cleaner", "calculator", "adviser", "advisor", "adviseur", "salarisadministrateur",
			"administrateur", "loodgieter", "apotheker", "electrician", "caretaker", "slager", "bakker", "bezorger",
			"afwasser", "monteur", "kapper", "kapster", "schoonmaker", "schoonmaakster", "conciërge", "concierge",
			"portier", "porter", "nurse", "verpleegkundige", "werkstudent", "studentassistent", "vakkenvuller",
			"caissière", "caissiere", "kassier", "boekhouder", "accountant", "jurist", "advocaat", "notaris", "docent",
			"leraar", "lerares", "teacher", "lecturer", "professor", "chef", "cook", "driver", "plumber", "carpenter",
			"gardener", "hovenier", "tuinman", "schilder", "stukadoor", "metselaar", "elektricien", "installateur",
			"magazijnier", "heftruckchauffeur", "vrachtwagenchauffeur", "buschauffeur", "pedicure",
			"kinderopvangmedewerker", "pedagoog", "gastvrouw", "gastheer", "serveerster", "serveer", "bartender",
			"waiter", "waitress", "housekeeper", "janitor", "locum", "pharmacist", "dentist", "physio",
			"physiotherapist", "midwife", "verloskundige", "paramedic", "ambulancier", "beveiliger", "guard", "steward",
			"stewardess", "planner", "roostermaker", "scheduler", "dispatcher", "mechanic", "technician", "welder",
			"lasser", "machinist", "operator", "inpakker", "picker", "orderpicker", "heftruck", "bode", "postbode",
			"koerier", "courier", "tolk", "vertaler", "translator", "secretaresse", "secretary", "receptioniste",
			"telefoniste", "huishoudster", "oppas", "nanny", "tutor", "trainer", "instructeur", "instructor", "coach",
			"kapelaan", "pastor", "dominee", "verzorger", "verzorgster", "usher", "sommelier", "barista", "cashier",
			"clerk", "foreman", "surveyor", "adjuster", "butcher", "baker", "florist", "roofer", "tiler", "glazier",
			"hairdresser", "barber", "solicitor", "lawyer", "paralegal", "notary", "doorman", "dishwasher", "caregiver",
			"carer", "valet", "groundsman", "greenkeeper", "lifeguard", "kassamedewerker", "bloemist", "visagist",
			"temp", "trainee", "schoonheidsspecialiste", "kapsalonmedewerker", "toezichthouder", "klerk", "smid",
			"opzichter", "magazijnchef",
			// learners: "Leerling Sanne Bos", "Apprentice Kyle Dent"
			"leerling", "apprentice", "volunteer", "intern",
			// the head of a unit said before it, too short for the endings: "hoofd
			// inkoop tim verhoef"
			"hoofd",
			// research and hired hands the endings miss: "Postdoc Jana Horak",
			// "Promovendus
			// Sven Maas", "Contractor Dylan Ford", "Brewer Ollie Grant"
			"postdoc", "promovendus", "promovenda", "contractor", "brewer", "kassière", "kassiere",
			// "-ent" nouns the endings cannot take ("Vincent", "Laurent"): "Student Emma
			// Dale"
			"student", "correspondent", "correspondente", "president", "presidente",
			// staffing agencies, museums, cabin crews, ships, farms, funerals and parks:
			// "Intercedente Mieke Bos", "Suppoost Gerda Vink", "Deckhand Liam Cole"
			"intercedent", "intercedente", "consulente", "dirigent", "suppoost", "gids", "registrar", "purser",
			"piloot", "pilot", "deckhand", "farmhand", "stagehand", "melker", "herder", "teler", "tuinder", "imker",
			"knecht", "drager", "ranger", "warden",
			// growers, churches and the aliases managers use for a job of no catalogue
			// role: "Kweker Arie Vos", "Koster Wim Dekker", "Rep Tom Bakker"
			"kweker", "koster", "rep", "leidinggevende",
			// testers, loaders, hosts: "qa tester sanne vos", "silage loader koos hulst"
			"tester", "loader", "host", "hostess",
			// a skydiving centre's parachute rigger, an esports club's streamer: "rigger
			// jordy van wijlen", "streamer tim van baarle"
			"rigger", "streamer",
			// makers by their "-ent"/"-ant", closing compounds too: "Luisterboekproducent
			// Joel Andersson", "Kaasfabrikant Wim Bos"
			"producent", "fabrikant",
			// an analyst of a field ("video analyst", "data analyst"): "analist" ends in
			// "-ist"
			"analyst");

	/** Job nouns by their ending: "huisarts", "orthodontist", "grondwerker". */
	private static final Pattern SUFFIX = Pattern.compile("(?:"
			// a doctor ("huisarts", "sportarts"), not a verb: "starts", "restarts"
			+ "(?<!st)arts|ist|isten|werker|monteur|chauffeur|kundige|"
			// Dutch compounds: "notarisklerk", "dakdekker", "glazenwasser",
			// "toezichthouder"
			+ "klerk|dekker|wasser|houder|smid|legger|kracht|stagiair|stagiaire|snijder|maker|handelaar|"
			+ "therapeut|hulp|keeper|meester|portier|in-opleiding|ician|chef|-chef|verzorger|technicus|kok|"
			// "Gebarentolk Wilma Kok", "Ploegbaas Stefan Oldenkamp"
			+ "tolk|baas|"
			// a member of a team or board: "Cityteam-lid Rosa Bijleveld", "Bestuurslid …"
			+ "-lid|teamlid|bestuurslid|staflid|raadslid|ploeglid|personeelslid|commissielid|"
			+ "assistente|medewerkster|adviseuse|consulent|assistent|docent|lerares|leraar|"
			// the head of a unit: "Afdelingshoofd", "Teamhoofd"; the female "-ière"
			+ "hoofd|ière|"
			// the one in charge of a unit, in Flemish: "Labo-verantwoordelijke"
			+ "verantwoordelijke|"
			// "Fotograaf", "Cartograaf"; six letters or more, past "Graaf"
			+ "ograaf)$|" + "^(?:sous|hoofd|assistent|junior|senior)-");

	/**
	 * Ranks and titles said before a name like "Mr": "Sergeant Amy Collins", "Father Tom
	 * Kelly", "Kapitein Joris Buis".
	 */
	private static final Set<String> RANKS = Set.of("sergeant", "sgt", "captain", "capt", "kapitein", "commander",
			"commandant", "lieutenant", "luitenant", "kolonel", "colonel", "korporaal", "corporal", "admiral",
			"admiraal", "father", "sister", "brother", "pater", "pastoor", "reverend", "rev", "chaplain",
			"aalmoezenier", "rabbi", "imam", "constable", "inspector", "inspecteur", "schipper", "stuurman", "bootsman",
			"matroos", "officier", "wachtmeester", "brigadier", "hoofdagent", "agent",
			// the army's other ranks: "Private Sam Hale", "Soldaat Ilse Dekker", "Majoor
			// Ron Bak"
			"private", "pte", "soldier", "soldaat", "trooper", "gunner", "kanonnier", "marinier", "adjudant",
			"vaandrig", "cadet", "ensign", "majoor", "major",
			// a ship's pilot: "Loods Gerrit Zwart"
			"loods",
			// the physician's title written out: "Doctor Mei Tanaka", "Dokter Ivo Claes"
			"doctor", "dokter");

	/**
	 * Foreign honorifics, said like "Mr" and never a given name, so a title wherever the
	 * name stands: "Herr Jonas Brandt", "Signora Bianchi", "Please note Mlle Léa Martin".
	 */
	private static final Set<String> HONORIFICS = Set.of("herr", "frau", "signor", "signore", "signora", "signorina",
			"señor", "senor", "señora", "senora", "maestro", "maestra", "dottore", "dottoressa", "madame",
			"mademoiselle", "monsieur", "mme", "mlle");

	/**
	 * The endings of agent nouns, Dutch and English: "Banketbakker", "Boswachter",
	 * "Archivaris", "Bouncer", "Bibliothecaresse", "Verpleegster".
	 */
	private static final Pattern AGENT = Pattern
		.compile("(?:er|aar|ier|eur|teur|ant|aris|oog|oos|man|ess|esse|ster|trice|agent|architect|iste|ist|"
				// "Paraveterinair", "Secretaire", participles: "Leidinggevende"
				+ "air|aire|ende|"
				// a chat's job by its female or plain-hand ending: "Laborante",
				// "Winkelmeisje"
				+ "ante|meisje|"
				// "Intercedente", "Dirigente"
				+ "ente|"
				// "Conductor", "Curator", "Contractor": seven letters or more, past
				// "Hector" and "Victor"
				+ "tor|"
				// "Advisor", "Supervisor", "Counsellor"
				+ "visor|sellor|selor)$");

	/** Given names with an agent noun's ending, never taken for a job. */
	private static final Set<String> GIVEN = Set.of("alexander", "alistair", "hilaire", "christopher", "kristopher",
			"jennifer", "heather", "spencer", "fletcher", "chandler", "schuyler", "walther", "gunther", "günther",
			"sylvester", "chester", "webster", "forrester", "lavender", "jupiter", "leander", "evander", "lysander",
			"reinder", "olivier", "reinier", "gauthier", "baptiste", "constant", "coleman", "sherman", "freeman",
			"suleyman", "süleyman", "abdurrahman", "abdulrahman", "abdelrahman", "abderrahman", "abdurahman",
			"sulaiman", "suleiman", "soleiman", "lukman", "beatrice", "béatrice", "patrice", "kristoffer",
			"christoffer", "kristofer", "rüdiger", "rudiger", "christer", "alister", "alastair", "esmeralda", "walter",
			"oliver", "skyler", "vicente", "clemente");

	/** "new receptionist", "onze nieuwe kapster", "a new barista". */
	private static final Pattern NEW_ONE = Pattern
		.compile("(?iu)\\b(?:new|nieuwe?)\\s+(?:(?:junior|senior|part-time|parttime|fulltime|full-time)\\s+)?"
				+ "(\\p{L}[\\p{L}-]+(?:['’]ers?)?)\\b(?!\\s*['’]s)");

	private Occupations() {
	}

	/**
	 * Things and bosses said new that are no one starting: "new computer", "new manager".
	 */
	private static final Set<String> NOT_STARTING = Set.of("computer", "printer", "monitor", "charger", "number",
			"folder", "partner", "customer", "klant", "member", "owner", "user", "manager", "supervisor", "teamleider",
			"leidinggevende", "director", "directeur", "leider", "leader", "router", "scanner", "container", "trailer",
			"register", "roster", "rooster", "schedule", "planning", "locatie", "vestiging", "kantoor", "address",
			"adres");

	/**
	 * "the new video analyst", "de nieuwe lakspuiter": "new" and up to three words, the
	 * job's noun among them.
	 */
	private static final Pattern NEW_AND_WORDS = Pattern
		.compile("(?iu)\\b(?:new|nieuwe?)((?:\\s+[\\p{L}][\\p{L}-]*){1,3})");

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*");

	/**
	 * Where the first newcomer said by a job ends ("does the new video analyst need …",
	 * "heeft de nieuwe orderpicker al …"), or -1: "new" before a job's noun, perhaps
	 * after words that qualify it, never a thing ("new laptop", "new printer").
	 */
	static int newOneEnd(String words) {
		Matcher one = NEW_AND_WORDS.matcher(words);
		while (one.find()) {
			Matcher word = WORD.matcher(words).region(one.start(1), one.end(1));
			while (word.find()) {
				String lower = word.group().toLowerCase(Locale.ROOT);
				if (NOT_STARTING.contains(lower)) {
					break;
				}
				if (is(lower) || beforeName(lower)) {
					return word.end();
				}
			}
		}
		return -1;
	}

	/**
	 * A manager of a place, a job and no boss: "our new office manager", "de nieuwe
	 * winkelmanager".
	 */
	private static final Pattern NEW_PLACE_MANAGER = Pattern.compile("(?iu)\\b(?:new|nieuwe?)\\s+(?:office|kantoor|"
			+ "shop|store|winkel|site|facility|facilities|restaurant|hotel|praktijk|practice|branch|filiaal|"
			+ "warehouse|magazijn)[ -]?manager\\b");

	/** "onze nieuwe kok", "our new sous-chef": a job said new as ours. */
	private static final Pattern OUR_NEW_ONE = Pattern
		.compile("(?iu)\\b(?:onze|our)\\s+(?:nieuwe|new)\\s+(\\p{L}[\\p{L}-]+)\\b(?!\\s*['’]s)"
				// not one said before the name it introduces: "our new planner: Ravi
				// Shah"
				+ "(?!\\s*[:,(]?\\s*(?-i:\\p{Lu}))");

	/**
	 * Where a job outside the catalogue is said to be our new one ("wordt onze nieuwe
	 * kok", "becomes our new sous-chef"), or -1: as a catalogue role said new, someone
	 * starts in it. Not a boss ("our new manager"), whom a colleague may become.
	 */
	static int ourNewOne(String body, int from, int to) {
		// the name it may introduce can stand past the part's end
		Matcher one = OUR_NEW_ONE.matcher(body).region(from, to).useTransparentBounds(true);
		while (one.find()) {
			String word = one.group(1);
			if (!NOT_STARTING.contains(word.toLowerCase(Locale.ROOT)) && (is(word) || beforeName(word))) {
				return one.start();
			}
		}
		return -1;
	}

	/** Whether an occupation is said to be new: someone starts in it. */
	static boolean saidNew(String words) {
		if (NEW_PLACE_MANAGER.matcher(words).find()) {
			return true;
		}
		Matcher one = NEW_ONE.matcher(words);
		while (one.find()) {
			String word = one.group(1);
			if (!NOT_STARTING.contains(word.toLowerCase(Locale.ROOT)) && (is(word) || beforeName(word))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the word, first of three or more capitalised ones at a sentence's start, is
	 * a job or a rank before the name rather than a first name: an occupation, a rank, or
	 * a long word with an agent noun's ending that is no given name.
	 */
	static boolean beforeName(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (is(word) || RANKS.contains(lower) || HONORIFICS.contains(lower)) {
			return true;
		}
		int hyphen = lower.lastIndexOf('-');
		String last = hyphen >= 0 ? lower.substring(hyphen + 1) : lower;
		// "Jan-Peter", "Anne-Esther": a hyphenated given name ends in a given name
		if (lower.length() >= 7 && last.length() >= 5 && AGENT.matcher(last).find() && !GIVEN.contains(lower)
				&& !GIVEN.contains(last) && !SHORT_GIVEN.contains(last)) {
			return true;
		}
		// a plural for a group before the names: "Ticketcontroleurs Emma … en Noa …"
		return lower.length() >= 9 && lower.endsWith("s") && hyphen < 0
				&& AGENT.matcher(lower.substring(0, lower.length() - 1)).find()
				&& !GIVEN.contains(lower.substring(0, lower.length() - 1));
	}

	/**
	 * A lead's words, which name a job only with the unit they lead: "team lead", "head
	 * baker", "shift leader"; before a name alone they are no title.
	 */
	private static final Set<String> LEADS = Set.of("lead", "leader", "head", "hoofd");

	/**
	 * Whether a word said beside a name ("Tom Akers, team lead in the warehouse,", "Lena
	 * Fox (head baker)", "Ria Veen, chef-kok,") names the job held: an occupation, an
	 * agent noun, a lead's word.
	 */
	static boolean heldBeside(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return is(word) || beforeName(lower) || LEADS.contains(lower);
	}

	/** Short given names with such an ending, said after a hyphen: "Jan-Peter". */
	private static final Set<String> SHORT_GIVEN = Set.of("peter", "pieter", "wouter", "jasper", "esther", "ester",
			"walter", "oliver", "kasper", "casper", "xander", "sander", "dexter", "hester", "lester", "jesper",
			"rutger", "holger", "günter", "gunter", "roger", "homer", "elmer", "xavier", "javier", "didier", "amber",
			"piper", "harper", "hunter", "tyler", "skyler", "fleur", "kristian");

	/**
	 * Languages and subjects said after a teacher's job: "Leraar Grieks", "Docent
	 * Wiskunde".
	 */
	private static final Set<String> SUBJECTS = Set.of("engels", "duits", "frans", "spaans", "grieks", "latijn",
			"nederlands", "italiaans", "arabisch", "turks", "chinees", "russisch", "pools", "portugees", "japans",
			"english", "french", "german", "spanish", "greek", "latin", "dutch", "italian", "arabic", "turkish",
			"chinese", "russian", "polish", "portuguese", "japanese", "wiskunde", "biologie", "geschiedenis",
			"aardrijkskunde", "scheikunde", "natuurkunde", "economie", "muziek", "tekenen", "gym", "informatica",
			"maths", "math", "mathematics", "biology", "history", "geography", "chemistry", "physics", "economics",
			"music", "art", "drama", "science", "pe");

	/** Words said before a full name as its title: "Oud-collega Henny Wessels". */
	private static final Set<String> SAID_AS_TITLE = Set.of("oud-collega", "ex-collega", "collega", "oud-medewerker",
			"oud-medewerkster", "boer", "boerin", "former");

	/**
	 * Jobs {@link #beforeName} does not know, too short for a doer's ending: "rigger",
	 * "skipper", "marshal" (the known ones, "cleaner" or "kok", it knows already).
	 */
	private static final Set<String> SHORT_JOBS = Set.of("rigger", "skipper", "marshal", "baanmarshal", "assistant",
			// a technician said short in chat: "lift maintenance tech sara jones"
			"tech");

	/** Who does a job, said plainly after where: "warehouse guy", "delivery man". */
	private static final Set<String> HANDS = Set.of("guy", "man", "lady", "girl", "vrouw", "jongen", "meid", "kerel");

	/**
	 * How many of a name's first words are a job said before it: "Banketbakker Gerrit
	 * Hofstra" 1, "Leraar Grieks Stavros Pappas" 2, "Sergeant Amy Collins" 1. A guessed
	 * job (by its ending) only at a sentence's start; two words of the name always stay.
	 */
	/** A job word that may stand right before a name: "rigger", "verzorgende", "chef". */
	static boolean jobBeforeName(String word) {
		return is(word) || beforeName(word) || SHORT_JOBS.contains(word.toLowerCase(Locale.ROOT));
	}

	static int before(List<String> words, boolean sentenceStart) {
		if (words.isEmpty()) {
			return 0;
		}
		// a team label left where the job before it was read as no name: "Nachtploeg-B
		// Kees Mol"
		if (words.size() >= 3 && TEAM.matcher(words.get(0)).matches()) {
			return 1;
		}
		// a rank of the job before it: "Senior Purser Anouk Brandt", "Flight Attendant …"
		if (words.size() >= 4 && QUALIFIERS.contains(words.get(0).toLowerCase(Locale.ROOT))
				&& (is(words.get(1)) || sentenceStart && beforeName(words.get(1)))) {
			return 2;
		}
		// an adjective of the job after it: "bouwkundig tekenaar Rick Janssen",
		// "technisch
		// medewerker …"
		if (words.size() >= 4 && ADJECTIVE.matcher(words.get(0).toLowerCase(Locale.ROOT)).find()
				&& (is(words.get(1)) || sentenceStart && beforeName(words.get(1)))
				&& Character.isLetter(words.get(2).charAt(0))) {
			return 2;
		}
		// a job of two words in a lower-case chat: "new forklift driver jayden brink",
		// "warehouse guy tobias weber" (not "jan bakker de vries": a particle after it)
		if (words.size() >= 4 && Character.isLowerCase(words.get(0).charAt(0))
				&& Character.isLowerCase(words.get(1).charAt(0))
				&& (WORDS.contains(words.get(1)) || HANDS.contains(words.get(1)))
				&& !PeopleInText.PARTICLES.contains(words.get(2))) {
			return 2;
		}
		// who they are to us or on the land, said as a title: "Oud-collega Henny
		// Wessels",
		// "Boer Gerrit Pool"
		if (words.size() >= 3 && SAID_AS_TITLE.contains(words.get(0).toLowerCase(Locale.ROOT))) {
			return 1;
		}
		// a job of any length before a two-word name in a lower-case chat: "vessel
		// skipper tom ashworth", "donor assistant ji-woo park" (no particle: "jan van
		// dijk"; no job word: "anne marie jansen")
		if (words.size() >= 3 && words.stream().allMatch(w -> Character.isLowerCase(w.charAt(0)))
				&& words.stream().noneMatch(PeopleInText.PARTICLES::contains)
				// … or a lead's word after its unit: "warehouse lead mike o'brien"
				&& (heldBeside(words.get(words.size() - 3)) || SHORT_JOBS.contains(words.get(words.size() - 3)))) {
			return words.size() - 2;
		}
		int vehicle = JobAndItsVehicle.before(words);
		if (vehicle > 0) {
			return vehicle;
		}
		// a rank, like an honorific, is never a given name: a title wherever the name
		// stands ("please onboard Captain Lars Eriksen", "op 4 januari Kapitein Joris
		// Buis")
		String first = words.get(0).toLowerCase(Locale.ROOT);
		if (words.size() < 3 || !(is(words.get(0)) || HONORIFICS.contains(first) || RANKS.contains(first)
				|| sentenceStart && beforeName(words.get(0)))) {
			return 0;
		}
		String second = words.get(1).toLowerCase(Locale.ROOT);
		// a subject or a beat after the job: "Leraar Grieks …", "Verslaggever Berlijn …"
		// ("Nachtportier Frans de Wit": a given name that is a language too, when a name
		// would otherwise start with its particle); or the department headed or worked
		// in: "Hoofd Financiën Sanne Brouwer", "Director Operations Karen Walsh"
		int drop = words.size() >= 4 && (SUBJECTS.contains(second) || CITIES.contains(second) || HeldJob.unit(second))
				&& !Character.isLowerCase(words.get(2).charAt(0)) ? 2 : 1;
		// a team or region label after the job: "Teamleider Nachtploeg-B Kees Mol",
		// "Cartograaf Oost-Europa Ineke Bos"
		return words.size() - drop >= 3 && LABEL.matcher(words.get(drop)).matches() ? drop + 1 : drop;
	}

	/**
	 * Whether the first word of a name is the subject or beat of a job said in lower case
	 * right before it: "leerkracht Nederlands Lore Van den Bossche", "correspondent
	 * Brussel Elke Verhaegen". Two words of the name always stay.
	 */
	static boolean labelOfJobBefore(String jobBefore, List<String> words) {
		String first = words.get(0).toLowerCase(Locale.ROOT);
		return words.size() >= 3 && Character.isLowerCase(jobBefore.charAt(0))
				&& (is(jobBefore) || beforeName(jobBefore)) && (SUBJECTS.contains(first) || CITIES.contains(first));
	}

	/**
	 * Whether two words are a job and its subject, no name: "Docent Nederlands (als
	 * tweede taal)".
	 */
	static boolean jobAndLabel(List<String> words) {
		return words.size() == 2 && is(words.get(0)) && SUBJECTS.contains(words.get(1).toLowerCase(Locale.ROOT));
	}

	/** Adjectives of a trade or field: "bouwkundig", "technisch", "medical". */
	private static final Pattern ADJECTIVE = Pattern.compile("(?:kundig|isch|ieel|eel|ical)$");

	/** Words that rank the job after them: "Senior Purser", "Hoofd Verpleging". */
	private static final Set<String> QUALIFIERS = Set.of("senior", "junior", "chief", "head", "lead", "deputy",
			"assistant", "flight", "cabin", "night", "hoofd", "adjunct", "eerste", "tweede");

	/**
	 * Cities a correspondent or reporter is said with: "Correspondent Brussel Anna de
	 * Wit".
	 */
	private static final Set<String> CITIES = Set.of("amsterdam", "rotterdam", "utrecht", "eindhoven", "groningen",
			"antwerpen", "brussel", "brussels", "parijs", "paris", "londen", "london", "berlijn", "berlin", "madrid",
			"rome", "wenen", "vienna", "moskou", "moscow", "washington", "peking", "beijing", "tokio", "tokyo",
			"istanbul", "jeruzalem", "jerusalem", "kaapstad", "nairobi", "dublin", "lissabon", "lisbon", "athene",
			"athens", "warschau", "warsaw", "stockholm", "kopenhagen", "copenhagen", "oslo", "praag", "prague");

	/** A team with a letter or number: "Nachtploeg-B", "Team-3". */
	private static final Pattern TEAM = Pattern.compile("(?u)\\p{Lu}\\p{L}{2,}-(?:\\p{Lu}|\\d{1,3})");

	/**
	 * A team with a letter or number, or a region by a compass point: "Ploeg-B",
	 * "Oost-Europa".
	 */
	private static final Pattern LABEL = Pattern.compile("(?u)\\p{Lu}\\p{L}*-(?:\\p{Lu}|\\d{1,3})|"
			+ "(?:Noord|Oost|Zuid|West|Midden|North|East|South|Central)-\\p{Lu}\\p{L}+");

	/**
	 * A compound whose last part is a job noun of five letters or more: "Zanglerares",
	 * "Nachtportier".
	 */
	private static boolean compound(String lower) {
		if (lower.length() < 8) {
			return false;
		}
		for (String word : WORDS) {
			if (word.length() >= 5 && lower.length() - word.length() >= 3 && lower.endsWith(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A job named by its field's abbreviation: "ICT'er", "PM'er", "ZZP'ers", "HR-er".
	 */
	private static final Pattern ABBREVIATED = Pattern.compile("(?iu)\\p{L}{2,5}['’-]ers?");

	/** Whether the word is an occupation. */
	static boolean is(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (ABBREVIATED.matcher(word).matches()) {
			return true;
		}
		if (WORDS.contains(lower) || lower.length() > 5 && SUFFIX.matcher(lower).find() || compound(lower)) {
			return true;
		}
		// one who works in a field by its initials: "ICT'er", "PM'er", "HR'ers"
		if (lower.matches("\\p{L}{2,4}['’]ers?") && Character.isUpperCase(word.charAt(0))) {
			return true;
		}
		// a plural for a group: "Nurses Sian Hughes and Omar Farouk", "Koks …"
		String singular = lower.endsWith("es") && WORDS.contains(lower.substring(0, lower.length() - 1))
				? lower.substring(0, lower.length() - 1) : lower.replaceAll("(?:s|en)$", "");
		return !singular.equals(lower)
				&& (WORDS.contains(singular) || singular.length() > 5 && SUFFIX.matcher(singular).find());
	}

}
