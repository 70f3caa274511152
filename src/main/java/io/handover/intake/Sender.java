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
			+ "goedemorgen|goedemiddag|good morning|morning)\\b[\\s,!]*)?(?:(?:i'm|i am|ik ben|wij zijn|we are)"
			// not a feeling about the news: "I'm delighted to say that Kwame Mensah …"
			+ "(?!\\s+(?:so\\s+|very\\s+|really\\s+|erg\\s+|heel\\s+|zeer\\s+)?(?:delighted|happy|pleased|glad|excited|"
			+ "thrilled|proud|sad|sorry|writing|sending|letting|informing|sharing|afraid|blij|verheugd|trots|"
			+ "verdrietig|gelukkig)\\b)|this is|it's|here is|my name is|i work|dit is|hier is|mijn naam is|ik werk)\\b");

	/**
	 * A place of work right before a name: "at Harbour Storage", "bij Zorgcentrum De
	 * Linde".
	 */
	private static final Pattern WORKPLACE = Pattern.compile("(?iu)\\b(?:at|bij)\\s+(?:the\\s+|de\\s+|het\\s+)?$");

	/** The writer naming themselves after "I": "I (Lucy Fenn) will be his manager". */
	private static final Pattern I_NAMED = Pattern
		.compile("(?iu)\\b(?:i|ik|me|mij|myself|mijzelf|ikzelf)\\s*[(,]\\s*$");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

	/**
	 * Whom the message is sent for, with a title between: "on behalf of Prof. Ysolde
	 * Rast", "namens dhr. Kees Overbeek".
	 */
	private static final Pattern BEHALF = Pattern.compile("(?iu)\\b(?:on behalf of|namens|sent by|gestuurd door)\\s+"
			+ "(?:(?:prof|dr|drs|ir|ing|mr|mrs|ms|dhr|mevr|mevrouw|meneer|de heer|mw)\\.?\\s+)*$");

	/**
	 * A unit's or a site's name: "bij team Burgerzaken Noord", "(team Digitaal Loket)",
	 * "schoonmaker op locatie Hoog Catharijne", "at the site Harbour View".
	 */
	private static final Pattern UNIT = Pattern
		.compile("(?iu)\\b(?:team|afdeling|department|dept\\.?|dienst|sector|cluster|unit|divisie|division|locatie|"
				+ "location|vestiging|filiaal|(?:at|on|op) (?:the )?site)\\s+$");

	/**
	 * Words that name a unit, never a person: "Customer Insights", "Key Accounts", "Huize
	 * Zonnewende".
	 */
	private static final Pattern UNIT_WORD = Pattern.compile("(?iu)\\b(?:insights|services|affairs|operations|"
			+ "management|advisory|dienstverlening|finance|accounts|logistics|procurement|resources|huize|"
			+ "administration|administratie|communications|communicatie|marketing|development|research|support|"
			+ "zaken|beheer|inkoop|personeelszaken|facilities|estates|analytics|engineering|security)\\b");

	/**
	 * Words that name a unit after a word of going somewhere ("will join Ward Nine",
	 * "moves into Oak House"), but may be a surname elsewhere ("Emma Hall").
	 */
	private static final Pattern PLACE_WORD = Pattern.compile("(?iu)\\b(?:ward|house|hall|court|school|office|"
			+ "lab|team|group|desk|unit|centre|center|centrum|clinic|kliniek|lodge|wing|service|floor|store|depot)\\b");

	/**
	 * A possessive of ours right before a unit's name: "komt ons Klant Contact Centrum
	 * versterken".
	 */
	private static final Pattern OURS = Pattern.compile("(?iu)\\b(?:ons|onze|our)\\s+$");

	/** A word of going to, or coming from, a unit right before the name. */
	private static final Pattern TOWARDS = Pattern.compile("(?iu)\\b(?:join|joins|joined|joining|into|naar|"
			+ "(?:moves?|moving|moved|transfers?|transferring|transferred|seconded|redeployed|comes|coming|came)\\s+"
			+ "(?:over\\s+)?(?:to|from))\\s+(?:the\\s+|de\\s+|het\\s+|our\\s+|onze\\s+|ons\\s+)?$");

	private static final Pattern CORRECTED_FROM = Pattern.compile("(?iu)\\b(?:not|niet)\\s+$");

	private static final Pattern INSTEAD = Pattern.compile("(?iu)^\\s*,?\\s*(?:but|maar)\\b");

	/**
	 * Going from one home or site to another: "from our Elm Court home to Beech House".
	 */
	private static final Pattern FROM_TO = Pattern
		.compile("(?iu)\\b(?:from|van)\\s+[^.;!?\\n]{2,40}\\s+(?:to|naar)\\s+$");

	/** A unit after the name: "the Oak Ward team", "Data Office lab". */
	private static final Pattern UNIT_AFTER = Pattern
		.compile("(?iu)^\\s+(?:team|lab|group|department|dept|ward|office|afdeling|unit|desk|home|site|locatie|"
				+ "location|vestiging|branch)\\b");

	/** A form's line for the place, not the person: "Locatie: Magazijn Tiel". */
	private static final Pattern PLACE_LABEL = Pattern.compile("(?iu)(?:^|\\n)[ \\t]*(?:vestiging|locatie|location|"
			+ "site|afdeling|department|dept|werkplek|filiaal|branch|kantoor|standplaats|unit|ward)[ \\t]*:[ \\t]*$");

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
				|| UNIT.matcher(before.substring(Math.max(0, before.length() - 14))).find()
				|| I_NAMED.matcher(before.substring(Math.max(0, before.length() - 12))).find()
				|| unit(before, name, after);
	}

	/**
	 * A unit or place written like a name: "will join Customer Insights", "moves from
	 * Field Service into Key Accounts", "joining Ward Nine", "the Oak Ward team",
	 * "Locatie: Magazijn Tiel".
	 */
	private static boolean unit(String before, AnnouncementParser.Span name, String after) {
		String near = before.substring(Math.max(0, before.length() - 20));
		String line = before.substring(before.lastIndexOf('\n') + 1);
		if (CORRECTED_FROM.matcher(near).find() && INSTEAD.matcher(after).lookingAt()) {
			// "not Erik Larsen but Eirik Larssen": a name corrected is no one
			return true;
		}
		boolean going = TOWARDS.matcher(near).find()
				|| FROM_TO.matcher(before.substring(Math.max(0, before.length() - 60))).find();
		return UNIT_WORD.matcher(name.name()).find() || PLACE_LABEL.matcher(line).find()
				|| (going || OURS.matcher(near).find())
						&& (PLACE_WORD.matcher(name.name()).find() || UNIT_AFTER.matcher(after).lookingAt());
	}

}
