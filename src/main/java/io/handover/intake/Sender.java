package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The writer and the writer's workplace, named in a message about someone else: "Hi, I'm
 * the site lead at Alder Lodge. …", "Dit is Anouk Visser (locatiemanager). …", "ik werk
 * als planner bij Magazijn Oost". Such a name is no one to announce.
 */
final class Sender {

	/** A sentence in which the writer introduces themselves. */
	private static final Pattern SELF = Pattern.compile("(?iu)^\\s*(?:(?:hi|hello|hey|hiya|hoi|hallo|dear|beste|"
			+ "goedemorgen|goedemiddag|good morning|morning)\\b[\\s,!]*)?(?:i'm|i am|this is|it's|here is|"
			+ "my name is|i work|ik ben|dit is|hier is|mijn naam is|ik werk|wij zijn|we are)\\b");

	/**
	 * A place of work right before a name: "at Harbour Storage", "bij Zorgcentrum De
	 * Linde".
	 */
	private static final Pattern WORKPLACE = Pattern.compile("(?iu)\\b(?:at|bij)\\s+(?:the\\s+|de\\s+|het\\s+)?$");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

	/**
	 * Whom the message is sent for, with a title between: "on behalf of Prof. Ysolde
	 * Rast", "namens dhr. Kees Overbeek".
	 */
	private static final Pattern BEHALF = Pattern.compile("(?iu)\\b(?:on behalf of|namens|sent by|gestuurd door)\\s+"
			+ "(?:(?:prof|dr|drs|ir|ing|mr|mrs|ms|dhr|mevr|mevrouw|meneer|de heer|mw)\\.?\\s+)*$");

	/** A unit's name: "bij team Burgerzaken Noord", "(team Digitaal Loket)". */
	private static final Pattern UNIT = Pattern
		.compile("(?iu)\\b(?:team|afdeling|department|dept\\.?|dienst|sector|cluster|unit|divisie|division)\\s+$");

	/**
	 * A place heading a line, before a colon: "Depot North: …", "Locatie Zuid: …".
	 */
	private static final Pattern PLACE = Pattern.compile("(?iu)\\b(?:depot|warehouse|site|store|shop|plant|yard|"
			+ "branch|office|kantoor|vestiging|locatie|location|magazijn|winkel|filiaal|afdeling|ward|unit|wing|campus|"
			+ "lodge|house|huis|home|centre|center|centrum|north|south|east|west|noord|zuid|oost)\\b");

	private Sender() {
	}

	/**
	 * The names without the writer's and their workplace's, unless that would leave none.
	 */
	static List<AnnouncementParser.Span> without(String body, List<AnnouncementParser.Span> names) {
		List<AnnouncementParser.Span> others = names.stream().filter(n -> !sender(body, n)).toList();
		return others.isEmpty() ? names : others;
	}

	private static boolean sender(String body, AnnouncementParser.Span name) {
		String before = body.substring(0, name.start());
		int sentence = 0;
		var end = SENTENCE_END.matcher(before);
		while (end.find()) {
			sentence = end.end();
		}
		String after = body.substring(name.end());
		boolean heading = (sentence == 0 || body.charAt(sentence - 1) == '\n') && before.substring(sentence).isBlank()
				&& after.matches("(?s)\\s*:.*") && PLACE.matcher(name.name()).find();
		return SELF.matcher(before.substring(sentence)).find() || heading
				|| WORKPLACE.matcher(before.substring(Math.max(0, before.length() - 12))).find()
				|| BEHALF.matcher(before.substring(Math.max(0, before.length() - 40))).find()
				|| UNIT.matcher(before.substring(Math.max(0, before.length() - 14))).find();
	}

}
