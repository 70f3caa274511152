package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A move of place or team with the same job: "gaat per 1 maart van onze winkel in Zwolle
 * naar de winkel in Kampen, zelfde werk", "verhuist (debiteuren) naar ons filiaal in
 * Hasselt", "is coming over from our York store, same job". No mover word says it, and a
 * start word ("Ingangsdatum", "starts on the late shift") may: the one who only changes
 * place is already here, and a starter's form would make a second account.
 */
final class PlaceMove {

	/** The job said to stay. */
	private static final Pattern SAME_WORK = Pattern.compile("(?i)\\b(?:" + JobKept.SAID_TO_STAY
			+ "|verder (?:blijft alles (?:hetzelfde|gelijk)|verandert er niets))\\b");

	/** A change of place: "van … naar", "verhuist … naar", "werkt … in onze …". */
	private static final Pattern CHANGE = Pattern.compile("(?iu)\\b(?:(?:van|from) [^.;!?\\n]{2,60}? (?:naar|to)|"
			+ "verhuist [^.;!?\\n]{0,60}?naar|(?:werkt|werken|gaat|gaan|is|are|starts?|works?) [^.;!?\\n]{0,50}?"
			+ "(?:in|op|bij|at|from) (?:(?:onze?|our|het|de|the) \\p{L}+|(?-i:\\p{Lu})\\p{L}+)|(?:coming|comes|came|moving|moves)(?: over)? from"
			// "Per 1 februari naar ons kantoor in Breda", "gaan naar team Oost"
			+ " (?:our|the)|(?:naar|to) (?:ons|onze|our|team|afdeling|department) \\p{L}+|"
			// "gaan per 1 april naar Deventer"
			+ "(?:gaat|gaan|goes|go|moves?|verhuist|verhuizen|transfers?)\\b[^.;!?\\n]{0,40}? (?:naar|to) (?-i:\\p{Lu})\\p{L}+|"
			// one town swapped for another: "swaps Utrecht for Zeist", "ruilt per 1 maart
			// Gouda in voor Woerden"
			+ "(?:swaps?|swapping|trades?|exchanges?) (?-i:\\p{Lu})\\p{L}+ for (?-i:\\p{Lu})\\p{L}+|"
			+ "(?:ruilt|ruilen|verruilt|verruilen)\\b[^.;!?\\n]{0,40}? (?-i:\\p{Lu})\\p{L}+ (?:in )?voor (?-i:\\p{Lu})\\p{L}+)\\b");

	/**
	 * Joining a place, said of staff whose own place closes: "joins the Delft bakery".
	 * Alone it is a newcomer's word.
	 */
	private static final Pattern JOINS = Pattern.compile(
			"(?i)\\b(?:joins|join|joining|komt|komen)\\b" + "[^.;!?\\n]{0,30}? (?:the|our|de|het|onze|ons) \\p{L}+");

	/** A unit of our own, by its noun or "ons/onze/our" before it. */
	private static final String UNIT = "(?:(?:onze?|our) [\\p{L}-]+|(?:de |het |the )?(?:team|afdeling|department|"
			+ "ward)\\b)";

	/**
	 * From a unit of ours to another: "van team Rood naar team Blauw", "van de afdeling
	 * Inkoop naar het team Centrum", "from our Leeds office to".
	 */
	private static final Pattern OURS_TO_OURS = Pattern
		.compile("(?iu)\\b(?:van|from) " + UNIT + "[^.;!?\\n]{0,40}? (?:naar|to) " + UNIT);

	/**
	 * A site of ours as where the work is done next, or a town instead of another: "naar
	 * onze vestiging in Hengelo", "vanuit ons kantoor in Brussel", "in de vestiging
	 * Barneveld in plaats van Ede", "to our Leeds branch".
	 */
	private static final Pattern TO_A_SITE = Pattern.compile("(?iu)\\b(?:(?:naar|to|in|op|at|vanuit|from)\\s+"
			+ "(?:onze?|ons|our|de|het|the)\\s+(?:[\\p{L}-]+\\s+)?(?:vestiging|filiaal|kantoor|winkel|locatie|"
			+ "site|branch|office|store|shop|depot)\\b|(?:in plaats van|instead of)\\s+(?-i:\\p{Lu})\\p{L}+\\b)");

	/** A new job said: then the job said with "als" is the new one, not the one kept. */
	private static final Pattern NEW_JOB = Pattern.compile("(?iu)\\b(?:wordt|worden|becomes?|will become|promot\\p{L}*|"
			+ "promoveert|bevorderd|nieuwe (?:functie|rol|baan)|new (?:role|job|position)|instead of as|in plaats van als|"
			// another job held until now: "she was in the support team until now"
			+ "until now|up to now|so far|currently|formerly|previously|tot nu toe|tot nog toe|momenteel|nu nog|"
			+ "voorheen|daarvoor|hiervoor|"
			// the job held given up, as it can no longer be done: "kan niet meer rijden
			// door zijn ogen", "can no longer lift"
			+ "(?:kan|kunnen|can)(?: [\\p{L}-]+){0,3} (?:niet meer|no longer))\\b");

