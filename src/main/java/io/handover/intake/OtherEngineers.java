package io.handover.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Engineer" and "programmer" are bare aliases of the software engineer's profile, but a
 * "maintenance engineer", a "lighting engineer" or a theatre's "programmer" (who chooses
 * the shows) is no developer, nor is a "property developer", a "business developer" or a
 * bakery's "product developer": their profile would hand out code and cloud access.
 */
final class OtherEngineers {

	/**
	 * A developer of land, buildings or a business, never of software: "property
	 * developer", "real estate developer", "business developer", "projectontwikkelaar".
	 */
	private static final Set<String> OTHER_DEVELOPMENT = Set.of("property", "estate", "real-estate", "vastgoed",
			"business", "project", "land", "housing", "woning", "residential", "commercial", "retail");

	/** The developer's word of the software profile, bare or in Dutch. */
	private static final Pattern DEVELOPER = Pattern.compile("(?i)developers?|ontwikkelaars?");

	/**
	 * What a product developer makes when it is food, drink or goods: "product developer
	 * in our bakery, new recipes", "product developer for our dairy".
	 */
	private static final Pattern GOODS = Pattern.compile("(?iu)\\b(?:food|foods|recipes?|recepten|recept|flavou?rs?|"
			+ "smaken|bakery|bakkerij|kitchen|keuken|proefkeuken|dairy|zuivel|drinks?|dranken|beers?|bieren|bier|"
			+ "brewery|brouwerij|snacks?|sauces?|sauzen|chocolate|chocolade|cosmetics|cosmetica|textiles?|fashion|"
			+ "kleding|mode|furniture|meubels|toys|speelgoed|voeding|levensmiddelen|ingredients|ingrediënten)\\b");

	/** Bare words of the software profile that other trades use too. */
	private static final Pattern BARE = Pattern.compile("(?i)engineers?|programm(?:er|eur)s?");

	/** Modifiers of a trade, a site or a stage, never of software. */
	private static final Set<String> TRADES = Set.of("maintenance", "onderhoud", "sound", "geluid", "audio", "network",
			"netwerk", "lighting", "light", "licht", "lift", "elevator", "civil", "field", "service", "stage",
			"structural", "mechanical", "electrical", "process", "proces", "chemical", "site", "building", "hvac",
			"broadcast", "recording", "marine", "rail", "railway", "track", "water", "environmental", "safety", "ice",
			"plant", "installation", "installatie", "klimaat", "mix", "monitor", "exhibition", "theatre", "theater",
			"museum", "festival", "concert", "music", "muziek", "film", "cinema", "radio", "arts", "event", "events",
			// building services and power: "ventilation engineer Iris Dam"
			"ventilation", "ventilatie", "heating", "cooling", "refrigeration", "energy", "power", "solar", "wind",
			"hydraulic", "gas", "road", "mining", "nuclear", "automotive", "aerospace",
			// who keeps aircraft flying: "licensed aircraft engineer Ana Costa"
			"aircraft", "aviation", "avionics", "airframe",
			// radio frequencies: "RF engineer" of antennas and receivers
			"rf",
			// the desk that fixes laptops and phones: "service desk engineer"
			"desk", "servicedesk", "helpdesk", "support", "workplace", "werkplek", "hardware", "telecom",
			// a ship's engineers by rank: "our second engineer", "the chief engineer"
			"chief", "second", "third", "fourth", "ship's", "ship’s", "ships", "engine-room", "flight",
			// buildings and machines: "construction engineer", "werktuigbouwkundig
			// engineer"
			"construction", "constructie", "bouwkundig", "werktuigbouwkundig", "werktuigbouw", "machine",
			// who writes a machining centre's programs: "CNC-programmeur"
			"cnc",
			// living cultures and their processes: "bioprocess engineer (fermentation)"
			"bioprocess", "fermentation", "biotech");

	/**
	 * Software said not to be the field right after: "(mechanical, geen software)",
	 * "engineer, not IT", "not a developer".
	 */
	private static final Pattern NOT_SOFTWARE = Pattern.compile("(?iu)^[^.;!?\\n]{0,40}?\\b(?:not|no|geen|niet|"
			+ "never|nooit|niks met|niets met|nothing to do with)\\s+(?:(?:an?|een|in|the|de|het)\\s+)?(?:IT|ICT|"
			+ "informatics|informatica|software|code|coding|programming|"
			+ "programmeren|programmeerwerk|development|ontwikkeling|developer|ontwikkelaar|programmer|programmeur)\\b");

