package io.handover.intake;

import java.util.Locale;
import java.util.Set;
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
			"chauffeur", "cleaner", "calculator", "salarisadministrateur", "administrateur", "loodgieter", "apotheker",
			"electrician", "caretaker", "slager", "bakker", "bezorger", "afwasser", "monteur", "kapper", "kapster",
			"schoonmaker", "schoonmaakster", "conciërge", "concierge", "portier", "porter", "nurse", "verpleegkundige",
			"werkstudent", "studentassistent", "vakkenvuller", "caissière", "caissiere", "kassier", "boekhouder",
			"accountant", "jurist", "advocaat", "notaris", "docent", "leraar", "lerares", "teacher", "lecturer",
			"professor", "chef", "cook", "driver", "plumber", "carpenter", "gardener", "hovenier", "tuinman",
			"schilder", "stukadoor", "metselaar", "elektricien", "installateur", "magazijnier", "heftruckchauffeur",
			"vrachtwagenchauffeur", "buschauffeur", "pedicure", "kinderopvangmedewerker", "pedagoog", "gastvrouw",
			"gastheer", "serveerster", "serveer", "bartender", "waiter", "waitress", "housekeeper", "janitor", "locum",
			"pharmacist", "dentist", "physio", "physiotherapist", "midwife", "verloskundige", "paramedic",
			"ambulancier", "beveiliger", "guard", "steward", "stewardess", "planner", "roostermaker", "scheduler",
			"dispatcher", "mechanic", "technician", "welder", "lasser", "machinist", "operator", "inpakker", "picker",
			"orderpicker", "heftruck", "bode", "postbode", "koerier", "courier", "tolk", "vertaler", "translator",
			"secretaresse", "secretary", "receptioniste", "telefoniste", "huishoudster", "oppas", "nanny", "tutor",
			"trainer", "instructeur", "instructor", "coach", "kapelaan", "pastor", "dominee", "verzorger",
			"verzorgster", "usher", "sommelier", "barista", "cashier", "clerk", "foreman", "surveyor", "adjuster",
			"butcher", "baker", "florist", "roofer", "tiler", "glazier", "hairdresser", "barber", "solicitor", "lawyer",
			"paralegal", "notary", "doorman", "dishwasher", "caregiver", "valet", "groundsman", "greenkeeper",
			"lifeguard", "kassamedewerker", "bloemist", "visagist", "schoonheidsspecialiste", "kapsalonmedewerker",
			"toezichthouder", "klerk", "smid", "opzichter", "magazijnchef");

	/** Job nouns by their ending: "huisarts", "orthodontist", "grondwerker". */
	private static final Pattern SUFFIX = Pattern.compile("(?:arts|ist|isten|werker|monteur|chauffeur|kundige|"
			// Dutch compounds: "notarisklerk", "dakdekker", "glazenwasser",
			// "toezichthouder"
			+ "klerk|dekker|wasser|houder|smid|legger|kracht|stagiair|stagiaire|snijder|maker|handelaar|"
			+ "therapeut|hulp|keeper|meester|portier|in-opleiding|ician|chef|-chef|verzorger|technicus|kok|"
			+ "assistente|medewerkster|adviseuse)$|^(?:sous|hoofd|assistent|junior|senior)-");

	private Occupations() {
	}

	/** Whether the word is an occupation. */
	static boolean is(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (WORDS.contains(lower) || lower.length() > 5 && SUFFIX.matcher(lower).find()) {
			return true;
		}
		// a plural for a group: "Nurses Sian Hughes and Omar Farouk", "Koks …"
		String singular = lower.endsWith("es") && WORDS.contains(lower.substring(0, lower.length() - 1))
				? lower.substring(0, lower.length() - 1) : lower.replaceAll("(?:s|en)$", "");
		return !singular.equals(lower) && WORDS.contains(singular);
	}

}
