package io.handover.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jobs listed after "resp." in a sentence after the names, one for each in the order the
 * names were written, some outside the catalogue: "Welkom aan Maxime Leroy, Victor Dupont
 * en Lena Fontaine! Zij starten op 4 januari, resp. als bakker, verkoper en
 * ontwikkelaar". A job the catalogue does not know is still that one's own, never a
 * neighbour's.
 */
final class RespectiveJobs {

	/** The word, then the list up to the sentence's end. */
	private static final Pattern LISTED = Pattern.compile("(?iu)\\b(?:respectively|respectievelijk|resp\\.)\\s+"
			+ "(?:(?:als|as)\\s+)?((?:[^.!?\\n]|\\.(?=\\p{L}))+)");

	/** … or the list before it: "as groomer and developer respectively". */
	private static final Pattern LISTED_BEFORE = Pattern.compile("(?iu)\\b(?:als|as)\\s+"
			+ "((?:(?!\\b(?:als|as)\\b)[^.!?\\n])+?)\\s*,?\\s+(?:respectively|respectievelijk)\\b");

	private static final Pattern BETWEEN_ITEMS = Pattern
		.compile("(?iu)\\s*,\\s*(?:(?:en|and)\\s+)?|\\s+(?:en|and|&)\\s+");

	private RespectiveJobs() {
	}

	static List<Announcement> listed(String body, List<RoleWords.Mention> roles, List<Announcement> read) {
		Matcher list = LISTED.matcher(body);
		if (!list.find()) {
			list = LISTED_BEFORE.matcher(body);
			if (!list.find()) {
				return read;
			}
		}
		if (read.size() < 2 || !DateWords.findAll(list.group(1), LocalDate.EPOCH).isEmpty()) {
			return read;
		}
		List<int[]> items = new ArrayList<>();
		int from = list.start(1);
		Matcher between = BETWEEN_ITEMS.matcher(body).region(list.start(1), list.end(1));
		while (between.find()) {
			items.add(new int[] { from, between.start() });
			from = between.end();
		}
		items.add(new int[] { from, list.end(1) });
		if (items.size() != read.size()
				|| items.stream().anyMatch(i -> body.substring(i[0], i[1]).strip().split("\\s+").length > 4)) {
			return read;
		}
		List<Announcement> result = new ArrayList<>(read);
		for (int k = 0; k < items.size(); k++) {
			int[] item = items.get(k);
			RoleWords.Mention role = roles.stream()
				.filter(r -> r.start() >= item[0] && r.end() <= item[1])
				.findFirst()
				.orElse(null);
			Announcement a = read.get(k);
			String words = role != null ? role.words() : body.substring(item[0], item[1]).strip().split("\\s+")[0];
			result.set(k,
					new Announcement(a.kind(), a.employeeName(), a.date(), words, role == null ? null : role.key(),
							a.workLocation(), a.dateWords(), a.currentRoleKey(), a.notes(), a.language(), a.model()));
		}
		return result;
	}

}
