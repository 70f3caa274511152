package io.handover.intake;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lower-case name whose given name or surname is also a word never taken for a name,
 * with a particle between and the news's verb right after: "will de jong begint maandag",
 * "ben van dijk starts monday", "roos ter haar vertrekt vrijdag". The particle and the
 * verb around it say a name; the word alone ("will", "ben", "haar") would not.
 */
final class GivenNamesThatAreWords {

	private static final Pattern SAID = Pattern.compile("(?:^|(?<=[.!?:\\n] {0,3}))(\\p{Ll}[\\p{Ll}-]{1,15}) "
			+ "(van der|van den|van de|van 't|van|de|der|den|ter|ten|te) (\\p{Ll}[\\p{Ll}'’-]{1,20})"
			+ "(?= (?:begint|start|starts|begins|joins|vertrekt|stopt|stops|leaves|is leaving|treedt|komt)\\b)");

	/** Words said first that are the writer or a clause's opening, no given name. */
	private static final Set<String> NO_GIVEN = Set.of("ik", "je", "jij", "hij", "zij", "ze", "we", "wij", "u", "i",
			"he", "she", "they", "it", "en", "and", "dan", "then", "maar", "but", "er", "daar", "hier", "nu", "ook",
			"het", "de", "die", "dat", "dit", "deze", "een", "a", "an", "the", "vanaf", "per", "op", "in", "na", "voor",
			"bij", "met", "from", "on", "at", "as", "als");

	private GivenNamesThatAreWords() {
	}

	/** The name said so at a sentence's start, or null. */
	static AnnouncementParser.Span in(String body) {
		Matcher said = SAID.matcher(body);
		while (said.find()) {
			String given = said.group(1);
			String surname = said.group(3);
			boolean word = PeopleInText.STOP.contains(given) || PeopleInText.STOP.contains(surname);
			if (word && !NO_GIVEN.contains(given) && !NeverNames.month(surname)) {
				return new AnnouncementParser.Span(said.start(), said.end(),
						PeopleInText.capitalised(given) + " " + said.group(2) + " " + PeopleInText.capitalised(surname),
						3 + (said.group(2).contains(" ") ? 1 : 0));
			}
		}
		return null;
	}

}
