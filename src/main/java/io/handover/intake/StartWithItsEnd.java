package io.handover.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A start told with its end right after it: "stagiaire ella de groot begint 4-1, stopt
 * 30-4", "temp jade cole starts 18/1, finishes 26/3". The end is the contract's or the
 * traineeship's, not a leaving of someone here: the newcomer joins on the first day.
 */
final class StartWithItsEnd {

	/** The start word right before its day: "begint", "starts on". */
	private static final Pattern START = Pattern
		.compile("(?iu)\\b(?:begint|start|starts|begins|komt)(?:\\s+(?:op|on|" + "per|vanaf|from))?\\s+$");

	/** Between the two days, the end word: ", stopt", " en stopt op", ", ends on". */
	private static final Pattern END = Pattern.compile("(?iu)\\s*(?:,|en|and|&|-|–)?\\s*(?:stopt|eindigt|vertrekt|"
			+ "stops|ends|finishes|leaves|tot|until|t/m)(?:\\s+(?:op|on|per))?\\s+");

	private StartWithItsEnd() {
	}

	/** The leavings read from such a start and end, as the start they are. */
	static List<Announcement> started(String body, List<DateWords.Mention> dates, LocalDate today,
			List<Announcement> read) {
		return read.stream().map(a -> started(body, dates, today, a)).toList();
	}

	private static Announcement started(String body, List<DateWords.Mention> dates, LocalDate today, Announcement a) {
		if (a.kind() != Announcement.Kind.LEAVER || a.employeeName() == null) {
			return a;
		}
		int at = WhereNamed.in(body, a.employeeName());
		if (at < 0) {
			return a;
		}
		int from = WhereNamed.end(body, a.employeeName());
		for (int i = 0; i + 1 < dates.size(); i++) {
			DateWords.Mention first = dates.get(i);
			DateWords.Mention end = dates.get(i + 1);
			if (first.start() < from || first.start() - from > 40 || first.date() == null || end.date() == null
					|| first.date().isBefore(today) || !end.date().isAfter(first.date())) {
				continue;
			}
			if (START.matcher(body.substring(from, first.start())).find()
					&& END.matcher(body.substring(first.end(), end.start())).matches()) {
				return new Announcement(Announcement.Kind.STARTER, a.employeeName(), first.date(), a.roleWords(),
						a.roleKey(), a.workLocation(), first.words(), a.currentRoleKey(), a.notes(), a.language());
			}
		}
		return a;
	}

}
