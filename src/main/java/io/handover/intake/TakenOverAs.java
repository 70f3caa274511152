package io.handover.intake;

/**
 * A unit taken over with the job it is run in: "neemt per 1 februari de winkel in Leuven
 * over als filiaalmanager", "neemt Koen Mertens het magazijn over als teamleider". The
 * job after "over als" makes it a move, whatever day, place or name stands between the
 * verb and "over"; "takes over … as" is read alike by the English words.
 */
final class TakenOverAs {

	/**
	 * The verb of one person, at most eight words of any kind, and "over als"; not a
	 * business taken over by the firm ("Ons bedrijf neemt … over als tweede vestiging").
	 */
	static final String WORDS = "(?<!\\b(?:bedrijf|organisatie|zaak|firma|praktijk|club|vereniging) )neemt"
			+ "(?: [\\p{L}\\d'’./-]+){1,8}? over als\\b(?! (?:onze |ons |een |de |het )?(?:\\p{L}+ )?(?:vestiging|"
			+ "filiaal|locatie|dochter|afdeling|winkel|praktijk)\\b)";

	private TakenOverAs() {
	}

}
