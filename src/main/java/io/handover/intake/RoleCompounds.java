package io.handover.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role words inside longer words and titles: a catalogue job at the end of a compound
 * ("Bouwmarkt-accountmanager", "appontwikkelaar", "keyaccountmanager") is that job; a
 * catalogue word before another job's head noun ("sales assistant") is not; and a real
 * word one letter from a job ("programme coordinator", not "programmer") is no typo.
 */
final class RoleCompounds {

	/** Closed compounds whose last part is a catalogue job, with what may come before. */
	private static final Pattern CLOSED = Pattern.compile("(?:key|bouwmarkt|\\p{L}{3,})?(accountmanager)|"
			+ "(?:app|web|backend|frontend|front-end|back-end|game|games|java|mobile|fullstack|php|python|ios|android|"
			+ "cloud|database|applicatie|systeem|embedded|platform|software|webshop|website|site|erp|crm|data|"
			+ "portal|portaal|integratie|devops)-?(ontwikkelaar)|"
			// Dutch writes the English job closed too: "webdeveloper", "appdeveloper"
			+ "(?:app|web|backend|frontend|front-end|back-end|game|mobile|fullstack|software)-?(developer)|"
			+ "\\p{L}{3,}(vertegenwoordiger)|"
			// a seller of a market or a shop ("exportverkoper", "winkelverkoper": the
			// sets read a shop's seller as one), not of a ticket window or a stall:
			// not "kaartverkoper", "ijsverkoper"
			+ "(?!kaart|ticket|lot|krant|ijs|kiosk|markt|kraam|snoep|bloem|vis|kassa)\\p{L}{3,}(verkoper)|"
			// a kind of the catalogue's "verzorgende": "wijkverzorgende", not an
			// animal keeper's "dierenverzorgende"; plural too: "drie kraamverzorgenden"
			+ "(?!\\p{L}*dier)\\p{L}{3,}(verzorgende)n?");

	/**
	 * A software field before the short words for its jobs, closed or apart: "webdev",
	 * "backend eng", "full-stack dev". The short words alone name no field ("eng" is also
	 * English), and another field's ("data eng", "grid eng") is not software's.
	 */
	private static final Pattern SOFTWARE_SHORT = Pattern
		.compile("(?:web|app|backend|back end|frontend|front end|fullstack|full stack|mobile|ios|android|java|php|"
				+ "python|software|sw|game|games|embedded|platform|cloud|devops) ?(?:devs?|engs?)\\.?");

	/**
	 * Head nouns that make "sales" before them another job: "sales assistant". Not an
	 * associate, a grade of the seller like "junior": a "sales associate" sells.
	 */
	private static final Set<String> OTHER_HEADS = Set.of("assistant", "assistants", "assistent", "assistente",
			"support", "administrator", "administrators", "admin", "clerk", "ondersteuning", "ondersteuner",
			"administratie");

	/**
	 * Words that name something else, so they are never a typo of a job: a programme, and
	 * the verbs of the job's work ("hij programmeert niet", "she developed the app").
	 */
	private static final Pattern REAL_WORDS = Pattern
		.compile("(?iu)program(?:me|mes|s|ma|ma's)?|programm(?:eer|eert|eren|eerde|eerden|ed|ing)|developed|"
				// one slip from "carer": a surname or another word ("rigger ben carter",
				// "a new career")
				+ "careers?|carters?|carvers?|caterers?");

	private static final Pattern NEXT_WORD = Pattern.compile("^[ \\t]+([\\p{L}-]+)");

	private RoleCompounds() {
	}

	/**
	 * The catalogue job a compound ends in: the part after a hyphen
	 * ("bouwmarkt-accountmanager"), or a known job closing a compound, or null.
	 */
	static String head(String lower) {
		if (lower.contains(" ")) {
			return null;
		}
		Matcher closed = CLOSED.matcher(lower);
		if (closed.matches()) {
			for (int g = 1; g <= closed.groupCount(); g++) {
				if (closed.group(g) != null) {
					return closed.group(g);
				}
			}
		}
		int hyphen = lower.lastIndexOf('-');
		return hyphen > 1 && hyphen < lower.length() - 3 ? lower.substring(hyphen + 1) : null;
	}

	/**
	 * Whether the words are a software job said short ("webdev", "frontend dev"): the
	 * developer, whatever the catalogue calls it.
	 */
	static boolean softwareShort(String lower) {
		return SOFTWARE_SHORT.matcher(lower).matches();
	}

	/** Whether the role words are only the first part of another job's title. */
	static boolean beforeOtherHead(String text, RoleWords.Mention mention) {
		String words = mention.words().toLowerCase(Locale.ROOT);
		if (!words.equals("sales") && !words.equals("verkoop")) {
			return false;
		}
		Matcher next = NEXT_WORD.matcher(text).region(mention.end(), text.length());
		return next.find() && OTHER_HEADS.contains(next.group(1).toLowerCase(Locale.ROOT));
	}

	/**
	 * Words before a care job that make it another trade: a chaplain is a "geestelijk
	 * verzorger", a "spiritual carer"; an animal keeper a "dierverzorger", an "animal
	 * carer". Neither looks after patients.
	 */
	private static final Pattern OTHER_CARE = Pattern
		.compile("(?iu)\\b(?:geestelijke?|spiritual|spirituele?|pastoral|pastorale?|levensbeschouwelijke?|"
				+ "dieren|dier|animal|pet|huisdieren)[\\s-]+$");

	/** Whether the care words are another trade's: "(geestelijk verzorger)". */
	static boolean otherCare(String text, RoleWords.Mention mention) {
		return "care-worker".equals(mention.key())
				&& OTHER_CARE.matcher(text.substring(Math.max(0, mention.start() - 30), mention.start())).find();
	}

	/** Whether the words are a real word that only looks like a job with a typo. */
	static boolean realWord(String words) {
		return REAL_WORDS.matcher(words).matches();
	}

}
