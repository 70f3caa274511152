package io.handover.intake;

import java.util.List;

/**
 * A day moved for someone the manager names by a first name only: "dat Bram (monteur)
 * niet per 1 januari maar per 1 februari begint", "Tom was going to start on 4 January,
 * it's now the 11th". Named that way, the person is one announced before and known to the
 * reader; the message updates that start, and a new form would open a second ticket for
 * half a name. A full name keeps its form with the day corrected.
 */
final class MovedStart {

	private MovedStart() {
	}

	/**
	 * Whether the only one named is a first name alone and the message takes one of two
	 * or more days back for another.
	 */
	static boolean ofAFirstNameAlone(String body, List<AnnouncementParser.Span> named, List<DateWords.Mention> dates) {
		return named.size() == 1 && named.get(0).words() == 1 && dates.size() >= 2
				&& DateCorrections.takenBack(body, 0, body.length(), dates).size() < dates.size()
				&& !DateCorrections.takenBack(body, 0, body.length(), dates).isEmpty();
	}

}
