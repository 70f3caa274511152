package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job held, said as a title before the name, given up for other work: "Onze
 * zorgmedewerker X gaat per 1 februari de planning doen; ze stopt dan met de kraamzorg",
 * "Our care worker X will do the scheduling from 1 March; she stops with home care then".
 * A move from that job; the title is the job left, never the new one.
 */
final class WorkGivenUp {

	/** Other work taken up: "gaat … de planning doen", "will do the scheduling". */
	private static final Pattern TAKES_UP = Pattern.compile("(?iu)^[^.;!?\\n]{0,40}?\\b(?:gaat|gaan|will|is going to)"
			+ "\\b[^.;!?\\n]{0,40}?\\b(?:doen|maken|regelen|do|take on|handle|run)\\b");

	/** The held work stopped: "ze stopt dan met", "she stops with", "gives up". */
	private static final Pattern STOPS = Pattern.compile("(?iu)\\b(?:stopt|stoppen|stops|stop|quits|gives up|"
			+ "geeft)\\b(?:\\s+\\p{L}+){0,2}?\\s+(?:met|with|doing|op)\\b");

	/** Between the title and the name: nothing but a space. */
	private static final Pattern TITLE = Pattern.compile("\\s*");

	private WorkGivenUp() {
	}

	static List<Announcement> moved(String body, List<RoleWords.Mention> roles, List<Announcement> read) {
		if (read.size() != 1) {
			return read;
		}
		Announcement a = read.get(0);
		if (a.kind() == Announcement.Kind.LEAVER || a.kind() == Announcement.Kind.STARTER || a.roleKey() == null
				|| a.date() == null || a.employeeName() == null
				|| a.currentRoleKey() != null && !a.currentRoleKey().equals(a.roleKey())) {
			return read;
		}
		int at = WhereNamed.in(body, a.employeeName());
		if (at < 0) {
			return read;
		}
		int from = WhereNamed.end(body, a.employeeName());
		Matcher stops = STOPS.matcher(body).region(from, body.length());
		if (!TAKES_UP.matcher(body).region(from, body.length()).find() || !stops.find()) {
			return read;
		}
		// the role said as the title right before the name, and else only as the work
		// stopped ("stopt met de thuiszorg")
		List<RoleWords.Mention> same = roles.stream()
			.filter(r -> r.key().equals(a.roleKey()) && r.start() < stops.start())
			.toList();
		if (same.size() != 1 || same.get(0).end() > at
				|| !TITLE.matcher(body.substring(same.get(0).end(), at)).matches()) {
			return read;
		}
		return List.of(new Announcement(Announcement.Kind.ROLE_CHANGE, a.employeeName(), a.date(), null, null,
				a.workLocation(), a.dateWords(), a.roleKey(), a.notes(), a.language()));
	}

}