	/**
	 * Going to a site or unit of ours, the verb said before or after the name: "Daarnaast
	 * gaat Olga Petrova van Maastricht naar ons kantoor in Rotterdam", "Kim moves to our
	 * Leeds office".
	 */
	private static final Pattern TO_OURS = Pattern.compile("(?iu)\\b(?:gaat|gaan|verhuist|verhuizen|moves?|goes|"
			+ "transfers?|switcht|wisselt)\\b[^.;!?\\n]{0,60}?\\b(?:naar|to)\\s+(?:onze?|ons|our)\\s+"
			+ "(?:[\\p{L}-]+\\s+)?(?:vestiging|filiaal|kantoor|winkel|locatie|site|branch|office|store|shop|depot|"
			+ "team|afdeling|department)\\b");

	private PlaceMove() {
	}

	/**
	 * Whether a move to a place of ours is said from {@code from} (just before the name)
	 * past the name's {@code end}, before the next person at {@code next}: a second name
	 * in a message is a second person when that is what is said of them.
	 */
	static boolean saidOf(String body, int from, int end, int next) {
		Matcher move = TO_OURS.matcher(body).region(from, next);
		while (move.find()) {
			if (move.end() > end) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A lone mover who goes to a site of ours with a job said with "als"/"as", and no new
	 * job said: "gaat als facilitair medewerker naar onze vestiging in Hengelo". Only the
	 * place changes; the job goes along.
	 */
	static boolean jobTakenAlong(String body, Announcement mover) {
		Matcher site = TO_A_SITE.matcher(body);
		if (mover.roleWords() == null || NEW_JOB.matcher(body).find() || !site.find()
				|| HeldBefore.said(body, 0, body.length())) {
			return false;
		}
		// the job said after the site is the one taken up there: "gaat naar onze
		// vestiging in Hengelo, als facilitair medewerker"
		return saidAs(body.substring(0, site.start()), mover.roleWords());
	}

	/**
	 * Whether the job's words are said with "as"/"als" before them: "als (een) verkoper".
	 */
	static boolean saidAs(String body, String jobWords) {
		return Pattern
			.compile("(?iu)\\b(?:as|als)\\s+(?:(?:an?|een|the|de)\\s+)?(?:(?:junior|senior|medior)\\s+)?"
					+ Pattern.quote(jobWords))
			.matcher(body)
			.find();
	}

	/**
	 * Starters and people of no kind who only change place or team move. Of several
	 * people, one whose own part says a start and no change of place is a starter still
	 * ("Ines starts on 1 March. Also, Olga moves to our Leeds office, same job"); one
	 * whose own part says a move to a place of ours moves even when the message says
	 * nothing more.
	 */
	static List<Announcement> moved(String body, List<DateWords.Mention> dates, List<int[]> segments,
			List<IntentMatch> intents, List<Announcement> read) {
		// staff sent elsewhere from a place that closes keep their job there too
		boolean moves = SAME_WORK.matcher(body).find() && CHANGE.matcher(body).find()
				|| ClosingPlace.said(body, dates) && (CHANGE.matcher(body).find() || JOINS.matcher(body).find())
				|| OURS_TO_OURS.matcher(body).find();
		boolean several = read.size() > 1 && read.size() == segments.size();
		List<Announcement> out = new java.util.ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			Announcement a = read.get(i);
			boolean movable = a.kind() == null && a.employeeName() != null || a.kind() == Announcement.Kind.STARTER;
			boolean own = several && ownMove(body, segments.get(i), intents);
			boolean started = several && startedOnly(body, segments.get(i), intents);
			out.add(movable && (moves && !started || own)
					? AnnouncementParser.withKind(a, Announcement.Kind.ROLE_CHANGE) : a);
		}
		return out;
	}

	/** A part that says a move to a place of ours and no start word of its own. */
	private static boolean ownMove(String body, int[] segment, List<IntentMatch> intents) {
		return TO_OURS.matcher(body).region(segment[0], segment[1]).find() && !started(segment, intents);
	}

	/**
	 * A part that says a start in a sentence of its own and no change of place (not a
	 * heading's word before names that share the verb: "Nieuwe teams vanaf 1 februari:
	 * Ria Veen en Tom Bos gaan naar team Oost").
	 */
	private static boolean startedOnly(String body, int[] segment, List<IntentMatch> intents) {
		return intents.stream()
			.anyMatch(m -> m.kind() == Announcement.Kind.STARTER && m.start() >= segment[0] && m.end() <= segment[1]
					&& SENTENCE_END.matcher(body).region(m.end(), segment[1]).find())
				&& !CHANGE.matcher(body).region(segment[0], segment[1]).find()
				&& !OURS_TO_OURS.matcher(body).region(segment[0], segment[1]).find();
	}

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]");

	private static boolean started(int[] segment, List<IntentMatch> intents) {
		return intents.stream()
			.anyMatch(m -> m.kind() == Announcement.Kind.STARTER && m.start() >= segment[0] && m.end() <= segment[1]);
	}

}
