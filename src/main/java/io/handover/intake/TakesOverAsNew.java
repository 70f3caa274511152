package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A successor named after a leaver, who "takes over as" the job: "Our receptionist, Paul
 * Verbeek, retires on 26 February. Lotte Jansen takes over as receptionist on 1 March."
 * With no job of theirs here said (no "our planner", "now", "currently", no team they
 * come from), the one who takes over is a newcomer, as one who "volgt hem op" or "neemt
 * het van hem over" is; a plain "takes over" reads weakly as a move.
 */
final class TakesOverAsNew {

	/** The taker's name, then "takes over as" (or "neemt het over als"). */
	private static final Pattern TAKES_OVER_AS = Pattern.compile("(?u)(?:will )?(?:takes|take) over as\\b|"
			+ "(?:neemt|nemen)(?: (?:het|zijn werk|haar werk|de functie|zijn functie|haar functie))?"
			+ "(?: [\\p{L}\\d'’-]+){0,4}? over als\\b");

	/** Said to be one of ours already: a job held, a team come from, "internally". */
	private static final Pattern OURS = Pattern.compile("(?iu)\\b(?:our|onze|ons|currently|now|nu|momenteel|"
			+ "internally|intern|internal|from the|from our|van de|van het|colleague|collega|already|al|"
			// the leaver's own second: "his sous-chef Jelle Kuipers takes over as head
			// chef"
			+ "his|her|their|zijn|haar|hun)\\b|\\(");

	private TakesOverAsNew() {
	}

	static List<Announcement> started(String body, List<Announcement> read) {
		if (read.size() != 2 || read.stream().noneMatch(a -> a.kind() == Announcement.Kind.LEAVER)) {
			return read;
		}
		List<Announcement> out = new ArrayList<>(read);
		Announcement leaver = read.stream().filter(a -> a.kind() == Announcement.Kind.LEAVER).findFirst().get();
		for (int i = 0; i < read.size(); i++) {
			Announcement a = read.get(i);
			if (a.kind() != Announcement.Kind.ROLE_CHANGE || a.currentRoleKey() != null || a.employeeName() == null
					|| leaver.employeeName() == null) {
				continue;
			}
			int leaverAt = WhereNamed.in(body, leaver.employeeName());
			int at = WhereNamed.in(body, a.employeeName());
			if (leaverAt < 0 || at <= leaverAt) {
				continue;
			}
			int sentence = Math.max(Math.max(Math.max(body.lastIndexOf(". ", at), body.lastIndexOf("; ", at)),
					body.lastIndexOf('\n', at)) + 1, WhereNamed.end(body, leaver.employeeName()));
			int nameEnd = WhereNamed.end(body, a.employeeName());
			Matcher takes = TAKES_OVER_AS.matcher(body).region(nameEnd, body.length());
			if (!takes.find() || takes.start() > nameEnd + 3
					|| OURS.matcher(body.substring(sentence, takes.start())).find()
					|| a.roleKey() != null && leaver.roleKey() != null && !a.roleKey().equals(leaver.roleKey())) {
				continue;
			}
			out.set(i, new Announcement(Announcement.Kind.STARTER, a.employeeName(), a.date(), a.roleWords(),
					a.roleKey(), a.workLocation(), a.dateWords(), null, a.notes(), a.language()));
		}
		return out;
	}

}
