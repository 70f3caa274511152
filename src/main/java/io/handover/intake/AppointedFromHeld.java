package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One of ours, named after the job held, appointed to another: "Gisteren is onze
 * vertegenwoordiger Joost Verbeek als afdelingshoofd benoemd", "Our sales rep Dana Cole
 * has been appointed shift supervisor", "Per 1 maart wordt onze verkoper Luc Janssen
 * teamleider". The job before the name is the one held, never the one appointed to.
 */
final class AppointedFromHeld {

	private static final Pattern APPOINTED = Pattern.compile("(?iu)^[^.;!?\\n]{1,60}\\b(?:appointed|benoemd)\\b");

	private static final Pattern OURS = Pattern.compile("(?iu)\\b(?:our|onze)\\s+$");

	/**
	 * The verb of becoming said before "our": "Per 1 maart wordt onze verkoper Luc
	 * Janssen hoofd van de verkoop", the new job after the name.
	 */
	private static final Pattern BECOMES_BEFORE = Pattern
		.compile("(?iu)\\b(?:wordt|becomes|will become)\\s+(?:[\\p{L}\\d]+\\s+){0,3}?(?:our|onze)\\s+$");

	private AppointedFromHeld() {
	}

	/** The announcements read, a mover's job before their name made the one held. */
	static List<Announcement> moved(String body, List<Announcement> read) {
		List<Announcement> result = new ArrayList<>(read);
		for (int i = 0; i < result.size(); i++) {
			Announcement a = result.get(i);
			if (a.kind() != Announcement.Kind.ROLE_CHANGE || a.roleKey() == null || a.currentRoleKey() != null
					|| a.roleWords() == null || a.employeeName() == null) {
				continue;
			}
			String held = a.roleWords() + " " + a.employeeName();
			int at = body.toLowerCase(Locale.ROOT).indexOf(held.toLowerCase(Locale.ROOT));
			if (at > 0 && OURS.matcher(body.substring(Math.max(0, at - 8), at)).find()
					&& (APPOINTED.matcher(body.substring(at + held.length())).find()
							|| BECOMES_BEFORE.matcher(body.substring(Math.max(0, at - 60), at)).find())) {
				result.set(i, new Announcement(a.kind(), a.employeeName(), a.date(), null, null, a.workLocation(),
						a.dateWords(), a.roleKey(), a.notes(), a.language()));
			}
		}
		return result;
	}

}
