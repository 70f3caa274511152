package io.handover.intake;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capitalised words that are no person: an organisation ("Tuincentrum De Linde", "Groeten
 * van Bowlingcentrum Zuidhorn!", "Harbour Dental Practice") or a job title in Title Case
 * ("Ms Rana Aziz, Accounts Payable Clerk, has resigned", "has been appointed Senior Loss
 * Adjuster"). Read as a person, such words would be offboarded or given an account, and
 * take the real person's date.
 */
final class Organisations {

	/** A business or place noun that opens an organisation's name: "Tuincentrum …". */
	private static final Pattern OPENS = Pattern.compile("(?:centrum|centrale|huis|bedrijf|bedrijven|winkel|theater|"
			+ "bakkerij|kwekerij|slagerij|drukkerij|brouwerij|boerderij|apotheek|praktijk|kliniek|stichting|vereniging|"
			+ "school|hotel|restaurant|café|cafe|camping|garage|studio|salon|kapsalon|sportschool|club|bioscoop|"
			+ "bibliotheek|gemeente|bouw|transport|installatie(?:bedrijf|techniek)?|makelaardij|hoveniers|"
			// a shift crew heading ("Inpakploeg Roermond:"), a licence ("de
			// AutoCAD-licentie van Bert"), public bodies: "Omgevingsdienst Twente",
			// "Waterschap …", "Veiligheidsregio …"
			+ "ploeg|licentie|licenties|licence|license|dienst|waterschap|regio|"
			// care, parks and trades: "Kinderopvang De Boomhut", "Jachthaven …",
			// "Vishandel …", "Zorggroep …", "Vakantiepark …"
			+ "opvang|bureau|kantoor|ziekenhuis|museum|kerk|parochie|academie|zorg|zorggroep|groep|park|haven|"
			+ "markt|handel|fabriek|werkplaats|"
			// broadcasters: "Radio Noordkaap", "Omroep Zeeland"
			+ "radio|omroep)$");

	/** A noun that closes one: "Harbour Dental Practice", "Oak Leisure Centre". */
	private static final Set<String> CLOSES = Set.of("centre", "center", "ltd", "limited", "bv", "b.v.", "nv", "inc",
			"llc", "plc", "group", "groep", "hotel", "clinic", "practice", "surgery", "studio", "bakery", "school",
			"college", "academy", "council", "trust", "foundation", "stichting", "garage", "salon", "nursery",
			"pharmacy", "cinema", "theatre", "theater", "restaurant", "brewery", "hospital", "holdings", "partners",
			"services", "solutions", "logistics", "transport", "bouw", "installaties", "makelaardij", "kliniek",
			"praktijk", "home", "homes", "hospice", "care", "zorg", "service", "authority", "agency", "police",
			"brigade", "radio", "fm");

	/** The head noun of a job title said in Title Case. */
	private static final Pattern HEAD = Pattern.compile("(?:clerk|foreman|forewoman|adjuster|executive|handler|"
			+ "surveyor|supervisor|inspector|officer|administrator|operative|attendant|superintendent|estimator|"
			+ "underwriter|auditor|analyst|assistant|coordinator|co-ordinator|manager|director|engineer|developer|"
			+ "designer|consultant|advisor|adviser|specialist|technician|controller|lead|leader|partner|associate|"
			+ "representative|rep|agent|planner|buyer|accountant|medewerker|adviseur|coördinator|beheerder|"
			+ "leidinggevende)$");

	/** The last word of a unit's name in Title Case: "Customer Success", "IT Support". */
	private static final Pattern UNIT = Pattern.compile("(?:success|support|services?|operations|marketing|"
			+ "finance|procurement|purchasing|logistics|compliance|facilities|payroll|administration|communications|"
			+ "engineering|development|research|sales|relations|experience|care|onboarding|ondersteuning|"
			+ "klantenservice|administratie|communicatie|inkoop|verkoop|"
			// "Quality Assurance Officer", "Health and Safety Advisor"
			+ "assurance|control|safety|security|maintenance|production|planning)$");

	/**
	 * A word in Title Case right after a run: "Officer" in "Quality Assurance Officer".
	 */
	private static final Pattern HEAD_AFTER = Pattern.compile("\\s+(\\p{Lu}[\\p{L}-]*)");

	/** Words right before a job title given to someone: "has been appointed (as) …". */
	private static final Pattern APPOINTED = Pattern.compile(
			"(?i)\\b(?:appointed|promoted to|benoemd tot|benoemd als|aangesteld als)(?:\\s+as)?(?:\\s+(?:the|a|an|our|de|het|onze))?\\s+$");

	/**
	 * Words right before a former or present employer: "joins us from (The) …", "komt
	 * over van …", "previously at …", "his employment with …". Not "takes over from", a
	 * predecessor.
	 */
	private static final Pattern EMPLOYER_BEFORE = Pattern.compile("(?i)\\b(?:(?:comes?|coming|came|joins?|joining|"
			+ "joined|transfers?|switches)\\s+(?:over\\s+)?(?:to\\s+us\\s+|us\\s+)?from|(?:komt|kwam|komen)\\s+"
			+ "(?:over\\s+|bij\\s+ons\\s+)?(?:van|uit)|overgekomen van|afkomstig (?:van|uit)|previously (?:at|with)|"
			+ "(?:werkte|zat) (?:eerder |hiervoor |tot nu toe )?bij|(?:worked|was) (?:previously )?(?:at|for)|"
			// the employer an employment is with: "will end his employment with Atelier
			// Natura", "haar dienstverband bij Kramer Bouw", "employed by"
			// (theirs: "het dienstverband met Mehmet Arslan beëindigd" names the person)
			+ "(?:his|her|their|zijn|haar|hun)\\s+(?:employment|dienstverband|arbeidsovereenkomst)\\s+(?:with|at|bij)|"
			+ "employed\\s+(?:by|at|with)|" + "in\\s+dienst\\s+bij|werkzaam\\s+bij)" + "\\s+(?:(?:the|de|het)\\s+)?$");

	/**
	 * "het" or "the" after a preposition: "vertrekt naar het Rode Kruis", "goes to the
	 * Red Cross". A person takes no such article (a surname's "'t" follows a given name).
	 */
	private static final Pattern NEUTER_BEFORE = Pattern
		.compile("(?i)\\b(?:naar|bij|voor|van|uit|to|for|at|with|from|joins?|joining)\\s+(?:het|the)\\s+$");

	/**
	 * A church, school or museum named after a particle: "Wim Dekker van de Martinikerk",
	 * "Gerda Vink van het Rijksmuseum", "Julia Mertens van het Clusius College". Its
	 * first part is four letters or more, past surnames such as "Verkerk".
	 */
	private static final Pattern INSTITUTION = Pattern.compile("(?iu)\\p{L}{4,}(?:kerk|kapel|abdij|kathedraal|"
			+ "basiliek|moskee|synagoge|school|college|lyceum|museum|ziekenhuis|kliniek|bibliotheek|parochie|theater|"
			+ "schouwburg)");

	private Organisations() {
	}

	/**
	 * Whether the token, capitalised after a particle ("van de", "van het"), names an
	 * institution the person works at rather than the end of their surname.
	 */
	static boolean institutionAfterParticle(String body, List<int[]> tokens, int j) {
		if (j < 2) {
			return false;
		}
		String before = word(body, tokens, j - 1);
		return Set.of("de", "het", "der", "den").contains(before)
				&& (INSTITUTION.matcher(body.substring(tokens.get(j)[0], tokens.get(j)[1])).matches()
						// "van het Clusius College", "van de Hanze Hogeschool"
						|| j + 1 < tokens.size() && " ".equals(body.substring(tokens.get(j)[1], tokens.get(j + 1)[0]))
								&& (CLOSES.contains(word(body, tokens, j + 1))
										|| INSTITUTION.matcher(word(body, tokens, j + 1)).matches()));
	}

	/** Whether the run of capitalised tokens names an organisation. */
	static boolean isOne(String body, List<int[]> tokens, List<Integer> run) {
		if (run.size() < 2) {
			return false;
		}
		String first = word(body, tokens, run.get(0));
		String last = word(body, tokens, run.get(run.size() - 1));
		int start = tokens.get(run.get(0))[0];
		return first.length() > 4 && OPENS.matcher(first).find() || CLOSES.contains(last)
				|| branchWithItsTown(body, start, run.size(), last)
				|| EMPLOYER_BEFORE.matcher(body.substring(Math.max(0, start - 40), start)).find()
				|| NEUTER_BEFORE.matcher(body.substring(Math.max(0, start - 20), start)).find();
	}

	/**
	 * Where a branch is: "van de kassa in Lumière Utrecht", "projectionist at Vue Leeds".
	 */
	private static final Pattern IN_BEFORE = Pattern.compile("(?i)\\b(?:in|at)\\s+$");

	/**
	 * Towns a chain's branch is named after, its brand before them: "Lumière Utrecht",
	 * "Cinemax Leiden".
	 */
	private static final Set<String> TOWNS = Set.of("amsterdam", "rotterdam", "utrecht", "eindhoven", "groningen",
			"tilburg", "almere", "breda", "nijmegen", "arnhem", "haarlem", "enschede", "apeldoorn", "amersfoort",
			"zwolle", "leiden", "maastricht", "dordrecht", "zoetermeer", "deventer", "delft", "alkmaar", "venlo",
			"leeuwarden", "hilversum", "amstelveen", "hengelo", "antwerpen", "gent", "brugge", "leuven", "mechelen",
			"hasselt", "london", "manchester", "leeds", "birmingham", "glasgow", "liverpool", "bristol", "sheffield",
			"brighton", "dublin");

	/**
	 * Whether the run is a chain's branch, a brand and then its town, said after "in" or
	 * "at": read as a person it took the first one's day.
	 */
	private static boolean branchWithItsTown(String body, int start, int words, String last) {
		return words == 2 && TOWNS.contains(last)
				&& IN_BEFORE.matcher(body.substring(Math.max(0, start - 10), start)).find();
	}

	/**
	 * Whether the run is a job title: after "appointed (as)", or set off by a comma right
	 * after a full name with its head noun last ("Rana Aziz, Accounts Payable Clerk,
	 * has").
	 */
	static boolean jobTitle(String body, List<int[]> tokens, List<Integer> run, int previousEnd, int previousWords) {
		int start = tokens.get(run.get(0))[0];
		int end = tokens.get(run.get(run.size() - 1))[1];
		String last = word(body, tokens, run.get(run.size() - 1));
		String between = previousEnd >= 0 && previousEnd <= start ? body.substring(previousEnd, start) : "";
		// "Ms Jane Ode, our Head Chef, leaves": after "our" any job noun heads a title
		boolean ours = between.matches("(?s),\\s*(?:our|onze|ons|the|de|their|hun)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)*");
		boolean head = HEAD.matcher(last).find() || ours && Occupations.is(last);
		if (head && APPOINTED.matcher(body.substring(Math.max(0, start - 40), start)).find()) {
			return true;
		}
		// "Kofi Mensah, Customer Success, starts": the unit they join, set apart the same
		// way
		head = head || UNIT.matcher(last).matches();
		if (!head || previousEnd < 0 || previousWords < 2 || previousEnd > start) {
			return false;
		}
		String after = body.substring(end);
		// … with its head noun kept out of the run: "Kwame Boateng, Quality Assurance
		// Officer, will"
		Matcher headAfter = HEAD_AFTER.matcher(after);
		if (headAfter.lookingAt() && HEAD.matcher(headAfter.group(1).toLowerCase(Locale.ROOT)).find()) {
			after = after.substring(headAfter.end());
		}
		return (ours || between.matches(",\\s*(?:\\p{Lu}[\\p{L}-]*\\s+)*"))
				&& after.matches("(?s)\\s*(?:[,()]|at\\b|on\\b|in\\b|for\\b|with\\b|bij\\b|op\\b|van\\b).*");
	}

	private static String word(String body, List<int[]> tokens, int k) {
		int[] token = tokens.get(k);
		return body.substring(token[0], token[1]).toLowerCase(Locale.ROOT);
	}

}
