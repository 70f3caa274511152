package io.handover.intake;

/**
 * Work at a place of ours said after a time ahead, as a chat says a start: "vanaf morgen
 * werkt anouk de boer in winkel 2", "per maandag werkt Sem Kok op de vestiging Noord".
 * Weak, as a move is said the same way: a job held now said as well makes it one.
 */
final class WorksAt {

	/** The place: a shop, branch or unit, or a name with a number ("winkel 2"). */
	private static final String PLACE = "(?:in|op|bij) (?:de |het |onze? )?(?:winkel|filiaal|vestiging|zaak|"
			+ "magazijn|keuken|locatie|afdeling|shop|store|branch|\\p{L}+ \\d+)";

	static final String AHEAD = Behind.then("\\b(?:vanaf|per|met ingang van|m\\.i\\.v\\.)\\b.{1,30}", "werkt|werken")
			+ "(?= (?:[\\p{L}'’-]+ ){1,5}" + PLACE + "\\b)";

	private WorksAt() {
	}

}
