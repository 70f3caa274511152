package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A leaver's job told by their successor's: "Kate Moss leaves on 31 December and her
 * successor Dan Reid starts on 4 January as account manager", "haar opvolger Bas Kuiper
 * begint … als facilitair coördinator". The successor comes to do the leaver's job, so
 * the leaver held it. Without "successor" ("Kate Moss leaves. Dan Reid starts as …") no
 * job is passed on.
 */
final class SuccessorsJob {

	private static final Pattern SUCCESSOR = Pattern.compile("(?iu)\\b(?:his|her|their|zijn|haar|hun)\\s+"
			+ "(?:successor|replacement|opvolger|opvolgster|vervanger|vervangster)\\s+$");

	private SuccessorsJob() {
	}

	/** The announcements read, the one leaver with no job given their successor's. */
	static List<Announcement> held(String body, List<Announcement> read) {
		List<Announcement> leavers = read.stream()
			.filter(a -> a.kind() == Announcement.Kind.LEAVER && a.roleKey() == null)
			.toList();
		if (leavers.size() != 1) {
			return read;
		}
		Announcement successor = read.stream()
			.filter(a -> a.kind() == Announcement.Kind.STARTER && a.roleKey() != null && a.employeeName() != null)
			.filter(a -> {
				int at = body.indexOf(a.employeeName());
				return at > 0 && SUCCESSOR.matcher(body.substring(Math.max(0, at - 30), at)).find();
			})
			.findFirst()
			.orElse(null);
		if (successor == null) {
			return read;
		}
		Announcement leaver = leavers.get(0);
		List<Announcement> result = new ArrayList<>(read);
		result.set(read.indexOf(leaver),
				new Announcement(leaver.kind(), leaver.employeeName(), leaver.date(), successor.roleWords(),
						successor.roleKey(), leaver.workLocation(), leaver.dateWords(), leaver.currentRoleKey(),
						leaver.notes(), leaver.language()));
		return result;
	}

}
