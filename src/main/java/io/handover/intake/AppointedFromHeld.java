package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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

	/** The new job closing the clause right after the name: "… Bas Timmer teamleider." */
	private static final Pattern NEW_JOB_LAST = Pattern
		.compile("^\\s+(\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2})\\s*(?:[.;!?\\n]|$)");

	/** Becoming a job right after the name, the day or the clause's end after it. */
	private static final Pattern BECOMES_AFTER = Pattern.compile("(?iu)^\\s+(?:becomes|will become|wordt)\\s+"
			+ "(?:(?:our|onze|a|an|een|de|the)\\s+)?(?:new\\s+|nieuwe\\s+)?(\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}?)"
			+ "(?=\\s+(?:on|per|from|vanaf|op|in|as of|met ingang van)\\b|\\s*[.;,!?\\n]|\\s*$)");

	private AppointedFromHeld() {
	}

	/**
	 * The words of a new job outside the catalogue said right after the name: "Our sales
	 * rep Dana Cole becomes team lead on 1 February", the one held already read.
	 */
	private static Announcement withNewJobWords(String body, Announcement a) {
		int at = body.indexOf(a.employeeName());
		if (at < 0) {
			return a;
		}
		Matcher job = BECOMES_AFTER.matcher(body.substring(at + a.employeeName().length()));
		if (!job.find()) {
			return a;
		}
		return new Announcement(a.kind(), a.employeeName(), a.date(), job.group(1), null, a.workLocation(),
				a.dateWords(), a.currentRoleKey(), a.notes(), a.language());
	}

	private static String newJob(String after) {
		Matcher job = NEW_JOB_LAST.matcher(after);
		return job.find() ? job.group(1) : null;
	}

	/** The announcements read, a mover's job before their name made the one held. */
	static List<Announcement> moved(String body, List<Announcement> read) {
		List<Announcement> result = new ArrayList<>(read);
		for (int i = 0; i < result.size(); i++) {
			Announcement a = result.get(i);
			if (a.kind() == Announcement.Kind.ROLE_CHANGE && a.roleKey() == null && a.roleWords() == null
					&& a.currentRoleKey() != null && a.employeeName() != null) {
				result.set(i, withNewJobWords(body, a));
				continue;
			}
			if (a.kind() != Announcement.Kind.ROLE_CHANGE || a.roleKey() == null || a.roleWords() == null
					|| a.employeeName() == null) {
				continue;
			}
			String held = a.roleWords() + " " + a.employeeName();
			int at = body.toLowerCase(Locale.ROOT).indexOf(held.toLowerCase(Locale.ROOT));
			if (at <= 0 || !OURS.matcher(body.substring(Math.max(0, at - 8), at)).find()) {
				continue;
			}
			String after = body.substring(at + held.length());
			boolean becomesBefore = BECOMES_BEFORE.matcher(body.substring(Math.max(0, at - 60), at)).find();
			if (a.currentRoleKey() == null && (APPOINTED.matcher(after).find() || becomesBefore)) {
				result.set(i,
						new Announcement(a.kind(), a.employeeName(), a.date(), becomesBefore ? newJob(after) : null,
								null, a.workLocation(), a.dateWords(), a.roleKey(), a.notes(), a.language()));
			}
			else if (becomesBefore && a.currentRoleKey() != null && !a.currentRoleKey().equals(a.roleKey())
					&& newJob(after) != null) {
				// the job after the name was read as the one held: the two swapped back
				result.set(i, new Announcement(a.kind(), a.employeeName(), a.date(), newJob(after), a.currentRoleKey(),
						a.workLocation(), a.dateWords(), a.roleKey(), a.notes(), a.language()));
			}
		}
		return result;
	}

}
