package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words about anyone, no one named: a rule asked about for whoever ("If someone starts on
 * a Saturday, does IT still need 14 days notice?", "Als iemand op zaterdag begint, …") or
 * an invitation to all ("Everyone welcome!", "Iedereen is welkom"). Their day is no one's
 * first or last day.
 */
final class NoOneInParticular {

	/** A condition on whoever, at the start of a sentence. */
	private static final Pattern IF_ANYONE = Pattern.compile("(?iu)(?:^|[.!?\\n]\\s*)(?:if|when|whenever|als|"
			+ "wanneer|indien|stel dat)\\s+(?:er\\s+)?(?:someone|somebody|anyone|anybody|an employee|"
			+ "iemand|een medewerker)\\b");

	/** All welcome to something: the welcome said after whom it is for. */
	private static final Pattern ALL_WELCOME = Pattern.compile("(?iu)\\b(?:everyone|everybody|all|iedereen|"
			+ "allen|allemaal)\\s+(?:is\\s+|are\\s+)?(?:very\\s+|most\\s+|van harte\\s+|hartelijk\\s+)?(?:welcome|welkom)\\b");

	private NoOneInParticular() {
	}

	/** Whether the message, naming no one, speaks of anyone or of all. */
	static boolean ofTheMessage(String body, List<AnnouncementParser.Span> found) {
		return found.isEmpty() && (IF_ANYONE.matcher(body).find() || ALL_WELCOME.matcher(body).find());
	}

}
