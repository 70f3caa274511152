package io.handover.intake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Two colleagues who swap jobs, said to hold them the other way round now: "Nadia en
 * Ruben wisselen per 1 maart van functie: Nadia wordt ontwikkelaar en Ruben
 * accountmanager. Nu is het precies andersom." Each takes the other's job, so the job
 * each holds now is the one the other is said to take.
 */
final class JobSwap {

	/**
	 * Jobs said to be swapped: "wisselen van functie", "ruilen van baan", "swap roles".
	 */
	private static final Pattern SWAP = Pattern.compile("(?iu)\\b(?:(?:wisselen|ruilen)(?: [\\p{L}\\d(),]+){0,14}? van "
			+ "(?:functie|baan|job|rol|taken|werk|plaats|plek)|(?:wisselen|ruilen) (?:hun|de|elkaars) (?:functies|banen|rollen)|"
			+ "(?:swap|swapping|switch|switching|exchange|trade) (?:their )?(?:roles|jobs|positions|posts)|"
			+ "(?:swap|switch|trade) places)\\b");

	/**
	 * The jobs held now said to be the other way round: "Nu is het precies andersom",
	 * "right now it's the other way around". A swap alone does not say which job each
	 * holds now (one may come from a third job).
	 */
	private static final Pattern REVERSED_NOW = Pattern.compile("(?iu)\\b(?:nu|now|currently|momenteel|op dit moment|"
			+ "at the moment|right now|tot nu toe|until now)\\b[^.;!?\\n]{0,30}?\\b(?:andersom|omgekeerd|"
			+ "the other way (?:a)?round|the reverse|vice versa)\\b");

	private JobSwap() {
	}

	/**
	 * The job each holds now, said beside their name: "Anna de Wit (nu planner)", "Emma
	 * Clarke (currently developer)", "Jeroen Bos (ontwikkelaar)".
	 */
	private static final Pattern HELD_BESIDE = Pattern
		.compile("(?iu)^\\s*\\(\\s*(?:(?:nu|now|currently|momenteel|thans)\\s+)?(?:(?:a|an|een)\\s+)?"
				+ "(\\p{L}[\\p{L} -]{1,40}?)\\s*\\)"
				// or set off by commas: "Merel Aerts, nu verzorgende, en …", "Zoe Barker,
				// our receptionist, and …"
				+ "|^\\s*,\\s*(?:(?:nu|now|currently|momenteel|thans)\\s+)?(?:(?:a|an|een|our|onze|ons)\\s+)?"
				+ "(\\p{L}[\\p{L} -]{1,40}?)\\s*,");

	/**
	 * Two colleagues swapping jobs, each named with the job held now: each takes the
	 * other's job, and a held job outside the catalogue leaves the other's new one empty.
	 */
	static List<Announcement> swappedAsNamed(String body, List<RoleWords.Mention> roles, List<Announcement> read) {
		if (read.size() != 2 || !SWAP.matcher(body).find()) {
			return read;
		}
		String[] held = new String[2];
		String[] words = new String[2];
		for (int i = 0; i < 2; i++) {
			String name = read.get(i).employeeName();
			int at = name == null ? -1 : body.indexOf(name);
			if (at < 0) {
				return read;
			}
			java.util.regex.Matcher job = HELD_BESIDE.matcher(body).region(at + name.length(), body.length());
			if (!job.lookingAt()) {
				return read;
			}
			int group = job.group(1) != null ? 1 : 2;
			words[i] = job.group(group);
			int from = job.start(group);
			int to = job.end(group);
			held[i] = roles.stream()
				.filter(r -> r.end() > from && r.start() < to)
				.map(RoleWords.Mention::key)
				.findFirst()
				.orElse(null);
		}
		if (held[0] != null && held[0].equals(held[1])) {
			return read;
		}
		// one swap, one day: a day said once ("… swap roles on 1 March") is both's
		Announcement a = read.get(0);
		Announcement b = read.get(1);
		return List.of(takes(a.date() == null ? b : a, a, held[1], held[1] == null ? null : words[1], held[0]),
				takes(b.date() == null ? a : b, b, held[0], held[0] == null ? null : words[0], held[1]));
	}

	private static Announcement takes(Announcement dated, Announcement a, String role, String words, String current) {
		return new Announcement(Announcement.Kind.ROLE_CHANGE, a.employeeName(), dated.date(), words, role,
				a.workLocation(), dated.dateWords(), current, a.notes(), a.language());
	}

	/** The two movers' readings, each with the other's new job as the one held now. */
	static List<Announcement> swapped(String body, List<Announcement> read) {
		if (read.size() != 2 || !SWAP.matcher(body).find() || !REVERSED_NOW.matcher(body).find()) {
			return read;
		}
		Announcement a = read.get(0);
		Announcement b = read.get(1);
		if (a.kind() != Announcement.Kind.ROLE_CHANGE || b.kind() != Announcement.Kind.ROLE_CHANGE
				|| a.roleKey() == null || b.roleKey() == null || a.roleKey().equals(b.roleKey())
				|| a.currentRoleKey() != null || b.currentRoleKey() != null) {
			return read;
		}
		return List.of(held(a, b.roleKey()), held(b, a.roleKey()));
	}

	private static Announcement held(Announcement a, String current) {
		return new Announcement(a.kind(), a.employeeName(), a.date(), a.roleWords(), a.roleKey(), a.workLocation(),
				a.dateWords(), current, a.notes(), a.language());
	}

}
