package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A job of the catalogue taken on by one of ours, said as its work rather than as a new
 * job: "neemt de facilitaire dienst erbij" (beside the job held, with rights to extend),
 * "doet vanaf 1 februari de facilitaire dienst; ze stopt dan met de kassa". A move to
 * that job; read before with no kind, the work being no job word of a move.
 */
final class JobWorkTakenOn {

	/** The work added beside the job held: "neemt (ook) … erbij". */
	private static final Pattern ADDED = Pattern.compile("(?iu)^[^.;!?\\n]{0,60}?\\berbij\\b");

	/** The verb before the name or the work: "neemt", "doet". */
	private static final Pattern ADDS = Pattern.compile("(?iu)\\b(?:neemt|nemen)\\b");

	private static final Pattern DOES = Pattern.compile("(?iu)\\b(?:doet|doen)\\b");

	/** The held work stopped in the same message: "ze stopt dan met de kassa". */
	private static final Pattern STOPS = Pattern.compile("(?iu)\\b(?:stopt|stoppen)\\b(?:\\s+\\p{L}+){0,2}?\\s+met\\b");

	private JobWorkTakenOn() {
	}

	static List<Announcement> moved(String body, List<RoleWords.Mention> roles, List<Announcement> read) {
		if (read.size() != 1) {
			return read;
		}
		Announcement a = read.get(0);
		if (a.kind() != null || a.roleKey() == null || a.date() == null || a.employeeName() == null) {
			return read;
		}
		int at = WhereNamed.in(body, a.employeeName());
		if (at < 0) {
			return read;
		}
		int after = WhereNamed.end(body, a.employeeName());
		// the job's words said after the name, as work with an article: "de facilitaire
		// dienst"
		List<RoleWords.Mention> work = roles.stream()
			.filter(r -> r.key().equals(a.roleKey()) && r.start() > after
					&& body.substring(Math.max(0, r.start() - 4), r.start()).matches("(?iu).*\\b(?:de|het)\\s+$"))
			.toList();
		if (work.size() != 1) {
			return read;
		}
		RoleWords.Mention job = work.get(0);
		// the verb in the name's sentence, before the name or between it and the work
		String before = body.substring(Math.max(0, at - 60), at).replaceAll("(?s)^.*[.;!?\\n]", "");
		String between = body.substring(after, job.start());
		if (between.matches("(?s).*[.;!?\\n].*")) {
			return read;
		}
		boolean added = (ADDS.matcher(before).find() || ADDS.matcher(between).find())
				&& ADDED.matcher(body.substring(job.end())).find();
		boolean done = (DOES.matcher(before).find() || DOES.matcher(between).find())
				&& STOPS.matcher(body).region(job.end(), body.length()).find();
		if (!added && !done) {
			return read;
		}
		return List.of(new Announcement(Announcement.Kind.ROLE_CHANGE, a.employeeName(), a.date(), a.roleWords(),
				a.roleKey(), a.workLocation(), a.dateWords(), null, a.notes(), a.language()));
	}

}
