package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Someone said to be trained in by then, beside a leaver: "Onze invalkracht, Ria Bos,
 * blijft tot en met 12 februari. Dan is Eva Kamp ingewerkt." The one trained in is here
 * already and takes the work over; their sentence says no start, move or leaving of
 * theirs, so they are no one announced (and do not share the leaver's news).
 */
final class TrainedIn {

	/**
	 * The name, then only being trained in: "is Eva Kamp ingewerkt", "Sanne is dan
	 * ingewerkt", "Tom will be trained in by then", "has been trained".
	 */
	private static final Pattern TRAINED = Pattern.compile("(?iu)^\\s+(?:(?:is|zijn|will be|has been|have been|"
			+ "dan|daarna|then|by then|fully|volledig|helemaal|al|inmiddels)\\s+){0,3}"
			+ "(?:ingewerkt|ingewerkt zijn|trained(?: in| up)?|inducted|up to speed)\\b(?:\\s+(?:by then|dan))?\\s*[.!]?\\s*(?:$|\\n|\\p{Lu})");

	private TrainedIn() {
	}

	static List<Announcement> without(String body, List<Announcement> read) {
		if (read.size() < 2) {
			return read;
		}
		List<Announcement> left = read.stream().filter(a -> !trainedIn(body, a)).toList();
		return left.isEmpty() ? read : left;
	}

	private static boolean trainedIn(String body, Announcement a) {
		if (a.employeeName() == null) {
			return false;
		}
		int end = WhereNamed.end(body, a.employeeName());
		return end >= 0 && TRAINED.matcher(body.substring(end)).lookingAt();
	}

}
