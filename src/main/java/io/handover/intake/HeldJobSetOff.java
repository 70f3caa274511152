package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mover's job set off by commas after their name, and the new one said with "as":
 * "Isabel Costa, our garden centre facilities coordinator, moves to the head office as
 * office manager", "Lies Baert, onze verzorgende, gaat als planner naar kantoor". The job
 * between the commas is the one held, the one after "as" the new one, whether or not the
 * catalogue knows it.
 */
final class HeldJobSetOff {

	/** "…, our (garden centre) " between the name and the job. */
	private static final Pattern SET_OFF = Pattern
		.compile("(?iu)\\s*,\\s*(?:our|onze|ons|the|de|het)\\s+(?:[\\p{L}-]+\\s+){0,3}");

	/** The new job after the comma closing the apposition, in the same sentence. */
	private static final Pattern AS_NEW = Pattern
		.compile("(?iu)^\\s*,[^.!?\\n;]*?\\b(?:as|als)\\s+(?:(?:a|an|een|our|onze|ons)\\s+)?(?=\\p{L})");

	private HeldJobSetOff() {
	}

	static List<Announcement> held(String body, List<RoleWords.Mention> roles, List<Announcement> read) {
		List<Announcement> result = new ArrayList<>(read);
		for (int i = 0; i < result.size(); i++) {
			Announcement a = result.get(i);
			if (a.kind() != Announcement.Kind.ROLE_CHANGE || a.roleKey() == null || a.currentRoleKey() != null
					|| a.employeeName() == null) {
				continue;
			}
			int name = body.indexOf(a.employeeName());
			if (name < 0) {
				continue;
			}
			int nameEnd = name + a.employeeName().length();
			for (RoleWords.Mention role : roles) {
				if (!role.key().equals(a.roleKey()) || role.start() < nameEnd || role.start() > nameEnd + 60
						|| !SET_OFF.matcher(body.substring(nameEnd, role.start())).matches()) {
					continue;
				}
				Matcher next = AS_NEW.matcher(body.substring(role.end()));
				if (!next.find()) {
					continue;
				}
				int at = role.end() + next.end();
				RoleWords.Mention now = roles.stream().filter(r -> r.start() == at).findFirst().orElse(null);
				if (now != null && now.key().equals(role.key())) {
					continue;
				}
				result.set(i,
						new Announcement(a.kind(), a.employeeName(), a.date(), now == null ? null : now.words(),
								now == null ? null : now.key(), a.workLocation(), a.dateWords(), role.key(), a.notes(),
								a.language(), a.model()));
				break;
			}
		}
		return result;
	}

}
