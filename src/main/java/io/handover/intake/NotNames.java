package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Capitalised words that look like a name and are none: a verb starting a line of a
 * starter's needs ("Needs Figma, Slack and a laptop", "Wants Docker Desktop"), the
 * writer's "I'm Greta", a place after a job ("de nieuwe boswachter van het Zwarte Woud")
 * or before a place's noun ("our Singapore office"), an adverb opening a sentence before
 * an article ("Alvast een laptop reserveren?"), and a name corrected in the same breath
 * ("het is Bart Hoeks, niet Bart Hoek").
 */
final class NotNames {

	/** Verbs that start a line about what a starter needs or does. */
	private static final Set<String> VERBS = Set.of("needs", "wants", "requires", "uses", "prefers", "gets", "asks",
			"brings", "speaks",
			// a Dutch question's verb first: "Telt iemand die … als vertrekker?"
			"telt", "geldt", "valt", "hoort", "krijgt");

	/** A contraction: "I'm", "I'll", "we're", "it's". */
	private static final Pattern CONTRACTION = Pattern
		.compile("(?i)(?:i|we|you|they|he|she|it|that|there|let|here|what|who)'(?:m|ll|ve|d|re|s)");

	/** "van het", "of the" after a job noun: "boswachter van het Zwarte Woud". */
	private static final Pattern PLACE_OF = Pattern
		.compile("(?iu)\\b(\\p{L}[\\p{L}-]+)\\s+(?:van|of)\\s+(?:het|de|the)\\s+$");

	/**
	 * A name taken back: "Emma Vries, not Emma de Vries", "Bart Hoeks, niet Bart Hoek".
	 */
	private static final Pattern TAKEN_BACK = Pattern
		.compile("(?iu)^\\s*(?:,|;|-|–)?\\s*(?:and |en )?(?:not|niet|nicht|instead of|in plaats van)\\s+$");

	/**
	 * Words that correct a name given earlier: "het moet Rick Peters zijn", "not 'Sophia
	 * Lindt' as I wrote earlier", "heet eigenlijk".
	 */
	private static final Pattern CORRECTING = Pattern.compile("(?iu)\\b(?:correctie|correction|fix|eerder|earlier|"
			+ "zoals ik|as i (?:wrote|said)|should be|moet\\b.{0,40}\\bzijn|heet eigenlijk|is actually|niet|not|instead|"
			+ "verkeerd|wrong|typo|typfout|spelfout|spelled)\\b");

	/**
	 * An article right after a word: a name is followed by its verb, an adverb or a verb
	 * opening a sentence by its object ("Alvast een laptop reserveren?", "Also the new
	 * …"). Not "de": "Jan de Boer".
	 */
	private static final Pattern ARTICLE_AFTER = Pattern.compile("(?iu)^[ \\t]+(?:een|a|an|the|het)\\b");

	/** Where a sentence begins: the message's start, a full stop, a colon, a new line. */
	private static final Pattern SENTENCE_BEFORE = Pattern.compile("(?:^|[.!?:;\\n])[\\s\"'“‘(*•-]*$");

	/**
	 * Our own place before its noun: "to our Singapore office", "in onze Gentse
	 * vestiging", "the Leeds site".
	 */
	private static final Pattern OURS_BEFORE = Pattern.compile("(?iu)\\b(?:our|the|ons|onze|het|de)\\s+$");

	private static final Pattern PLACE_NOUN_AFTER = Pattern.compile("(?iu)^\\s+(?:office|kantoor|site|store|branch|"
			+ "vestiging|locatie|location|depot|warehouse|hub|shop|winkel|filiaal|plant|factory|fabriek|campus|"
			+ "headquarters|hq|hoofdkantoor|lab|laboratory|laboratorium|workshop|werkplaats|yard|werf|hall|hal)\\b");

	private NotNames() {
	}

	/**
	 * Whether a lone capitalised word opens its sentence before an article: an adverb or
	 * a verb, never a name ("Alvast een laptop reserveren?").
	 */
	static boolean opensBeforeAnArticle(String body, int start, int end) {
		return ARTICLE_AFTER.matcher(body.substring(end)).lookingAt()
				&& SENTENCE_BEFORE.matcher(body.substring(Math.max(0, start - 12), start)).find();
	}

	/**
	 * Whether one capitalised word is a place of ours by the noun after it: "our
	 * Singapore office", "de Tilburg vestiging".
	 */
	static boolean placeOfOurs(String body, int start, int end) {
		return OURS_BEFORE.matcher(body.substring(Math.max(0, start - 8), start)).find()
				&& PLACE_NOUN_AFTER.matcher(body.substring(end)).lookingAt();
	}

	/** A site or company said before "in": "our sister company in", "ons kantoor in". */
	private static final Pattern SITE_IN = Pattern.compile("(?iu)\\b(?:company|firm|branch|office|site|plant|"
			+ "subsidiary|workshop|depot|warehouse|factory|yard|store|shop|lab|hub|location|campus|"
			+ "bedrijf|zusterbedrijf|vestiging|kantoor|filiaal|fabriek|werkplaats|magazijn|winkel|locatie|"
			// a building site or a project: "op de bouwplaats in Almelo", "the project in
			// Sweden"
			+ "bouwplaats|bouwterrein|project|construction site|building site|"
			+ "dochter(?:bedrijf|onderneming)?)\\s+(?:in|at|te)\\s+$");

	/**
	 * Whether capitalised words are where a site or company is: "our sister company in
	 * France", "ons kantoor in Gent", "our workshop in Ramat Gan".
	 */
	static boolean placeOfASite(String body, int start) {
		return SITE_IN.matcher(body.substring(Math.max(0, start - 40), start)).find();
	}

	/** Whether the run of capitalised words starts with a verb or a contraction. */
	static boolean startsWithAVerb(String first) {
		return VERBS.contains(first.toLowerCase(Locale.ROOT)) || CONTRACTION.matcher(first).matches();
	}

	/** Whether the words right before a run make it a place of a job: "… van het". */
	static boolean placeOfAJob(String body, int start) {
		var of = PLACE_OF.matcher(body.substring(Math.max(0, start - 40), start));
		return of.find() && Occupations.beforeName(of.group(1));
	}

	/**
	 * The names without those taken back right after another name, nor one quoted in a
	 * correction beside another full name: "niet 'Mark Jansen' zoals ik eerder schreef".
	 */
	static List<AnnouncementParser.Span> withoutTakenBack(String body, List<AnnouncementParser.Span> names) {
		List<AnnouncementParser.Span> kept = new ArrayList<>();
		boolean correcting = names.size() >= 2 && names.stream().anyMatch(n -> quoted(body, n))
				&& names.stream().anyMatch(n -> n.words() >= 2 && !quoted(body, n)) && CORRECTING.matcher(body).find();
		for (AnnouncementParser.Span name : names) {
			if (correcting && quoted(body, name)) {
				continue;
			}
			AnnouncementParser.Span before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
			if (before != null && before.end() <= name.start() && name.words() >= 2
					&& TAKEN_BACK.matcher(body.substring(before.end(), name.start())).matches()) {
				continue;
			}
			kept.add(name);
		}
		return kept;
	}

	private static boolean quoted(String body, AnnouncementParser.Span name) {
		return name.words() >= 2 && name.start() > 0 && name.end() < body.length()
				&& "'\"‘“".indexOf(body.charAt(name.start() - 1)) >= 0 && "'\"’”".indexOf(body.charAt(name.end())) >= 0;
	}

}
