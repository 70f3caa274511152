package io.handover.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job held given under a label after the move: "… to the IT desk as our second
 * developer from Monday 1 February. Old position: carer.", "Oude functie: verkoper". The
 * labelled job is the one held now, whatever order the jobs were read in; the other is
 * the new one.
 */
final class HeldJobLabel {

	/** "Old position:", "Previous role -", "Vorige functie:", "Oude functie:". */
	private static final Pattern LABEL = Pattern.compile("(?iu)\\b(?:old|previous|former|current|present|"
			+ "oude|vorige|huidige|voormalige) (?:position|role|job|function|post|functie|rol|baan)\\s*[:–-]\\s*");

	private HeldJobLabel() {
	}

	static List<Announcement> held(String body, List<RoleWords.Mention> roles, List<Announcement> read) {
		Matcher label = LABEL.matcher(body);
		if (read.size() != 1 || !label.find()) {
			return read;
		}
		Announcement a = read.get(0);
		RoleWords.Mention labelled = roles.stream().filter(r -> r.start() == label.end()).findFirst().orElse(null);
		if (a.kind() != Announcement.Kind.ROLE_CHANGE || labelled == null || a.roleKey() == null
				|| !a.roleKey().equals(labelled.key()) || a.currentRoleKey() == null
				|| a.currentRoleKey().equals(a.roleKey())) {
			return read;
		}
		// the new job: the other one read, said before the label
		RoleWords.Mention other = roles.stream()
			.filter(r -> r.end() <= label.start() && r.key().equals(a.currentRoleKey()))
			.reduce((first, last) -> last)
			.orElse(null);
		if (other == null) {
			return read;
		}
		return List.of(new Announcement(a.kind(), a.employeeName(), a.date(), other.words(), other.key(),
				a.workLocation(), a.dateWords(), labelled.key(), a.notes(), a.language()));
	}

}
