package io.handover.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.handover.common.Levenshtein;

/**
 * Matches the words naming a role to a role profile: by key, title or alias, ignoring
 * case, accents, punctuation and spaces, and forgiving small typos ("acount manager").
 * Also reads what the catalogue cannot list: seniority ("senior developer"), plurals,
 * female forms ("verkoopster"), initials ("AM") and a department ("the sales team", "bij
 * de facilitaire dienst"); each still resolves through the catalogue's own names.
 */
final class RoleWords {

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*");

	private static final Pattern SENIORITY = Pattern
		.compile("^(?:senior|junior|medior|sr|jr|lead|hoofd|eerste|tweede|ervaren|experienced|trainee|stagiair)\\s+");

	/**
	 * Words people use for a role that a catalogue does not list: they resolve to one of
	 * the catalogue's own names, so a catalogue without that role matches nothing.
	 */
	private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("dev", "developer"),
			Map.entry("devs", "developer"), Map.entry("swe", "software engineer"),
			Map.entry("sw engineer", "software engineer"), Map.entry("backend developer", "developer"),
			Map.entry("frontend developer", "developer"), Map.entry("full stack developer", "developer"),
			Map.entry("fullstack developer", "developer"), Map.entry("ontwikkelaar backend", "ontwikkelaar"),
			Map.entry("engineering team", "software engineer"), Map.entry("engineering", "software engineer"),
			Map.entry("development team", "developer"), Map.entry("dev team", "developer"),
			// written closed, as Dutch writes compounds: "het developmentteam"
			Map.entry("developmentteam", "developer"), Map.entry("devteam", "developer"),
			Map.entry("engineeringteam", "software engineer"), Map.entry("ontwikkelteam", "ontwikkelaar"),
			Map.entry("ontwikkelafdeling", "ontwikkelaar"), Map.entry("sales team", "sales"),
			Map.entry("salesteam", "sales"), Map.entry("verkoopteam", "sales"), Map.entry("verkoopafdeling", "sales"),
			Map.entry("sales department", "sales"), Map.entry("account management", "account manager"),
			Map.entry("facilities team", "facility coordinator"), Map.entry("facilities", "facility coordinator"),
			Map.entry("facilitair", "facilitair coordinator"),
			Map.entry("facilitaire afdeling", "facilitair coordinator"),
			Map.entry("facilitaire zaken", "facilitair coordinator"),
			Map.entry("facility team", "facility coordinator"),
			Map.entry("facility management", "facility coordinator"), Map.entry("care team", "care worker"),
			Map.entry("zorgteam", "zorgmedewerker"), Map.entry("de zorg", "zorgmedewerker"),
			Map.entry("verpleging", "zorgmedewerker"), Map.entry("thuiszorg", "zorgmedewerker"),
			Map.entry("development", "developer"), Map.entry("software development", "developer"),
			Map.entry("ontwikkeling", "ontwikkelaar"), Map.entry("softwareontwikkeling", "ontwikkelaar"),
			Map.entry("verkoop", "sales"), Map.entry("verkoopafd", "sales"),
			Map.entry("zorgafdeling", "zorgmedewerker"), Map.entry("facilitaire", "facilitair coordinator"),
			Map.entry("salesperson", "sales"), Map.entry("salesman", "sales"), Map.entry("saleswoman", "sales"),
			Map.entry("verkoopmedewerker", "verkoper"), Map.entry("verkoopmedewerkster", "verkoper"),
			// a seller who advises, as a "sales advisor" is one
			Map.entry("verkoopadviseur", "verkoper"), Map.entry("verkoopadviseuse", "verkoper"),
			Map.entry("verkoopadviseurs", "verkoper"), Map.entry("afdeling zorg", "zorgmedewerker"),
			Map.entry("zorgverlener", "zorgmedewerker"), Map.entry("thuiszorgmedewerker", "zorgmedewerker"),
			Map.entry("caregiving", "caregiver"), Map.entry("verzorging", "verzorgende"),
			Map.entry("afdeling verzorging", "verzorgende"),
			// care words of everyday speech and chat: "our new HCA", "een zorg hulp"
			Map.entry("hca", "healthcare assistant"), Map.entry("care assistant", "healthcare assistant"),
			Map.entry("support worker", "care worker"), Map.entry("care aide", "care worker"),
			Map.entry("nursing assistant", "healthcare assistant"), Map.entry("zorghulp", "zorgmedewerker"),
			Map.entry("zorgkracht", "zorgmedewerker"), Map.entry("zorgpersoon", "zorgmedewerker"),
			Map.entry("zorgassistent", "zorgmedewerker"), Map.entry("hcas", "healthcare assistant"),
			Map.entry("helpende zorg", "zorgmedewerker"), Map.entry("verpleeghulp", "zorgmedewerker"),
			Map.entry("ziekenverzorgende", "verzorgende"),
			// chat abbreviations and the Dutch "sales" compound: "zorgmdw",
			// "salesmedewerker"
			Map.entry("zorgmdw", "zorgmedewerker"), Map.entry("zorgmw", "zorgmedewerker"),
			Map.entry("zorgmdwr", "zorgmedewerker"), Map.entry("salesmedewerker", "sales"),
			Map.entry("salesmedewerkster", "sales"), Map.entry("salesmedewerkers", "sales"),
			// the rep and the key account said as managers say them: "sales rep", "key
			// account manager", "car salesmen"
			Map.entry("sales rep", "sales"), Map.entry("sales reps", "sales"), Map.entry("salesrep", "sales"),
			Map.entry("key account manager", "account manager"), Map.entry("key accountmanager", "account manager"),
			Map.entry("key account managers", "account manager"), Map.entry("salesmen", "sales"),
			Map.entry("saleswomen", "sales"),
			// the Flemish developer's title; no alias, whose initials would read a PA
			Map.entry("programmeur analist", "programmeur"), Map.entry("programmeur analisten", "programmeur"));

	/** Words a role's name never begins or ends with: "verzorgende en" is no role. */
	private static final java.util.Set<String> EDGE = java.util.Set.of("en", "and", "of", "de", "het", "the", "als",
			"as", "op", "on", "in", "bij", "at", "naar", "to", "van", "from", "a", "an", "een", "our", "onze", "per",
			"vanaf", "is", "wordt", "becomes");

	/**
	 * The catalogue's names folded once: they are compared with every window of words.
	 */
	private static final Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

	private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,3}");

	private static final Pattern PLURAL = Pattern.compile("(?<=[a-z]{4})(s|'s|en|n)$");

	private static final Pattern FEMALE = Pattern.compile("sters?$");

	private static final Pattern SPACES = Pattern.compile("[\\s-]+");

	private RoleWords() {
	}

	/** The best-matching profile key for the words, if any is close enough. */
	static Optional<String> match(String words, List<RoleName> roles, boolean tolerateTypos) {
		String folded = fold(words);
		if (folded.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> exact = closest(folded, roles, tolerateTypos);
		if (exact.isPresent()) {
			return exact;
		}
		for (String variant : variants(words)) {
			Optional<String> found = closest(fold(variant), roles, tolerateTypos);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * Every role the text names, longest first where two overlap, in the order written.
	 * Spans inside {@code taken} (names, dates) are skipped.
	 */
	static List<Mention> findAll(String text, List<RoleName> roles, boolean[] taken) {
		List<int[]> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(new int[] { matcher.start(), matcher.end() });
		}
		List<Mention> found = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Mention best = null;
			for (int length = Math.min(3, tokens.size() - i); length >= 1 && best == null; length--) {
				int start = tokens.get(i)[0];
				int end = tokens.get(i + length - 1)[1];
				String words = text.substring(start, end);
				if (crossesPunctuation(text, tokens, i, length) || isTaken(taken, start, end) || length > 1
						&& !SYNONYMS.containsKey(words.toLowerCase(Locale.ROOT))
						&& (EDGE.contains(text.substring(start, tokens.get(i)[1]).toLowerCase(Locale.ROOT)) || EDGE
							.contains(text.substring(tokens.get(i + length - 1)[0], end).toLowerCase(Locale.ROOT)))) {
					continue;
				}
				// a surname one typo from a role ("Maeve Carver", "carer") is a name: a
				// capitalised word after another is matched only exactly
				boolean inName = i > 0 && Character.isUpperCase(text.charAt(start))
						&& Character.isUpperCase(text.charAt(tokens.get(i - 1)[0]))
						&& text.substring(tokens.get(i - 1)[1], start).equals(" ")
						// … and so is a first name one typo from it before a surname
						// ("Carter Bloom")
						|| length == 1 && i + 1 < tokens.size() && Character.isUpperCase(text.charAt(start))
								&& Character.isUpperCase(text.charAt(tokens.get(i + 1)[0]))
								&& text.substring(end, tokens.get(i + 1)[0]).equals(" ");
				if (length == 1 && givenName(text, tokens, i, roles)) {
					continue;
				}
				Optional<String> key = initials(words, roles)
					.or(() -> match(words, roles, !inName && !RoleCompounds.realWord(words)));
				if (key.isPresent() && !"default".equals(key.get())) {
					best = new Mention(key.get(), words, start, end);
					i += length;
				}
			}
			if (best != null && !service(text, best) && !addressed(text, best)
					&& !RoleCompounds.beforeOtherHead(text, best) && !RoleCompounds.otherCare(text, best)
					&& !sectorLed(text, best) && !salesLed(text, best)
					&& !OtherEngineers.named(text, best.words(), best.start())
					&& !OtherSense.said(text, best.start(), best.end())
					&& !OtherSense.fieldOfOtherJob(text, best.start(), best.end(),
							w -> match(w, roles, false).isPresent())
					&& !OtherSense.unitOfOtherJob(text, best.start(), best.end(),
							w -> match(w, roles, false).isPresent())) {
				found.add(best);
			}
			else {
				i++;
			}
		}
		return found;
	}

	/**
	 * A short word of a role written as a given name before a surname: "Dev Patel", not
	 * "HCA Mary Jones" or "Dev team".
	 */
	private static boolean givenName(String text, List<int[]> tokens, int i, List<RoleName> roles) {
		String word = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
		if (word.length() > 4 || !SYNONYMS.containsKey(word.toLowerCase(Locale.ROOT))
				|| !Character.isUpperCase(word.charAt(0))
				|| !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT)) || i + 1 >= tokens.size()) {
			return false;
		}
		int[] next = tokens.get(i + 1);
		String surname = text.substring(next[0], next[1]);
		return text.substring(tokens.get(i)[1], next[0]).equals(" ") && Character.isUpperCase(surname.charAt(0))
				&& match(surname, roles, false).isEmpty();
	}

	/** A greeting right before: "Beste ", "Dear ", "Hi team ". */
	private static final Pattern GREETED = Pattern.compile("(?iu)(?:^|\\n)\\s*(?:beste|dear|hi|hello|hallo|hoi|"
			+ "geachte|goedemorgen|goedemiddag|good morning|good afternoon)\\s+(?:(?:the|de|het|team|afdeling|"
			+ "collega'?s(?: van)?(?: de| het)?|colleagues(?: of| in)?(?: the)?)\\s+)*$");

	/**
	 * The department a message is addressed to ("Beste Facilitaire Dienst,", "Dear
	 * Facilities team,"), not the job of anyone announced.
	 */
	private static boolean addressed(String text, Mention mention) {
		return GREETED.matcher(text.substring(Math.max(0, mention.start() - 40), mention.start())).find()
				&& text.substring(mention.end()).matches("(?s)\\s*(?:team|afdeling|department|dienst)?\\s*[,!:\\n].*");
	}

	/** A department named as the one that orders or sets up: "via facilities". */
	private static final Pattern SERVICE_DEPARTMENT = Pattern
		.compile("(?i)facilit(?:ies|aire dienst|aire afdeling|aire zaken|air)(?: (?:team|dienst|afdeling))?");

	private static final Pattern SERVICE_BEFORE = Pattern.compile("(?i)\\b(?:by|via|through|door|ask|asked|vraag|"
			+ "contact|could|can|would|will|kan|kunnen|zou|wil)\\s+(?:(?:the|de|het|our|onze|ons)\\s+)?$");

	private static final Pattern SERVICE_AFTER = Pattern.compile("(?i)^\\s+(?:(?:team|dienst|afdeling)\\s+)?"
			+ "(?:(?:are|is|will|can|could|should|zal|kan|moet|gaat)\\s+(?:be\\s+)?)?(?:regelt|regelen|bestelt|bestellen|"
			+ "sorts?|sorting|sort|orders?|ordering|sets? up|setting up|prepares?|preparing|prepare|arranges?|arranging|"
			+ "arrange|klaarzetten|zet\\s+\\p{L}+\\s+klaar|richt|inrichten)\\b");

	/**
	 * Facilities named as the service that sets up a desk or a pass ("being set up by
	 * facilities", "via de facilitaire dienst", "facilities are sorting his desk"), not
	 * as the person's job.
	 */
	private static boolean service(String text, Mention mention) {
		return SERVICE_DEPARTMENT.matcher(mention.words()).matches()
				&& (SERVICE_BEFORE.matcher(text.substring(Math.max(0, mention.start() - 20), mention.start())).find()
						|| SERVICE_AFTER.matcher(text.substring(mention.end())).find());
	}

	/** Care sector words that also name the unit or place, not only the job. */
	private static final Pattern SECTOR = Pattern
		.compile("(?i)(?:de |afdeling )?(?:thuiszorg|verpleging|zorg|" + "zorgteam|zorgafdeling|verzorging|care team)");

	private static final Pattern LEADS_OR_PLACE = Pattern.compile("(?iu)(?:\\b(?:teamleider|leider|leidinggevende|"
			+ "manager|co[öo]rdinator|hoofd|head|directeur|director|lead)|\\b(?:kantoor|locatie|vestiging|gebouw|"
			+ "office|building) (?:van|of) (?:de|het|the))\\s+$");

	/**
	 * A care sector said after a leader's title or as a place ("manager verpleging",
	 * "Coördinator thuiszorg", "het kantoor van de thuiszorg"): the unit led or the
	 * place, not the care job.
	 */
	private static boolean sectorLed(String text, Mention mention) {
		return SECTOR.matcher(mention.words()).matches()
				&& LEADS_OR_PLACE.matcher(text.substring(Math.max(0, mention.start() - 30), mention.start())).find();
	}

	private static final Pattern SALES = Pattern.compile("(?iu)(?:hoofd\\s+)?(?:sales|verkoop)");

	private static final Pattern LEADER_BEFORE = Pattern
		.compile("(?iu)\\b(?:head of|hoofd|director of|directeur|leider|teamleider)\\s+$");

	private static final Pattern LEADER_AFTER = Pattern
		.compile("(?iu)^\\s*(?:director|directeur|lead|leader|leider)\\b");

	/**
	 * Sales as the unit a leader heads ("sales director", "hoofd verkoop", "head of
	 * sales"): the leader's job, which is no account manager's.
	 */
	private static boolean salesLed(String text, Mention mention) {
		return SALES.matcher(mention.words()).matches() && (mention.words().toLowerCase(Locale.ROOT).startsWith("hoofd")
				|| LEADER_BEFORE.matcher(text.substring(Math.max(0, mention.start() - 30), mention.start())).find()
				|| LEADER_AFTER.matcher(text.substring(mention.end())).find());
	}

	private static boolean crossesPunctuation(String text, List<int[]> tokens, int from, int length) {
		for (int k = from; k < from + length - 1; k++) {
			String between = text.substring(tokens.get(k)[1], tokens.get(k + 1)[0]);
			if (!between.isBlank() || between.indexOf('\n') >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean isTaken(boolean[] taken, int start, int end) {
		if (taken == null) {
			return false;
		}
		for (int k = start; k < end && k < taken.length; k++) {
			if (taken[k]) {
				return true;
			}
		}
		return false;
	}

	/** "AM" for Account Manager: capitals only, the initials of a title or alias. */
	private static Optional<String> initials(String words, List<RoleName> roles) {
		if (words.length() > 3 || !CAPITALS.matcher(words).matches()) {
			return Optional.empty();
		}
		for (RoleName role : roles) {
			for (String name : role.names()) {
				String[] parts = name.trim().split("[\\s-]+");
				if (parts.length == words.length()) {
					StringBuilder first = new StringBuilder();
					for (String part : parts) {
						first.append(Character.toUpperCase(part.charAt(0)));
					}
					if (first.toString().equals(words)) {
						return Optional.of(role.key());
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The words as a catalogue would list them: without seniority, singular, the male
	 * form, or through a synonym.
	 */
	private static List<String> variants(String words) {
		String lower = SPACES.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
		List<String> variants = new ArrayList<>();
		String plain = SENIORITY.matcher(lower).replaceFirst("");
		variants.add(plain);
		variants.add(PLURAL.matcher(plain).replaceFirst(""));
		if (plain.endsWith("ster") || plain.endsWith("sters")) {
			variants.add(FEMALE.matcher(plain).replaceFirst("er"));
			variants.add(FEMALE.matcher(plain).replaceFirst(""));
		}
		String head = RoleCompounds.head(SENIORITY.matcher(words.toLowerCase(Locale.ROOT).trim()).replaceFirst(""));
		if (head != null) {
			variants.add(head);
		}
		if (RoleCompounds.softwareShort(plain)) {
			variants.add("developer");
		}
		for (String variant : List.copyOf(variants)) {
			// a compound written apart ("zorg hulp") is the compound
			String synonym = SYNONYMS.getOrDefault(variant, SYNONYMS.get(variant.replace(" ", "")));
			if (synonym != null) {
				variants.add(synonym);
			}
		}
		return variants;
	}

	private static Optional<String> closest(String folded, List<RoleName> roles, boolean tolerateTypos) {
		if (folded.isEmpty()) {
			return Optional.empty();
		}
		Index index = indexOf(roles);
		String exact = index.exact().get(folded);
		if (exact != null) {
			return Optional.of(exact);
		}
		if (!tolerateTypos || folded.length() < 6) {
			return Optional.empty();
		}
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String[] name : index.folded()) {
			String candidate = name[0];
			if (Math.abs(candidate.length() - folded.length()) > 2 || candidate.charAt(0) != folded.charAt(0)) {
				continue;
			}
			int distance = Levenshtein.distance(folded, candidate);
			if (distance < bestDistance) {
				best = name[1];
				bestDistance = distance;
			}
		}
		return bestDistance <= allowedTypos(folded) ? Optional.ofNullable(best) : Optional.empty();
	}

	/**
	 * The catalogue's names folded once, for the list the catalogue hands out (the same
	 * list until it reads the profiles again).
	 */
	private static Index indexOf(List<RoleName> roles) {
		Index known = lastIndex;
		if (known != null && known.roles() == roles) {
			return known;
		}
		Map<String, String> exact = new java.util.HashMap<>();
		List<String[]> folded = new ArrayList<>();
		for (RoleName role : roles) {
			for (String name : role.names()) {
				String f = fold(name);
				if (!f.isEmpty()) {
					exact.putIfAbsent(f, role.key());
					folded.add(new String[] { f, role.key() });
				}
			}
		}
		known = new Index(roles, exact, folded);
		lastIndex = known;
		return known;
	}

	private static volatile Index lastIndex;

	private record Index(List<RoleName> roles, Map<String, String> exact, List<String[]> folded) {
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String plain = text;
		for (int k = 0; k < text.length(); k++) {
			if (text.charAt(k) > 127) {
				plain = Normalizer.normalize(text, Normalizer.Form.NFD);
				break;
			}
		}
		StringBuilder out = new StringBuilder(plain.length());
		for (int k = 0; k < plain.length(); k++) {
			char c = Character.toLowerCase(plain.charAt(k));
			if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static int allowedTypos(String folded) {
		if (folded.length() < 6) {
			return 0;
		}
		return folded.length() < 10 ? 1 : 2;
	}

	/** A role named in the text, and where. */
	record Mention(String key, String words, int start, int end) {
	}

}
