package io.handover.intake;

/**
 * A colleague going back to a job held before: "keert per 1 februari terug naar haar oude
 * functie als verzorgende", "returns to his former team". A move, not a rehire: they
 * never left, so no new accounts.
 */
final class BackToOldJob {

	/** Going back to one's own former job, team or place. */
	static final String SAID = "(?:keert|keren|komt|komen|gaat|gaan)(?: [\\p{L}\\d/-]+){0,6} terug naar (?:haar|zijn|hun|de) "
			+ "(?:oude|vorige|eerdere|oorspronkelijke) (?:functie|baan|rol|afdeling|team|plek|werkplek|locatie|vestiging)|"
			+ "(?:return(?:s|ing)?|go(?:es|ing)? back|mov(?:es|ing) back)(?: to)? (?:her|his|their|the) "
			+ "(?:old|former|previous|original) (?:job|role|position|post|team|department|site|location|branch)";

	private BackToOldJob() {
	}

}