	/**
	 * Software denied anywhere in the paragraph: "He's a mechanical engineer (cabinet
	 * design, not software)", "hij programmeert niet", "she doesn't write code". Such a
	 * clause wins over a bare "engineer" said before it ("our new engineer?").
	 */
	private static final Pattern DENIED = Pattern.compile("(?iu)\\b(?:(?:not|no|geen|niet|never|nooit|niks met|"
			+ "niets met|nothing to do with)\\s+(?:(?:an?|een|in|the|de|het)\\s+)?(?:IT|ICT|informatics|informatica|"
			+ "software|code|coding|programming|programmeren|"
			+ "programmeerwerk|development|ontwikkeling|developer|ontwikkelaar|programmer|programmeur)"
			// the field denied, not a thing of it: "not software)", not "no IT training"
			+ "(?=\\s*(?:[.,;:!?)\\-–—]|$)|\\s+(?:but|maar|and|en|he|she|hij|zij|ze)\\b)|"
			+ "(?:programmeert|codeert|programmeren|coderen)\\s+(?:\\p{L}+\\s+)?(?:niet|nooit)|"
			+ "(?:schrijft|schrijven)\\s+(?:\\p{L}+\\s+)?geen\\s+(?:code|software)|"
			+ "(?:does|do|will|would)(?:\\s+not|n['’]t)\\s+(?:code|program|write\\s+(?:any\\s+)?(?:code|software)))\\b");

	/** A field set off right after the job: ", hardware)", " – electrical". */
	private static final Pattern FIELD_AFTER = Pattern.compile("(?u)\\s*[,–—-]\\s*(\\p{L}+)\\s*(?:[),.;:]|$)");

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	/** A cultural programme said near a bare "programmer": the shows it chooses. */
	private static final Pattern CULTURE = Pattern.compile("(?i)\\b(?:shows?|concerts?|exhibitions?|festivals?|"
			+ "theatre|theater|schouwburg|museum|voorstellingen|tentoonstellingen|podium|filmhuis|cinema)\\b");

	private OtherEngineers() {
	}

	/**
	 * Whether the role words at [start, end) name another trade's engineer or programmer.
	 */
	static boolean named(String text, String words, int start) {
		// a trade joined to the word: "frame-engineer", "PLC-programmeur"
		int hyphen = words.lastIndexOf('-');
		String head = words.substring(hyphen + 1);
		if (DEVELOPER.matcher(head).matches()) {
			return otherDeveloper(text, words, start, hyphen);
		}
		if (!BARE.matcher(head).matches()) {
			return false;
		}
		if (NOT_SOFTWARE.matcher(text.substring(Math.min(text.length(), start + words.length()))).find()
				|| hyphen < 0 && DENIED.matcher(paragraph(text, start)).find()) {
			return true;
		}
		if (hyphen > 0) {
			return TRADES.contains(words.substring(0, hyphen).toLowerCase(Locale.ROOT));
		}
		// the trade set off after it: "(engineer, hardware)", "engineer – electrical"
		Matcher after = FIELD_AFTER.matcher(text)
			.region(Math.min(text.length(), start + words.length()), text.length());
		if (after.lookingAt() && TRADES.contains(after.group(1).toLowerCase(Locale.ROOT))) {
			return true;
		}
		int wordEnd = start;
		while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
			wordEnd--;
		}
		int wordStart = wordEnd;
		// "the ship's engineer": a possessive is part of the word before
		while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || wordStart > 1
				&& "'’".indexOf(text.charAt(wordStart - 1)) >= 0 && Character.isLetter(text.charAt(wordStart - 2)))) {
			wordStart--;
		}
		if (wordEnd < start && TRADES.contains(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT))) {
			return true;
		}
		// "programmer of the festival", "our programmer, who picks the concerts"
		return Character.toLowerCase(words.charAt(0)) == 'p' && CULTURE
			.matcher(text.substring(Math.max(0, start - 40), Math.min(text.length(), start + words.length() + 60)))
			.find();
	}

	/**
	 * Whether a developer is one of land, buildings, a business or goods: the word before
	 * ("property developer", "business-developer") says so.
	 */
	private static boolean otherDeveloper(String text, String words, int start, int hyphen) {
		String before = hyphen > 0 ? words.substring(0, hyphen).toLowerCase(Locale.ROOT)
				: wordBefore(text, start).toLowerCase(Locale.ROOT);
		if (OTHER_DEVELOPMENT.contains(before)) {
			return true;
		}
		return (before.equals("product") || before.equals("products")) && GOODS.matcher(paragraph(text, start)).find();
	}

	/** The word right before start, or "". */
	private static String wordBefore(String text, int start) {
		int wordEnd = start;
		while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
			wordEnd--;
		}
		int wordStart = wordEnd;
		while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '-')) {
			wordStart--;
		}
		return wordEnd < start ? text.substring(wordStart, wordEnd) : "";
	}

	/** The paragraph the word at start is in: a message's blank lines part its news. */
	private static String paragraph(String text, int start) {
		int from = 0;
		int to = text.length();
		Matcher breaks = PARAGRAPH_BREAK.matcher(text);
		while (breaks.find()) {
			if (breaks.end() <= start) {
				from = breaks.end();
			}
			else {
				to = breaks.start();
				break;
			}
		}
		return text.substring(from, to);
	}

}
