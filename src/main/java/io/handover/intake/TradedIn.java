package io.handover.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One place of work traded in for another, said in a figure of speech: "Bas swaps the
 * shop counter for the computer. From 4 January he is our programmer", "ruilt de kassa in
 * voor het toetsenbord", "verruilt de pollepel voor de zorg", "is trading the warehouse
 * floor for the office". The person is with us already and takes the job said after it: a
 * move, whatever a newcomer's word ("onze nieuwe programmeur") made of it. A job at
 * another employer traded in for ours ("verruilt haar baan bij de bank voor ons team") is
 * a start.
 */
final class TradedIn {

	/** The things traded: "swaps the shop counter for", "ruilt de kassa in voor". */
	private static final Pattern TRADED = Pattern.compile("(?iu)\\b(?:swaps?|swapping|swapped|trades?|trading|"
			+ "traded|exchanges?|exchanging|exchanged|verruilt|verruilde|ruilt|ruilde)\\s+"
			// the name after the verb: "verruilt Ahmed Yilmaz de pollepel voor"
			+ "(?:(?-i:\\p{Lu}[\\p{L}'’-]*)\\s+){0,3}"
			+ "(?:the|de|het|his|her|their|zijn|haar|hun)\\s+(?<given>[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}?)"
			+ "(?:\\s+in)?\\s+(?:for|voor)\\s+(?:(?:the|de|het|a|an|een)\\s+)?\\p{L}");

	/** What was given up is a job elsewhere or an employer, not a place of ours. */
	private static final Pattern ELSEWHERE = Pattern
		.compile("(?iu)\\b(?:job|baan|werk|work|employer|werkgever|" + "company|bedrijf|firma|firm|bij|at|with)\\b");

	private TradedIn() {
	}

	/**
	 * The lone reading, as a move when a place of ours is traded for the job said after.
	 */
	static List<Announcement> moved(String body, List<Announcement> read) {
		if (read.size() != 1) {
			return read;
		}
		Announcement a = read.get(0);
		if (a.kind() == Announcement.Kind.ROLE_CHANGE || a.kind() == Announcement.Kind.LEAVER || a.roleKey() == null
				|| a.roleWords() == null) {
			return read;
		}
		Matcher traded = TRADED.matcher(body);
		if (!traded.find() || ELSEWHERE.matcher(traded.group("given")).find()
				|| body.toLowerCase(Locale.ROOT).indexOf(a.roleWords().toLowerCase(Locale.ROOT), traded.end()) < 0
				|| MoveSentence.elsewhere(body)) {
			return read;
		}
		return List.of(AnnouncementParser.withKind(a, Announcement.Kind.ROLE_CHANGE));
	}

}
