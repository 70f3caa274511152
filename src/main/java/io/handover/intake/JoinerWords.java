package io.handover.intake;

/**
 * Joining and moving said the way managers say it beyond the plain verbs: Dutch "nieuwe
 * mensen / man / vrouw", the plural "komen A en B … bij ons", chat "new temps", a heading
 * "nieuwe planner op de afdeling: …" for a title the catalogue does not know, "heeft
 * laptop nodig"; a move told with a separable verb ("gaat per volgende week dinsdag over
 * naar …") or from one office to another.
 */
final class JoinerWords {

	/**
	 * Alternatives for a strong joiner intent, matched case-insensitively on word bounds.
	 */
	static final String EVERYDAY = "nieuwe (?:mensen|man|vrouw|jongen|jongens|meid|meiden|temps?|uitzendkrachten?)|"
			+ "new (?:temps?|guys?|girls?|lads?|starters? (?:on|for|in) the)|"
			+ "(?:komen|kwamen)(?: [\\p{L}\\d'’()-]+){1,9} bij (?:ons|het team|onze? [\\p{L}-]+)(?! (?:weg|vandaan))";

	/**
	 * A heading that announces someone new with a title the catalogue may not know
	 * ("nieuwe planner op de afdeling: …"), or a starter's things asked for with "nodig":
	 * weaker, as a request is not an announcement on its own.
	 */
	static final String HEADING = "nieuwe (?!(?:rol|functie|positie|baan|taak|taken|afdeling|team|locatie|vestiging|"
			+ "plek|werkplek|datum|startdatum|leidinggevende|manager|teamleider|rooster|adres)\\b)"
			+ "(?:\\p{Ll}+ ){0,5}?\\p{Ll}+(?=\\s*:)|"
			+ "(?:laptop|werkplek|pas|pasje|toegangspas|account|inlog|telefoon|badge)s? nodig";

	/** Alternatives for a strong mover intent. */
	static final String MOVES = "(?:gaat|gaan|ging|gingen)(?: [\\p{L}\\d'’()-]+){1,9} over naar|"
			+ "van (?:ons |onze |het |de )?(?:kantoor|vestiging|locatie|site|afdeling)(?: [\\p{L}\\d'’-]+){0,3} naar "
			+ "(?:de |het |ons |onze |een )?(?:andere )?(?:kantoor|vestiging|locatie|site)|"
			+ "(?:to|from) (?:our|the) other (?:site|office|location|branch)";

	private JoinerWords() {
	}

}
